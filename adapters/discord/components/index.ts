/** Message-component listeners. Only `review:` buttons are ours; other ids are ignored. */
import { Events } from 'discord.js';
import type { DiscordContext } from '../context.js';
import { parseReviewButtonId } from '../../../src/review/button-id.js';
import { guarded } from '../guard.js';
import { onReviewButton } from './review-button.js';

export function register(ctx: DiscordContext): void {
  ctx.client.on(Events.InteractionCreate, guarded(ctx.log, 'button', async (interaction) => {
    if (!interaction.isButton()) return;
    const parsed = parseReviewButtonId(interaction.customId);
    // "Open in dashboard" is a link button: Discord never sends it as an interaction.
    if (parsed && parsed.verb !== 'open') await onReviewButton(ctx, interaction, parsed.verb, parsed.itemId);
  }));
}
