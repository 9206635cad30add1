/** Review-card buttons: moderators decide (stored, answered fast, card updated); everyone else is refused. */
import { afterEach, describe, expect, it } from 'vitest';
import { SCAM_TEXT } from '../../fixtures/messages.js';
import { bits, perms, type RecordedRequest } from '../../integration/fake-discord.js';
import { eventually, makeWorld, startBot, type Running, type World } from '../../integration/fake-discord-world.js';

let bot: Running | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const MOD = bits(perms.manageMessages, perms.viewChannel, perms.sendMessages);
const MEMBER = bits(perms.viewChannel, perms.sendMessages);

/** A scam goes through; returns the review card message the bot posted and its item id. */
async function scamWithCard(b: Running, w: World): Promise<{ card: Record<string, unknown>; itemId: string }> {
  b.fake.dispatch('MESSAGE_CREATE', b.fake.message(w.guild, w.general, w.member, SCAM_TEXT));
  const post = await b.fake.waitForRequest('POST', new RegExp(`^/channels/${w.modLog}/messages$`));
  const [item] = await b.store.listItems({ communityId: w.guild.id });
  return { card: post.response as Record<string, unknown>, itemId: item!.id };
}

const callbacks = (b: Running, interactionId: unknown): RecordedRequest[] => b.fake.matching('POST', new RegExp(`^/interactions/${String(interactionId)}/`));

describe('review card buttons', () => {
  it('a moderator confirms: decision stored, answered within 3 s, card shows who decided', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const { card, itemId } = await scamWithCard(bot, w);
    const press = bot.fake.button(w.guild, w.modLog, w.moderator, MOD, `review:confirm:${itemId}`, card);
    const sentAt = performance.now();
    bot.fake.dispatch('INTERACTION_CREATE', press);

    const ack = await bot.fake.waitForRequest('POST', new RegExp(`^/interactions/${String(press.id)}/`));
    expect(ack.at - sentAt).toBeLessThan(3000);
    expect(ack.body).toMatchObject({ type: 6 }); // deferred update: acknowledged before any work
    const item = await eventually(async () => {
      const i = await bot!.store.getItem(itemId);
      return i?.status === 'confirmed-scam' ? i : undefined;
    });
    expect(item).toMatchObject({ decidedBy: w.moderator.user.id, decidedByName: 'Mia (mod)' });
    const edit = await bot.fake.waitForRequest('PATCH', new RegExp(`^/channels/${w.modLog}/messages/${String(card.id)}$`));
    const embed = (edit.body as { embeds: Array<{ title: string; fields: Array<{ name: string; value: string }> }> }).embeds[0]!;
    expect(embed.title).toBe('Confirmed scam');
    expect(embed.fields.find((f) => f.name === 'Decided by')?.value).toContain('Mia (mod)');
    const buttons = (edit.body as { components: Array<{ components: Array<{ disabled?: boolean; style: number }> }> }).components[0]!.components;
    expect(buttons.filter((b) => b.style !== 5).every((b) => b.disabled)).toBe(true);
    // Already deleted: confirming does not delete again.
    expect(bot.fake.matching('DELETE', /messages/)).toHaveLength(1);
  });

  it('a second moderator is told who decided first', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const { card, itemId } = await scamWithCard(bot, w);
    bot.fake.dispatch('INTERACTION_CREATE', bot.fake.button(w.guild, w.modLog, w.moderator, MOD, `review:dismiss:${itemId}`, card));
    await eventually(async () => (await bot!.store.getItem(itemId))?.status === 'false-positive');
    const late = bot.fake.button(w.guild, w.modLog, w.member, MOD, `review:confirm:${itemId}`, card);
    bot.fake.dispatch('INTERACTION_CREATE', late);
    const followUp = await bot.fake.waitForRequest('POST', new RegExp(`^/webhooks/\\d+/${String(late.token)}$`));
    expect(followUp.body).toMatchObject({ content: 'Already decided by Mia (mod).', flags: 64 });
    expect((await bot.store.getItem(itemId))?.status).toBe('false-positive');
  });

  it('"Not scam" on a deleted message restores it in the channel', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const { card, itemId } = await scamWithCard(bot, w);
    bot.fake.dispatch('INTERACTION_CREATE', bot.fake.button(w.guild, w.modLog, w.moderator, MOD, `review:dismiss:${itemId}`, card));
    const restored = await bot.fake.waitForRequest('POST', new RegExp(`^/channels/${w.general}/messages$`));
    const content = (restored.body as { content: string }).content;
    expect(content).toMatch(/restored by moderators: was removed by mistake/i);
    expect(content).toContain('MetaMask support');
    expect(restored.body).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it('confirming escalates to a timeout when configured', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild], { escalation: { afterConfirmed: 1, action: 'timeout', timeoutMinutes: 30 } });
    const { card, itemId } = await scamWithCard(bot, w);
    bot.fake.dispatch('INTERACTION_CREATE', bot.fake.button(w.guild, w.modLog, w.moderator, MOD, `review:confirm:${itemId}`, card));
    const timeout = await bot.fake.waitForRequest('PATCH', new RegExp(`^/guilds/${w.guild.id}/members/${w.member.user.id}$`));
    const until = Date.parse((timeout.body as { communication_disabled_until: string }).communication_disabled_until);
    expect(until - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(30 * 60_000);
  });

  it('"Not scam" DMs the author when configured', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild], { notifyAuthorOnFalsePositive: true });
    const { card, itemId } = await scamWithCard(bot, w);
    bot.fake.dispatch('INTERACTION_CREATE', bot.fake.button(w.guild, w.modLog, w.moderator, MOD, `review:dismiss:${itemId}`, card));
    const dm = await bot.fake.waitForRequest('POST', /^\/users\/@me\/channels$/);
    expect(dm.body).toEqual({ recipient_id: w.member.user.id });
    const sent = await eventually(() => bot!.fake.requests.find((r) => r.method === 'POST' && r.path.endsWith('/messages') && String((r.body as { content?: string }).content).includes('by mistake') && !r.path.includes(w.general)));
    expect((sent.body as { content: string }).content).toContain('Crypto Community');
  });

  it('a member without Manage Messages is refused and nothing is decided', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const { card, itemId } = await scamWithCard(bot, w);
    const press = bot.fake.button(w.guild, w.modLog, w.member, MEMBER, `review:confirm:${itemId}`, card);
    bot.fake.dispatch('INTERACTION_CREATE', press);
    await eventually(() => callbacks(bot!, press.id).length === 1);
    expect(callbacks(bot, press.id)[0]!.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/Manage Messages/) } });
    expect((await bot.store.getItem(itemId))?.status).toBe('pending');
  });

  it('ignores buttons that are not ours', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const press = bot.fake.button(w.guild, w.modLog, w.moderator, MOD, 'poll:vote:1', { id: '1', channel_id: w.modLog, content: '', author: { id: '1', username: 'x' } });
    bot.fake.dispatch('INTERACTION_CREATE', press);
    const marker = bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT);
    bot.fake.dispatch('MESSAGE_CREATE', marker);
    await bot.fake.waitForRequest('DELETE', new RegExp(`/messages/${marker.id}$`));
    expect(callbacks(bot, press.id)).toEqual([]);
  });
});
