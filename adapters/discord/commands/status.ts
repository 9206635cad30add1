/** `/screener status`: connection, mode, thresholds, mod channel, and everything the bot cannot do here. */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { DiscordContext } from '../context.js';

export async function status(ctx: DiscordContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>): Promise<string> {
  const guild = ctx.client.guilds.cache.get(interaction.guildId);
  const community = await ctx.deps.screener.community(interaction.guildId);
  const report = guild ? await ctx.health.check(guild) : undefined;
  const pending = await ctx.deps.store.countItems({ communityId: interaction.guildId, platform: 'discord', status: 'pending' });
  const shards = ctx.client.options.shards;
  const lines = [
    '**scam-screener status**',
    `Connection: connected · shard ${interaction.guild?.shardId ?? guild?.shardId ?? 0} (this instance runs ${Array.isArray(shards) ? shards.join(', ') : 'all'} of ${ctx.client.options.shardCount ?? 1}) · ping ${ctx.client.ws.ping} ms`,
    `Mode: **${community.mode}** · flag at ≥ ${community.flagThreshold.toFixed(2)} · delete at ≥ ${community.deleteThreshold.toFixed(2)}`,
    report?.modChannelId && report.canPostCards
      ? `Mod channel: <#${report.modChannelId}>${report.modChannelSource === 'fallback' ? ' (found by name; set one with /screener config)' : ''}`
      : `Mod channel: none usable: acting without review cards; the dashboard has the queue (${ctx.deps.dashboardUrl})`,
    `Deleting: ${report?.canDelete ? 'allowed' : 'not allowed (needs Manage Messages): scams are flagged instead'}`,
    `Pending review items: ${pending}`,
  ];
  for (const problem of report?.problems ?? []) lines.push(`⚠️ ${problem}`);
  if (ctx.commandProblem) lines.push(`⚠️ ${ctx.commandProblem}`);
  return lines.join('\n');
}
