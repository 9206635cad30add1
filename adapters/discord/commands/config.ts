/** `/screener config`: shows this guild's settings, or changes mode / thresholds / mod channel (Manage Server). */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommunityOverride, Mode } from '../../../src/config.js';
import type { DiscordContext } from '../context.js';

export async function config(ctx: DiscordContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>): Promise<string> {
  const { options, guildId } = interaction;
  const change: CommunityOverride = {};
  const mode = options.getString('mode') as Mode | null;
  const deleteThreshold = options.getNumber('delete_threshold');
  const flagThreshold = options.getNumber('flag_threshold');
  const modChannel = options.getChannel('mod_channel');
  if (mode) change.mode = mode;
  if (deleteThreshold !== null) change.deleteThreshold = deleteThreshold;
  if (flagThreshold !== null) change.flagThreshold = flagThreshold;
  if (modChannel) change.modChannel = modChannel.id;

  let community = await ctx.deps.screener.community(guildId);
  const changed = Object.keys(change).length > 0;
  if (changed) {
    const flag = change.flagThreshold ?? community.flagThreshold;
    const del = change.deleteThreshold ?? community.deleteThreshold;
    if (flag > del) return `Not changed: the flag threshold (${flag}) must not be above the delete threshold (${del}).`;
    community = await ctx.deps.screener.setCommunityOverride(guildId, change);
    ctx.log.info({ guildId, change, by: interaction.user.id }, 'community settings changed');
  }
  const guild = ctx.client.guilds.cache.get(guildId);
  const report = guild ? await ctx.health.check(guild) : undefined;
  return [
    changed ? '**Settings updated.**' : '**Current settings**',
    `Mode: ${community.mode}`,
    `Flag threshold: ${community.flagThreshold}`,
    `Delete threshold: ${community.deleteThreshold}`,
    `Mod channel: ${report?.modChannelId ? `<#${report.modChannelId}>` : 'none: acting without review cards'}`,
    ...(report?.problems ?? []).map((p) => `⚠️ ${p}`),
  ].join('\n');
}
