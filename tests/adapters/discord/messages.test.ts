/** Gateway messages → screening → Discord calls, through the real discord.js client and a fake Discord. */
import { afterEach, describe, expect, it } from 'vitest';
import { HARD_NEGATIVE_TEXT, SCAM_TEXT } from '../../fixtures/messages.js';
import { eventually, makeWorld, startBot, type Running } from '../../integration/fake-discord-world.js';

let bot: Running | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

describe('discord messages', () => {
  it('deletes a scam and posts a review card to the mod channel', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const msg = bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT);
    bot.fake.dispatch('MESSAGE_CREATE', msg);

    await bot.fake.waitForRequest('DELETE', new RegExp(`^/channels/${w.general}/messages/${msg.id}$`));
    const card = await bot.fake.waitForRequest('POST', new RegExp(`^/channels/${w.modLog}/messages$`));
    const body = card.body as { embeds: Array<{ title: string; description: string; fields: Array<{ name: string; value: string }> }>; components: Array<{ components: Array<{ custom_id?: string; url?: string; label: string }> }> };
    const embed = body.embeds[0]!;
    expect(embed.title).toMatch(/Removed/);
    expect(embed.description).toContain('MetaMask support');
    expect(embed.fields.find((f) => f.name === 'Author')?.value).toContain(w.member.user.id);
    expect(embed.fields.find((f) => f.name === 'Channel')?.value).toContain(`<#${w.general}>`);
    expect(embed.fields.find((f) => f.name === 'Score')?.value).toMatch(/\d\.\d\d \(scam\)/);
    expect(embed.fields.find((f) => f.name === 'Signals')?.value).toMatch(/\*\*[a-z-]+\*\*.*: ".+"/);
    const items = await bot.store.listItems({ communityId: w.guild.id });
    expect(items).toHaveLength(1);
    const buttons = body.components[0]!.components;
    expect(buttons.map((b) => b.label)).toEqual(['Confirm scam', 'Not scam', 'Open in dashboard']);
    expect(buttons[0]!.custom_id).toBe(`review:confirm:${items[0]!.id}`);
    expect(buttons[1]!.custom_id).toBe(`review:dismiss:${items[0]!.id}`);
    expect(buttons[2]!.url).toBe(`http://dashboard.test/items/${items[0]!.id}`);
    const cardRef = await eventually(() => bot!.store.getSetting(`discord-card:${items[0]!.id}`));
    expect(cardRef).toMatchObject({ channelId: w.modLog, messageId: (card.response as { id: string }).id });
  });

  it('makes no call at all for a hard negative', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const before = bot.fake.requests.length;
    const msg = bot.fake.message(w.guild, w.general, w.member, HARD_NEGATIVE_TEXT);
    bot.fake.dispatch('MESSAGE_CREATE', msg);
    // A scam sent after it is handled, so the hard negative has been screened by then.
    const scam = bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT);
    bot.fake.dispatch('MESSAGE_CREATE', scam);
    await bot.fake.waitForRequest('DELETE', new RegExp(`/messages/${scam.id}$`));
    await eventually(() => bot!.fake.matching('POST', new RegExp(`^/channels/${w.modLog}/messages$`)).length === 1);
    const calls = bot.fake.requests.slice(before).map((r) => `${r.method} ${r.path}`);
    expect(calls.filter((c) => c.includes(msg.id as string))).toEqual([]);
    expect(calls).toEqual([`DELETE /channels/${w.general}/messages/${scam.id}`, `POST /channels/${w.modLog}/messages`]);
  });

  it('re-screens an edit that turns a message into a scam', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const msg = bot.fake.message(w.guild, w.general, w.member, 'gm everyone, how is the new release?');
    bot.fake.dispatch('MESSAGE_CREATE', msg);
    bot.fake.dispatch('MESSAGE_UPDATE', { ...msg, content: SCAM_TEXT, edited_timestamp: new Date().toISOString() });
    await bot.fake.waitForRequest('DELETE', new RegExp(`^/channels/${w.general}/messages/${msg.id}$`));
  });

  it('ignores an update that only loaded a link preview', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const msg = bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT.replace(/seed|recovery/g, 'x'));
    bot.fake.dispatch('MESSAGE_UPDATE', { ...msg, content: SCAM_TEXT, edited_timestamp: null, embeds: [{ type: 'link', url: 'https://example.org' }] });
    const scam = bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT);
    bot.fake.dispatch('MESSAGE_CREATE', scam);
    await bot.fake.waitForRequest('DELETE', new RegExp(`/messages/${scam.id}$`));
    expect(bot.fake.matching('DELETE', new RegExp(`/messages/${msg.id}$`))).toEqual([]);
  });

  it('ignores bots and passes author context to the screener', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const otherBot = { ...w.member, user: { id: '123456789012345678', username: 'other-bot', bot: true } };
    bot.fake.dispatch('MESSAGE_CREATE', bot.fake.message(w.guild, w.general, otherBot, SCAM_TEXT));
    const question = bot.fake.message(w.guild, w.general, w.moderator, 'help, my wallet is stuck, can anyone help?');
    bot.fake.dispatch('MESSAGE_CREATE', question);
    const seen: Array<Record<string, unknown>> = [];
    const original = bot.screener.screen.bind(bot.screener);
    bot.screener.screen = async (chat, selfId) => {
      seen.push({ ...chat, author: { ...chat.author } });
      return original(chat, selfId);
    };
    const reply = bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT, { type: 19, message_reference: { message_id: question.id, channel_id: w.general, guild_id: w.guild.id } });
    bot.fake.dispatch('MESSAGE_CREATE', reply);
    await bot.fake.waitForRequest('DELETE', new RegExp(`/messages/${reply.id}$`));
    const chat = seen.find((c) => c.messageId === reply.id) as { replyToText?: string; isFirstMessage?: boolean; author: { displayName?: string; accountCreatedAt?: Date; joinedAt?: Date } };
    expect(chat.replyToText).toBe('help, my wallet is stuck, can anyone help?');
    expect(chat.isFirstMessage).toBe(true);
    expect(chat.author.displayName).toBe('Support Team');
    expect(Date.now() - chat.author.accountCreatedAt!.getTime()).toBeLessThan(3 * 86_400_000);
    expect(Date.now() - chat.author.joinedAt!.getTime()).toBeLessThan(2 * 86_400_000);
    expect(bot.fake.matching('DELETE', /./)).toHaveLength(1); // the other bot's scam was ignored
  });

  it('logs and drops a malformed MESSAGE_CREATE without crashing', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    bot.fake.dispatch('MESSAGE_CREATE', { id: '1', channel_id: w.general, guild_id: w.guild.id });
    bot.fake.dispatch('MESSAGE_CREATE', { channel_id: w.general, guild_id: w.guild.id, content: SCAM_TEXT, author: {} });
    bot.fake.dispatch('MESSAGE_CREATE', { id: '3', channel_id: w.general, guild_id: w.guild.id, content: SCAM_TEXT, author: null, member: { roles: 5 } });
    // Has the required fields, but discord.js itself throws on it.
    bot.fake.dispatch('MESSAGE_CREATE', { ...bot.fake.message(w.guild, w.general, w.member, 'hi'), mentions: 5, attachments: 5 });
    const scam = bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT);
    bot.fake.dispatch('MESSAGE_CREATE', scam);
    await bot.fake.waitForRequest('DELETE', new RegExp(`/messages/${scam.id}$`));
    expect(bot.logs.filter((l) => l.includes('dropped malformed gateway event'))).toHaveLength(3);
    expect(bot.logs.filter((l) => l.includes('dropped gateway event that discord.js could not handle'))).toHaveLength(1);
    expect(bot.handle.status().connected).toBe(true);
  });
});
