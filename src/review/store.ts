/**
 * The one interface both stores (SQLite, PostgreSQL) implement. A single contract test suite
 * (tests/review/store-contract.ts) runs against each.
 */
import type { Platform, Decision, DecideResult, ActionOutcome, ItemSource, Label, NewReviewItem, ReviewItem, ReviewStatus } from '../types.js';

export interface ItemFilter {
  status?: ReviewStatus | ReviewStatus[];
  communityId?: string;
  channelId?: string;
  authorId?: string;
  platform?: Platform;
  source?: ItemSource;
  label?: Label;
  /** Only items created at or after this ISO time. */
  since?: string;
  /** Newest first. Default 50. */
  limit?: number;
  offset?: number;
}

export type FingerprintKind = 'scam' | 'benign';
export interface Fingerprint {
  kind: FingerprintKind;
  /** MinHash signature of the normalized text, as hex (src/learning/fingerprints.ts). */
  hash: string;
  itemId: string;
  communityId: string;
  createdAt: string;
}

/** A daily counter, e.g. messages screened or actions by kind and outcome. */
export interface CounterRow {
  day: string; // YYYY-MM-DD (UTC)
  name: string; // e.g. "screened", "action:delete:ok"
  value: number;
}

export interface StoreHealth {
  ok: boolean;
  kind: 'sqlite' | 'postgres';
  detail?: string;
}

export interface ReviewStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates or upgrades the schema. Safe to call on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  health(): Promise<StoreHealth>;

  /** Durable when the promise resolves: the item survives a crash from then on. */
  insertItem(item: NewReviewItem): Promise<ReviewItem>;
  getItem(id: string): Promise<ReviewItem | undefined>;
  /** Appends outcomes to the item's action history. */
  appendActions(id: string, outcomes: ActionOutcome[]): Promise<void>;
  /**
   * Moves a pending item to a decided state with a conditional update, so two moderators
   * (or two instances) racing on one item produce exactly one decision.
   */
  decide(id: string, decision: Decision): Promise<DecideResult | undefined>;
  listItems(filter?: ItemFilter): Promise<ReviewItem[]>;
  countItems(filter?: Omit<ItemFilter, 'limit' | 'offset'>): Promise<number>;

  addFingerprint(fp: Omit<Fingerprint, 'createdAt'>): Promise<void>;
  listFingerprints(kind?: FingerprintKind): Promise<Fingerprint[]>;

  incrementCounter(name: string, by?: number, day?: string): Promise<void>;
  listCounters(sinceDay: string): Promise<CounterRow[]>;

  /** Small JSON settings: dashboard token hash, runtime community overrides, Slack installations. */
  getSetting<T = unknown>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
  deleteSetting(key: string): Promise<void>;

  /** Sets text to null on decided items decided before `before`; returns how many. Fingerprints and counters stay. */
  purgeDecidedTexts(before: Date): Promise<number>;
}
