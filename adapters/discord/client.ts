/** The discord.js client, configured once: intents, partials, REST base URL, sharding, cache limits. */
import { Client, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { Config } from '../../src/config.js';

/** How many times discord.js retries a 5xx or network failure before the call fails (it never retries 4xx; 429s wait). */
export const REST_RETRIES = 2;

export function createClient(discord: Config['discord']): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent, // privileged: without it message text arrives empty
      GatewayIntentBits.GuildMembers, // privileged: join dates and roles of members
    ],
    // Edits of messages that are not in the cache (sent before start-up, or evicted) still arrive.
    partials: [Partials.Message],
    rest: { ...(discord.apiUrl ? { api: discord.apiUrl.replace(/\/$/, '') } : {}), retries: REST_RETRIES, timeout: 10_000 },
    ...(discord.shards ? { shards: discord.shards, shardCount: discord.shardCount } : {}),
    // Only recent messages are needed (replies, edits); a large bot must not hold every message it has seen.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 50, PresenceManager: 0, ReactionManager: 0 }),
    allowedMentions: { parse: [] },
  });
}

/** Refuses shard settings that would make instances overlap or leave shards unserved. */
export function checkShardConfig(discord: Config['discord']): void {
  const { shards, shardCount } = discord;
  if (!shards) return;
  if (!shardCount) throw new Error('DISCORD_SHARDS needs DISCORD_SHARD_COUNT (the total number of shards across all instances)');
  const bad = shards.filter((s) => s >= shardCount);
  if (bad.length) throw new Error(`DISCORD_SHARDS: shard ${bad.join(', ')} is not below DISCORD_SHARD_COUNT ${shardCount}`);
}
