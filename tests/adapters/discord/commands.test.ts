/** Slash commands and the "Report as scam" context menu, each answered ephemerally through the real client. */
import { afterEach, describe, expect, it } from 'vitest';
import { HARD_NEGATIVE_TEXT, SCAM_TEXT } from '../../fixtures/messages.js';
import { bits, perms, type FakeMember } from '../../integration/fake-discord.js';
import { eventually, makeWorld, startBot, type Running, type World } from '../../integration/fake-discord-world.js';

let bot: Running | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const MOD = bits(perms.manageMessages, perms.viewChannel, perms.sendMessages);
const ADMIN = bits(perms.manageMessages, perms.manageGuild, perms.viewChannel, perms.sendMessages);
const MEMBER = bits(perms.viewChannel, perms.sendMessages);

/** Dispatches an interaction and returns the ephemeral text it ended with (deferred reply, then edit). */
async function run(b: Running, payload: Record<string, unknown>): Promise<string> {
  b.fake.dispatch('INTERACTION_CREATE', payload);
  const ack = await b.fake.waitForRequest('POST', new RegExp(`^/interactions/${String(payload.id)}/`));
  const body = ack.body as { type: number; data?: { flags?: number; content?: string } };
  expect(body.data?.flags).toBe(64);
  if (body.type === 4) return body.data!.content!;
  expect(body.type).toBe(5);
  const edit = await b.fake.waitForRequest('PATCH', new RegExp(`^/webhooks/\\d+/${String(payload.token)}/messages/@original$`));
  return (edit.body as { content: string }).content;
}

function slash(b: Running, w: World, who: FakeMember, permissions: string, sub: string, options: Array<{ name: string; type: number; value: unknown }> = [], resolved?: Record<string, unknown>) {
  return b.fake.slash(w.guild, w.general, who, permissions, sub, options, resolved);
}

describe('discord commands', () => {
  it('registers /screener and "Report as scam" globally at start-up', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const put = await bot.fake.waitForRequest('PUT', /^\/applications\/\d+\/commands$/);
    const names = (put.body as Array<{ name: string; type?: number }>).map((c) => c.name);
    expect(names).toEqual(['screener', 'Report as scam']);
  });

  it('registers in DISCORD_GUILD_ID only, when set', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild], {}, { discord: { guildId: w.guild.id } });
    await bot.fake.waitForRequest('PUT', new RegExp(`^/applications/\\d+/guilds/${w.guild.id}/commands$`));
    expect(bot.fake.matching('PUT', /^\/applications\/\d+\/commands$/)).toEqual([]);
  });

  it('/screener status shows mode, mod channel and pending count', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const text = await run(bot, slash(bot, w, w.moderator, MOD, 'status'));
    expect(text).toContain('Mode: **enforce**');
    expect(text).toContain(`Mod channel: <#${w.modLog}> (found by name`);
    expect(text).toContain('Pending review items: 0');
  });

  it('/screener status says when there is no mod channel and no delete permission', async () => {
    const w = makeWorld({ modLogName: null, botPermissions: bits(perms.viewChannel, perms.sendMessages) });
    bot = await startBot([w.guild]);
    const text = await run(bot, slash(bot, w, w.moderator, MOD, 'status'));
    expect(text).toContain('acting without review cards; the dashboard has the queue (http://dashboard.test)');
    expect(text).toContain('not allowed (needs Manage Messages)');
  });

  it('/screener scan scores a text without acting', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const scam = await run(bot, slash(bot, w, w.moderator, MOD, 'scan', [{ name: 'text', type: 3, value: SCAM_TEXT }]));
    expect(scam).toMatch(/^\*\*SCAM\*\* · score \d\.\d\d/);
    expect(scam).toMatch(/• \*\*[a-z-]+\*\*/);
    const clean = await run(bot, slash(bot, w, w.moderator, MOD, 'scan', [{ name: 'text', type: 3, value: HARD_NEGATIVE_TEXT }]));
    expect(clean).toMatch(/^\*\*CLEAN\*\*/);
    expect(bot.fake.matching('DELETE', /./)).toEqual([]);
    expect(await bot.store.countItems({})).toBe(0);
  });

  it('/screener queue lists pending items with dashboard links', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    expect(await run(bot, slash(bot, w, w.moderator, MOD, 'queue'))).toBe('The review queue is empty.');
    bot.fake.dispatch('MESSAGE_CREATE', bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT));
    await bot.fake.waitForRequest('POST', new RegExp(`^/channels/${w.modLog}/messages$`));
    const [item] = await bot.store.listItems({});
    const text = await run(bot, slash(bot, w, w.moderator, MOD, 'queue'));
    expect(text).toContain('**1 pending**');
    expect(text).toContain(`http://dashboard.test/items/${item!.id}`);
  });

  it('/screener commands refuse members without Manage Messages', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    expect(await run(bot, slash(bot, w, w.member, MEMBER, 'queue'))).toMatch(/Manage Messages/);
    expect(await run(bot, slash(bot, w, w.member, MEMBER, 'scan', [{ name: 'text', type: 3, value: 'x' }]))).toMatch(/Manage Messages/);
  });

  it('/screener config needs Manage Server, then changes mode, thresholds and mod channel', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const options = [
      { name: 'mode', type: 3, value: 'flag-only' },
      { name: 'delete_threshold', type: 10, value: 0.9 },
      { name: 'mod_channel', type: 7, value: w.general },
    ];
    const resolved = { channels: { [w.general]: { id: w.general, type: 0, name: 'general', permissions: MOD } } };
    expect(await run(bot, slash(bot, w, w.moderator, MOD, 'config', options, resolved))).toMatch(/Manage Server/);
    expect((await bot.screener.community(w.guild.id)).mode).toBe('enforce');

    const text = await run(bot, slash(bot, w, w.moderator, ADMIN, 'config', options, resolved));
    expect(text).toContain('**Settings updated.**');
    expect(text).toContain('Mode: flag-only');
    expect(text).toContain('Delete threshold: 0.9');
    expect(text).toContain(`Mod channel: <#${w.general}>`);
    const community = await bot.screener.community(w.guild.id);
    expect(community).toMatchObject({ mode: 'flag-only', deleteThreshold: 0.9, modChannel: w.general });

    // flag-only: the scam is flagged in the new mod channel, not deleted.
    bot.fake.dispatch('MESSAGE_CREATE', bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT));
    await bot.fake.waitForRequest('POST', new RegExp(`^/channels/${w.general}/messages$`));
    expect(bot.fake.matching('DELETE', /./)).toEqual([]);
  });

  it('/screener config refuses a flag threshold above the delete threshold', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const text = await run(bot, slash(bot, w, w.moderator, ADMIN, 'config', [{ name: 'flag_threshold', type: 10, value: 0.95 }]));
    expect(text).toMatch(/^Not changed/);
  });

  it('"Report as scam" creates a review item from a member report and confirms ephemerally', async () => {
    const w = makeWorld();
    bot = await startBot([w.guild]);
    const target = bot.fake.message(w.guild, w.general, w.moderator, 'DM me for help with your wallet, I can fix it fast');
    bot.fake.dispatch('MESSAGE_CREATE', target);
    const reporter = w.member;
    const text = await run(bot, bot.fake.contextMenu(w.guild, w.general, reporter, MEMBER, 'Report as scam', target));
    expect(text).toBe('Thanks: moderators will review this message.');
    const item = await eventually(async () => (await bot!.store.listItems({ source: 'member-report' }))[0]);
    expect(item).toMatchObject({ messageId: target.id, authorId: w.moderator.user.id, reportedBy: `Support Team (${reporter.user.id})` });
    // The screener may flag the message on its own too; the member report gets its own card.
    const title = (body: unknown) => (body as { embeds: Array<{ title: string }> }).embeds[0]!.title;
    await eventually(() => bot!.fake.matching('POST', new RegExp(`^/channels/${w.modLog}/messages$`)).find((r) => title(r.body) === 'Reported by a member: needs review'));
    expect(bot.fake.matching('DELETE', /./)).toEqual([]);
  });
});
