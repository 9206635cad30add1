import { afterEach, describe, expect, it } from 'vitest';
import { postSigned, slackSignature } from '../../integration/fake-slack.js';
import { HARD_NEGATIVE_TEXT, SCAM_TEXT } from '../../fixtures/messages.js';
import { ADMIN_TOKEN, BOT_TOKEN, MOD_CHANNEL, SIGNING_SECRET, eventually, messageEvent, startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const send = (harness: Harness, body: string, retryNum?: number) => postSigned(harness.eventsUrl, body, { secret: SIGNING_SECRET, retryNum });
/** The first item once its outcomes are recorded (they are written after the card is posted). */
const flagged = (harness: Harness) => eventually(async () => (await harness.store.listItems()).find((i) => i.actions.some((a) => a.kind === 'flag')), 'flag outcome');
const cardPosts = (harness: Harness) => harness.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === MOD_CHANNEL);

describe('Slack message events', () => {
  it('flags a scam without an admin token: reaction on the message and a Block Kit card in the mod channel', async () => {
    h = await startHarness();
    const { body, ts } = messageEvent({ text: SCAM_TEXT });
    expect((await send(h, body)).status).toBe(200);
    await h.fake.waitFor(() => cardPosts(h!).length === 1, 'review card');

    const reaction = h.fake.callsTo('reactions.add');
    expect(reaction).toHaveLength(1);
    expect(reaction[0]).toMatchObject({ token: BOT_TOKEN, body: { channel: 'CGENERAL', timestamp: ts, name: 'warning' } });
    expect(h.fake.callsTo('chat.delete')).toHaveLength(0);

    const card = cardPosts(h)[0]!;
    expect(card.token).toBe(BOT_TOKEN);
    const blocks = JSON.stringify(card.body.blocks);
    const item = await flagged(h);
    expect(blocks).toContain(`review:confirm:${item!.id}`);
    expect(blocks).toContain(`review:dismiss:${item!.id}`);
    expect(blocks).toContain(`http://dashboard.test/items/${item!.id}`);
    expect(blocks).toContain('<@UALICE>');
    expect(blocks).toContain('https://acme.slack.com/archives/CGENERAL/p');
    expect(blocks).toContain(item!.signals[0]!.id);
    expect(item!.actions.map((a) => [a.kind, a.ok, a.error ?? ''])).toEqual([['delete', false, 'no-admin-token'], ['flag', true, '']]);
    expect(await eventually(() => h!.store.getSetting(`slack-card:${item!.id}`), 'card location')).toMatchObject({ channel: MOD_CHANNEL });
  });

  it('deletes a scam with chat.delete and the admin user token, and still posts a card', async () => {
    h = await startHarness({ adminUserToken: ADMIN_TOKEN });
    const { body, ts } = messageEvent({ text: SCAM_TEXT });
    await send(h, body);
    await h.fake.waitFor(() => cardPosts(h!).length === 1, 'review card');
    expect(h.fake.callsTo('chat.delete')).toEqual([expect.objectContaining({ token: ADMIN_TOKEN, body: expect.objectContaining({ channel: 'CGENERAL', ts }) })]);
    expect(h.fake.callsTo('reactions.add')).toHaveLength(0); // nothing left to react to
    expect(JSON.stringify(cardPosts(h)[0]!.body.blocks)).toContain('deleted');
  });

  it.each(['cant_delete_message', 'message_not_found'])('flags instead when chat.delete fails with %s', async (error) => {
    h = await startHarness({ adminUserToken: ADMIN_TOKEN });
    h.fake.failNext('chat.delete', { error });
    await send(h, messageEvent({ text: SCAM_TEXT }).body);
    await h.fake.waitFor(() => cardPosts(h!).length === 1, 'review card');
    expect(h.fake.callsTo('reactions.add')).toHaveLength(1);
    const item = await flagged(h);
    expect(item!.actions).toEqual([
      expect.objectContaining({ kind: 'delete', ok: false, error }),
      expect.objectContaining({ kind: 'flag', ok: true, fallbackFor: 'delete' }),
    ]);
  });

  it('makes no Slack call at all for a hard negative', async () => {
    h = await startHarness();
    await send(h, messageEvent({ text: HARD_NEGATIVE_TEXT }).body);
    await h.fake.waitFor(() => h!.screened() === 1, 'the message to be screened');
    await new Promise((resolve) => setImmediate(resolve));
    expect(h.fake.calls).toEqual([]);
    expect(await h.store.countItems()).toBe(0);
  });

  it('looks the author up with users.info when Slack sent no profile, and still screens when that fails', async () => {
    h = await startHarness();
    h.fake.users.set('UCAROL', { id: 'UCAROL', name: 'carol', display_name: 'MetaMask Support' });
    await send(h, messageEvent({ text: SCAM_TEXT, user: 'UCAROL', noProfile: true }).body);
    await h.fake.waitFor(() => cardPosts(h!).length === 1, 'first card');
    expect(h.fake.callsTo('users.info')[0]!.body).toMatchObject({ user: 'UCAROL' });
    expect((await flagged(h)).authorName).toBe('MetaMask Support');

    h.fake.failNext('users.info', { error: 'missing_scope' });
    await send(h, messageEvent({ text: SCAM_TEXT, user: 'UDAVE', noProfile: true }).body);
    await h.fake.waitFor(() => cardPosts(h!).length === 2, 'second card');
  });

  it('screens an edit (message_changed) and skips edits that leave the text unchanged', async () => {
    h = await startHarness();
    await send(h, messageEvent({ text: 'hello all', edit: { previousText: 'hello all' } }).body);
    await send(h, messageEvent({ text: SCAM_TEXT, edit: { previousText: 'hello all' } }).body);
    await h.fake.waitFor(() => cardPosts(h!).length === 1, 'review card for the edit');
    expect(h.screened()).toBe(1);
  });

  it('processes a retried delivery (same event_id, X-Slack-Retry-Num) once', async () => {
    h = await startHarness();
    const event = messageEvent({ text: SCAM_TEXT });
    await Promise.all([send(h, event.body), send(h, event.body, 1)]);
    await send(h, event.body, 2);
    await h.fake.waitFor(() => cardPosts(h!).length === 1, 'review card');
    // A later, different event is screened after the retries: by then any duplicate would have been too.
    await send(h, messageEvent({ text: HARD_NEGATIVE_TEXT }).body);
    await h.fake.waitFor(() => h!.screened() >= 2, 'the sentinel message');
    expect(h.screened()).toBe(2);
    expect(cardPosts(h)).toHaveLength(1);
    expect(h.fake.callsTo('reactions.add')).toHaveLength(1);
    expect(await h.store.countItems()).toBe(1);
  });

  it('rejects a forged signature and a stale timestamp with 401, without screening', async () => {
    h = await startHarness();
    const { body } = messageEvent({ text: SCAM_TEXT });
    const forged = await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET, signature: slackSignature('wrong-secret', Math.floor(Date.now() / 1000), body) });
    expect(forged.status).toBe(401);
    const stale = await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.status).toBe(401);
    expect(h.screened()).toBe(0);
    expect(h.fake.calls).toEqual([]);
  });

  it('honours ratelimited (HTTP 429 + Retry-After) and retries the call', async () => {
    h = await startHarness();
    h.fake.failNext('reactions.add', { error: 'ratelimited', status: 429, retryAfter: 1 });
    await send(h, messageEvent({ text: SCAM_TEXT }).body);
    await h.fake.waitFor(() => cardPosts(h!).length === 1, 'review card', 10_000);
    expect(h.fake.callsTo('reactions.add')).toHaveLength(2);
    const item = await flagged(h);
    expect(item!.actions.at(-1)).toMatchObject({ kind: 'flag', ok: true });
  });

  it('posts the configured thread warning and never logs a token', async () => {
    h = await startHarness({ threadWarning: 'Careful: staff never DM first or ask for your recovery phrase.', adminUserToken: undefined });
    const { body, ts } = messageEvent({ text: SCAM_TEXT });
    await send(h, body);
    await h.fake.waitFor(() => cardPosts(h!).length === 1, 'review card');
    expect(h.fake.callsTo('chat.postMessage')).toContainEqual(expect.objectContaining({ body: expect.objectContaining({ channel: 'CGENERAL', thread_ts: ts }) }));
    expect(h.logs.join('')).not.toMatch(/xox[bpa]-/);
  });

  it('stops within 5 seconds and frees the port', async () => {
    h = await startHarness();
    const started = Date.now();
    await h.handle.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(h.handle.status().connected).toBe(false);
    await expect(send(h, messageEvent({ text: 'x' }).body)).rejects.toThrow();
  });
});
