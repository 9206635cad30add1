/** Message context menu "Report as scam": a member's report becomes a review item; the reporter is thanked privately. */
import type { MessageContextMenuCommandInteraction } from 'discord.js';
import type { DiscordContext } from '../context.js';
import { toChatMessage } from '../translate.js';

export async function report(ctx: DiscordContext, interaction: MessageContextMenuCommandInteraction<'cached' | 'raw'>): Promise<string> {
  const target = interaction.targetMessage;
  if (target.author.id === ctx.client.user?.id) return 'That message is from the scam screener itself.';
  const chat = toChatMessage(target);
  if (!chat) return 'That message cannot be reported (no text).';
  const reporterName = interaction.member && 'displayName' in interaction.member ? interaction.member.displayName : interaction.user.username;
  await ctx.deps.screener.report(chat, { id: interaction.user.id, name: reporterName });
  return 'Thanks: moderators will review this message.';
}
