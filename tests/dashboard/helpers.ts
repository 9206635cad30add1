/** A dashboard on a temporary SQLite store, plus the cookie/CSRF plumbing a signed-in client needs. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { configSchema, type Config } from '../../src/config.js';
import { buildDashboard, type DashboardDeps } from '../../src/dashboard/server.js';
import { createLogger } from '../../src/log.js';
import { Metrics } from '../../src/metrics.js';
import { Screener } from '../../src/pipeline.js';
import { openStore } from '../../src/review/open-store.js';
import type { ReviewStore } from '../../src/review/store.js';
import type { NewReviewItem, ReviewItem } from '../../src/types.js';
import { SCAM_TEXT } from '../fixtures/messages.js';

export const TOKEN = 'test-dashboard-token-0123456789';

export interface TestDashboard {
  app: FastifyInstance;
  store: ReviewStore;
  screener: Screener;
  config: Config;
  /** Log lines written at warn level or above. */
  logLines: string[];
  deps: DashboardDeps;
  close(): Promise<void>;
}

export async function startTestDashboard(configInput: Record<string, unknown> = { dashboard: { token: TOKEN } }): Promise<TestDashboard> {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-test-'));
  const config = configSchema.parse({ ...configInput, store: { sqlitePath: join(dir, 'test.db') } });
  const store = await openStore(config.store);
  const logLines: string[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } });
  const log = createLogger('warn', sink);
  const screener = new Screener({ config, store, log });
  const deps: DashboardDeps = { config, store, screener, log, metrics: new Metrics(false), health: async () => ({ ok: true, store: { ok: true, kind: 'sqlite' }, adapters: {} }) };
  const app = await buildDashboard(deps);
  const dashboard: TestDashboard = {
    app, store, screener, config, logLines, deps,
    // Closes whichever app is current: the browser test swaps in a listening one.
    async close() {
      await dashboard.app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return dashboard;
}

export function seedItem(store: ReviewStore, overrides: Partial<NewReviewItem> = {}): Promise<ReviewItem> {
  return store.insertItem({
    platform: 'discord', communityId: 'guild-1', channelId: 'general', messageId: `m-${Math.random().toString(36).slice(2)}`,
    authorId: 'u-1', authorName: 'Mallory', text: SCAM_TEXT, score: 0.93, label: 'scam', source: 'classifier',
    signals: [
      { id: 'wallet-secret-request', weight: 0.9, evidence: 'recovery phrase' },
      { id: 'off-platform-contact', weight: 0.3, evidence: 'Telegram' },
    ],
    ...overrides,
  });
}

/** Keeps cookies across injected requests, like a browser would. */
export class Client {
  readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(private readonly app: FastifyInstance) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(options: { method: 'GET' | 'POST'; url: string; payload?: string | object; headers?: Record<string, string> }) {
    const response = await this.app.inject({ ...options, headers: { cookie: this.cookieHeader, ...options.headers } });
    const setCookie = response.headers['set-cookie'];
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      this.cookies.set(name!.trim(), rest.join('='));
    }
    const token = /name="(?:_csrf|csrf-token)" (?:value|content)="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.csrf = token;
    return response;
  }

  async login(token = TOKEN, name = '', headers: Record<string, string> = {}) {
    await this.request({ method: 'GET', url: '/login', headers });
    return this.request({
      method: 'POST', url: '/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload: new URLSearchParams({ _csrf: this.csrf, token, name, next: '/' }).toString(),
    });
  }

  /** A JSON POST with the CSRF token, unless told otherwise. */
  postJson(url: string, payload: object, withCsrf = true) {
    return this.request({ method: 'POST', url, payload, headers: withCsrf ? { 'x-csrf-token': this.csrf } : {} });
  }
}
