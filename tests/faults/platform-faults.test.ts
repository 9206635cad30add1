/**
 * Platform calls that fail in every way a platform can fail, at the pipeline: a thrown exception, an error
 * value, a call that never answers, a call that rejects after it was given up on. The pipeline records a
 * failed outcome, a failed delete falls back to a flag, nothing hangs and nothing is an unhandled rejection.
 *
 * HTTP-level faults through the real clients are covered per adapter, against their fakes, and not repeated here:
 * - Discord 403/404 on delete → flag card, 429 → waits retry-after, 500 → bounded retries then flag:
 *   tests/adapters/discord/failures.test.ts;
 * - Slack cant_delete_message/message_not_found → flag, 429 + Retry-After → retried: tests/adapters/slack/events.test.ts.
 * What those lacked, a Slack 5xx on chat.delete, is added at the end of this file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Screener } from '../../src/pipeline.js';
import { SqliteStore } from '../../src/review/sqlite-store.js';
import type { ActionResult } from '../../src/platform.js';
import { SCAM_TEXT } from '../fixtures/messages.js';
import { ADMIN_TOKEN, SIGNING_SECRET, messageEvent, startHarness, type Harness } from '../adapters/slack/harness.js';
import { postSigned } from '../integration/fake-slack.js';
import { RecordingPlatform, capturedLogger, scamMessage, testConfig, waitUntil, watchUnhandledRejections } from './helpers.js';

const never = () => new Promise<ActionResult>(() => undefined);
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function screenerWith(platform: RecordingPlatform, platformTimeoutMs = 100) {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  const { log, lines } = capturedLogger();
  const screener = new Screener({ config: testConfig(), store, log, platformTimeoutMs });
  screener.registerPlatform('discord', platform);
  cleanups.push(() => store.close(), () => screener.close());
  return { screener, store, lines };
}

describe('platform faults at the pipeline', () => {
  it.each([
    ['throws', async (): Promise<ActionResult> => { throw new Error('socket hang up'); }, 'socket hang up'],
    ['rejects with a non-Error', () => Promise.reject('ECONNRESET'), 'ECONNRESET'],
    ['returns an error (403)', async (): Promise<ActionResult> => ({ ok: false, error: '403: Missing Permissions' }), '403: Missing Permissions'],
    ['returns an error (404)', async (): Promise<ActionResult> => ({ ok: false, error: '404: Unknown Message' }), '404: Unknown Message'],
    ['returns an error (429 after retries)', async (): Promise<ActionResult> => ({ ok: false, error: 'ratelimited' }), 'ratelimited'],
    ['returns an error (500)', async (): Promise<ActionResult> => ({ ok: false, error: '500: Internal Server Error' }), '500: Internal Server Error'],
    ['never answers', never, 'timed out after 100 ms'],
  ])('a delete that %s is recorded as failed and falls back to a flag', async (_name, behaviour, error) => {
    const watch = watchUnhandledRejections();
    const platform = new RecordingPlatform();
    platform.behaviour.delete = behaviour;
    const { screener, store } = await screenerWith(platform);
    const started = Date.now();
    const result = await screener.screen(scamMessage());
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.outcomes).toEqual([
      expect.objectContaining({ kind: 'delete', ok: false, error }),
      expect.objectContaining({ kind: 'flag', ok: true, fallbackFor: 'delete' }),
    ]);
    expect((await store.getItem(result.item!.id))?.actions).toEqual(result.outcomes);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(watch.stop()).toEqual([]);
  });

  it('when the flag hangs too, both time out, screening goes on, and the item keeps both failures', async () => {
    const watch = watchUnhandledRejections();
    const platform = new RecordingPlatform();
    platform.behaviour = { delete: never, flag: never };
    const { screener, store } = await screenerWith(platform, 50);
    const results = await Promise.all([screener.screen(scamMessage()), screener.screen(scamMessage())]);
    for (const result of results) {
      expect(result.outcomes.map((o) => [o.kind, o.ok, o.error])).toEqual([['delete', false, 'timed out after 50 ms'], ['flag', false, 'timed out after 50 ms']]);
    }
    expect(await store.countItems()).toBe(2);
    // The next message is screened normally once the platform answers again.
    platform.behaviour = {};
    expect((await screener.screen(scamMessage())).outcomes[0]).toMatchObject({ kind: 'delete', ok: true });
    expect(watch.stop()).toEqual([]);
  });

  it('a call that rejects after it timed out is not an unhandled rejection', async () => {
    const watch = watchUnhandledRejections();
    const platform = new RecordingPlatform();
    platform.behaviour.delete = () => new Promise((_, reject) => setTimeout(() => reject(new Error('late failure')), 100));
    const { screener } = await screenerWith(platform, 20);
    const result = await screener.screen(scamMessage());
    expect(result.outcomes[0]).toMatchObject({ kind: 'delete', ok: false, error: 'timed out after 20 ms' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(watch.stop()).toEqual([]);
  });

  it('no platform registered for the message: recorded as platform-not-connected, no crash', async () => {
    const { screener } = await screenerWith(new RecordingPlatform());
    const result = await screener.screen(scamMessage({ platform: 'slack' }));
    expect(result.outcomes.length).toBeGreaterThan(0);
    for (const o of result.outcomes) expect(o).toMatchObject({ ok: false, error: 'platform-not-connected' });
  });
});

describe('Slack Web API 5xx', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('a 500 on chat.delete → the delete is recorded as failed and the message is flagged instead', async () => {
    const watch = watchUnhandledRejections();
    h = await startHarness({ adminUserToken: ADMIN_TOKEN });
    h.fake.failNext('chat.delete', { error: 'internal_error', status: 500 }, 10);
    const { body } = messageEvent({ text: SCAM_TEXT });
    expect((await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET })).status).toBe(200);
    const item = await waitUntil(async () => {
      const [found] = await h!.store.listItems({});
      return found && found.actions.length >= 2 ? found : undefined;
    }, 'the delete to fail and the flag to be recorded', 20_000);
    expect(item.actions).toEqual([
      expect.objectContaining({ kind: 'delete', ok: false }),
      expect.objectContaining({ kind: 'flag', ok: true, fallbackFor: 'delete' }),
    ]);
    expect(h.fake.callsTo('reactions.add')).toHaveLength(1);
    expect(watch.stop()).toEqual([]);
  });
});
