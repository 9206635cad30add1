/** Joining a guild (or it becoming available): check what the bot may do there. */
import type { Guild } from 'discord.js';
import type { DiscordContext } from '../context.js';

export async function onGuildCreate(ctx: DiscordContext, guild: Guild): Promise<void> {
  ctx.log.info({ guildId: guild.id, guild: guild.name }, 'joined guild');
  await ctx.health.check(guild);
}
