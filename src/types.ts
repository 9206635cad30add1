/** Core types shared by the pipeline, policy, review queue, stores, dashboard and both adapters. */
import type { Label, Signal, Verdict } from '../classifiers/types.js';

export type { Label, Signal, Verdict };
export type Platform = 'discord' | 'slack';

export interface Author {
  id: string;
  name: string;
  displayName?: string;
  isBot: boolean;
  accountCreatedAt?: Date;
  joinedAt?: Date;
  /** Role ids (Discord) or user-group ids (Slack). */
  roles: string[];
}

/** What every adapter produces from a platform event. */
export interface ChatMessage {
  platform: Platform;
  /** Discord guild id or Slack team id. */
  communityId: string;
  channelId: string;
  messageId: string;
  threadId?: string;
  /** A link a moderator can open, when the platform gives one. */
  permalink?: string;
  author: Author;
  text: string;
  /** Text of the message this one replies to (Discord reply or Slack thread parent). */
  replyToText?: string;
  /** True when the author has not been seen posting in this community before. */
  isFirstMessage?: boolean;
  edited: boolean;
  sentAt: Date;
}

/** What the policy asks an adapter to do. `dryRun` actions are recorded, never performed. */
export type ActionKind = 'delete' | 'flag' | 'timeout' | 'ban';
export interface PlannedAction {
  kind: ActionKind;
  dryRun: boolean;
  /** For timeouts. */
  minutes?: number;
}

/** What happened when an action was carried out: recorded on the review item, never lost. */
export interface ActionOutcome {
  kind: ActionKind;
  ok: boolean;
  dryRun: boolean;
  /** Platform error code or message when ok is false. */
  error?: string;
  /** Set on a flag performed because a delete failed. */
  fallbackFor?: ActionKind;
  at: string; // ISO time
}

export type ReviewStatus = 'pending' | 'confirmed-scam' | 'false-positive' | 'escalated';
export type DecisionStatus = Exclude<ReviewStatus, 'pending'>;
export type ItemSource = 'classifier' | 'member-report' | 'fingerprint';

/** The case: everything the bot did about one message, and what moderators decided. */
export interface ReviewItem {
  id: string;
  platform: Platform;
  communityId: string;
  channelId: string;
  messageId: string;
  permalink?: string;
  authorId: string;
  authorName: string;
  /** Null once retention has purged it. */
  text: string | null;
  score: number;
  label: Label;
  signals: Signal[];
  source: ItemSource;
  /** Who reported it, for member reports. */
  reportedBy?: string;
  actions: ActionOutcome[];
  status: ReviewStatus;
  decidedBy?: string;
  decidedByName?: string;
  decidedAt?: string; // ISO
  createdAt: string; // ISO
}

export type NewReviewItem = Omit<ReviewItem, 'id' | 'status' | 'decidedBy' | 'decidedByName' | 'decidedAt' | 'createdAt' | 'actions'> & {
  /**
   * Normally left out (the store assigns a random UUID). Set when the caller already chose one: the spool
   * (src/review/spool.ts) replays an item under the id the pipeline has already acted with. Inserting an id
   * that is already stored changes nothing, so a replay can safely run twice.
   */
  id?: string;
  actions?: ActionOutcome[];
  createdAt?: string;
};

export interface Decision {
  status: DecisionStatus;
  moderatorId: string;
  moderatorName: string;
  note?: string;
}

/** `applied: false` means someone decided first; `item` says who. */
export interface DecideResult {
  applied: boolean;
  item: ReviewItem;
}
