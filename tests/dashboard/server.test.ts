import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BODY_LIMIT_BYTES } from '../../src/dashboard/server.js';
import { hashToken, LOGIN_ATTEMPTS_PER_MINUTE, TOKEN_HASH_SETTING } from '../../src/dashboard/auth.js';
import { SCAM_TEXT } from '../fixtures/messages.js';
import { Client, seedItem, startTestDashboard, TOKEN, type TestDashboard } from './helpers.js';

let t: TestDashboard;
beforeEach(async () => {
  t = await startTestDashboard();
});
afterEach(async () => {
  await t.close();
});

async function signedIn(name = ''): Promise<Client> {
  const client = new Client(t.app);
  const response = await client.login(TOKEN, name);
  expect(response.statusCode).toBe(303);
  return client;
}

describe('public routes', () => {
  it('serves /healthz and /metrics without a session', async () => {
    expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    await seedItem(t.store);
    const metrics = await t.app.inject({ url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toContain('scam_screener_queue_pending 1');
    expect(metrics.body).toContain('scam_screener_classify_seconds');
  });

  it('serves its CSS and JS locally', async () => {
    const css = await t.app.inject({ url: '/assets/dashboard.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect((await t.app.inject({ url: '/assets/dashboard.js' })).headers['content-type']).toContain('javascript');
  });
});

describe('without a session', () => {
  it.each([
    ['GET', '/api/queue'], ['GET', '/api/stats'], ['POST', '/api/scan'], ['POST', '/api/items/x/decision'],
    ['GET', '/'], ['GET', '/stats'], ['GET', '/try'], ['GET', '/settings'], ['GET', '/items/x'], ['GET', '/nowhere'],
  ] as const)('%s %s answers 401', async (method, url) => {
    const response = await t.app.inject({ method, url, payload: method === 'POST' ? { text: 'hi', status: 'escalated' } : undefined });
    expect(response.statusCode).toBe(401);
  });

  it('shows browsers the sign-in form with the 401', async () => {
    const response = await t.app.inject({ url: '/stats', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('action="/login"');
    expect(response.body).toContain('name="next" value="/stats"');
  });
});

describe('sign-in', () => {
  it('accepts the right token and sets a strict HttpOnly session cookie', async () => {
    const client = new Client(t.app);
    const response = await client.login();
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/');
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/screener_session=[\w-]{40,}/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
    expect((await client.request({ method: 'GET', url: '/api/queue' })).statusCode).toBe(200);
  });

  it('refuses a wrong token', async () => {
    const client = new Client(t.app);
    const response = await client.login('not-the-token-at-all');
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('That token is not right.');
    expect(client.cookies.has('screener_session')).toBe(false);
    expect((await client.request({ method: 'GET', url: '/api/queue' })).statusCode).toBe(401);
  });

  it('refuses a sign-in without a CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST', url: '/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `token=${TOKEN}`,
    });
    expect(response.statusCode).toBe(403);
  });

  it('rate-limits sign-in attempts', async () => {
    const client = new Client(t.app);
    const codes: number[] = [];
    for (let i = 0; i <= LOGIN_ATTEMPTS_PER_MINUTE; i++) codes.push((await client.login('wrong-token-guess')).statusCode);
    expect(codes.slice(0, LOGIN_ATTEMPTS_PER_MINUTE).every((c) => c === 401)).toBe(true);
    expect(codes[LOGIN_ATTEMPTS_PER_MINUTE]).toBe(429);
  });

  it('behind a trusted proxy, rate-limits each client (X-Forwarded-For), and believes no one else', async () => {
    const attempts = async (app: TestDashboard['app'], forwardedFor: string) => {
      const codes: number[] = [];
      for (let i = 0; i <= LOGIN_ATTEMPTS_PER_MINUTE; i++) codes.push((await new Client(app).login('wrong-token-guess', '', { 'x-forwarded-for': forwardedFor })).statusCode);
      return codes;
    };
    const proxied = await startTestDashboard({ dashboard: { token: TOKEN, trustedProxies: ['127.0.0.1'] } });
    try {
      expect((await attempts(proxied.app, '203.0.113.7')).at(-1)).toBe(429);
      // Another client behind the same proxy is not locked out by the first one's guesses.
      expect((await new Client(proxied.app).login(TOKEN, '', { 'x-forwarded-for': '203.0.113.8' })).statusCode).toBe(303);
    } finally {
      await proxied.close();
    }
    // Without a trusted proxy the header is ignored: changing it does not buy more guesses.
    const direct = await startTestDashboard();
    try {
      await attempts(direct.app, '203.0.113.7');
      expect((await new Client(direct.app).login('wrong-token-guess', '', { 'x-forwarded-for': '203.0.113.9' })).statusCode).toBe(429);
    } finally {
      await direct.close();
    }
  });

  it('marks cookies Secure behind TLS', async () => {
    const tls = await startTestDashboard({ dashboard: { token: TOKEN, publicUrl: 'https://screener.example.org' } });
    try {
      const response = await new Client(tls.app).login();
      expect(String(response.headers['set-cookie'])).toContain('Secure');
      expect(response.headers['strict-transport-security']).toBeDefined();
    } finally {
      await tls.close();
    }
  });

  it('signs out', async () => {
    const client = await signedIn();
    expect((await client.request({ method: 'POST', url: '/logout', payload: { _csrf: client.csrf } })).statusCode).toBe(303);
    expect((await client.request({ method: 'GET', url: '/api/queue' })).statusCode).toBe(401);
  });

  it('generates a token when none is configured, prints it once and keeps only its hash', async () => {
    const generated = await startTestDashboard({});
    try {
      const line = generated.logLines.find((l) => l.includes('dashboard login token (shown once)'));
      expect(line).toBeDefined();
      const token = /shown once\): ([\w-]+)/.exec(line!)![1]!;
      expect(token).toMatch(/^[\w-]{43}$/);
      expect(await generated.store.getSetting(TOKEN_HASH_SETTING)).toBe(hashToken(token).toString('hex'));
      expect((await new Client(generated.app).login(token)).statusCode).toBe(303);

      // A second start reuses the stored hash and prints nothing.
      generated.logLines.length = 0;
      const { buildDashboard } = await import('../../src/dashboard/server.js');
      const again = await buildDashboard(generated.deps);
      expect(generated.logLines.join('')).not.toContain('shown once');
      expect((await new Client(again).login(token)).statusCode).toBe(303);
      await again.close();
    } finally {
      await generated.close();
    }
  });
});

describe('security headers and limits', () => {
  it('sets security headers on pages', async () => {
    const response = await t.app.inject({ url: '/login' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('answers 403 to a POST without a CSRF token, even when signed in', async () => {
    const client = await signedIn();
    const item = await seedItem(t.store);
    expect((await client.postJson('/api/scan', { text: 'hello' }, false)).statusCode).toBe(403);
    expect((await client.postJson(`/api/items/${item.id}/decision`, { status: 'confirmed-scam' }, false)).statusCode).toBe(403);
    expect((await client.request({ method: 'POST', url: '/api/scan', payload: { text: 'hi' }, headers: { 'x-csrf-token': 'forged' } })).statusCode).toBe(403);
    expect((await t.store.getItem(item.id))!.status).toBe('pending');
  });

  it('answers 413 to a body over the limit', async () => {
    const client = await signedIn();
    const response = await client.postJson('/api/scan', { text: 'x'.repeat(BODY_LIMIT_BYTES + 10) });
    expect(response.statusCode).toBe(413);
  });
});

describe('JSON API', () => {
  it('lists the pending queue newest first, with filters', async () => {
    const client = await signedIn();
    await seedItem(t.store, { createdAt: '2024-01-01T00:00:00.000Z', channelId: 'old' });
    await seedItem(t.store, { createdAt: '2024-01-02T00:00:00.000Z', channelId: 'new', source: 'member-report' });
    const all = (await client.request({ method: 'GET', url: '/api/queue' })).json<{ total: number; items: Array<{ channelId: string }> }>();
    expect(all.total).toBe(2);
    expect(all.items.map((i) => i.channelId)).toEqual(['new', 'old']);
    const reports = (await client.request({ method: 'GET', url: '/api/queue?source=member-report' })).json<{ total: number }>();
    expect(reports.total).toBe(1);
  });

  it('decides through Screener.decide, and a second decision says who decided first', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const item = await seedItem(t.store);
    const decide = vi.spyOn(t.screener, 'decide');

    const first = await alice.postJson(`/api/items/${item.id}/decision`, { status: 'confirmed-scam' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ applied: true, status: 'confirmed-scam', decidedBy: 'alice (dashboard)' });
    expect(decide).toHaveBeenCalledWith(item.id, { status: 'confirmed-scam', moderatorId: 'dashboard:alice', moderatorName: 'alice (dashboard)' });

    const second = await bob.postJson(`/api/items/${item.id}/decision`, { status: 'false-positive' });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ applied: false, status: 'confirmed-scam', decidedBy: 'alice (dashboard)' });
    expect((await t.store.getItem(item.id))!.status).toBe('confirmed-scam');
  });

  it('rejects unknown decisions and unknown items', async () => {
    const client = await signedIn();
    const item = await seedItem(t.store);
    expect((await client.postJson(`/api/items/${item.id}/decision`, { status: 'pending' })).statusCode).toBe(400);
    expect((await client.postJson('/api/items/no-such-item/decision', { status: 'escalated' })).statusCode).toBe(404);
  });

  it('scans text and returns the verdict with evidence marked', async () => {
    const client = await signedIn();
    const response = await client.postJson('/api/scan', { text: `${SCAM_TEXT} <b>now</b>` });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ verdict: { score: number; signals: Array<{ id: string }> }; highlighted: string }>();
    expect(body.verdict.signals.length).toBeGreaterThan(0);
    expect(body.highlighted).toContain('&lt;b&gt;');
    expect(body.highlighted).toMatch(/<mark title="[\w-]+">/);
  });

  it('reports stats, also when nothing was recorded', async () => {
    const client = await signedIn();
    const empty = (await client.request({ method: 'GET', url: '/api/stats' })).json<{ screened: { total: number }; whatIf: unknown[] }>();
    expect(empty.screened.total).toBe(0);
    expect(empty.whatIf).toHaveLength(19);

    await t.store.incrementCounter('screened', 7);
    await t.store.incrementCounter('action:delete:ok', 2);
    const item = await seedItem(t.store);
    await client.postJson(`/api/items/${item.id}/decision`, { status: 'false-positive' });
    const stats = (await client.request({ method: 'GET', url: '/api/stats' })).json<{
      screened: { total: number }; actions: Record<string, Record<string, number[]>>; queue: { falsePositive: number }; signals: Array<{ id: string; falsePositives: number }>;
    }>();
    expect(stats.screened.total).toBe(7);
    expect(stats.actions.delete!.ok!.at(-1)).toBe(2);
    expect(stats.queue.falsePositive).toBe(1);
    expect(stats.signals.find((s) => s.id === 'wallet-secret-request')?.falsePositives).toBe(1);
  });
});

describe('pages', () => {
  it('render for a signed-in moderator, with every value escaped', async () => {
    const client = await signedIn('<i>eve</i>');
    const item = await seedItem(t.store, { authorName: '<script>alert(1)</script>', text: 'Share your recovery phrase <img src=x onerror=alert(1)>' });
    for (const url of ['/', '/stats', '/try', '/settings', `/items/${item.id}`]) {
      const response = await client.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).not.toContain('<script>alert');
      expect(response.body, url).not.toContain('<img src=x');
      expect(response.body, url).not.toContain('<i>eve</i>');
    }
    const queue = await client.request({ method: 'GET', url: '/' });
    expect(queue.body).toContain('<mark title="wallet-secret-request">recovery phrase</mark>');
    expect(queue.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('masks secrets on the settings page', async () => {
    const client = await signedIn();
    const response = await client.request({ method: 'GET', url: '/settings' });
    expect(response.body).not.toContain(TOKEN);
    expect(response.body).toContain('••••••');
  });

  it('records a decision from the item page form and shows who made it', async () => {
    const client = await signedIn('carol');
    const item = await seedItem(t.store);
    const response = await client.request({
      method: 'POST', url: `/items/${item.id}/decision`, headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: client.csrf, status: 'escalated' }).toString(),
    });
    expect(response.statusCode).toBe(303);
    const page = await client.request({ method: 'GET', url: `/items/${item.id}` });
    expect(page.body).toContain('decided by <b>carol (dashboard)</b>');
  });

  it('answers 404 for an unknown item', async () => {
    const client = await signedIn();
    expect((await client.request({ method: 'GET', url: '/items/nope' })).statusCode).toBe(404);
  });
});
