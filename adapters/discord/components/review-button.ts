/**
 * "Confirm scam" / "Not scam" on a review card. Permission is checked here, on the server side, from
 * the permissions Discord computed for the presser; anyone else gets an ephemeral refusal. The
 * interaction is acknowledged (deferUpdate) before any store or Discord work, well inside 3 s; the
 * card itself is re-rendered by onDecided, the same path a dashboard decision takes.
 */
import { MessageFlags, PermissionFlagsBits, type ButtonInteraction } from 'discord.js';
import type { DiscordContext } from '../context.js';
import { statusOfVerb, type DecidingVerb } from '../../../src/review/button-id.js';

export async function onReviewButton(ctx: DiscordContext, interaction: ButtonInteraction, verb: DecidingVerb, itemId: string): Promise<void> {
  if (!interaction.inGuild() || !interaction.memberPermissions.has(PermissionFlagsBits.ManageMessages)) {
    await interaction.reply({ content: 'Only members with the Manage Messages permission can decide on review cards.', flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferUpdate();
  try {
    const item = await ctx.deps.store.getItem(itemId);
    // Ids come from our own cards, but never let one guild's moderators decide another guild's items.
    if (!item || item.communityId !== interaction.guildId) {
      await interaction.followUp({ content: 'This review item no longer exists.', flags: MessageFlags.Ephemeral });
      return;
    }
    const moderatorName = interaction.member && 'displayName' in interaction.member ? interaction.member.displayName : interaction.user.username;
    const result = await ctx.deps.screener.decide(itemId, { status: statusOfVerb[verb], moderatorId: interaction.user.id, moderatorName });
    if (result && !result.applied) {
      await interaction.followUp({ content: `Already decided by ${result.item.decidedByName ?? 'another moderator'}.`, flags: MessageFlags.Ephemeral });
    }
  } catch (error) {
    ctx.log.error({ err: error, itemId }, 'review decision failed');
    await interaction.followUp({ content: 'Could not record the decision; please try again or use the dashboard.', flags: MessageFlags.Ephemeral }).catch(() => undefined);
  }
}
