/**
 * A ready-made guild for the fake Discord, plus a running bot (real discord.js, real pipeline, SQLite
 * store in a temp dir) wired to it. Tests and the benchmark start one each and close it fully.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { AdapterHandle } from '../../src/adapter.js';
import { configSchema, type Config } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/log.js';
import { Screener } from '../../src/pipeline.js';
import { openStore } from '../../src/review/open-store.js';
import type { ReviewStore } from '../../src/review/store.js';
import { startDiscord } from '../../adapters/discord/index.js';
import { bits, FakeDiscord, perms, snowflake, type FakeGuild, type FakeMember } from './fake-discord.js';

const DAY = 86_400_000;

export interface World {
  guild: FakeGuild;
  general: string;
  modLog: string;
  moderator: FakeMember;
  member: FakeMember;
  botRoleId: string;
}

/** A guild with #general and #mod-log, a moderator, a two-day-old account, and the bot with the invite's permissions. */
export function makeWorld(options: { botPermissions?: string; modLogName?: string | null; guildId?: string } = {}): World {
  const now = Date.now();
  const guildId = options.guildId ?? snowflake(now - 400 * DAY);
  const botRoleId = snowflake(now - 300 * DAY, 1);
  const modRoleId = snowflake(now - 300 * DAY, 2);
  const general = snowflake(now - 300 * DAY, 3);
  const modLog = snowflake(now - 300 * DAY, 4);
  const everyone = bits(perms.viewChannel, perms.sendMessages, perms.readHistory);
  const moderator: FakeMember = { user: { id: snowflake(now - 900 * DAY, 5), username: 'mod_mia', global_name: 'Mia (mod)' }, roles: [modRoleId], joined_at: new Date(now - 300 * DAY).toISOString() };
  const member: FakeMember = { user: { id: snowflake(now - 2 * DAY, 6), username: 'helpful_harry', global_name: 'Support Team' }, roles: [], joined_at: new Date(now - DAY).toISOString() };
  const guild: FakeGuild = {
    id: guildId, name: 'Crypto Community', ownerId: moderator.user.id,
    roles: [
      { id: guildId, name: '@everyone', permissions: everyone },
      { id: botRoleId, name: 'scam-screener', permissions: options.botPermissions ?? bits(perms.viewChannel, perms.sendMessages, perms.embedLinks, perms.readHistory, perms.manageMessages, perms.moderateMembers) },
      { id: modRoleId, name: 'Moderators', permissions: bits(perms.manageMessages, perms.manageGuild, perms.viewChannel, perms.sendMessages) },
    ],
    channels: [
      { id: general, name: 'general' },
      ...(options.modLogName === null ? [] : [{ id: modLog, name: options.modLogName ?? 'mod-log' }]),
    ],
    members: [moderator, member],
  };
  return { guild, general, modLog, moderator, member, botRoleId };
}

export interface Running {
  fake: FakeDiscord;
  store: ReviewStore;
  screener: Screener;
  handle: AdapterHandle;
  config: Config;
  /** Everything the bot logged, one JSON object per line. */
  logs: string[];
  close(): Promise<void>;
}

/** Starts the fake with the given guilds and the bot against it; `config` overrides the defaults. */
export async function startBot(guilds: FakeGuild[], config: Record<string, unknown> = {}, extra: { discord?: Record<string, unknown>; logLevel?: string } = {}): Promise<Running> {
  const fake = await FakeDiscord.start({ guilds: guilds.map((g) => ({ ...g, members: [...g.members] })) });
  for (const g of fake.guilds) {
    const botRole = g.roles.find((r) => r.name === 'scam-screener');
    g.members.push({ user: fake.bot, roles: botRole ? [botRole.id] : [], joined_at: new Date().toISOString() });
  }
  const dir = mkdtempSync(join(tmpdir(), 'scam-screener-discord-'));
  const logs: string[] = [];
  const sink = new Writable({ write(chunk: Buffer, _enc, done) { logs.push(String(chunk)); done(); } });
  const log: Logger = createLogger(extra.logLevel ?? 'info', sink);
  const parsed = configSchema.parse({ ...config, discord: { token: 'fake-token', apiUrl: fake.apiUrl, ...extra.discord } });
  let store: ReviewStore | undefined;
  try {
    store = await openStore({ sqlitePath: join(dir, 'review.db') });
    const screener = await Screener.create({ config: parsed, store, log });
    const handle = await startDiscord({ config: parsed, screener, store, log, dashboardUrl: 'http://dashboard.test' }, { readyTimeoutMs: 5000 });
    const opened = store;
    return {
      fake, store: opened, screener, handle, config: parsed, logs,
      async close() {
        await handle.stop();
        await fake.close();
        await opened.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await fake.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Polls until check() returns a value (not undefined/false), or throws after timeoutMs. */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 3000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
