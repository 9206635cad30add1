/**
 * A local fake of the Slack Web API for integration tests: answers the methods the adapter uses,
 * records every call (method, token, body), and can be told to fail the next call to a method.
 * Also signs and sends requests to a receiver the way Slack does.
 */
import { createHmac } from 'node:crypto';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedCall {
  method: string;
  /** The bearer token (or `token` body field) the caller used. */
  token?: string;
  body: Record<string, unknown>;
}

export interface FakeFailure {
  error: string;
  /** HTTP status; 429 with retryAfter for rate limits. */
  status?: number;
  retryAfter?: number;
}

export interface FakeUser {
  id: string;
  name: string;
  display_name?: string;
  is_admin?: boolean;
  is_bot?: boolean;
}

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  /** Bot token → team; auth.test answers from here. */
  readonly teams = new Map<string, { teamId: string; team: string; botUserId: string }>();
  readonly users = new Map<string, FakeUser>();
  readonly groups = new Map<string, string[]>();
  /** What oauth.v2.access returns for any code. */
  oauthAccess: Record<string, unknown> | undefined;
  private readonly failures = new Map<string, FakeFailure[]>();
  private server: Server | undefined;
  private nextTs = 1_700_000_000;
  private readonly sockets = new WebSocketServer({ noServer: true });
  private readonly acks = new Map<string, () => void>();
  private envelopes = 0;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    // Socket Mode: apps.connections.open hands out ws://…/socket; the fake says hello and collects acks.
    this.server.on('upgrade', (req, socket, head) => this.sockets.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws)));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A response_url for interactive payloads; posts to it are recorded as method `response_url`. */
  get responseUrl(): string {
    return `${this.url}/response`;
  }

  /** The next `times` calls to `method` fail with this error. */
  failNext(method: string, failure: FakeFailure, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array.from({ length: times }, () => failure)]);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  reset(): void {
    this.calls.length = 0;
  }

  /** Polls until the predicate holds; fails after `timeoutMs`. */
  async waitFor(predicate: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}; calls: ${this.calls.map((c) => c.method).join(', ') || 'none'}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Sends a Socket Mode envelope to every connected client; resolves once one acks it. */
  sendEnvelope(type: 'events_api' | 'interactive' | 'slash_commands', payload: unknown, timeoutMs = 5_000): Promise<void> {
    const envelopeId = `env-${++this.envelopes}`;
    const acked = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`envelope ${envelopeId} was not acked`)), timeoutMs);
      this.acks.set(envelopeId, () => { clearTimeout(timer); resolve(); });
    });
    const message = JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: false, retry_attempt: 0, retry_reason: '' });
    for (const client of this.sockets.clients) client.send(message);
    return acked;
  }

  get socketClients(): number {
    return this.sockets.clients.size;
  }

  private onSocket(ws: WebSocket): void {
    ws.on('message', (data) => {
      const { envelope_id: id } = JSON.parse(String(data)) as { envelope_id?: string };
      if (id) this.acks.get(id)?.();
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'AAPP' } }));
  }

  async close(): Promise<void> {
    for (const client of this.sockets.clients) client.terminate();
    this.sockets.close();
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const body = parseBody(raw, req.headers['content-type']);
    const path = new URL(req.url ?? '/', this.url).pathname;
    if (path === '/response') {
      this.calls.push({ method: 'response_url', body });
      return send(res, 200, { ok: true });
    }
    const method = path.replace(/^\/api\//, '');
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ?? (typeof body.token === 'string' ? body.token : undefined);
    this.calls.push({ method, token, body });

    const failure = this.failures.get(method)?.shift();
    if (failure) {
      if (failure.retryAfter !== undefined) res.setHeader('Retry-After', String(failure.retryAfter));
      return send(res, failure.status ?? 200, { ok: false, error: failure.error });
    }
    send(res, 200, this.answer(method, body, token));
  }

  private answer(method: string, body: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
    const team = (token && this.teams.get(token)) || { teamId: 'T1', team: 'Acme', botUserId: 'UBOT' };
    switch (method) {
      case 'auth.test':
        return { ok: true, url: `https://${team.team.toLowerCase()}.slack.com/`, team: team.team, team_id: team.teamId, user_id: team.botUserId, bot_id: 'BBOT' };
      case 'chat.postMessage':
        return { ok: true, channel: body.channel, ts: `${this.nextTs++}.000100`, message: { text: body.text } };
      case 'chat.getPermalink':
        return { ok: true, permalink: `https://${team.team.toLowerCase()}.slack.com/archives/${String(body.channel)}/p${String(body.message_ts).replace('.', '')}` };
      case 'users.info': {
        const user = this.users.get(String(body.user)) ?? { id: String(body.user), name: String(body.user) };
        return { ok: true, user: { id: user.id, name: user.name, real_name: user.name, is_admin: Boolean(user.is_admin), is_bot: Boolean(user.is_bot), profile: { display_name: user.display_name ?? '' } } };
      }
      case 'usergroups.users.list':
        return { ok: true, users: this.groups.get(String(body.usergroup)) ?? [] };
      case 'conversations.info':
        return { ok: true, channel: { id: body.channel, name: 'general' } };
      case 'conversations.replies':
      case 'conversations.history':
        return { ok: true, messages: [] };
      case 'apps.connections.open':
        return { ok: true, url: `${this.url.replace('http', 'ws')}/socket` };
      case 'oauth.v2.access':
        return this.oauthAccess ?? { ok: false, error: 'invalid_code' };
      default: // chat.update, chat.delete, chat.postEphemeral, reactions.add, views.*
        return { ok: true, channel: body.channel, ts: body.ts };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Form fields that hold JSON (blocks) are decoded so tests can read them. */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    fields[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return fields;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Slack's request signature: v0=HMAC-SHA256(signing secret, `v0:${timestamp}:${body}`). */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  secret: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (to forge one). */
  signature?: string;
  retryNum?: number;
  contentType?: string;
}

/** POSTs a body to the receiver signed as Slack signs it; resolves with the status and response text. */
export function postSigned(url: string, body: string, options: SignedPostOptions): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? slackSignature(options.secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return httpRequest(url, { method: 'POST', headers, body });
}

/** An interactive payload (block action, shortcut) as Slack sends it: form-encoded `payload=<json>`. */
export function postInteraction(url: string, payload: unknown, secret: string): Promise<{ status: number; text: string }> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return postSigned(url, body, { secret, contentType: 'application/x-www-form-urlencoded' });
}

/** A slash command as Slack sends it: form-encoded fields. */
export function postCommand(url: string, fields: Record<string, string>, secret: string): Promise<{ status: number; text: string }> {
  return postSigned(url, new URLSearchParams(fields).toString(), { secret, contentType: 'application/x-www-form-urlencoded' });
}

/** One request on a fresh connection (no keep-alive), so nothing stays open after a test. */
export function httpRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; text: string; headers: IncomingMessage['headers'] }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, agent: false, timeout: 5_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('timeout', () => req.destroy(new Error(`request to ${url} timed out`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Drops every Socket Mode connection abruptly (no close frame), as a network blip would; Bolt should reconnect. */
export function dropSocketModeConnections(fake: FakeSlack): number {
  const { sockets } = fake as unknown as { sockets: WebSocketServer };
  let dropped = 0;
  for (const client of sockets.clients) {
    dropped++;
    client.terminate();
  }
  return dropped;
}
