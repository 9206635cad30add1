/**
 * The SQL both stores run, written once with `?` placeholders (PostgresStore renumbers them to $1, $2…).
 * Only statements whose text is the same in both dialects live here; each store keeps its few exceptions.
 * No statement may contain a literal `?` other than a placeholder.
 */
import type { ItemRow, SqlParam } from './rows.js';
import type { FingerprintKind, ItemFilter } from './store.js';
import type { Decision } from '../types.js';

export interface Sql {
  text: string;
  params: SqlParam[];
}

const DEFAULT_LIMIT = 50;

/**
 * Idempotent on the id: inserting an id that is already stored does nothing, so replaying the spool after a
 * crash part-way through a replay (src/review/spool.ts) creates no duplicates. Random UUIDs never collide otherwise.
 */
export function insertItem(row: ItemRow): Sql {
  const columns = Object.keys(row);
  return {
    text: `INSERT INTO review_items (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`,
    params: Object.values(row) as SqlParam[],
  };
}

export function selectItem(id: string): Sql {
  return { text: 'SELECT * FROM review_items WHERE id = ?', params: [id] };
}

/** Newest first; the id breaks ties between items created in the same millisecond so paging is stable. */
export function listItems(filter: ItemFilter = {}): Sql {
  const where = whereClause(filter);
  return {
    text: `SELECT * FROM review_items${where.text} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
    params: [...where.params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0],
  };
}

export function countItems(filter: ItemFilter = {}): Sql {
  const where = whereClause(filter);
  return { text: `SELECT COUNT(*) AS n FROM review_items${where.text}`, params: where.params };
}

/**
 * The only way an item leaves `pending`: the status condition makes the update a compare-and-set,
 * so of two racing deciders exactly one gets a row back.
 */
export function decide(id: string, decision: Decision, at: Date): Sql {
  return {
    text: `UPDATE review_items SET status = ?, decided_by = ?, decided_by_name = ?, decided_at = ?, decision_note = ?
           WHERE id = ? AND status = 'pending' RETURNING *`,
    params: [decision.status, decision.moderatorId, decision.moderatorName, at.toISOString(), decision.note ?? null, id],
  };
}

/** A fingerprint is recorded once per (kind, hash, item) however often it is added. */
export function addFingerprint(fp: { kind: FingerprintKind; hash: string; itemId: string; communityId: string }, at: Date): Sql {
  return {
    text: `INSERT INTO fingerprints (kind, hash, item_id, community_id, created_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (kind, hash, item_id) DO NOTHING`,
    params: [fp.kind, fp.hash, fp.itemId, fp.communityId, at.toISOString()],
  };
}

export function listFingerprints(kind?: FingerprintKind): Sql {
  return kind
    ? { text: 'SELECT * FROM fingerprints WHERE kind = ? ORDER BY created_at, item_id', params: [kind] }
    : { text: 'SELECT * FROM fingerprints ORDER BY created_at, item_id', params: [] };
}

export function incrementCounter(day: string, name: string, by: number): Sql {
  return {
    text: `INSERT INTO counters (day, name, value) VALUES (?, ?, ?)
           ON CONFLICT (day, name) DO UPDATE SET value = counters.value + excluded.value`,
    params: [day, name, by],
  };
}

export function listCounters(sinceDay: string): Sql {
  return { text: 'SELECT day, name, value FROM counters WHERE day >= ? ORDER BY day, name', params: [sinceDay] };
}

export function selectSetting(key: string): Sql {
  return { text: 'SELECT value FROM settings WHERE key = ?', params: [key] };
}

/** `json` is JSON text: stored as is by SQLite, cast to JSONB by PostgreSQL from the column type. */
export function upsertSetting(key: string, json: string, at: Date): Sql {
  return {
    text: `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    params: [key, json, at.toISOString()],
  };
}

export function deleteSetting(key: string): Sql {
  return { text: 'DELETE FROM settings WHERE key = ?', params: [key] };
}

/** Only decided items lose their text; pending ones still need it for review. */
export function purgeDecidedTexts(before: Date): Sql {
  return {
    text: `UPDATE review_items SET text = NULL WHERE status <> 'pending' AND decided_at < ? AND text IS NOT NULL`,
    params: [before.toISOString()],
  };
}

function whereClause(filter: ItemFilter): Sql {
  const conditions: string[] = [];
  const params: SqlParam[] = [];
  const equal = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    conditions.push(`${column} = ?`);
    params.push(value);
  };
  if (filter.status !== undefined) {
    const statuses = Array.isArray(filter.status) ? filter.status : [filter.status];
    // An empty list asks for no status at all: match nothing rather than emit invalid `IN ()`.
    conditions.push(statuses.length ? `status IN (${statuses.map(() => '?').join(', ')})` : '1 = 0');
    params.push(...statuses);
  }
  equal('community_id', filter.communityId);
  equal('channel_id', filter.channelId);
  equal('author_id', filter.authorId);
  equal('platform', filter.platform);
  equal('source', filter.source);
  equal('label', filter.label);
  if (filter.since !== undefined) {
    conditions.push('created_at >= ?');
    params.push(new Date(filter.since).toISOString());
  }
  return { text: conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '', params };
}
