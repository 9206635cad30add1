/** `/screener scan text:` — scores a text as if the invoking moderator had posted it; nothing is stored or done. */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { DiscordContext } from '../context.js';

export async function scan(ctx: DiscordContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>): Promise<string> {
  const text = interaction.options.getString('text', true);
  const community = await ctx.deps.screener.community(interaction.guildId);
  const { verdict } = ctx.deps.screener.verdictFor({
    platform: 'discord', communityId: interaction.guildId, channelId: interaction.channelId, messageId: interaction.id,
    author: { id: interaction.user.id, name: interaction.user.username, isBot: false, roles: [] },
    text, edited: false, sentAt: new Date(),
  }, community);
  const lines = [`**${verdict.label.toUpperCase()}** · score ${verdict.score.toFixed(2)} (flag ≥ ${community.flagThreshold}, delete ≥ ${community.deleteThreshold})`];
  if (verdict.signals.length === 0) lines.push('No signals fired.');
  for (const s of verdict.signals) lines.push(`• **${s.id}** (${s.weight >= 0 ? '+' : ''}${s.weight.toFixed(2)}): "${s.evidence}"`);
  return lines.join('\n').slice(0, 2000);
}
