/**
 * The Discord adapter: logs in, wires the handlers, registers the commands, checks each guild's
 * permissions, and hands the core its PlatformActions. It translates; it never classifies or decides.
 */
import { Events, Routes, type Client } from 'discord.js';
import type { AdapterDeps, AdapterHandle, AdapterStatus } from '../../src/adapter.js';
import { createActions } from './actions.js';
import { describeError, restApi } from './api.js';
import { checkShardConfig, createClient } from './client.js';
import { commandDefinitions } from './commands/definitions.js';
import { register as registerCommandHandlers } from './commands/index.js';
import { register as registerComponents } from './components/index.js';
import type { DiscordContext } from './context.js';
import { register as registerEvents } from './events/index.js';
import { FirstSeen } from './first-seen.js';
import { GuildHealth } from './guild-health.js';
import { guardPackets } from './packet-guard.js';
import { waitForReady } from './ready.js';

export interface StartOptions {
  /** How long to wait for READY and every guild; default 60 s. */
  readyTimeoutMs?: number;
}

const STOP_WITHIN_MS = 5000;

export async function startDiscord(deps: AdapterDeps, options: StartOptions = {}): Promise<AdapterHandle> {
  const { token } = deps.config.discord;
  if (!token) throw new Error('Discord adapter: DISCORD_TOKEN is not set');
  checkShardConfig(deps.config.discord);
  const log = deps.log;
  const client = createClient(deps.config.discord);
  const ctx: DiscordContext = {
    deps, client, log, api: restApi(client.rest), firstSeen: new FirstSeen(), health: new GuildHealth(deps.screener, log),
  };
  guardPackets(client, log);
  registerEvents(ctx);
  registerComponents(ctx);
  registerCommandHandlers(ctx);
  const shardsUp = trackShards(client);
  deps.screener.registerPlatform('discord', createActions(ctx));

  try {
    await waitForReady(client, token, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await destroy(client);
    throw error;
  }
  const applicationId = client.application?.id ?? deps.config.discord.applicationId;
  if (deps.config.discord.applicationId && applicationId !== deps.config.discord.applicationId) {
    log.warn({ configured: deps.config.discord.applicationId, actual: applicationId }, 'DISCORD_APPLICATION_ID does not match the token\'s application');
  }
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.options.shards, shardCount: client.options.shardCount }, 'discord connected');
  await registerCommands(ctx, applicationId);
  for (const guild of client.guilds.cache.values()) await ctx.health.check(guild);

  return {
    name: 'discord',
    status(): AdapterStatus {
      const detail = [ctx.health.summary(), ctx.commandProblem].filter(Boolean).join('; ');
      return { enabled: true, connected: client.isReady() && shardsUp(), ...(detail ? { detail } : {}) };
    },
    stop: () => destroy(client),
  };
}

/** Bulk-overwrites the commands (idempotent, so every instance of a sharded bot may do it). */
async function registerCommands(ctx: DiscordContext, applicationId: string | undefined): Promise<void> {
  const guildId = ctx.deps.config.discord.guildId;
  try {
    if (!applicationId) throw new Error('application id unknown');
    const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
    await ctx.client.rest.put(route, { body: commandDefinitions });
    ctx.log.info({ scope: guildId ? `guild ${guildId}` : 'global', commands: commandDefinitions.length }, 'slash commands registered');
  } catch (error) {
    ctx.commandProblem = `slash commands not registered: ${describeError(error)}`;
    ctx.log.error({ err: error }, 'could not register slash commands; screening continues');
  }
}

/** Whether every shard this instance runs is currently connected. */
function trackShards(client: Client): () => boolean {
  const down = new Set<number>();
  client.on(Events.ShardDisconnect, (_event, id) => down.add(id));
  client.on(Events.ShardReconnecting, (id) => down.add(id));
  client.on(Events.ShardReady, (id) => down.delete(id));
  client.on(Events.ShardResume, (id) => down.delete(id));
  return () => down.size === 0;
}

/** Closes the gateway and drops the token; never takes longer than 5 s. */
async function destroy(client: Client): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    client.destroy().catch(() => undefined),
    new Promise<void>((resolve) => { timer = setTimeout(resolve, STOP_WITHIN_MS); }),
  ]);
  clearTimeout(timer);
  client.removeAllListeners();
}
