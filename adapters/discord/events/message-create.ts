/** A new guild message: translate it with its context and hand it to the screener. */
import type { Message } from 'discord.js';
import type { DiscordContext } from '../context.js';
import { replyTextOf, toChatMessage } from '../translate.js';

export async function onMessageCreate(ctx: DiscordContext, message: Message): Promise<void> {
  // DMs: there is nothing the bot can delete or report to moderators. Bots and system messages are not screened.
  if (!message.inGuild() || message.author.bot || message.webhookId || message.system) return;
  const isFirstMessage = ctx.firstSeen.mark(message.guildId, message.author.id);
  const chat = toChatMessage(message, { isFirstMessage, replyToText: await replyTextOf(message) });
  if (!chat || !chat.text.trim()) return;
  await ctx.deps.screener.screen(chat, ctx.client.user?.id);
}
