/**
 * Row ↔ object mapping shared by both stores. SQLite hands back JSON as text and times as ISO text;
 * PostgreSQL hands back parsed JSONB, Date objects and BIGINTs as strings. Everything is normalised here.
 */
import { randomUUID } from 'node:crypto';
import type { CounterRow, Fingerprint, FingerprintKind } from './store.js';
import type {
  ActionOutcome, ItemSource, Label, NewReviewItem, Platform, ReviewItem, ReviewStatus, Signal,
} from '../types.js';

/** A review_items row as either driver returns it. Column order here is the INSERT's column order. */
export interface ItemRow {
  id: string;
  platform: string;
  community_id: string;
  channel_id: string;
  message_id: string;
  permalink: string | null;
  author_id: string;
  author_name: string;
  text: string | null;
  score: number;
  label: string;
  signals: unknown;
  source: string;
  reported_by: string | null;
  actions: unknown;
  status: string;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | Date | null;
  decision_note: string | null;
  created_at: string | Date;
}

export interface FingerprintRow {
  kind: string;
  hash: string;
  item_id: string;
  community_id: string;
  created_at: string | Date;
}

export interface CounterDbRow {
  day: string;
  name: string;
  value: number | string;
}

/** Values both drivers bind without surprises (pg would turn arrays into PG arrays, so JSON goes in as text). */
export type SqlParam = string | number | null;

/**
 * A new pending item as a row ready to insert. Times are normalised to `toISOString()` so that SQLite's
 * text comparison orders them correctly; JSON columns are text, which PostgreSQL casts to JSONB.
 */
export function newItemRow(item: NewReviewItem): ItemRow {
  return {
    id: item.id ?? randomUUID(),
    platform: item.platform,
    community_id: item.communityId,
    channel_id: item.channelId,
    message_id: item.messageId,
    permalink: item.permalink ?? null,
    author_id: item.authorId,
    author_name: item.authorName,
    text: item.text,
    score: item.score,
    label: item.label,
    signals: JSON.stringify(item.signals),
    source: item.source,
    reported_by: item.reportedBy ?? null,
    actions: JSON.stringify(item.actions ?? []),
    status: 'pending',
    decided_by: null,
    decided_by_name: null,
    decided_at: null,
    decision_note: null,
    created_at: isoTime(item.createdAt ?? new Date()),
  };
}

export function rowToItem(row: ItemRow): ReviewItem {
  const item: ReviewItem = {
    id: row.id,
    platform: row.platform as Platform,
    communityId: row.community_id,
    channelId: row.channel_id,
    messageId: row.message_id,
    authorId: row.author_id,
    authorName: row.author_name,
    text: row.text,
    score: Number(row.score),
    label: row.label as Label,
    signals: fromJson(row.signals) as Signal[],
    source: row.source as ItemSource,
    actions: fromJson(row.actions) as ActionOutcome[],
    status: row.status as ReviewStatus,
    createdAt: isoTime(row.created_at),
  };
  // Optional fields are left out rather than set to undefined, so items compare equal after a round trip.
  if (row.permalink !== null) item.permalink = row.permalink;
  if (row.reported_by !== null) item.reportedBy = row.reported_by;
  if (row.decided_by !== null) item.decidedBy = row.decided_by;
  if (row.decided_by_name !== null) item.decidedByName = row.decided_by_name;
  if (row.decided_at !== null) item.decidedAt = isoTime(row.decided_at);
  return item;
}

export function rowToFingerprint(row: FingerprintRow): Fingerprint {
  return {
    kind: row.kind as FingerprintKind,
    hash: row.hash,
    itemId: row.item_id,
    communityId: row.community_id,
    createdAt: isoTime(row.created_at),
  };
}

export function rowToCounter(row: CounterDbRow): CounterRow {
  return { day: row.day, name: row.name, value: Number(row.value) };
}

/** One canonical time format (UTC, milliseconds, Z) whatever came in. */
export function isoTime(value: string | Date): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** Today's counter day, YYYY-MM-DD in UTC. */
export function utcDay(at: Date = new Date()): string {
  return at.toISOString().slice(0, 10);
}

/** JSON arrays arrive as text from SQLite and already parsed from PostgreSQL's JSONB. */
function fromJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
