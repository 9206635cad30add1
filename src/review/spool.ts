/**
 * Keeps screening going while the review store is away (PostgreSQL down, SQLite file locked by another
 * process): the pipeline stores an item *before* acting on it, so without this a store outage would stop
 * every delete. `SpoolingStore` wraps the real store; when a write fails it appends the write to a local,
 * append-only JSON-lines file (the spool) and answers as if it had been stored, and a timer replays the spool
 * into the store once it is back. A spool left behind by a crash is replayed at the next start (`migrate()`).
 *
 * What is spooled: `insertItem` and `appendActions`, the two writes the pipeline makes for every action.
 * What is not:
 * - counters: CounterBuffer already keeps a failed flush in memory and retries it (a crash loses them either
 *   way, as it always did), so spooling them would only add lines;
 * - fingerprints: the pipeline logs a failed addFingerprint, and the in-memory index still has it;
 * - `decide`, settings and every read: a moderator is there to see the error, so they fail with a clear
 *   `StoreUnavailableError` while the store is away rather than pretend.
 *
 * One spool file per process: two instances must not share a path (the replay rewrites the file).
 */
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../log.js';
import { newItemRow, rowToItem } from './rows.js';
import type { CounterRow, Fingerprint, FingerprintKind, ItemFilter, ReviewStore, StoreHealth } from './store.js';
import type { ActionOutcome, DecideResult, Decision, NewReviewItem, ReviewItem } from '../types.js';

/** One spooled write, one JSON line each. The insert carries the whole item, id included, as the pipeline saw it. */
export type SpoolOp =
  | { op: 'insert'; item: ReviewItem }
  | { op: 'appendActions'; id: string; outcomes: ActionOutcome[] };

/** What reads, decisions and settings throw while writes are being spooled. */
export class StoreUnavailableError extends Error {
  /** The dashboard's error handler answers with this status (Service Unavailable) instead of a bare 500. */
  readonly statusCode = 503;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * The file itself. Appends are synchronous and fsynced before returning: the pipeline deletes a message right
 * after insertItem resolves, so the record of it must already be on disk (the same promise the stores make).
 * A kept-open descriptor makes an append one write + one fsync.
 */
export class SpoolFile {
  private fd: number | undefined;

  constructor(readonly path: string) {}

  /** Every complete line, oldest first. */
  lines(): string[] {
    if (!existsSync(this.path)) return [];
    return readFileSync(this.path, 'utf8').split('\n').filter((line) => line.trim() !== '');
  }

  append(op: SpoolOp): void {
    this.write(`${JSON.stringify(op)}\n`);
  }

  /**
   * Removes the first `count` lines (the ones just replayed) and keeps everything after them, including lines
   * appended while the replay ran. Written to a temporary file, fsynced and renamed over the spool, so a crash
   * leaves either the old file or the new one, never half of each.
   */
  dropFirst(count: number): void {
    if (count === 0) return;
    const rest = this.lines().slice(count);
    this.closeFd(); // the rename replaces the file; the old descriptor would write into the unlinked one
    const temp = `${this.path}.tmp`;
    const fd = openSync(temp, 'w');
    try {
      if (rest.length) writeSync(fd, `${rest.join('\n')}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // Durable against a process crash, like the stores' own writes; the directory itself is not fsynced.
    renameSync(temp, this.path);
  }

  /** Lines the store refuses for good (bad data, not an outage) go here instead of blocking the spool forever. */
  reject(lines: string[]): void {
    const fd = openSync(`${this.path}.rejected`, 'a');
    try {
      writeSync(fd, `${lines.join('\n')}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  close(): void {
    this.closeFd();
  }

  private write(text: string): void {
    if (this.fd === undefined) {
      mkdirSync(dirname(this.path), { recursive: true });
      // A crash mid-append can leave a torn last line; start on a fresh line so the next op is not glued to it.
      const existing = existsSync(this.path) ? readFileSync(this.path, 'utf8') : '';
      const torn = existing !== '' && !existing.endsWith('\n');
      this.fd = openSync(this.path, 'a');
      if (torn) writeSync(this.fd, '\n');
    }
    writeSync(this.fd, text);
    fsyncSync(this.fd);
  }

  private closeFd(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

export interface SpoolOptions {
  /** The spool file; openStore puts it next to the SQLite file, or at ./data/spool.jsonl for PostgreSQL. */
  path: string;
  log?: Logger;
  /** First replay attempt after an outage; doubles on each failed attempt up to retryMaxMs. */
  retryMinMs?: number;
  retryMaxMs?: number;
  /**
   * Bound on one write to the store. A hung connection must not hang screening; when a timed-out write
   * completes after all, the replay finds it already there (same id) and adds nothing.
   */
  timeoutMs?: number;
}

export class SpoolingStore implements ReviewStore {
  readonly kind: ReviewStore['kind'];
  readonly spool: SpoolFile;
  /** Spooled writes not yet replayed; > 0 means degraded: new writes go straight to the spool, in order. */
  private pendingLines = 0;
  /** Spooled items by id (with spooled outcomes applied), so getItem still finds them and decide can say why not. */
  private pendingItems = new Map<string, ReviewItem>();
  private timer: NodeJS.Timeout | undefined;
  private delay: number;
  private replaying: Promise<boolean> | undefined;
  private closed = false;
  private readonly retryMinMs: number;
  private readonly retryMaxMs: number;
  private readonly timeoutMs: number;

  constructor(readonly inner: ReviewStore, private readonly options: SpoolOptions) {
    this.kind = inner.kind;
    this.spool = new SpoolFile(options.path);
    this.retryMinMs = options.retryMinMs ?? 1_000;
    this.retryMaxMs = options.retryMaxMs ?? 5_000;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.delay = this.retryMinMs;
    this.reload();
    if (this.degraded) this.schedule();
  }

  /** Spooled items waiting for the store. */
  get spooledItems(): number {
    return this.pendingItems.size;
  }

  get degraded(): boolean {
    return this.pendingLines > 0;
  }

  /** Migrates, then replays whatever a previous run (or crash) left in the spool. */
  async migrate(): Promise<void> {
    await this.inner.migrate();
    if (this.degraded && !(await this.replay())) this.schedule();
  }

  /** Unreplayed lines stay on disk and are replayed at the next start. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.replaying;
    this.spool.close();
    if (this.degraded) this.options.log?.warn({ spool: this.spool.path, writes: this.pendingLines }, 'closing with spooled writes; they are replayed at the next start');
    await this.inner.close();
  }

  async health(): Promise<StoreHealth> {
    if (!this.degraded) return this.inner.health();
    const others = this.pendingLines - this.pendingItems.size;
    return {
      ok: false,
      kind: this.kind,
      detail: `store unavailable; ${this.pendingItems.size} items spooled${others > 0 ? ` (+${others} action updates)` : ''}`,
    };
  }

  async insertItem(input: NewReviewItem): Promise<ReviewItem> {
    // The id and time are fixed here, before trying the store, so that a write which fails (or times out and
    // then lands after all) and its spooled copy are the same row.
    const item = rowToItem(newItemRow({ ...input, id: input.id ?? randomUUID(), createdAt: input.createdAt ?? new Date().toISOString() }));
    if (!this.degraded) {
      try {
        return await this.bounded(this.inner.insertItem({ ...input, id: item.id, createdAt: item.createdAt }), 'insertItem');
      } catch (error) {
        this.wentAway(error, 'insertItem');
      }
    }
    this.write({ op: 'insert', item });
    return item;
  }

  async appendActions(id: string, outcomes: ActionOutcome[]): Promise<void> {
    if (outcomes.length === 0) return;
    if (!this.degraded) {
      try {
        return await this.bounded(this.inner.appendActions(id, outcomes), 'appendActions');
      } catch (error) {
        this.wentAway(error, 'appendActions');
      }
    }
    this.write({ op: 'appendActions', id, outcomes });
  }

  async getItem(id: string): Promise<ReviewItem | undefined> {
    const spooled = this.pendingItems.get(id);
    return spooled ? structuredClone(spooled) : this.read(() => this.inner.getItem(id));
  }

  async decide(id: string, decision: Decision): Promise<DecideResult | undefined> {
    if (this.pendingItems.has(id)) {
      throw new StoreUnavailableError(`review store unavailable: item ${id} is spooled and can be decided once the store is back`);
    }
    return this.read(() => this.inner.decide(id, decision));
  }

  listItems(filter?: ItemFilter): Promise<ReviewItem[]> {
    return this.read(() => this.inner.listItems(filter));
  }

  countItems(filter?: Omit<ItemFilter, 'limit' | 'offset'>): Promise<number> {
    return this.read(() => this.inner.countItems(filter));
  }

  addFingerprint(fp: Omit<Fingerprint, 'createdAt'>): Promise<void> {
    return this.read(() => this.inner.addFingerprint(fp));
  }

  listFingerprints(kind?: FingerprintKind): Promise<Fingerprint[]> {
    return this.read(() => this.inner.listFingerprints(kind));
  }

  incrementCounter(name: string, by?: number, day?: string): Promise<void> {
    return this.read(() => this.inner.incrementCounter(name, by, day));
  }

  listCounters(sinceDay: string): Promise<CounterRow[]> {
    return this.read(() => this.inner.listCounters(sinceDay));
  }

  getSetting<T = unknown>(key: string): Promise<T | undefined> {
    return this.read(() => this.inner.getSetting<T>(key));
  }

  setSetting(key: string, value: unknown): Promise<void> {
    return this.read(() => this.inner.setSetting(key, value));
  }

  deleteSetting(key: string): Promise<void> {
    return this.read(() => this.inner.deleteSetting(key));
  }

  purgeDecidedTexts(before: Date): Promise<number> {
    return this.read(() => this.inner.purgeDecidedTexts(before));
  }

  /**
   * Applies the spooled writes in order; resolves true once the spool is empty. Stops at the first write
   * the store cannot take yet (still away) and keeps it and everything after it. Every step is idempotent
   * (inserts keep their id and skip a stored one; outcomes already on the item are not appended again), so a
   * crash between applying lines and truncating the file replays them harmlessly.
   */
  replay(): Promise<boolean> {
    this.replaying ??= this.replayAll().finally(() => {
      this.replaying = undefined;
    });
    return this.replaying;
  }

  private async replayAll(): Promise<boolean> {
    for (;;) {
      const lines = this.spool.lines();
      if (lines.length === 0) break;
      let done = 0;
      const rejected: string[] = [];
      for (const line of lines) {
        try {
          await this.apply(JSON.parse(line) as SpoolOp);
        } catch (error) {
          if (!isPermanent(error)) {
            this.options.log?.warn({ err: error, spool: this.spool.path, writes: lines.length - done }, 'review store still unavailable; keeping spooled writes');
            break;
          }
          this.options.log?.error({ err: error, spool: `${this.spool.path}.rejected` }, 'review store refused a spooled write; moved it aside');
          rejected.push(line);
        }
        done++;
      }
      if (rejected.length) this.spool.reject(rejected);
      this.spool.dropFirst(done);
      this.reload();
      if (done < lines.length) return false;
      this.options.log?.info({ spool: this.spool.path, writes: done }, 'replayed spooled writes into the review store');
      // Writes that arrived during the replay were spooled behind it: go round again for them.
    }
    this.delay = this.retryMinMs;
    return true;
  }

  private async apply(op: SpoolOp): Promise<void> {
    if (op.op === 'insert') {
      const { status: _status, decidedBy: _by, decidedByName: _name, decidedAt: _at, ...item } = op.item;
      await this.bounded(this.inner.insertItem(item), 'replay insertItem');
      return;
    }
    if (op.op !== 'appendActions') throw new PermanentSpoolError(`unknown spool op ${JSON.stringify(op)}`);
    const current = await this.bounded(this.inner.getItem(op.id), 'replay getItem');
    if (!current) throw new PermanentSpoolError(`spooled actions for item ${op.id}, which is not in the store`);
    const seen = new Set(current.actions.map(outcomeKey));
    const fresh = op.outcomes.filter((o) => !seen.has(outcomeKey(o)));
    if (fresh.length) await this.bounded(this.inner.appendActions(op.id, fresh), 'replay appendActions');
  }

  private write(op: SpoolOp): void {
    this.spool.append(op);
    this.track(op);
    this.schedule();
  }

  /** Rebuilds the in-memory view from the file (at start, and after each replay). */
  private reload(): void {
    this.pendingLines = 0;
    this.pendingItems = new Map();
    for (const line of this.spool.lines()) {
      try {
        this.track(JSON.parse(line) as SpoolOp);
      } catch {
        this.pendingLines++; // unreadable: the replay moves it aside
      }
    }
  }

  private track(op: SpoolOp): void {
    this.pendingLines++;
    // A copy: the insert's item is also what insertItem returned to the pipeline.
    if (op.op === 'insert') this.pendingItems.set(op.item.id, structuredClone(op.item));
    else this.pendingItems.get(op.id)?.actions.push(...op.outcomes);
  }

  private wentAway(error: unknown, what: string): void {
    this.options.log?.error({ err: error, spool: this.spool.path }, `review store unavailable (${what}); spooling writes until it is back`);
  }

  /** Unref'd: a pending replay never keeps the process alive, and the spool survives for the next start. */
  private schedule(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.replay().then((emptied) => {
        if (emptied) return;
        this.delay = Math.min(this.delay * 2, this.retryMaxMs);
        this.schedule();
      });
    }, this.delay);
    this.timer.unref();
  }

  private async read<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!this.degraded) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(`review store unavailable (${this.pendingItems.size} items spooled): ${reason}`, { cause: error });
    }
  }

  private bounded<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    promise.catch(() => undefined); // a late failure after the timeout is not an unhandled rejection
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}

class PermanentSpoolError extends Error {}

/**
 * Errors that mean "this write will never succeed" (bad data), as opposed to "the store is away": SQLite
 * constraint/type errors, PostgreSQL SQLSTATE classes 22 (data exception, e.g. a NUL byte in text) and 23
 * (integrity). Anything else — refused or dropped connections, SQLITE_BUSY, timeouts — is retried.
 */
function isPermanent(error: unknown): boolean {
  if (error instanceof PermanentSpoolError || error instanceof SyntaxError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return /^SQLITE_(CONSTRAINT|MISMATCH|TOOBIG|RANGE)/.test(code) || /^2[23][0-9A-Z]{3}$/.test(code);
}

/** Outcomes compared field by field: PostgreSQL's JSONB does not keep key order, so JSON text would not do. */
function outcomeKey(o: ActionOutcome): string {
  return JSON.stringify([o.kind, o.ok, o.dryRun, o.at, o.error ?? null, o.fallbackFor ?? null]);
}
