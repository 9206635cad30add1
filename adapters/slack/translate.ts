/** Slack message event → ChatMessage, in one place. Lookups (users, thread parents) are injected. */
import type { Author, ChatMessage } from '../../src/types.js';
import { plainText } from './slack-text.js';

/** The fields of a Slack message we read; Slack sends more. */
export interface RawMessage {
  user: string;
  text: string;
  ts: string;
  threadTs?: string;
  /** Slack attaches the author's profile to most user messages, which saves a users.info call. */
  profile?: { displayName?: string; realName?: string; name?: string };
}

export interface MessageLookups {
  author(userId: string, profile: RawMessage['profile']): Promise<Author>;
  threadParentText(channelId: string, threadTs: string): Promise<string | undefined>;
  isFirstMessage(userId: string): Promise<boolean | undefined>;
  teamUrl(): Promise<string | undefined>;
}

/** Subtypes that carry a person's words; joins, topic changes, deletions and bot posts are not screened. */
const screenedSubtypes = new Set([undefined, 'thread_broadcast', 'file_share', 'me_message']);

/** Picks the message out of a `message` event (or its `message_changed` edit); undefined when there is nothing to screen. */
export function readMessageEvent(event: object): { message: RawMessage; channelId: string; edited: boolean } | undefined {
  const e = event as Record<string, unknown>;
  if (typeof e.channel !== 'string') return undefined;
  if (e.subtype === 'message_changed') {
    const message = readRawMessage(e.message);
    const before = readRawMessage(e.previous_message);
    // Link unfurls and thread replies also arrive as message_changed with the text unchanged.
    if (!message || before?.text === message.text) return undefined;
    return { message, channelId: e.channel, edited: true };
  }
  const message = readRawMessage(e);
  return message ? { message, channelId: e.channel, edited: false } : undefined;
}

/** A user's message from an event or a shortcut payload. */
export function readRawMessage(value: unknown): RawMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (!screenedSubtypes.has(m.subtype as string | undefined) || m.bot_id !== undefined) return undefined;
  if (typeof m.user !== 'string' || typeof m.ts !== 'string' || typeof m.text !== 'string' || !m.text.trim()) return undefined;
  const p = typeof m.user_profile === 'object' && m.user_profile !== null ? (m.user_profile as Record<string, unknown>) : undefined;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return {
    user: m.user,
    text: m.text,
    ts: m.ts,
    threadTs: str(m.thread_ts),
    profile: p && { displayName: str(p.display_name), realName: str(p.real_name), name: str(p.name) },
  };
}

export async function toChatMessage(
  raw: RawMessage,
  where: { teamId: string; channelId: string; edited: boolean },
  lookups: MessageLookups,
): Promise<ChatMessage> {
  const inThread = raw.threadTs !== undefined && raw.threadTs !== raw.ts;
  const [author, replyToText, isFirstMessage, teamUrl] = await Promise.all([
    lookups.author(raw.user, raw.profile),
    inThread ? lookups.threadParentText(where.channelId, raw.threadTs!) : undefined,
    where.edited ? false : lookups.isFirstMessage(raw.user),
    lookups.teamUrl(),
  ]);
  return {
    platform: 'slack',
    communityId: where.teamId,
    channelId: where.channelId,
    messageId: raw.ts,
    threadId: inThread ? raw.threadTs : undefined,
    permalink: teamUrl ? permalink(teamUrl, where.channelId, raw.ts, inThread ? raw.threadTs : undefined) : undefined,
    author,
    text: plainText(raw.text),
    replyToText: replyToText === undefined ? undefined : plainText(replyToText),
    isFirstMessage,
    edited: where.edited,
    sentAt: new Date(Number(raw.ts) * 1000),
  };
}

/** Slack's permalink format, built locally so screening a message costs no chat.getPermalink call. */
export function permalink(teamUrl: string, channelId: string, ts: string, threadTs?: string): string {
  const link = `${teamUrl}archives/${channelId}/p${ts.replace('.', '')}`;
  return threadTs ? `${link}?thread_ts=${threadTs}&cid=${channelId}` : link;
}
