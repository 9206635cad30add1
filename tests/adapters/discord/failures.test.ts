/** Platform failures are values: 403/404 on delete fall back to a card, 429 waits, 5xx retries a bounded number of times. */
import { afterEach, describe, expect, it } from 'vitest';
import { SCAM_TEXT } from '../../fixtures/messages.js';
import { bits, perms } from '../../integration/fake-discord.js';
import { eventually, makeWorld, startBot, type Running } from '../../integration/fake-discord-world.js';
import { REST_RETRIES } from '../../../adapters/discord/client.js';

let bot: Running | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const cardTitle = (body: unknown) => (body as { embeds: Array<{ title: string; fields: Array<{ name: string; value: string }> }> }).embeds[0]!;

describe('discord failures', () => {
  it.each([403, 404] as const)('%i on delete → a flag card instead, outcome recorded', async (status) => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    bot.fake.fail('DELETE', /^\/channels\/\d+\/messages\/\d+$/, { status });
    const msg = bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT);
    bot.fake.dispatch('MESSAGE_CREATE', msg);
    const card = await bot.fake.waitForRequest('POST', new RegExp(`^/channels/${w.modLog}/messages$`));
    const embed = cardTitle(card.body);
    expect(embed.title).toBe('Suspicious message: needs review');
    expect(embed.fields.find((f) => f.name === 'Bot actions')?.value).toContain(`delete failed: ${status}`);
    expect(bot.fake.matching('POST', new RegExp(`^/channels/${w.modLog}/messages$`))).toHaveLength(1);
    const item = await eventually(async () => {
      const [i] = await bot!.store.listItems({ communityId: w.guild.id });
      return i && i.actions.length >= 2 ? i : undefined;
    });
    expect(item.actions.map((a) => [a.kind, a.ok, a.fallbackFor])).toEqual([['delete', false, undefined], ['flag', true, 'delete']]);
  });

  it('429 with retry-after on delete → retried after it', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    bot.fake.fail('DELETE', /^\/channels\/\d+\/messages\/\d+$/, { status: 429, retryAfter: 0.3 });
    const msg = bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT);
    bot.fake.dispatch('MESSAGE_CREATE', msg);
    await eventually(() => bot!.fake.matching('DELETE', /messages/).length === 2, 3000, 'the retried DELETE');
    const [first, second] = bot.fake.matching('DELETE', /messages/);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(290);
    const item = await eventually(async () => {
      const [i] = await bot!.store.listItems({ communityId: w.guild.id });
      return i && i.actions.length >= 2 ? i : undefined;
    });
    expect(item.actions[0]).toMatchObject({ kind: 'delete', ok: true });
  });

  it('500 on delete → retried a bounded number of times, then flagged', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    bot.fake.fail('DELETE', /^\/channels\/\d+\/messages\/\d+$/, { status: 500, times: 100 });
    bot.fake.dispatch('MESSAGE_CREATE', bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT));
    const card = await bot.fake.waitForRequest('POST', new RegExp(`^/channels/${w.modLog}/messages$`));
    expect(cardTitle(card.body).fields.find((f) => f.name === 'Bot actions')?.value).toContain('delete failed: 500');
    expect(bot.fake.matching('DELETE', /messages/)).toHaveLength(REST_RETRIES + 1);
  });

  it('a 500 that clears on retry still deletes', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    bot.fake.fail('DELETE', /^\/channels\/\d+\/messages\/\d+$/, { status: 502 });
    bot.fake.dispatch('MESSAGE_CREATE', bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT));
    await bot.fake.waitForRequest('POST', new RegExp(`^/channels/${w.modLog}/messages$`));
    expect(bot.fake.matching('DELETE', /messages/)).toHaveLength(2);
  });

  it('without Manage Messages: no DELETE is attempted, the scam is flagged, status says why', async () => {
    const w = makeWorld({ botPermissions: bits(perms.viewChannel, perms.sendMessages, perms.embedLinks, perms.readHistory) });
    bot = await startBot([w.guild]);
    expect(bot.logs.some((l) => l.includes('limited permissions') && l.includes('Manage Messages'))).toBe(true);
    expect(bot.handle.status().detail).toContain('missing Manage Messages in 1 guild');
    bot.fake.dispatch('MESSAGE_CREATE', bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT));
    const card = await bot.fake.waitForRequest('POST', new RegExp(`^/channels/${w.modLog}/messages$`));
    expect(cardTitle(card.body).fields.find((f) => f.name === 'Bot actions')?.value).toContain('missing permission: Manage Messages');
    expect(bot.fake.matching('DELETE', /./)).toEqual([]);
  });

  it('without any mod channel: deletes, posts no card, keeps the item, says so in status', async () => {
    const w = makeWorld({ modLogName: null });
    bot = await startBot([w.guild]);
    expect(bot.handle.status().detail).toContain('no review cards in 1 guild');
    const msg = bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT);
    bot.fake.dispatch('MESSAGE_CREATE', msg);
    await bot.fake.waitForRequest('DELETE', new RegExp(`/messages/${msg.id}$`));
    const item = await eventually(async () => {
      const [i] = await bot!.store.listItems({ communityId: w.guild.id });
      return i && i.actions.length >= 2 ? i : undefined;
    });
    expect(item.actions[1]).toMatchObject({ kind: 'flag', ok: false, error: expect.stringMatching(/no mod channel/) });
    expect(bot.fake.matching('POST', /\/messages$/)).toEqual([]);
  });

  it('uses a #scam-screener channel when there is no configured mod channel', async () => {
    const w = makeWorld({ modLogName: 'scam-screener' });
    bot = await startBot([w.guild]);
    bot.fake.dispatch('MESSAGE_CREATE', bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT));
    await bot.fake.waitForRequest('POST', new RegExp(`^/channels/${w.modLog}/messages$`));
  });

  it('checks permissions when joining a new guild', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const other = makeWorld({ guildId: '999999999999999999', modLogName: null });
    other.guild.members.push({ user: bot.fake.bot, roles: [other.botRoleId], joined_at: new Date().toISOString() });
    bot.fake.join(other.guild);
    await eventually(() => bot!.handle.status().detail?.includes('no review cards in 1 guild'));
    expect(bot.logs.some((l) => l.includes('joined guild') && l.includes(other.guild.id))).toBe(true);
  });
});
