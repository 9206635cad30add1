/**
 * The store for several instances sharing one queue. Same behaviour as SqliteStore; every write is its
 * own committed statement (durable once the promise resolves, with PostgreSQL's default synchronous_commit),
 * and decisions are a conditional UPDATE … RETURNING so racing instances cannot both decide an item.
 */
import pg from 'pg';
import { migratePostgres } from './migrations.js';
import {
  newItemRow, rowToCounter, rowToFingerprint, rowToItem, utcDay,
  type CounterDbRow, type FingerprintRow, type ItemRow,
} from './rows.js';
import * as sql from './sql.js';
import type { CounterRow, Fingerprint, FingerprintKind, ItemFilter, ReviewStore, StoreHealth } from './store.js';
import type { ActionOutcome, DecideResult, Decision, NewReviewItem, ReviewItem } from '../types.js';

export class PostgresStore implements ReviewStore {
  readonly kind = 'postgres' as const;
  private readonly pool: pg.Pool;
  private lastPoolError: string | undefined;
  private closed = false;

  /** A connection string, or pool options (tests pass `options: '-c search_path=…'`). */
  constructor(connection: string | pg.PoolConfig) {
    this.pool = new pg.Pool(typeof connection === 'string' ? { connectionString: connection } : connection);
    // An idle connection dropped by the server emits 'error' on the pool; unhandled, it would end the
    // process. The pool replaces the connection on the next query; health() reports what happened.
    this.pool.on('error', (error) => {
      this.lastPoolError = error.message;
    });
  }

  async migrate(): Promise<void> {
    await migratePostgres(this.pool);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  async health(): Promise<StoreHealth> {
    try {
      await this.pool.query('SELECT 1');
      this.lastPoolError = undefined;
      return { ok: true, kind: this.kind };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, kind: this.kind, detail: this.lastPoolError ? `${detail} (earlier: ${this.lastPoolError})` : detail };
    }
  }

  async insertItem(item: NewReviewItem): Promise<ReviewItem> {
    const row = newItemRow(item);
    await this.query(sql.insertItem(row));
    return rowToItem(row);
  }

  async getItem(id: string): Promise<ReviewItem | undefined> {
    const [row] = await this.query<ItemRow>(sql.selectItem(id));
    return row && rowToItem(row);
  }

  /** JSONB concatenation in one statement: atomic, so concurrent appends are never lost. */
  async appendActions(id: string, outcomes: ActionOutcome[]): Promise<void> {
    if (outcomes.length === 0) return;
    await this.query({ text: 'UPDATE review_items SET actions = actions || ?::jsonb WHERE id = ?', params: [JSON.stringify(outcomes), id] });
  }

  async decide(id: string, decision: Decision): Promise<DecideResult | undefined> {
    // Under READ COMMITTED a racing UPDATE waits for the winner's row lock, then re-checks status = 'pending'
    // against the committed row and updates nothing.
    const [decided] = await this.query<ItemRow>(sql.decide(id, decision, new Date()));
    if (decided) return { applied: true, item: rowToItem(decided) };
    const current = await this.getItem(id);
    return current && { applied: false, item: current };
  }

  async listItems(filter: ItemFilter = {}): Promise<ReviewItem[]> {
    return (await this.query<ItemRow>(sql.listItems(filter))).map(rowToItem);
  }

  async countItems(filter: Omit<ItemFilter, 'limit' | 'offset'> = {}): Promise<number> {
    const [row] = await this.query<{ n: string }>(sql.countItems(filter));
    return Number(row?.n ?? 0);
  }

  async addFingerprint(fp: Omit<Fingerprint, 'createdAt'>): Promise<void> {
    await this.query(sql.addFingerprint(fp, new Date()));
  }

  async listFingerprints(kind?: FingerprintKind): Promise<Fingerprint[]> {
    return (await this.query<FingerprintRow>(sql.listFingerprints(kind))).map(rowToFingerprint);
  }

  async incrementCounter(name: string, by = 1, day = utcDay()): Promise<void> {
    await this.query(sql.incrementCounter(day, name, by));
  }

  async listCounters(sinceDay: string): Promise<CounterRow[]> {
    return (await this.query<CounterDbRow>(sql.listCounters(sinceDay))).map(rowToCounter);
  }

  /** JSONB comes back parsed (a stored string comes back as that string), so no JSON.parse here. */
  async getSetting<T = unknown>(key: string): Promise<T | undefined> {
    const [row] = await this.query<{ value: T }>(sql.selectSetting(key));
    return row?.value;
  }

  /** `undefined` has no JSON form: setting it removes the key, so a later get returns undefined. */
  async setSetting(key: string, value: unknown): Promise<void> {
    if (value === undefined) return this.deleteSetting(key);
    await this.query(sql.upsertSetting(key, JSON.stringify(value), new Date()));
  }

  async deleteSetting(key: string): Promise<void> {
    await this.query(sql.deleteSetting(key));
  }

  async purgeDecidedTexts(before: Date): Promise<number> {
    return (await this.execute(sql.purgeDecidedTexts(before))).rowCount ?? 0;
  }

  private execute<T extends pg.QueryResultRow = pg.QueryResultRow>(query: sql.Sql): Promise<pg.QueryResult<T>> {
    return this.pool.query<T>(numbered(query.text), query.params);
  }

  private async query<T extends pg.QueryResultRow = pg.QueryResultRow>(query: sql.Sql): Promise<T[]> {
    return (await this.execute<T>(query)).rows;
  }
}

/** `?` → `$1`, `$2`, … in order; the shared SQL never contains a literal `?` (see sql.ts). */
function numbered(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}
