/** Picks the store from config (PostgreSQL when a database URL is set, else the SQLite file) and migrates it. */
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { PostgresStore } from './postgres-store.js';
import { SpoolingStore } from './spool.js';
import { SqliteStore } from './sqlite-store.js';
import type { ReviewStore } from './store.js';

export interface OpenStoreOptions {
  /**
   * The spool that keeps items while the store is away (see spool.ts). Default: `<sqlitePath>.spool.jsonl`
   * next to the SQLite file, or `./data/spool.jsonl` (from the working directory) for PostgreSQL; each
   * instance needs its own. `false` turns spooling off. An in-memory SQLite database has no spool: it cannot
   * go away without the process.
   */
  spoolPath?: string | false;
  log?: Logger;
}

export function defaultSpoolPath(config: Config['store']): string | false {
  if (config.databaseUrl) return resolve('data', 'spool.jsonl');
  return config.sqlitePath === ':memory:' ? false : `${config.sqlitePath}.spool.jsonl`;
}

/**
 * Resolves only once the schema is current (and a spool left by a crash has been replayed, if the store
 * takes it); a failed migration closes the store and rejects.
 */
export async function openStore(config: Config['store'], options: OpenStoreOptions = {}): Promise<ReviewStore> {
  const inner: ReviewStore = config.databaseUrl ? new PostgresStore(config.databaseUrl) : new SqliteStore(config.sqlitePath);
  const spoolPath = options.spoolPath ?? defaultSpoolPath(config);
  const store = spoolPath ? new SpoolingStore(inner, { path: spoolPath, log: options.log }) : inner;
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
