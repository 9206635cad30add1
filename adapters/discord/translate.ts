/** The one place a discord.js message becomes the core's ChatMessage. */
import { MessageType, type Message } from 'discord.js';
import type { ChatMessage } from '../../src/types.js';

export interface MessageExtras {
  /** From FirstSeen, for new messages; unknown (undefined) for edits and reports. */
  isFirstMessage?: boolean;
  /** Text of the message this one replies to, from replyTextOf. */
  replyToText?: string;
}

/**
 * Undefined when there is nothing to screen: not in a guild, a partial without author or text.
 * Account age comes from the user id (a snowflake); membership age and roles from the member the
 * gateway sends with each guild message; displayName is the nickname or global name, which the
 * classifier compares with the guild's staff names.
 */
export function toChatMessage(message: Message, extras: MessageExtras = {}): ChatMessage | undefined {
  if (!message.inGuild() || !message.author || typeof message.content !== 'string') return undefined;
  const { author, member } = message;
  return {
    platform: 'discord',
    communityId: message.guildId,
    channelId: message.channelId,
    messageId: message.id,
    threadId: message.channel.isThread() ? message.channelId : undefined,
    permalink: message.url,
    author: {
      id: author.id,
      name: author.username,
      displayName: member?.displayName ?? author.globalName ?? author.username,
      isBot: author.bot || Boolean(message.webhookId),
      accountCreatedAt: author.createdAt,
      joinedAt: member?.joinedAt ?? undefined,
      // @everyone has the guild's id; it says nothing about the author.
      roles: member ? [...member.roles.cache.keys()].filter((id) => id !== message.guildId) : [],
    },
    text: message.content,
    replyToText: extras.replyToText,
    isFirstMessage: extras.isFirstMessage,
    edited: message.editedTimestamp !== null,
    sentAt: message.editedAt ?? message.createdAt,
  };
}

/** The text of the replied-to message (cache first, then one fetch); undefined when it is gone or unreadable. */
export async function replyTextOf(message: Message): Promise<string | undefined> {
  const id = message.reference?.messageId;
  if (message.type !== MessageType.Reply || !id) return undefined;
  const cached = message.channel.messages.cache.get(id);
  if (cached) return cached.content || undefined;
  try {
    return (await message.fetchReference()).content || undefined;
  } catch {
    return undefined;
  }
}
