/**
 * Versioned schema migrations, run by each store's `migrate()` at start-up. Applied versions are
 * recorded in `schema_migrations`, so calling this on every start is harmless. Migrations are append-only:
 * never edit a released step, add a new one.
 */
import type Database from 'better-sqlite3';
import type { Pool } from 'pg';

export type Dialect = 'sqlite' | 'postgres';

/** The column types that differ between the dialects; everything else is written once. */
interface Types {
  json: string;
  time: string;
  real: string;
  int: string;
}

const types: Record<Dialect, Types> = {
  sqlite: { json: 'TEXT', time: 'TEXT', real: 'REAL', int: 'INTEGER' },
  postgres: { json: 'JSONB', time: 'TIMESTAMPTZ', real: 'DOUBLE PRECISION', int: 'BIGINT' },
};

export interface Migration {
  version: number;
  name: string;
  /** SQL for the dialect; may hold several statements. */
  up(t: Types, dialect: Dialect): string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial-schema',
    up: (t) => `
      CREATE TABLE review_items (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        community_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        permalink TEXT,
        author_id TEXT NOT NULL,
        author_name TEXT NOT NULL,
        text TEXT,
        score ${t.real} NOT NULL,
        label TEXT NOT NULL,
        signals ${t.json} NOT NULL,
        source TEXT NOT NULL,
        reported_by TEXT,
        actions ${t.json} NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'confirmed-scam', 'false-positive', 'escalated')),
        decided_by TEXT,
        decided_by_name TEXT,
        decided_at ${t.time},
        decision_note TEXT,
        created_at ${t.time} NOT NULL
      );
      -- Every index costs a page write per insert, so only the dashboard's hot paths get one: newest first,
      -- by status (queue depth, pending list) or by community. Per-author counts (escalation, once per
      -- confirmed decision) go through the status index, which narrows them to that status.
      CREATE INDEX review_items_created ON review_items (created_at);
      CREATE INDEX review_items_status_created ON review_items (status, created_at);
      CREATE INDEX review_items_community_created ON review_items (community_id, created_at);
      -- Retention purges by decision time. Partial, so inserting a pending item never touches it.
      CREATE INDEX review_items_decided ON review_items (decided_at) WHERE decided_at IS NOT NULL;

      CREATE TABLE fingerprints (
        kind TEXT NOT NULL CHECK (kind IN ('scam', 'benign')),
        hash TEXT NOT NULL,
        item_id TEXT NOT NULL,
        community_id TEXT NOT NULL,
        created_at ${t.time} NOT NULL,
        PRIMARY KEY (kind, hash, item_id)
      );

      CREATE TABLE counters (
        day TEXT NOT NULL,
        name TEXT NOT NULL,
        value ${t.int} NOT NULL,
        PRIMARY KEY (day, name)
      );

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value ${t.json} NOT NULL,
        updated_at ${t.time} NOT NULL
      );
    `,
  },
];

const createVersionTable = (t: Types) =>
  `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at ${t.time} NOT NULL)`;

/**
 * SQLite: one IMMEDIATE transaction takes the write lock before reading the applied versions, so a
 * second process starting at the same moment waits (busy_timeout) and then finds nothing to do.
 */
export function migrateSqlite(db: Database.Database): void {
  const t = types.sqlite;
  db.transaction(() => {
    db.exec(createVersionTable(t));
    const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      db.exec(m.up(t, 'sqlite'));
      record.run(m.version, m.name, new Date().toISOString());
    }
  }).immediate();
}

/** Arbitrary constant naming "scam-screener schema migration" among advisory locks. */
const MIGRATION_LOCK = 0x5c4d5c4e;

/**
 * PostgreSQL: DDL is transactional, and a transaction-scoped advisory lock taken first makes concurrent
 * instances migrate one after another (even the CREATE TABLE IF NOT EXISTS, which is not race-safe on its own).
 */
export async function migratePostgres(pool: Pool): Promise<void> {
  const t = types.postgres;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(createVersionTable(t));
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await client.query(m.up(t, 'postgres'));
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [m.version, m.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
