/**
 * Configuration: environment variables over an optional YAML/JSON file (SCAM_SCREENER_CONFIG),
 * validated once by zod at start-up. An invalid value stops start-up with one line naming the field.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const modes = ['enforce', 'flag-only', 'dry-run'] as const;
export type Mode = (typeof modes)[number];

const threshold = z.number().min(0, 'expected a number from 0 to 1').max(1, 'expected a number from 0 to 1');
const idList = z.array(z.string().min(1));

/** Settings a community (Discord guild / Slack team) may override. */
const communityOverrideSchema = z.strictObject({
  flagThreshold: threshold.optional(),
  deleteThreshold: threshold.optional(),
  mode: z.enum(modes).optional(),
  exemptRoles: idList.optional(),
  exemptUsers: idList.optional(),
  exemptChannels: idList.optional(),
  modChannel: z.string().min(1).optional(),
  officialDomains: idList.optional(),
  staffNames: idList.optional(),
});
export type CommunityOverride = z.infer<typeof communityOverrideSchema>;

const escalationSchema = z.strictObject({
  /** After this many confirmed scams by one author, escalate. 0 = off. */
  afterConfirmed: z.number().int().min(0).default(0),
  action: z.enum(['timeout', 'ban']).default('timeout'),
  timeoutMinutes: z.number().int().min(1).max(40320).default(60),
});

export const configSchema = z.strictObject({
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  mode: z.enum(modes).default('enforce'),
  flagThreshold: threshold.default(0.5),
  deleteThreshold: threshold.default(0.85),
  newAccountDays: z.number().int().min(0).default(7),
  officialDomains: idList.default([]),
  staffNames: idList.default([]),
  exemptRoles: idList.default([]),
  exemptUsers: idList.default([]),
  exemptChannels: idList.default([]),
  modChannel: z.string().min(1).optional(),
  retentionDays: z.number().int().min(1).default(30),
  notifyAuthorOnFalsePositive: z.boolean().default(false),
  escalation: escalationSchema.prefault({}),
  store: z.strictObject({
    databaseUrl: z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL').optional(),
    sqlitePath: z.string().min(1).default('./data/scam-screener.db'),
  }).prefault({}),
  dashboard: z.strictObject({
    host: z.string().min(1).default('127.0.0.1'),
    port: z.number().int('expected an integer port').min(0).max(65535, 'expected a port from 0 to 65535').default(8787),
    token: z.string().min(16, 'expected at least 16 characters').optional(),
    publicUrl: z.url('expected a URL such as https://screener.example.org').optional(),
    /** Reverse proxies (addresses or CIDRs) whose X-Forwarded-For is believed: the login rate limit then counts per client. */
    trustedProxies: idList.default([]),
  }).prefault({}),
  discord: z.strictObject({
    token: z.string().min(1).optional(),
    applicationId: z.string().regex(/^\d+$/, 'expected a numeric application id').optional(),
    guildId: z.string().regex(/^\d+$/, 'expected a numeric guild id').optional(),
    apiUrl: z.url().optional(),
    shards: z.array(z.number().int().min(0)).optional(),
    shardCount: z.number().int().min(1).optional(),
  }).prefault({}),
  slack: z.strictObject({
    botToken: z.string().startsWith('xoxb-', 'expected a bot token starting with xoxb-').optional(),
    signingSecret: z.string().min(1).optional(),
    appToken: z.string().startsWith('xapp-', 'expected an app-level token starting with xapp-').optional(),
    adminUserToken: z.string().startsWith('xoxp-', 'expected a user token starting with xoxp-').optional(),
    clientId: z.string().min(1).optional(),
    clientSecret: z.string().min(1).optional(),
    stateSecret: z.string().min(1).optional(),
    port: z.number().int().min(0).max(65535, 'expected a port from 0 to 65535').default(3000),
    apiUrl: z.url().optional(),
    moderators: idList.default([]),
    moderatorGroup: z.string().min(1).optional(),
    reaction: z.string().regex(/^[a-z0-9_+-]+$/, 'expected an emoji name such as warning').default('warning'),
    threadWarning: z.string().min(1).optional(),
  }).prefault({}),
  communities: z.record(z.string().min(1), communityOverrideSchema).default({}),
});

export type Config = z.infer<typeof configSchema>;

/** The effective settings for one community: global defaults merged with its override. */
export interface CommunityConfig {
  communityId: string;
  mode: Mode;
  flagThreshold: number;
  deleteThreshold: number;
  newAccountDays: number;
  officialDomains: string[];
  staffNames: string[];
  exemptRoles: string[];
  exemptUsers: string[];
  exemptChannels: string[];
  modChannel?: string;
  escalation: Config['escalation'];
  notifyAuthorOnFalsePositive: boolean;
}

export function resolveCommunity(config: Config, communityId: string, runtime: CommunityOverride = {}): CommunityConfig {
  const override = { ...config.communities[communityId], ...stripUndefined(runtime) };
  return {
    communityId,
    mode: override.mode ?? config.mode,
    flagThreshold: override.flagThreshold ?? config.flagThreshold,
    deleteThreshold: override.deleteThreshold ?? config.deleteThreshold,
    newAccountDays: config.newAccountDays,
    officialDomains: [...config.officialDomains, ...(override.officialDomains ?? [])],
    staffNames: [...config.staffNames, ...(override.staffNames ?? [])],
    exemptRoles: [...config.exemptRoles, ...(override.exemptRoles ?? [])],
    exemptUsers: [...config.exemptUsers, ...(override.exemptUsers ?? [])],
    exemptChannels: [...config.exemptChannels, ...(override.exemptChannels ?? [])],
    modChannel: override.modChannel ?? config.modChannel,
    escalation: config.escalation,
    notifyAuthorOnFalsePositive: config.notifyAuthorOnFalsePositive,
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

type EnvKind = 'string' | 'number' | 'boolean' | 'list' | 'numberList';
/** Every environment variable, the config path it sets, and how to read it. Also the README's table. */
export const envVars: ReadonlyArray<{ env: string; path: string; kind: EnvKind; secret?: boolean }> = [
  { env: 'LOG_LEVEL', path: 'logLevel', kind: 'string' },
  { env: 'SCAM_SCREENER_MODE', path: 'mode', kind: 'string' },
  { env: 'FLAG_THRESHOLD', path: 'flagThreshold', kind: 'number' },
  { env: 'DELETE_THRESHOLD', path: 'deleteThreshold', kind: 'number' },
  { env: 'NEW_ACCOUNT_DAYS', path: 'newAccountDays', kind: 'number' },
  { env: 'OFFICIAL_DOMAINS', path: 'officialDomains', kind: 'list' },
  { env: 'STAFF_NAMES', path: 'staffNames', kind: 'list' },
  { env: 'EXEMPT_ROLES', path: 'exemptRoles', kind: 'list' },
  { env: 'EXEMPT_USERS', path: 'exemptUsers', kind: 'list' },
  { env: 'EXEMPT_CHANNELS', path: 'exemptChannels', kind: 'list' },
  { env: 'MOD_CHANNEL', path: 'modChannel', kind: 'string' },
  { env: 'RETENTION_DAYS', path: 'retentionDays', kind: 'number' },
  { env: 'NOTIFY_AUTHOR_ON_FALSE_POSITIVE', path: 'notifyAuthorOnFalsePositive', kind: 'boolean' },
  { env: 'ESCALATE_AFTER', path: 'escalation.afterConfirmed', kind: 'number' },
  { env: 'ESCALATE_ACTION', path: 'escalation.action', kind: 'string' },
  { env: 'ESCALATE_TIMEOUT_MINUTES', path: 'escalation.timeoutMinutes', kind: 'number' },
  { env: 'DATABASE_URL', path: 'store.databaseUrl', kind: 'string', secret: true },
  { env: 'SQLITE_PATH', path: 'store.sqlitePath', kind: 'string' },
  { env: 'DASHBOARD_HOST', path: 'dashboard.host', kind: 'string' },
  { env: 'DASHBOARD_PORT', path: 'dashboard.port', kind: 'number' },
  { env: 'DASHBOARD_TOKEN', path: 'dashboard.token', kind: 'string', secret: true },
  { env: 'DASHBOARD_PUBLIC_URL', path: 'dashboard.publicUrl', kind: 'string' },
  { env: 'DASHBOARD_TRUSTED_PROXIES', path: 'dashboard.trustedProxies', kind: 'list' },
  { env: 'DISCORD_TOKEN', path: 'discord.token', kind: 'string', secret: true },
  { env: 'DISCORD_APPLICATION_ID', path: 'discord.applicationId', kind: 'string' },
  { env: 'DISCORD_GUILD_ID', path: 'discord.guildId', kind: 'string' },
  { env: 'DISCORD_API_URL', path: 'discord.apiUrl', kind: 'string' },
  { env: 'DISCORD_SHARDS', path: 'discord.shards', kind: 'numberList' },
  { env: 'DISCORD_SHARD_COUNT', path: 'discord.shardCount', kind: 'number' },
  { env: 'SLACK_BOT_TOKEN', path: 'slack.botToken', kind: 'string', secret: true },
  { env: 'SLACK_SIGNING_SECRET', path: 'slack.signingSecret', kind: 'string', secret: true },
  { env: 'SLACK_APP_TOKEN', path: 'slack.appToken', kind: 'string', secret: true },
  { env: 'SLACK_ADMIN_USER_TOKEN', path: 'slack.adminUserToken', kind: 'string', secret: true },
  { env: 'SLACK_CLIENT_ID', path: 'slack.clientId', kind: 'string' },
  { env: 'SLACK_CLIENT_SECRET', path: 'slack.clientSecret', kind: 'string', secret: true },
  { env: 'SLACK_STATE_SECRET', path: 'slack.stateSecret', kind: 'string', secret: true },
  { env: 'SLACK_PORT', path: 'slack.port', kind: 'number' },
  { env: 'SLACK_API_URL', path: 'slack.apiUrl', kind: 'string' },
  { env: 'SLACK_MODERATORS', path: 'slack.moderators', kind: 'list' },
  { env: 'SLACK_MODERATOR_GROUP', path: 'slack.moderatorGroup', kind: 'string' },
  { env: 'SLACK_REACTION', path: 'slack.reaction', kind: 'string' },
  { env: 'SLACK_THREAD_WARNING', path: 'slack.threadWarning', kind: 'string' },
];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the file named by SCAM_SCREENER_CONFIG (if any), overlays the environment, validates. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, unknown> = env.SCAM_SCREENER_CONFIG ? readConfigFile(env.SCAM_SCREENER_CONFIG) : {};
  const fromEnv = new Map<string, string>();
  for (const v of envVars) {
    const value = env[v.env];
    if (value === undefined || value === '') continue;
    setPath(raw, v.path, parseEnvValue(value, v.kind));
    fromEnv.set(v.path, v.env);
  }
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String).join('.');
  // An array element's path ("discord.shards.1") names the variable that set the array.
  const envPath = [...fromEnv.keys()].find((p) => path === p || path.startsWith(`${p}.`));
  const field = envPath ? `${fromEnv.get(envPath)} (${path})` : path || '(root)';
  throw new ConfigError(`Invalid configuration: ${field}: ${describeIssue(issue)}`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `unknown key(s) ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return issue.message;
}

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`Invalid configuration: SCAM_SCREENER_CONFIG: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let parsed: unknown;
  try {
    parsed = /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError(`Invalid configuration: SCAM_SCREENER_CONFIG: ${path} is not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'} (${(error as Error).message.split('\n')[0]})`);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError(`Invalid configuration: SCAM_SCREENER_CONFIG: ${path} must hold an object`);
  return parsed as Record<string, unknown>;
}

/** Environment values are strings; numbers that don't parse stay strings so zod names the field. */
function parseEnvValue(value: string, kind: EnvKind): unknown {
  const list = () => value.split(',').map((s) => s.trim()).filter(Boolean);
  switch (kind) {
    case 'string':
      return value;
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
    case 'boolean':
      return /^(1|true|yes|on)$/i.test(value) ? true : /^(0|false|no|off)$/i.test(value) ? false : value;
    case 'list':
      return list();
    case 'numberList':
      return list().map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = (next && typeof next === 'object' && !Array.isArray(next) ? next : (node[key] = {})) as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/** A copy with every secret replaced, for the dashboard's settings page and `config` output. */
export function maskSecrets(config: Config): Config {
  const copy = structuredClone(config) as unknown as Record<string, unknown>;
  for (const v of envVars) {
    if (!v.secret) continue;
    const keys = v.path.split('.');
    let node: Record<string, unknown> | undefined = copy;
    for (const key of keys.slice(0, -1)) node = node?.[key] as Record<string, unknown> | undefined;
    const last = keys[keys.length - 1]!;
    if (node && node[last] !== undefined) node[last] = '••••••';
  }
  return copy as unknown as Config;
}
