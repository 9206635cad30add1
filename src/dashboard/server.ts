/** The HTTP server: public /healthz and /metrics, the moderators' dashboard and its JSON API. */
import { readFileSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { packagePath } from '../../classifiers/paths.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { Screener } from '../pipeline.js';
import type { ReviewStore } from '../review/store.js';
import type { DecisionStatus } from '../types.js';
import { isTls, loadTokenHash, LOGIN_ATTEMPTS_PER_MINUTE, safeNext, SESSION_COOKIE, SESSION_TTL_MS, SessionStore, tokenMatches, type Session } from './auth.js';
import { decideFromDashboard, decisionStatuses } from './decide.js';
import { html, layout, type PageContext } from './html.js';
import { loadItemPage } from './pages/item.js';
import { loginPage } from './pages/login.js';
import { loadQueue, parseQueueFilter, queueEntry, queuePage } from './pages/queue.js';
import { settingsPage } from './pages/settings.js';
import { loadStats, statsPage } from './pages/stats.js';
import { tryPage } from './pages/try.js';
import { DEFAULT_COMMUNITY, scan, SCAN_MAX_CHARS } from './scan.js';

export interface HealthReport {
  ok: boolean;
  store: { ok: boolean; kind: string; detail?: string };
  adapters: Record<string, { enabled: boolean; connected: boolean; detail?: string }>;
}

export interface DashboardDeps {
  config: Config;
  store: ReviewStore;
  screener: Screener;
  log: Logger;
  metrics: Metrics;
  health(): Promise<HealthReport>;
}

/** Largest request body accepted anywhere on this server. */
export const BODY_LIMIT_BYTES = 64 * 1024;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the session check on every non-public route. */
    dashboardSession?: Session;
  }
}

/** Routes reachable without a session; everything else answers 401 (deny by default, so a new route can't be forgotten). */
const publicRoutes = new Set(['/healthz', '/metrics', '/login', '/assets/dashboard.css', '/assets/dashboard.js', '/assets/favicon.svg']);

/** Served from src/dashboard/assets: no CDN. Read once at start. */
const assetPath = (name: string) => packagePath('src', 'dashboard', 'assets', name);
const assets: Record<string, { type: string; body: string }> = {
  '/assets/dashboard.css': { type: 'text/css; charset=utf-8', body: readFileSync(assetPath('dashboard.css'), 'utf8') },
  '/assets/dashboard.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(assetPath('dashboard.js'), 'utf8') },
  '/assets/favicon.svg': { type: 'image/svg+xml', body: readFileSync(assetPath('favicon.svg'), 'utf8') },
};

interface DecisionBody {
  status: DecisionStatus;
}
const decisionBodySchema = {
  type: 'object', required: ['status'],
  properties: { status: { type: 'string', enum: [...decisionStatuses] }, _csrf: { type: 'string' } },
};

interface ScanBody {
  text: string;
  communityId?: string;
}
const scanBodySchema = {
  type: 'object', required: ['text'],
  properties: { text: { type: 'string', maxLength: SCAN_MAX_CHARS }, communityId: { type: 'string', maxLength: 200 }, _csrf: { type: 'string' } },
};

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
interface Route {
  method: 'GET' | 'POST';
  url: string;
  handler: Handler;
  /** JSON schema for the body, where there is one. */
  body?: object;
}

const wantsHtml = (request: FastifyRequest) => !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');

export async function buildDashboard(deps: DashboardDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log.child({ component: 'http' }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    // Behind a reverse proxy every request comes from the proxy: without this, one client's failed sign-ins
    // would lock everyone out, and request.ip (the rate-limit key) would be the proxy's.
    trustProxy: deps.config.dashboard.trustedProxies.length > 0 ? deps.config.dashboard.trustedProxies : false,
  });
  const tokenHash = await loadTokenHash(deps.config, deps.store, deps.log);
  const sessions = new SessionStore();
  const behindTls = deps.config.dashboard.publicUrl?.startsWith('https:') ?? false;

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"],
        formAction: ["'self'"], frameAncestors: ["'none'"], baseUri: ["'none'"], objectSrc: ["'none'"],
        // Only ask browsers to upgrade when there is TLS to upgrade to; on http://127.0.0.1 it would break the page.
        ...(behindTls ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: behindTls,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: BODY_LIMIT_BYTES });
  // The CSRF secret lives in its own HttpOnly cookie; pages embed tokens derived from it.
  await app.register(fastifyCsrf, { cookieKey: 'screener_csrf', cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true } });
  // Only routes that opt in (the login form) are limited.
  await app.register(fastifyRateLimit, { global: false });

  const csrfToken = (request: FastifyRequest, reply: FastifyReply) => reply.generateCsrf({ secure: isTls(request, deps.config) });
  const pageContext = (request: FastifyRequest, reply: FastifyReply): PageContext => ({
    csrfToken: csrfToken(request, reply),
    moderator: request.dashboardSession?.moderatorName ?? 'dashboard',
  });
  const sendPage = (reply: FastifyReply, page: string, code = 200) => reply.code(code).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page);

  app.addHook('onRequest', async (request, reply) => {
    if (publicRoutes.has(request.routeOptions.url ?? '')) return;
    const session = sessions.get(request.cookies[SESSION_COOKIE]);
    if (session) {
      request.dashboardSession = session;
      return;
    }
    if (request.method === 'GET' && wantsHtml(request)) {
      return sendPage(reply, loginPage(csrfToken(request, reply), { next: safeNext(request.url) }), 401);
    }
    return reply.code(401).send({ error: 'Unauthorized', message: 'sign in at /login first' });
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const code = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (code >= 500) request.log.error({ err: error, url: request.url }, 'dashboard request failed');
    const message = code >= 500 ? 'Something went wrong; the details are in the log.' : code === 403 ? 'This form has expired. Go back, reload the page and try again.' : error.message;
    if (wantsHtml(request)) {
      return sendPage(reply, layout({ title: 'Error', active: 'login', csrfToken: '', body: html`<h1>${code}</h1><p>${message}</p><p><a href="/">Back to the queue</a></p>` }), code);
    }
    return reply.code(code).send({ error: code === 403 ? 'Forbidden' : code === 413 ? 'Payload Too Large' : 'Error', message });
  });

  app.get('/healthz', async (_request, reply) => {
    const report = await deps.health();
    return reply.code(report.ok ? 200 : 503).send(report);
  });

  app.get('/metrics', async (_request, reply) => {
    deps.metrics.queueDepth.set(await deps.store.countItems({ status: 'pending' }));
    return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  for (const [url, asset] of Object.entries(assets)) {
    app.get(url, async (_request, reply) => reply.type(asset.type).header('cache-control', 'no-cache').send(asset.body));
  }

  app.get('/login', async (request, reply) => {
    const next = safeNext((request.query as { next?: unknown }).next);
    return sendPage(reply, loginPage(csrfToken(request, reply), { next }));
  });

  app.post('/login', {
    config: { rateLimit: { max: LOGIN_ATTEMPTS_PER_MINUTE, timeWindow: 60_000 } },
    preHandler: app.csrfProtection,
    schema: { body: { type: 'object', properties: { token: { type: 'string', maxLength: 512 }, name: { type: 'string', maxLength: 200 }, next: { type: 'string', maxLength: 2000 } } } },
  }, async (request, reply) => {
    const form = (request.body ?? {}) as { token?: string; name?: string; next?: string };
    const next = safeNext(form.next);
    if (!form.token || !tokenMatches(tokenHash, form.token)) {
      request.log.warn({ ip: request.ip }, 'dashboard sign-in refused');
      return sendPage(reply, loginPage(csrfToken(request, reply), { next, error: 'That token is not right.' }), 401);
    }
    const { id } = sessions.create(form.name);
    reply.setCookie(SESSION_COOKIE, id, { path: '/', httpOnly: true, sameSite: 'strict', secure: isTls(request, deps.config), maxAge: SESSION_TTL_MS / 1000 });
    return reply.redirect(next, 303);
  });

  const session = (request: FastifyRequest): Session => request.dashboardSession!;
  const communities = () => Object.keys(deps.config.communities).sort();

  // Everything below needs a session (checked in onRequest above); every POST also needs a CSRF token.
  const routes: Route[] = [
    { method: 'GET', url: '/', handler: async (request, reply) => sendPage(reply, await queuePage(deps, request.query, pageContext(request, reply))) },
    {
      method: 'GET', url: '/items/:id', handler: async (request, reply) => {
        const page = await loadItemPage(deps, (request.params as { id: string }).id, pageContext(request, reply));
        return page ? sendPage(reply, page) : sendPage(reply, layout({ title: 'Not found', active: 'item', ...pageContext(request, reply), body: html`<h1>No such item</h1><p><a href="/">Back to the queue</a></p>` }), 404);
      },
    },
    { method: 'GET', url: '/stats', handler: async (request, reply) => sendPage(reply, statsPage(await loadStats(deps.store, deps.config), pageContext(request, reply))) },
    { method: 'GET', url: '/try', handler: async (request, reply) => sendPage(reply, tryPage(communities(), pageContext(request, reply))) },
    {
      method: 'POST', url: '/try', body: scanBodySchema, handler: async (request, reply) => {
        const { text, communityId } = request.body as ScanBody;
        const result = text.trim() ? await scan(deps.screener, text, communityId || DEFAULT_COMMUNITY) : undefined;
        return sendPage(reply, tryPage(communities(), pageContext(request, reply), text, communityId, result));
      },
    },
    { method: 'GET', url: '/settings', handler: async (request, reply) => sendPage(reply, await settingsPage(deps, pageContext(request, reply))) },
    {
      method: 'POST', url: '/items/:id/decision', body: decisionBodySchema, handler: async (request, reply) => {
        const id = (request.params as { id: string }).id;
        await decideFromDashboard(deps.screener, id, (request.body as DecisionBody).status, session(request));
        // The item page shows the outcome, including who decided first.
        return reply.redirect(`/items/${encodeURIComponent(id)}`, 303);
      },
    },
    {
      method: 'POST', url: '/logout', handler: async (request, reply) => {
        sessions.delete(request.cookies[SESSION_COOKIE]);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.redirect('/login', 303);
      },
    },
    {
      method: 'GET', url: '/api/queue', handler: async (request) => {
        const { items, total } = await loadQueue(deps.store, parseQueueFilter(request.query));
        return { total, items: items.map(queueEntry) };
      },
    },
    {
      method: 'POST', url: '/api/items/:id/decision', body: decisionBodySchema, handler: async (request, reply) => {
        const { code, body } = await decideFromDashboard(deps.screener, (request.params as { id: string }).id, (request.body as DecisionBody).status, session(request));
        return reply.code(code).send(body);
      },
    },
    { method: 'GET', url: '/api/stats', handler: async () => loadStats(deps.store, deps.config) },
    {
      method: 'POST', url: '/api/scan', body: scanBodySchema, handler: async (request) => {
        const { text, communityId } = request.body as ScanBody;
        return scan(deps.screener, text, communityId || DEFAULT_COMMUNITY);
      },
    },
  ];

  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      handler: route.handler,
      ...(route.body ? { schema: { body: route.body } } : {}),
      // preHandler runs after the body is parsed, so form posts can carry the token as `_csrf`.
      ...(route.method === 'POST' ? { preHandler: app.csrfProtection } : {}),
    });
  }

  return app;
}

export async function startDashboard(deps: DashboardDeps): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildDashboard(deps);
  const { host, port } = deps.config.dashboard;
  await app.listen({ host, port });
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const url = deps.config.dashboard.publicUrl ?? `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  return { app, url };
}

