/**
 * The connection to the platform drops after the bot is ready, and screening resumes once the real client
 * (discord.js / Bolt's Socket Mode client) has reconnected on its own: a scam sent afterwards is still acted on.
 * Every wait is bounded.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SCAM_TEXT } from '../fixtures/messages.js';
import { dropGatewayConnections } from '../integration/fake-discord.js';
import { eventually, makeWorld, startBot, type Running } from '../integration/fake-discord-world.js';
import { dropSocketModeConnections } from '../integration/fake-slack.js';
import { MOD_CHANNEL, messageEvent, startHarness, type Harness } from '../adapters/slack/harness.js';
import { watchUnhandledRejections } from './helpers.js';

describe('Discord gateway disconnect', () => {
  let bot: Running | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it.each([
    ['a close frame with code 4000', 4000],
    ['an abrupt reset (1006)', undefined],
  ])('after %s, discord.js identifies again and a scam is still deleted', async (_name, code) => {
    const watch = watchUnhandledRejections();
    const w = makeWorld();
    bot = await startBot([w.guild]);
    expect(bot.fake.identifies).toHaveLength(1);

    expect(dropGatewayConnections(bot.fake, code)).toBe(1);
    await eventually(() => bot!.fake.identifies.length === 2 && bot!.fake.connectedShards === 1, 15_000, 'discord.js to reconnect and identify');

    const msg = bot.fake.message(w.guild, w.general, w.member, SCAM_TEXT);
    // The READY/GUILD_CREATE after the new IDENTIFY may still be in flight: resend until it is handled.
    await eventually(async () => {
      if (bot!.fake.matching('DELETE', new RegExp(`/messages/${msg.id}$`)).length) return true;
      if (!(await bot!.store.countItems({ communityId: w.guild.id }))) bot!.fake.dispatch('MESSAGE_CREATE', msg);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return false;
    }, 5_000, 'the scam sent after the reconnect to be deleted');
    expect(await bot.store.countItems({ communityId: w.guild.id })).toBe(1);
    expect(bot.handle.status().connected).toBe(true);
    expect(watch.stop()).toEqual([]);
  });
});

describe('Slack Socket Mode reconnect', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('after the socket drops, Bolt reconnects and an event sent afterwards is screened', async () => {
    const watch = watchUnhandledRejections();
    h = await startHarness({ appToken: 'xapp-test-app-token', signingSecret: undefined });
    expect(h.fake.socketClients).toBe(1);

    expect(dropSocketModeConnections(h.fake)).toBe(1);
    await h.fake.waitFor(() => h!.fake.callsTo('apps.connections.open').length >= 1 && h!.fake.socketClients === 1, 'Bolt to reconnect', 15_000);

    const { body } = messageEvent({ text: SCAM_TEXT });
    await h.fake.sendEnvelope('events_api', JSON.parse(body));
    await h.fake.waitFor(() => h!.fake.callsTo('chat.postMessage').some((c) => c.body.channel === MOD_CHANNEL), 'review card after the reconnect');
    expect(await h.store.countItems()).toBe(1);
    expect(h.handle.status().connected).toBe(true);
    expect(watch.stop()).toEqual([]);
  });
});
