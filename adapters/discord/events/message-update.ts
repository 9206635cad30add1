/** An edited message is screened again: a harmless message edited into a scam is caught. */
import type { Message, PartialMessage } from 'discord.js';
import type { DiscordContext } from '../context.js';
import { replyTextOf, toChatMessage } from '../translate.js';

export async function onMessageUpdate(ctx: DiscordContext, before: Message | PartialMessage, after: Message | PartialMessage): Promise<void> {
  // Discord also sends updates when link previews load; only real edits (edited_timestamp set) that changed the text count.
  if (after.partial || !after.inGuild() || after.editedTimestamp === null) return;
  if (after.author.bot || after.webhookId || after.system) return;
  if (!before.partial && before.content === after.content) return;
  const chat = toChatMessage(after, { replyToText: await replyTextOf(after) });
  if (!chat || !chat.text.trim()) return;
  await ctx.deps.screener.screen(chat, ctx.client.user?.id);
}
