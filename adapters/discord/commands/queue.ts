/** `/screener queue`: the newest pending review items in this guild, with dashboard links. */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { DiscordContext } from '../context.js';

const SHOWN = 10;

export async function queue(ctx: DiscordContext, interaction: ChatInputCommandInteraction<'cached' | 'raw'>): Promise<string> {
  const filter = { communityId: interaction.guildId, platform: 'discord', status: 'pending' } as const;
  const [items, total] = await Promise.all([ctx.deps.store.listItems({ ...filter, limit: SHOWN }), ctx.deps.store.countItems(filter)]);
  if (total === 0) return 'The review queue is empty.';
  const base = ctx.deps.dashboardUrl.replace(/\/$/, '');
  const lines = [`**${total} pending** (newest first):`];
  for (const item of items) {
    lines.push(`• ${item.score.toFixed(2)} ${item.label} · <@${item.authorId}> in <#${item.channelId}> · ${item.source} · [open](${base}/items/${encodeURIComponent(item.id)})`);
  }
  if (total > items.length) lines.push(`…and ${total - items.length} more on the dashboard: ${base}`);
  return lines.join('\n').slice(0, 2000);
}
