/**
 * Dashboard sign-in: one shared token (DASHBOARD_TOKEN, or generated once and kept hashed in the store)
 * and short-lived in-memory sessions.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { ReviewStore } from '../review/store.js';

export const TOKEN_HASH_SETTING = 'dashboard-token-hash';
export const SESSION_COOKIE = 'screener_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Sign-in attempts per client address per minute: enough for typos, far too few to guess a 256-bit token. */
export const LOGIN_ATTEMPTS_PER_MINUTE = 10;

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Compares fixed-length SHA-256 digests, so neither the length nor a prefix of the token leaks through timing. */
export function tokenMatches(expectedHash: Buffer, candidate: string): boolean {
  return timingSafeEqual(expectedHash, hashToken(candidate));
}

/**
 * The hash moderators' tokens are checked against. With DASHBOARD_TOKEN set, its hash; otherwise the hash
 * stored at first start, when a token was generated and printed once (only its hash is ever kept).
 */
export async function loadTokenHash(config: Config, store: ReviewStore, log: Logger): Promise<Buffer> {
  if (config.dashboard.token) return hashToken(config.dashboard.token);
  const stored = await store.getSetting<string>(TOKEN_HASH_SETTING);
  if (typeof stored === 'string' && /^[0-9a-f]{64}$/.test(stored)) return Buffer.from(stored, 'hex');
  const token = randomBytes(32).toString('base64url');
  const hash = hashToken(token);
  await store.setSetting(TOKEN_HASH_SETTING, hash.toString('hex'));
  log.warn(`dashboard login token (shown once): ${token}`);
  return hash;
}

export interface Session {
  /** Who signed in, as shown on decisions: "dashboard" or "<name> (dashboard)". */
  moderatorId: string;
  moderatorName: string;
  expiresAt: number;
}

/**
 * Sessions live in this process's memory only: restarting the service signs every moderator out.
 * That is the price of keeping no session secrets on disk; the token still works after a restart.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly ttlMs: number = SESSION_TTL_MS, private readonly now: () => number = Date.now) {}

  create(name?: string): { id: string; session: Session } {
    this.prune();
    const cleaned = (name ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const session: Session = {
      moderatorId: cleaned ? `dashboard:${cleaned}` : 'dashboard',
      moderatorName: cleaned ? `${cleaned} (dashboard)` : 'dashboard',
      expiresAt: this.now() + this.ttlMs,
    };
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(id, session);
    return { id, session };
  }

  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (session.expiresAt <= this.now()) {
      this.sessions.delete(id);
      return undefined;
    }
    return session;
  }

  delete(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }

  private prune(): void {
    const now = this.now();
    for (const [id, session] of this.sessions) if (session.expiresAt <= now) this.sessions.delete(id);
  }
}

/** Cookies get `Secure` when the dashboard is reached over TLS, directly or per its public https:// URL behind a proxy. */
export function isTls(request: FastifyRequest, config: Config): boolean {
  return request.protocol === 'https' || (config.dashboard.publicUrl?.startsWith('https:') ?? false);
}

/** Where to go after signing in: only local paths, so the login form can't be turned into an open redirect. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}
