/**
 * The narrow interface each adapter implements so the core can act on a platform.
 * Expected failures (missing permission, message gone, rate limited) are values, not exceptions.
 */
import type { ReviewItem } from './types.js';

export type ActionResult = { ok: true } | { ok: false; error: string };

/** Enough to find a message again on its platform. */
export interface MessageRef {
  communityId: string;
  channelId: string;
  messageId: string;
  authorId: string;
}

export interface PlatformActions {
  deleteMessage(ref: MessageRef): Promise<ActionResult>;
  /** Make the item visible to moderators: a review card in the mod channel, a reaction, … */
  flag(item: ReviewItem): Promise<ActionResult>;
  timeout(ref: MessageRef, minutes: number): Promise<ActionResult>;
  ban(ref: MessageRef): Promise<ActionResult>;
  /** After a false positive on a deleted message: repost its text with a note, where the platform allows. */
  restore?(item: ReviewItem): Promise<ActionResult>;
  /** Tell the author their message was wrongly removed, where configured. */
  notifyAuthor?(item: ReviewItem): Promise<ActionResult>;
  /** A decision was made anywhere (chat button or dashboard): update the review card. */
  onDecided?(item: ReviewItem): Promise<void>;
}

export function refOf(item: Pick<ReviewItem, 'communityId' | 'channelId' | 'messageId' | 'authorId'>): MessageRef {
  return { communityId: item.communityId, channelId: item.channelId, messageId: item.messageId, authorId: item.authorId };
}
