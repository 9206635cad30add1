/**
 * The dashboard in a real browser (Debian's Chromium via playwright-core): sign in, move with j/k and triage with the keyboard,
 * watch the stats change. Screenshots land in test-results/ for a human to look at.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboard } from '../../src/dashboard/server.js';
import type { ReviewItem } from '../../src/types.js';
import { HARD_NEGATIVE_TEXT, SCAM_TEXT } from '../fixtures/messages.js';
import { seedItem, startTestDashboard, TOKEN, type TestDashboard } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = 'test-results';
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium && process.env.CI === 'true') {
  describe('dashboard in a browser', () => {
    it('needs Chromium', () => {
      throw new Error(`${CHROMIUM} is missing: .ci/run installs it with "apt-get install -y chromium"; the browser tests cannot run without it.`);
    });
  });
} else if (!haveChromium) {
  console.warn(`Skipping dashboard browser tests: ${CHROMIUM} not found (install it with "apt-get install -y chromium").`);
  describe.skip('dashboard in a browser', () => {
    it('needs Chromium', () => undefined);
  });
} else {
  describe('dashboard in a browser', () => {
    let t: TestDashboard;
    let url: string;
    let browser: Browser;
    let target: ReviewItem;

    beforeAll(async () => {
      t = await startTestDashboard({ dashboard: { token: TOKEN, port: 0 }, communities: { 'guild-1': { flagThreshold: 0.45 } } });
      await t.app.close(); // the helper's instance was never listening; start a real one on a free port
      const started = await startDashboard(t.deps);
      t.app = started.app;
      url = started.url;
      await seedHistory(t);
      target = await seedItem(t.store, { authorName: 'MetaMask Support', channelId: 'help', createdAt: new Date(Date.now() - 90_000).toISOString() });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
      mkdirSync(SHOTS, { recursive: true });
    });

    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    async function signIn(page: Page, token: string): Promise<number> {
      await page.goto(`${url}/login`);
      await page.fill('#token', token);
      await page.fill('#name', 'tester');
      const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/login') && r.request().method() === 'POST'), page.click('button[type=submit]')]);
      await page.waitForLoadState();
      return response.status();
    }

    it('refuses a wrong token', async () => {
      const page = await browser.newPage();
      expect(await signIn(page, 'certainly-not-the-token')).toBe(401);
      await expect(page.locator('.error').textContent()).resolves.toContain('not right');
      await page.close();
    });

    it('answers 401 to the API without a session', async () => {
      const context = await browser.newContext();
      expect((await context.request.get(`${url}/api/queue`)).status()).toBe(401);
      await context.close();
    });

    it('triages a seeded item with the keyboard and the stats follow', async () => {
      const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

      expect(await signIn(page, TOKEN)).toBe(303);
      expect(new URL(page.url()).pathname).toBe('/');

      // The seeded item is newest, selected, and its evidence is highlighted.
      const row = page.locator(`tr.item[data-id="${target.id}"]`);
      await expect(row.getAttribute('class')).resolves.toContain('selected');
      await expect(row.locator('mark[title="wallet-secret-request"]').first().textContent()).resolves.toMatch(/recovery phrase/i);
      await page.screenshot({ path: `${SHOTS}/dashboard-queue.png`, fullPage: true });

      const before = await confirmedOnStats(page);
      await page.goto(`${url}/`);
      const pendingBefore = Number(await page.locator('#pending-count').getAttribute('data-count'));

      // j and k move the selection down and back up; only one row is ever selected.
      const selectedId = () => page.locator('tr.item.selected').getAttribute('data-id');
      await expect(selectedId()).resolves.toBe(target.id);
      await page.keyboard.press('j');
      const next = await selectedId();
      expect(next).not.toBe(target.id);
      expect(await page.locator('tr.item.selected').count()).toBe(1);
      await page.keyboard.press('k');
      await expect(selectedId()).resolves.toBe(target.id);

      await page.keyboard.press('c');
      await row.waitFor({ state: 'detached' });
      await expect(page.locator('#flash').textContent()).resolves.toContain('Confirmed scam');
      expect(Number(await page.locator('#pending-count').getAttribute('data-count'))).toBe(pendingBefore - 1);
      const decided = await t.store.getItem(target.id);
      expect(decided).toMatchObject({ status: 'confirmed-scam', decidedByName: 'tester (dashboard)' });

      // Gone after a reload too, and the stats moved.
      await page.reload();
      expect(await page.locator(`tr.item[data-id="${target.id}"]`).count()).toBe(0);
      expect(await confirmedOnStats(page)).toBe(before + 1);
      const line = page.locator('svg path.line.s-delete');
      expect(await line.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ L/);
      expect(await page.locator('svg rect.s-delete').count()).toBeGreaterThan(0);
      expect(await page.locator('svg .marker.m-delete').count()).toBe(1);
      await page.screenshot({ path: `${SHOTS}/dashboard-stats.png`, fullPage: true });

      // A POST without the CSRF token is refused even with the session cookie.
      expect((await context.request.post(`${url}/api/scan`, { data: { text: 'hello' } })).status()).toBe(403);

      // An item page, and live "Try a message".
      await page.goto(`${url}/items/${target.id}`);
      await expect(page.locator('.decided').textContent()).resolves.toContain('tester (dashboard)');
      await page.screenshot({ path: `${SHOTS}/dashboard-item.png`, fullPage: true });
      await page.goto(`${url}/try`);
      await page.fill('#try-text', SCAM_TEXT);
      await page.locator('#try-result mark').first().waitFor();
      await page.screenshot({ path: `${SHOTS}/dashboard-try.png`, fullPage: true });

      expect(errors).toEqual([]);
      await context.close();
    });
  });
}

async function confirmedOnStats(page: Page): Promise<number> {
  await page.goto(page.url().replace(/\/[^/]*$/, '/stats'));
  const card = page.locator('.card', { hasText: 'confirmed scams' }).locator('.card-value');
  return Number((await card.textContent())?.replace(/,/g, ''));
}

/** A plausible few weeks: counters per day, decided items at varied scores, and a queue to work through. */
async function seedHistory(t: TestDashboard): Promise<void> {
  const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
  for (let ago = 0; ago < 21; ago++) {
    await t.store.incrementCounter('screened', 800 + ((ago * 137) % 400), day(ago));
    await t.store.incrementCounter('action:flag:ok', 2 + (ago % 4), day(ago));
    if (ago % 2 === 0) await t.store.incrementCounter('action:delete:ok', 1 + (ago % 3), day(ago));
    if (ago % 7 === 3) await t.store.incrementCounter('action:timeout:ok', 1, day(ago));
    if (ago === 5) await t.store.incrementCounter('action:delete:failed', 1, day(ago));
  }
  const decided: Array<[number, 'confirmed-scam' | 'false-positive']> = [
    [0.97, 'confirmed-scam'], [0.93, 'confirmed-scam'], [0.9, 'confirmed-scam'], [0.88, 'false-positive'], [0.8, 'confirmed-scam'],
    [0.72, 'confirmed-scam'], [0.66, 'false-positive'], [0.61, 'confirmed-scam'], [0.55, 'false-positive'], [0.52, 'false-positive'],
  ];
  for (const [i, [score, status]] of decided.entries()) {
    const item = await seedItem(t.store, {
      score, label: score >= 0.85 ? 'scam' : 'suspicious', createdAt: new Date(Date.now() - (i + 2) * 86_400_000).toISOString(),
      ...(status === 'false-positive' ? { text: HARD_NEGATIVE_TEXT, signals: [{ id: 'wallet-secret-request', weight: 0.5, evidence: 'seed phrase' }] } : {}),
    });
    await t.screener.decide(item.id, { status, moderatorId: 'u-mod', moderatorName: 'Riley' });
  }
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
  await seedItem(t.store, {
    authorName: 'helpdesk_anna', channelId: 'trading', score: 0.71, label: 'suspicious', createdAt: minutesAgo(25),
    text: 'Having trouble withdrawing? DM me, our live chat agent can fix your wallet in 5 minutes.',
    signals: [{ id: 'off-platform-contact', weight: 0.35, evidence: 'DM me' }, { id: 'support-impersonation', weight: 0.3, evidence: 'live chat agent' }],
  });
  await seedItem(t.store, {
    authorName: 'crypto_kev', channelId: 'general', score: 0.58, label: 'suspicious', createdAt: minutesAgo(190), source: 'member-report', reportedBy: 'sam (u-42)',
    text: 'Airdrop is live!! connect your wallet at claim-uniswap.net before it ends',
    signals: [{ id: 'risky-link', weight: 0.4, evidence: 'claim-uniswap.net' }, { id: 'urgency', weight: 0.15, evidence: 'before it ends' }],
  });
  await seedItem(t.store, {
    authorName: 'Support Team', channelId: 'help', communityId: 'T024BE7LD', platform: 'slack', score: 0.89, label: 'scam', createdAt: minutesAgo(60 * 26),
    text: 'Your account has been flagged. Validate your wallet now or it will be suspended: https://wallet-validate.app — send the 12 word seed phrase to finish.',
    signals: [{ id: 'wallet-secret-request', weight: 0.6, evidence: 'seed phrase' }, { id: 'risky-link', weight: 0.25, evidence: 'wallet-validate.app' }, { id: 'urgency', weight: 0.1, evidence: 'or it will be suspended' }],
  });
}
