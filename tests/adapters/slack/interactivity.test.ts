import { afterEach, describe, expect, it } from 'vitest';
import { postCommand, postInteraction, postSigned } from '../../integration/fake-slack.js';
import { SCAM_TEXT } from '../../fixtures/messages.js';
import { BOT_TOKEN, MOD_CHANNEL, SIGNING_SECRET, buttonPayload, eventually, messageEvent, startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** Screens a scam so there is a pending item and a card; returns both. */
async function flaggedItem(harness: Harness) {
  await postSigned(harness.eventsUrl, messageEvent({ text: SCAM_TEXT }).body, { secret: SIGNING_SECRET });
  // Done once the card's location is stored (and the flag outcome recorded).
  const item = await eventually(async () => (await harness.store.listItems()).find((i) => i.actions.some((a) => a.kind === 'flag')), 'flagged item');
  const { ts: cardTs } = await eventually(() => harness.store.getSetting<{ ts: string }>(`slack-card:${item.id}`), 'card location');
  harness.fake.reset();
  return { item, cardTs };
}

describe('review card buttons', () => {
  it('a moderator confirms: the decision is stored and the card shows who decided', async () => {
    h = await startHarness({ moderators: ['UMOD'] });
    const { item, cardTs } = await flaggedItem(h);
    const res = await postInteraction(h.eventsUrl, buttonPayload({ actionId: `review:confirm:${item.id}`, user: 'UMOD', cardTs, responseUrl: h.fake.responseUrl }), SIGNING_SECRET);
    expect(res.status).toBe(200);
    await h.fake.waitFor(() => h!.fake.callsTo('chat.update').length === 1, 'card update');

    const stored = await h.store.getItem(item.id);
    expect(stored).toMatchObject({ status: 'confirmed-scam', decidedBy: 'UMOD', decidedByName: 'umod' });
    const update = h.fake.callsTo('chat.update')[0]!;
    expect(update).toMatchObject({ token: BOT_TOKEN, body: { channel: MOD_CHANNEL, ts: cardTs } });
    const blocks = JSON.stringify(update.body.blocks);
    expect(blocks).toContain('Confirmed scam by <@UMOD>');
    expect(blocks).not.toContain('review:confirm:');
    expect(h.fake.callsTo('chat.postEphemeral')).toHaveLength(0);
  });

  it('a member of the moderator user group may decide "not scam"', async () => {
    h = await startHarness({ moderatorGroup: 'SMODS' });
    h.fake.groups.set('SMODS', ['UGROUPMOD']);
    const { item, cardTs } = await flaggedItem(h);
    await postInteraction(h.eventsUrl, buttonPayload({ actionId: `review:dismiss:${item.id}`, user: 'UGROUPMOD', cardTs, responseUrl: h.fake.responseUrl }), SIGNING_SECRET);
    await h.fake.waitFor(() => h!.fake.callsTo('chat.update').length === 1, 'card update');
    expect(await h.store.getItem(item.id)).toMatchObject({ status: 'false-positive', decidedBy: 'UGROUPMOD' });
    expect(JSON.stringify(h.fake.callsTo('chat.update')[0]!.body.blocks)).toContain('Not scam by <@UGROUPMOD>');
  });

  it('anyone else is refused with an ephemeral message and nothing is decided', async () => {
    h = await startHarness({ moderators: ['UMOD'] });
    const { item, cardTs } = await flaggedItem(h);
    await postInteraction(h.eventsUrl, buttonPayload({ actionId: `review:confirm:${item.id}`, user: 'UMALLORY', cardTs, responseUrl: h.fake.responseUrl }), SIGNING_SECRET);
    await h.fake.waitFor(() => h!.fake.callsTo('chat.postEphemeral').length === 1, 'ephemeral refusal');
    expect(h.fake.callsTo('chat.postEphemeral')[0]).toMatchObject({ body: { channel: MOD_CHANNEL, user: 'UMALLORY' } });
    expect(String(h.fake.callsTo('chat.postEphemeral')[0]!.body.text)).toMatch(/only moderators/i);
    expect((await h.store.getItem(item.id))!.status).toBe('pending');
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
  });

  it('a second decision is not applied; the clicker is told who decided first', async () => {
    h = await startHarness({ moderators: ['UMOD', 'UMOD2'] });
    const { item, cardTs } = await flaggedItem(h);
    await postInteraction(h.eventsUrl, buttonPayload({ actionId: `review:confirm:${item.id}`, user: 'UMOD', cardTs, responseUrl: h.fake.responseUrl }), SIGNING_SECRET);
    await h.fake.waitFor(() => h!.fake.callsTo('chat.update').length === 1, 'first card update');
    await postInteraction(h.eventsUrl, buttonPayload({ actionId: `review:dismiss:${item.id}`, user: 'UMOD2', cardTs, responseUrl: h.fake.responseUrl }), SIGNING_SECRET);
    await h.fake.waitFor(() => h!.fake.callsTo('chat.postEphemeral').length === 1, 'already-decided notice');
    expect(String(h.fake.callsTo('chat.postEphemeral')[0]!.body.text)).toContain('Already decided by umod');
    expect((await h.store.getItem(item.id))!.status).toBe('confirmed-scam');
  });
});

describe('Report as scam shortcut and /screener', () => {
  it('a member report becomes a review item with a card, without a public reaction', async () => {
    h = await startHarness();
    const payload = {
      type: 'message_action', callback_id: 'report_as_scam', token: 'legacy', action_ts: '1700000000.2', trigger_id: '1.2',
      team: { id: 'T1', domain: 'acme' }, user: { id: 'UREPORTER', username: 'rita', name: 'rita', team_id: 'T1' },
      channel: { id: 'CGENERAL', name: 'general' }, response_url: h.fake.responseUrl, message_ts: '1700000500.000100',
      message: { type: 'message', user: 'UBOB', ts: '1700000500.000100', text: 'DM me for help with your wallet', user_profile: { display_name: 'Bob', name: 'bob' } },
    };
    expect((await postInteraction(h.eventsUrl, payload, SIGNING_SECRET)).status).toBe(200);
    await h.fake.waitFor(() => h!.fake.callsTo('response_url').length === 1, 'ephemeral thanks');
    const [item] = await h.store.listItems();
    expect(item).toMatchObject({ source: 'member-report', authorId: 'UBOB', messageId: '1700000500.000100', reportedBy: 'rita (UREPORTER)' });
    expect(h.fake.callsTo('chat.postMessage')).toEqual([expect.objectContaining({ body: expect.objectContaining({ channel: MOD_CHANNEL }) })]);
    expect(h.fake.callsTo('reactions.add')).toHaveLength(0);
    expect(h.fake.callsTo('response_url')[0]!.body).toMatchObject({ response_type: 'ephemeral' });
  });

  const command = (harness: Harness, user: string, text: string) => postCommand(harness.eventsUrl, {
    token: 'legacy', team_id: 'T1', team_domain: 'acme', channel_id: 'CGENERAL', channel_name: 'general', user_id: user, user_name: user.toLowerCase(),
    command: '/screener', text, response_url: harness.fake.responseUrl, trigger_id: '1.3', api_app_id: 'AAPP',
  }, SIGNING_SECRET);

  it('/screener status answers a moderator ephemerally; scan <text> explains the verdict', async () => {
    h = await startHarness({ moderators: ['UMOD'] });
    expect((await command(h, 'UMOD', 'status')).status).toBe(200);
    await command(h, 'UMOD', `scan ${SCAM_TEXT}`);
    await h.fake.waitFor(() => h!.fake.callsTo('response_url').length === 2, 'two responses');
    const texts = h.fake.callsTo('response_url').map((c) => String(c.body.text)).join('\n');
    expect(texts).toContain('*Mode:* enforce');
    expect(texts).toContain('no admin user token');
    expect(texts).toMatch(/\*scam\* · score/);
    expect(await h.store.countItems()).toBe(0); // explaining stores nothing
  });

  it('/screener is refused to non-moderators', async () => {
    h = await startHarness({ moderators: ['UMOD'] });
    await command(h, 'UMALLORY', 'status');
    await h.fake.waitFor(() => h!.fake.callsTo('response_url').length === 1, 'refusal');
    expect(String(h.fake.callsTo('response_url')[0]!.body.text)).toMatch(/only moderators/i);
  });
});
