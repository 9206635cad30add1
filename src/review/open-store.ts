/** Picks the store from config (PostgreSQL when a database URL is set, else the SQLite file) and migrates it. */
import type { Config } from '../config.js';
import { PostgresStore } from './postgres-store.js';
import { SqliteStore } from './sqlite-store.js';
import type { ReviewStore } from './store.js';

/** Resolves only once the schema is current; a failed migration closes the store and rejects. */
export async function openStore(config: Config['store']): Promise<ReviewStore> {
  const store: ReviewStore = config.databaseUrl ? new PostgresStore(config.databaseUrl) : new SqliteStore(config.sqlitePath);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
