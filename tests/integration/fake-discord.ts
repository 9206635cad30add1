/**
 * A local fake of just enough Discord for the real discord.js client: REST under /api/v10 and a JSON
 * WebSocket gateway on the same 127.0.0.1 port (0 = any free port). Every REST request is recorded so
 * tests assert on what the bot did; failures (403/404/429/500) are programmable per route.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

const DISCORD_EPOCH = 1420070400000n;

/** A snowflake for a moment in time, so account ages computed from ids are realistic. */
export function snowflake(at: Date | number = Date.now(), increment = 0): string {
  const ms = BigInt(typeof at === 'number' ? at : at.getTime());
  return (((ms - DISCORD_EPOCH) << 22n) | BigInt(increment & 0xfff)).toString();
}

let counter = 0;
/** A unique snowflake for now. */
export function nextId(): string {
  counter = (counter + 1) % 4096;
  return snowflake(Date.now(), counter);
}

export interface FakeUser { id: string; username: string; global_name?: string | null; bot?: boolean }
export interface FakeRole { id: string; name: string; permissions: string }
export interface FakeChannel { id: string; name: string; type?: number }
export interface FakeMember { user: FakeUser; roles: string[]; joined_at: string; nick?: string | null }
export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  roles: FakeRole[];
  channels: FakeChannel[];
  members: FakeMember[];
}

export interface RecordedRequest {
  method: string;
  /** Path without the /api/v10 prefix, e.g. /channels/1/messages/2. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  at: number;
  /** What the fake answered (for successful routes). */
  response?: unknown;
}

export interface Failure {
  status: 401 | 403 | 404 | 429 | 500 | 502;
  /** Seconds, for 429. */
  retryAfter?: number;
  /** How many matching requests fail; default 1. */
  times?: number;
}

interface Session { ws: WebSocket; shard: [number, number]; seq: number }
interface Rule { method: string; path: RegExp; failure: Failure; left: number }

/** Permission bits as Discord sends them: decimal strings. */
export const perms = {
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  manageMessages: 1n << 13n,
  embedLinks: 1n << 14n,
  readHistory: 1n << 16n,
  manageGuild: 1n << 5n,
  moderateMembers: 1n << 40n,
  banMembers: 1n << 2n,
};
export const bits = (...values: bigint[]): string => values.reduce((a, b) => a | b, 0n).toString();

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly identifies: Array<{ shard: [number, number]; intents: number }> = [];
  /** Messages the fake knows, for GET /channels/:c/messages/:m (keyed channelId/messageId). */
  readonly messages = new Map<string, Record<string, unknown>>();
  /** When set, the gateway answers IDENTIFY by closing with this code (e.g. 4014 disallowed intents). */
  closeOnIdentify?: number;
  /** Called for every recorded request (the benchmark timestamps DELETEs here). */
  onRequest?: (request: RecordedRequest) => void;
  private readonly sessions = new Set<Session>();
  private readonly rules: Rule[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly guilds: FakeGuild[],
    readonly bot: FakeUser,
    readonly applicationId: string,
  ) {}

  static async start(options: { guilds: FakeGuild[]; bot?: FakeUser; applicationId?: string }): Promise<FakeDiscord> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const bot = options.bot ?? { id: nextId(), username: 'scam-screener', bot: true };
    const fake = new FakeDiscord(server, (server.address() as AddressInfo).port, options.guilds, bot, options.applicationId ?? bot.id);
    server.on('request', (req, res) => void fake.handle(req, res));
    server.on('upgrade', (req, socket, head) => fake.wss.handleUpgrade(req, socket, head, (ws) => fake.accept(ws)));
    return fake;
  }

  /** The value for DISCORD_API_URL: discord.js appends /v10. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Makes the next matching request(s) fail. */
  fail(method: string, path: RegExp, failure: Failure): void {
    this.rules.push({ method, path, failure, left: failure.times ?? 1 });
  }

  /** Sends a dispatch to the shard that owns the guild (every shard when there is no guild). */
  dispatch(t: string, d: Record<string, unknown>): void {
    const guildId = typeof d.guild_id === 'string' ? d.guild_id : undefined;
    for (const session of this.sessions) {
      if (guildId && shardOf(guildId, session.shard[1]) !== session.shard[0]) continue;
      this.send(session, { op: 0, t, d, s: ++session.seq });
    }
  }

  get connectedShards(): number {
    return this.sessions.size;
  }

  /** A complete MESSAGE_CREATE payload; remembered so the bot can fetch it. */
  message(guild: FakeGuild, channelId: string, author: FakeMember, content: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const payload = {
      id: nextId(), channel_id: channelId, guild_id: guild.id, author: userPayload(author.user),
      member: { roles: author.roles, joined_at: author.joined_at, nick: author.nick ?? null, deaf: false, mute: false, flags: 0 },
      content, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false,
      mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0, ...extra,
    };
    this.messages.set(`${channelId}/${payload.id}`, payload);
    return payload;
  }

  /** An INTERACTION_CREATE payload from a guild member whose computed permissions are `permissions`. */
  interaction(guild: FakeGuild, channelId: string, member: FakeMember, permissions: string, fields: Record<string, unknown>): Record<string, unknown> {
    return {
      id: nextId(), application_id: this.applicationId, token: `token-${nextId()}`, version: 1, guild_id: guild.id, channel_id: channelId,
      channel: { id: channelId, type: 0, guild_id: guild.id, name: 'channel', permissions },
      member: { user: userPayload(member.user), roles: member.roles, joined_at: member.joined_at, nick: member.nick ?? null, deaf: false, mute: false, flags: 0, permissions },
      app_permissions: bits(perms.viewChannel, perms.sendMessages, perms.manageMessages), locale: 'en-US', guild_locale: 'en-US',
      entitlements: [], authorizing_integration_owners: { 0: guild.id }, context: 0, ...fields,
    };
  }

  /** A button press on a message the bot posted (e.g. a review card recorded by the fake). */
  button(guild: FakeGuild, channelId: string, member: FakeMember, permissions: string, customId: string, message: Record<string, unknown>): Record<string, unknown> {
    return this.interaction(guild, channelId, member, permissions, { type: 3, data: { custom_id: customId, component_type: 2 }, message });
  }

  /** `/name sub option:value` as Discord sends it. */
  slash(guild: FakeGuild, channelId: string, member: FakeMember, permissions: string, sub: string, options: Array<{ name: string; type: number; value: unknown }> = [], resolved?: Record<string, unknown>): Record<string, unknown> {
    return this.interaction(guild, channelId, member, permissions, {
      type: 2, data: { id: nextId(), name: 'screener', type: 1, guild_id: guild.id, options: [{ type: 1, name: sub, options }], ...(resolved ? { resolved } : {}) },
    });
  }

  /** The "Report as scam" message context menu on `target`. */
  contextMenu(guild: FakeGuild, channelId: string, member: FakeMember, permissions: string, name: string, target: Record<string, unknown>): Record<string, unknown> {
    const { member: _member, guild_id: _guildId, ...message } = target;
    return this.interaction(guild, channelId, member, permissions, {
      type: 2, data: { id: nextId(), name, type: 3, guild_id: guild.id, target_id: target.id, resolved: { messages: { [String(target.id)]: message } } },
    });
  }

  /** Polls the recorded requests until one matches, or rejects after timeoutMs. */
  async waitForRequest(method: string, path: RegExp, timeoutMs = 3000): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.find((r) => r.method === method && path.test(r.path));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no ${method} ${path} within ${timeoutMs} ms; saw:\n${this.requests.map((r) => `${r.method} ${r.path}`).join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  matching(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ── gateway ────────────────────────────────────────────────────────────────────────────────────

  private accept(ws: WebSocket): void {
    const session: Session = { ws, shard: [0, 1], seq: 0 };
    this.send(session, { op: 10, d: { heartbeat_interval: 41_250 } });
    ws.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (packet.op === 1) this.send(session, { op: 11 });
      if (packet.op === 2) this.identify(session, packet.d as { shard?: [number, number]; intents: number });
      // Resume is not supported: tell the client to identify again.
      if (packet.op === 6) this.send(session, { op: 9, d: false });
    });
    ws.on('close', () => this.sessions.delete(session));
  }

  private identify(session: Session, d: { shard?: [number, number]; intents: number }): void {
    session.shard = d.shard ?? [0, 1];
    this.identifies.push({ shard: session.shard, intents: d.intents });
    if (this.closeOnIdentify) return session.ws.close(this.closeOnIdentify, 'closed by fake');
    this.sessions.add(session);
    const mine = this.guilds.filter((g) => shardOf(g.id, session.shard[1]) === session.shard[0]);
    this.send(session, {
      op: 0, t: 'READY', s: ++session.seq,
      d: {
        v: 10, user: userPayload(this.bot), guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
        session_id: `session-${session.shard[0]}`, resume_gateway_url: `ws://127.0.0.1:${this.port}`,
        shard: session.shard, application: { id: this.applicationId, flags: 0 },
      },
    });
    for (const guild of mine) this.send(session, { op: 0, t: 'GUILD_CREATE', s: ++session.seq, d: guildPayload(guild) });
  }

  /** Adds a guild at runtime and tells its shard, as when the bot is invited to a server. */
  join(guild: FakeGuild): void {
    this.guilds.push(guild);
    this.dispatch('GUILD_CREATE', { ...guildPayload(guild), guild_id: guild.id });
  }

  private send(session: Session, packet: Record<string, unknown>): void {
    if (session.ws.readyState === session.ws.OPEN) session.ws.send(JSON.stringify(packet));
  }

  // ── REST ───────────────────────────────────────────────────────────────────────────────────────

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw; // multipart bodies are kept as text
    }
    const method = req.method ?? 'GET';
    const request: RecordedRequest = { method, path, query: url.searchParams, body, at: performance.now() };
    this.requests.push(request);
    this.onRequest?.(request);

    const rule = this.rules.find((r) => r.left > 0 && r.method === method && r.path.test(path));
    if (rule) {
      rule.left--;
      const { status, retryAfter = 0.2 } = rule.failure;
      if (status === 429) {
        return send(res, 429, { message: 'You are being rate limited.', retry_after: retryAfter, global: false }, {
          'retry-after': String(retryAfter), 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(retryAfter), 'x-ratelimit-bucket': 'fake-bucket', 'x-ratelimit-scope': 'user',
        });
      }
      const known: Record<number, [string, number]> = { 401: ['401: Unauthorized', 0], 403: ['Missing Permissions', 50013], 404: ['Unknown Message', 10008] };
      const [message, code] = known[status] ?? ['Internal Server Error', 0];
      return send(res, status, { message, code });
    }
    this.route(method, path, body, res, request);
  }

  private route(method: string, path: string, body: unknown, res: ServerResponse, request: RecordedRequest): void {
    const reply = (status: number, payload?: unknown): void => {
      request.response = payload;
      send(res, status, payload);
    };
    const input = (body ?? {}) as Record<string, unknown>;
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return reply(200, {
        url: `ws://127.0.0.1:${this.port}`, shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 },
      });
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const list = Array.isArray(body) ? (body as Array<Record<string, unknown>>) : [];
      return reply(200, list.map((c) => ({ ...c, id: nextId(), application_id: this.applicationId, version: '1', default_member_permissions: c.default_member_permissions ?? null })));
    }
    if (method === 'DELETE' && /^\/channels\/\d+\/messages\/\d+$/.test(path)) return reply(204);
    if ((m = path.match(/^\/channels\/(\d+)\/messages$/)) && method === 'POST') return reply(200, this.botMessage(m[1]!, nextId(), input));
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/))) {
      if (method === 'PATCH') return reply(200, this.botMessage(m[1]!, m[2]!, input));
      const known = this.messages.get(`${m[1]}/${m[2]}`);
      return known ? reply(200, known) : reply(404, { message: 'Unknown Message', code: 10008 });
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return reply(204);
    if ((m = path.match(/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/))) return reply(200, this.botMessage('0', nextId(), input));
    if ((m = path.match(/^\/guilds\/(\d+)\/members\/(\d+)$/)) && method === 'PATCH') {
      return reply(200, { user: { id: m[2], username: 'member', discriminator: '0' }, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, ...input });
    }
    if (method === 'PUT' && /^\/guilds\/\d+\/bans\/\d+$/.test(path)) return reply(204);
    if (method === 'POST' && path === '/users/@me/channels') {
      return reply(200, { id: nextId(), type: 1, recipients: [{ id: String(input.recipient_id), username: 'member', discriminator: '0' }] });
    }
    reply(404, { message: `fake-discord: no route for ${method} ${path}`, code: 0 });
  }

  private botMessage(channelId: string, id: string, input: Record<string, unknown>): Record<string, unknown> {
    const previous = this.messages.get(`${channelId}/${id}`) ?? {};
    const message: Record<string, unknown> = {
      id, channel_id: channelId, author: userPayload(this.bot), content: '', embeds: [], components: [],
      timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false,
      mentions: [], mention_roles: [], attachments: [], pinned: false, type: 0, flags: 0, ...previous, ...input,
    };
    delete message.allowed_mentions;
    this.messages.set(`${channelId}/${id}`, message);
    return message;
  }
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { ...(text ? { 'content-type': 'application/json' } : {}), ...headers });
  res.end(text);
}

export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export function userPayload(user: FakeUser): Record<string, unknown> {
  return { id: user.id, username: user.username, discriminator: '0', global_name: user.global_name ?? null, avatar: null, bot: user.bot ?? false };
}

function guildPayload(guild: FakeGuild): Record<string, unknown> {
  return {
    id: guild.id, name: guild.name, owner_id: guild.ownerId, unavailable: false, large: false,
    member_count: guild.members.length, joined_at: new Date().toISOString(), features: [], emojis: [], stickers: [],
    presences: [], voice_states: [], threads: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
    premium_tier: 0, verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0, mfa_level: 0, nsfw_level: 0,
    system_channel_flags: 0, preferred_locale: 'en-US',
    roles: guild.roles.map((r, i) => ({ id: r.id, name: r.name, permissions: r.permissions, position: i, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 })),
    channels: guild.channels.map((c, i) => ({ id: c.id, name: c.name, type: c.type ?? 0, position: i, permission_overwrites: [], guild_id: guild.id })),
    members: guild.members.map((mem) => ({ user: userPayload(mem.user), roles: mem.roles, joined_at: mem.joined_at, nick: mem.nick ?? null, deaf: false, mute: false, flags: 0 })),
  };
}

/**
 * Drops every gateway connection, as a network blip or a Discord-side restart would: with `code` a close frame
 * (e.g. 4000 "unknown error", which clients answer by reconnecting), without it an abrupt TCP reset (1006 at the
 * client). The fake answers the client's RESUME with "invalid session", so it identifies afresh.
 */
export function dropGatewayConnections(fake: FakeDiscord, code?: number): number {
  const { wss } = fake as unknown as { wss: WebSocketServer };
  let dropped = 0;
  for (const client of wss.clients) {
    dropped++;
    if (code === undefined) client.terminate();
    else client.close(code, 'dropped by fake');
  }
  return dropped;
}
