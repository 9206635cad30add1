/**
 * The default store: one SQLite file, no server to run. better-sqlite3 is synchronous, so every method
 * finishes its write before its promise resolves.
 *
 * Durability: WAL with synchronous=NORMAL writes each commit to the WAL file before returning, so a
 * committed item survives the process being killed (the OS still has the write). Only a power loss or
 * kernel crash can drop the last commits, which is the trade that makes one-row inserts cheap.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrateSqlite } from './migrations.js';
import {
  newItemRow, rowToCounter, rowToFingerprint, rowToItem, utcDay,
  type CounterDbRow, type FingerprintRow, type ItemRow,
} from './rows.js';
import * as sql from './sql.js';
import type { CounterRow, Fingerprint, FingerprintKind, ItemFilter, ReviewStore, StoreHealth } from './store.js';
import type { ActionOutcome, DecideResult, Decision, NewReviewItem, ReviewItem } from '../types.js';

/** How long a writer waits for another process's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;
/**
 * Page size for new database files (SQLite's default is 4,096; an existing file keeps its own). Each insert
 * dirties ~6 pages, one per B-tree (the table and its indexes), and WAL mode writes every dirty page whole
 * at commit: a review item (~0.5–1 KB) fills a fraction of a page, so 2 KB pages halve the bytes written per
 * insert. On bench/store-bench.ts that made inserts ~1.2× faster; 1 KB pages were slower (they spill
 * long messages into overflow pages).
 */
const PAGE_SIZE = 2_048;
/**
 * WAL size between automatic checkpoints (SQLite's default is 1,000 pages). With synchronous=NORMAL the
 * checkpoint is the only place that fsyncs (three times, whatever its size), and each insert writes ~6
 * pages, so the default checkpoints every ~170 inserts. ~40 MB (20,000 pages of 2 KB) spreads that over
 * ~3,000 inserts; on bench/store-bench.ts that made inserts about 1.5× faster than the default.
 */
const WAL_CHECKPOINT_BYTES = 40_000_000;

export class SqliteStore implements ReviewStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  /** Prepared once per distinct SQL text; filters produce only a handful of shapes. */
  private readonly statements = new Map<string, Database.Statement>();

  /** `busyTimeoutMs` is for tests that lock the file and want the failure fast; leave it at the default otherwise. */
  constructor(readonly path: string, options: { busyTimeoutMs?: number } = {}) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    // Only takes effect on a new, empty file: it has to come before WAL mode and the first table.
    this.db.pragma(`page_size = ${PAGE_SIZE}`);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    const pageSize = this.db.pragma('page_size', { simple: true }) as number;
    this.db.pragma(`wal_autocheckpoint = ${Math.round(WAL_CHECKPOINT_BYTES / pageSize)}`);
  }

  async migrate(): Promise<void> {
    migrateSqlite(this.db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async health(): Promise<StoreHealth> {
    try {
      this.db.prepare('SELECT 1').get();
      return { ok: true, kind: this.kind };
    } catch (error) {
      return { ok: false, kind: this.kind, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  async insertItem(item: NewReviewItem): Promise<ReviewItem> {
    const row = newItemRow(item);
    this.run(sql.insertItem(row));
    return rowToItem(row);
  }

  async getItem(id: string): Promise<ReviewItem | undefined> {
    const row = this.get<ItemRow>(sql.selectItem(id));
    return row && rowToItem(row);
  }

  /** Read-modify-write of the JSON array inside one IMMEDIATE transaction, so no append is lost to another writer. */
  async appendActions(id: string, outcomes: ActionOutcome[]): Promise<void> {
    if (outcomes.length === 0) return;
    const select = this.prepare('SELECT actions FROM review_items WHERE id = ?');
    const update = this.prepare('UPDATE review_items SET actions = ? WHERE id = ?');
    this.db.transaction(() => {
      const row = select.get(id) as { actions: string } | undefined;
      if (!row) return;
      update.run(JSON.stringify([...(JSON.parse(row.actions) as ActionOutcome[]), ...outcomes]), id);
    }).immediate();
  }

  async decide(id: string, decision: Decision): Promise<DecideResult | undefined> {
    const decided = this.get<ItemRow>(sql.decide(id, decision, new Date()));
    if (decided) return { applied: true, item: rowToItem(decided) };
    // Not pending (someone decided first) or no such item: read back which.
    const current = await this.getItem(id);
    return current && { applied: false, item: current };
  }

  async listItems(filter: ItemFilter = {}): Promise<ReviewItem[]> {
    return this.all<ItemRow>(sql.listItems(filter)).map(rowToItem);
  }

  async countItems(filter: Omit<ItemFilter, 'limit' | 'offset'> = {}): Promise<number> {
    return this.get<{ n: number }>(sql.countItems(filter))?.n ?? 0;
  }

  async addFingerprint(fp: Omit<Fingerprint, 'createdAt'>): Promise<void> {
    this.run(sql.addFingerprint(fp, new Date()));
  }

  async listFingerprints(kind?: FingerprintKind): Promise<Fingerprint[]> {
    return this.all<FingerprintRow>(sql.listFingerprints(kind)).map(rowToFingerprint);
  }

  async incrementCounter(name: string, by = 1, day = utcDay()): Promise<void> {
    this.run(sql.incrementCounter(day, name, by));
  }

  async listCounters(sinceDay: string): Promise<CounterRow[]> {
    return this.all<CounterDbRow>(sql.listCounters(sinceDay)).map(rowToCounter);
  }

  async getSetting<T = unknown>(key: string): Promise<T | undefined> {
    const row = this.get<{ value: string }>(sql.selectSetting(key));
    return row && (JSON.parse(row.value) as T);
  }

  /** `undefined` has no JSON form: setting it removes the key, so a later get returns undefined. */
  async setSetting(key: string, value: unknown): Promise<void> {
    if (value === undefined) return this.deleteSetting(key);
    this.run(sql.upsertSetting(key, JSON.stringify(value), new Date()));
  }

  async deleteSetting(key: string): Promise<void> {
    this.run(sql.deleteSetting(key));
  }

  async purgeDecidedTexts(before: Date): Promise<number> {
    return this.run(sql.purgeDecidedTexts(before)).changes;
  }

  private prepare(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  private run(query: sql.Sql): Database.RunResult {
    return this.prepare(query.text).run(...query.params);
  }

  private get<T>(query: sql.Sql): T | undefined {
    return this.prepare(query.text).get(...query.params) as T | undefined;
  }

  private all<T>(query: sql.Sql): T[] {
    return this.prepare(query.text).all(...query.params) as T[];
  }
}
