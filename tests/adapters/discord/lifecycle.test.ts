/** Start-up, sharding across instances, clear errors, and a bounded stop. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatewayIntentBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscord } from '../../../adapters/discord/index.js';
import type { AdapterHandle } from '../../../src/adapter.js';
import { configSchema } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { Screener } from '../../../src/pipeline.js';
import { openStore } from '../../../src/review/open-store.js';
import type { ReviewStore } from '../../../src/review/store.js';
import { SCAM_TEXT } from '../../fixtures/messages.js';
import { FakeDiscord, shardOf, snowflake } from '../../integration/fake-discord.js';
import { makeWorld, startBot, type Running } from '../../integration/fake-discord-world.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function bootstrap(fake: FakeDiscord, store: ReviewStore, discord: Record<string, unknown> = {}): Promise<AdapterHandle> {
  const config = configSchema.parse({ discord: { token: 'fake-token', apiUrl: fake.apiUrl, ...discord } });
  const log = createLogger('silent');
  const screener = await Screener.create({ config, store, log });
  return startDiscord({ config, screener, store, log, dashboardUrl: 'http://dashboard.test' }, { readyTimeoutMs: 3000 });
}

async function tempStore(): Promise<{ store: ReviewStore; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'scam-screener-discord-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'review.db');
  const store = await openStore({ sqlitePath: path });
  cleanups.push(() => store.close());
  return { store, path };
}

describe('discord lifecycle', () => {
  it('identifies with exactly Guilds, GuildMessages, MessageContent and GuildMembers', async () => {
    const w = makeWorld();
    const bot: Running = await startBot([w.guild]);
    cleanups.push(() => bot.close());
    const wanted = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent | GatewayIntentBits.GuildMembers;
    expect(bot.fake.identifies).toEqual([{ shard: [0, 1], intents: wanted }]);
    expect(bot.handle.status()).toEqual({ enabled: true, connected: true });
  });

  it('two instances with DISCORD_SHARDS split the guilds and share the store', async () => {
    // Two guilds that land on different shards of 2.
    const a = makeWorld({ guildId: snowflake(Date.now() - 5e9) });
    let otherId = snowflake(Date.now() - 4e9);
    for (let i = 1; shardOf(otherId, 2) === shardOf(a.guild.id, 2); i++) otherId = snowflake(Date.now() - 4e9 + i);
    const b = makeWorld({ guildId: otherId });
    const fake = await FakeDiscord.start({ guilds: [a.guild, b.guild] });
    cleanups.push(() => fake.close());
    for (const w of [a, b]) w.guild.members.push({ user: fake.bot, roles: [w.botRoleId], joined_at: new Date().toISOString() });
    const { store } = await tempStore();
    const first = await bootstrap(fake, store, { shards: [0], shardCount: 2 });
    cleanups.push(() => first.stop());
    const second = await bootstrap(fake, store, { shards: [1], shardCount: 2 });
    cleanups.push(() => second.stop());
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);

    const ma = fake.message(a.guild, a.general, a.member, SCAM_TEXT);
    const mb = fake.message(b.guild, b.general, b.member, SCAM_TEXT);
    fake.dispatch('MESSAGE_CREATE', ma);
    fake.dispatch('MESSAGE_CREATE', mb);
    await fake.waitForRequest('DELETE', new RegExp(`/messages/${ma.id}$`));
    await fake.waitForRequest('DELETE', new RegExp(`/messages/${mb.id}$`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.matching('DELETE', /./)).toHaveLength(2); // each message handled by exactly one instance
    expect(await store.countItems({})).toBe(2);
  });

  it('rejects a shard outside DISCORD_SHARD_COUNT before connecting', async () => {
    const fake = await FakeDiscord.start({ guilds: [] });
    cleanups.push(() => fake.close());
    const { store } = await tempStore();
    await expect(bootstrap(fake, store, { shards: [0, 2], shardCount: 2 })).rejects.toThrow(/shard 2 is not below DISCORD_SHARD_COUNT 2/);
    await expect(bootstrap(fake, store, { shards: [0] })).rejects.toThrow(/needs DISCORD_SHARD_COUNT/);
    expect(fake.requests).toEqual([]);
  });

  it('rejects with a clear error when the token is refused', async () => {
    const fake = await FakeDiscord.start({ guilds: [] });
    cleanups.push(() => fake.close());
    fake.fail('GET', /^\/gateway\/bot$/, { status: 401 });
    const { store } = await tempStore();
    await expect(bootstrap(fake, store)).rejects.toThrow(/Discord rejected DISCORD_TOKEN/);
  });

  it('rejects with instructions when the privileged intents are not enabled', async () => {
    const fake = await FakeDiscord.start({ guilds: [] });
    cleanups.push(() => fake.close());
    fake.closeOnIdentify = 4014;
    const { store } = await tempStore();
    await expect(bootstrap(fake, store)).rejects.toThrow(/enable "Message Content Intent" and "Server Members Intent"/);
  });

  it('stop() disconnects within 5 s and the status says so', async () => {
    const w = makeWorld();
    const bot = await startBot([w.guild]);
    const started = Date.now();
    await bot.handle.stop();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(bot.handle.status().connected).toBe(false);
    await bot.close();
    expect(bot.fake.connectedShards).toBe(0);
  });
});
