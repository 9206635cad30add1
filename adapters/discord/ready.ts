/** Logs in and resolves once every shard is READY with its guilds, or rejects with an error a person can act on. */
import { Events, GatewayCloseCodes, type Client } from 'discord.js';

const closeReasons: Partial<Record<number, string>> = {
  [GatewayCloseCodes.AuthenticationFailed]: 'Discord rejected DISCORD_TOKEN (reset it under Bot in the developer portal)',
  [GatewayCloseCodes.DisallowedIntents]:
    'Discord refused the privileged intents: enable "Message Content Intent" and "Server Members Intent" under Bot → Privileged Gateway Intents in the developer portal',
  [GatewayCloseCodes.InvalidIntents]: 'Discord rejected the gateway intents',
  [GatewayCloseCodes.InvalidShard]: 'Discord rejected the shard settings (check DISCORD_SHARDS and DISCORD_SHARD_COUNT)',
  [GatewayCloseCodes.ShardingRequired]: 'Discord requires sharding for this bot: set DISCORD_SHARD_COUNT (and DISCORD_SHARDS per instance)',
  [GatewayCloseCodes.InvalidAPIVersion]: 'Discord rejected the gateway API version',
};

export async function waitForReady(client: Client, token: string, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let onDisconnect: ((event: { code: number }) => void) | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (reason: string) => reject(new Error(`Discord adapter could not connect: ${reason}`));
      timer = setTimeout(() => fail(`not ready after ${Math.round(timeoutMs / 1000)} s (is DISCORD_API_URL reachable?)`), timeoutMs);
      onDisconnect = (event) => fail(closeReasons[event.code] ?? `gateway closed with code ${event.code}`);
      client.once(Events.ClientReady, () => resolve());
      client.on(Events.ShardDisconnect, onDisconnect);
      client.login(token).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        fail(/invalid token/i.test(message) ? 'Discord rejected DISCORD_TOKEN (401)' : message);
      });
    });
  } finally {
    clearTimeout(timer);
    if (onDisconnect) client.off(Events.ShardDisconnect, onDisconnect);
  }
}
