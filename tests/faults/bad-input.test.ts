/**
 * Bad input gets a clear answer and loses nothing.
 * - normalize/classify never throw and always return a verdict on hostile text: arbitrary code units
 *   (lone surrogates included), control characters, and 1 MB strings. Time is only checked loosely here;
 *   speed belongs to bench/. (tests/classifiers/* fuzz ordinary-sized text; this adds the extreme shapes.)
 * - the Slack HTTP receiver answers 413 to a body over its limit and drops malformed payloads without crashing,
 *   then screens the next good event.
 * Already covered elsewhere, not repeated: the dashboard's 413 (tests/dashboard/server.test.ts), malformed
 * Discord gateway events logged and dropped (tests/adapters/discord/messages.test.ts), invalid config → one
 * error naming the field (tests/config.test.ts).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { classify } from '../../classifiers/classify.js';
import { normalize } from '../../classifiers/normalize.js';
import { SCAM_TEXT } from '../fixtures/messages.js';
import { SIGNING_SECRET, messageEvent, startHarness, type Harness } from '../adapters/slack/harness.js';
import { postSigned } from '../integration/fake-slack.js';
import { watchUnhandledRejections } from './helpers.js';

const LABELS = ['clean', 'suspicious', 'scam'];
const MB = 1024 * 1024;

function expectVerdict(text: string): void {
  const verdict = classify(text);
  expect(LABELS).toContain(verdict.label);
  expect(verdict.score).toBeGreaterThanOrEqual(0);
  expect(verdict.score).toBeLessThanOrEqual(1);
  expect(Array.isArray(verdict.signals)).toBe(true);
}

/** Code units that break naive string handling: lone surrogates, C0/C1 controls, bidi and zero-width marks, NUL. */
const hostileUnit = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u200b', '\u200d', '\u202e', '\u2066', '\ufeff', '\ufffd', '\u0000', '\u0301', '\ud83d\ude00'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

describe('normalizer and classifier under hostile text', () => {
  it('never throw on random Unicode, lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 3_000 }), fc.string({ unit: hostileUnit, maxLength: 3_000 })), (text) => {
        const normalized = normalize(text);
        expect(typeof normalized.text).toBe('string');
        expectVerdict(text);
      }),
      { numRuns: 300 },
    );
  });

  it('hostile units mixed into a real scam still give a verdict', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(SCAM_TEXT.length), fc.string({ unit: hostileUnit, minLength: 1, maxLength: 5 })), { maxLength: 40 }), (insertions) => {
        let text = SCAM_TEXT;
        for (const [at, unit] of insertions) text = text.slice(0, at) + unit + text.slice(at);
        expectVerdict(text);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['1 MB of one letter', 'a'.repeat(MB)],
    ['1 MB of lone high surrogates', '\ud800'.repeat(MB)],
    ['1 MB of control characters', '\u0001\u0007\u001b\u0000'.repeat(MB / 4)],
    ['1 MB of a scam repeated', SCAM_TEXT.repeat(Math.ceil(MB / SCAM_TEXT.length)).slice(0, MB)],
    ['1 MB of dots and brackets (regex backtracking bait)', '[.]('.repeat(MB / 4)],
    ['1 MB of zero-width joiners between letters', 'a\u200d'.repeat(MB / 2)],
    ['1 MB without a single space', 'https://x.y/'.repeat(MB / 12)],
  ])('%s: normalized and classified without throwing, well under 2 s', (_name, text) => {
    const started = performance.now();
    expect(() => normalize(text)).not.toThrow();
    expectVerdict(text);
    // Generous on purpose (slow CI machines): this only catches runaway, e.g. quadratic, behaviour.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('Slack HTTP receiver: oversized and malformed bodies', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('answers 413 to a body over the 4 MB limit, screens nothing, and keeps serving', async () => {
    h = await startHarness();
    const big = JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(5 * MB) });
    expect((await postSigned(h.eventsUrl, big, { secret: SIGNING_SECRET })).status).toBe(413);
    expect(h.screened()).toBe(0);
    expect((await postSigned(h.eventsUrl, messageEvent({ text: SCAM_TEXT }).body, { secret: SIGNING_SECRET })).status).toBe(200);
    await h.fake.waitFor(() => h!.screened() === 1, 'the next good event to be screened');
  });

  it('drops malformed payloads without crashing or an unhandled rejection, then screens the next good event', async () => {
    const watch = watchUnhandledRejections();
    h = await startHarness();
    const good = JSON.parse(messageEvent({ text: SCAM_TEXT }).body) as Record<string, unknown>;
    const event = good.event as Record<string, unknown>;
    let n = 0;
    const withEvent = (e: unknown) => JSON.stringify({ ...good, event_id: `EvBad${++n}`, event: e });
    const bodies = [
      '{"type": "event_callback", "event": ', // truncated JSON
      'not json at all',
      JSON.stringify([1, 2, 3]),
      JSON.stringify({ type: 'event_callback' }), // no event
      withEvent({ ...event, text: 42 }),
      withEvent({ ...event, text: null }),
      withEvent({ ...event, user: undefined }),
      withEvent({ ...event, channel: { id: 'C1' } }),
      withEvent({ ...event, ts: 1.5 }),
      withEvent({ ...event, subtype: 'message_changed', message: 'oops' }),
      withEvent({ ...event, text: '\ud800'.repeat(10_000) }),
    ];
    for (const body of bodies) {
      const { status } = await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET });
      expect(status, body.slice(0, 60)).toBeLessThan(500);
    }
    expect((await postSigned(h.eventsUrl, withEvent(event), { secret: SIGNING_SECRET })).status).toBe(200);
    await h.fake.waitFor(() => h!.fake.callsTo('reactions.add').length === 1, 'the good event to be acted on');
    expect(await h.store.countItems()).toBe(1);
    expect(watch.stop()).toEqual([]);
  });
});
