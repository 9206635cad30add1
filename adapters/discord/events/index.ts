/** Gateway event listeners: each handler in its own file, each guarded so none can crash the process. */
import { Events } from 'discord.js';
import type { DiscordContext } from '../context.js';
import { guarded } from '../guard.js';
import { onGuildCreate } from './guild-create.js';
import { onMessageCreate } from './message-create.js';
import { onMessageUpdate } from './message-update.js';

export function register(ctx: DiscordContext): void {
  const { client, log } = ctx;
  client.on(Events.MessageCreate, guarded(log, 'messageCreate', (message) => onMessageCreate(ctx, message)));
  client.on(Events.MessageUpdate, guarded(log, 'messageUpdate', (before, after) => onMessageUpdate(ctx, before, after)));
  client.on(Events.GuildCreate, guarded(log, 'guildCreate', (guild) => onGuildCreate(ctx, guild)));
  client.on(Events.GuildDelete, guarded(log, 'guildDelete', (guild) => ctx.health.forget(guild.id)));
  // Without an 'error' listener an EventEmitter error throws; discord.js reconnects by itself after these.
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.ShardError, (error, shardId) => log.error({ err: error, shardId }, 'discord shard error'));
  client.on(Events.ShardDisconnect, (event, shardId) => log.warn({ code: event.code, shardId }, 'discord shard disconnected'));
  client.on(Events.ShardReconnecting, (shardId) => log.info({ shardId }, 'discord shard reconnecting'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord warning'));
}
