/**
 * The review store goes away mid-run (here: another process holds the SQLite write lock). Screening goes
 * on acting, items go to the spool, and once the store is back the spool is replayed: every item the
 * pipeline acted on is in the store exactly once, with its action outcomes. Also: a spool left by a crash is
 * replayed at the next start, a replay interrupted half-way creates no duplicates, and a write the store
 * refuses for good is moved aside instead of blocking the spool.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log.js';
import { Screener } from '../../src/pipeline.js';
import { defaultSpoolPath, openStore } from '../../src/review/open-store.js';
import { SpoolFile, SpoolingStore, StoreUnavailableError } from '../../src/review/spool.js';
import { SqliteStore } from '../../src/review/sqlite-store.js';
import type { ActionOutcome, ReviewItem } from '../../src/types.js';
import { sampleItem } from '../review/fixtures/items.js';
import { RecordingPlatform, capturedLogger, scamMessage, testConfig, waitUntil } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'scam-screener-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let n = 0;
/** A SpoolingStore over a fresh SQLite file with a short busy timeout and fast replay. */
async function spoolingSqlite(log?: Logger): Promise<{ store: SpoolingStore; path: string }> {
  const path = join(dir, `outage-${++n}.db`);
  const store = new SpoolingStore(new SqliteStore(path, { busyTimeoutMs: 50 }), { path: `${path}.spool.jsonl`, retryMinMs: 50, retryMaxMs: 200, log });
  await store.migrate();
  cleanups.push(() => store.close());
  return { store, path };
}

/** Another connection holding the write lock, as a second process (or a backup tool) would. */
function lock(path: string): { release(): void } {
  const db = new Database(path);
  db.exec('BEGIN EXCLUSIVE');
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    db.exec('COMMIT');
    db.close();
  };
  cleanups.push(release);
  return { release };
}

describe('SQLite locked mid-run', () => {
  it('keeps deleting, spools the items, and replays them when the lock is released: count before = count after', async () => {
    const { log, lines } = capturedLogger();
    const { store, path } = await spoolingSqlite(log);
    const screener = new Screener({ config: testConfig(), store, log });
    cleanups.push(() => screener.close());
    const platform = new RecordingPlatform();
    screener.registerPlatform('discord', platform);

    // Two messages while the store is fine.
    const acted: ReviewItem[] = [];
    for (let i = 0; i < 2; i++) acted.push((await screener.screen(scamMessage())).item!);
    expect(await store.countItems()).toBe(2);

    const held = lock(path);
    const N = 12;
    const started = Date.now();
    for (let i = 0; i < N; i++) {
      const result = await screener.screen(scamMessage());
      expect(result.outcomes.map((o) => [o.kind, o.ok])).toEqual([['delete', true], ['flag', true]]);
      acted.push(result.item!);
    }
    // Only the first write waits out the busy timeout; after that the spool takes writes directly.
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(platform.deletes).toHaveLength(N + 2);
    expect(store.degraded).toBe(true);
    expect(await store.health()).toEqual({ ok: false, kind: 'sqlite', detail: `store unavailable; ${N} items spooled (+${N} action updates)` });
    expect(lines.some((l) => l.includes('review store unavailable'))).toBe(true);
    // A spooled item is still readable (review cards link to it), but cannot be decided yet.
    const spooled = acted.at(-1)!;
    expect(await store.getItem(spooled.id)).toMatchObject({ id: spooled.id, actions: spooled.actions });
    const deciding = store.decide(spooled.id, { status: 'confirmed-scam', moderatorId: 'm', moderatorName: 'm' });
    await expect(deciding).rejects.toThrow(StoreUnavailableError);
    await expect(deciding).rejects.toMatchObject({ statusCode: 503, message: expect.stringContaining('review store unavailable') });

    held.release();
    await waitUntil(() => !store.degraded, 'the spool to be replayed');
    expect(await store.health()).toMatchObject({ ok: true });
    const stored = await store.listItems({ limit: 100 });
    expect(stored).toHaveLength(acted.length);
    for (const item of acted) {
      const found = stored.find((s) => s.id === item.id);
      expect(found, `item ${item.id}`).toBeDefined();
      expect(found!.actions).toEqual(item.actions);
      expect(found!.createdAt).toBe(item.createdAt);
    }
    expect(readFileSync(`${path}.spool.jsonl`, 'utf8')).toBe('');
  });
});

describe('a crash with a non-empty spool', () => {
  it('replays the spool at the next start (openStore), keeping ids and actions', async () => {
    const path = join(dir, 'crash.db');
    const acked = await new Promise<string[]>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'tests/faults/fixtures/spool-then-crash.ts', path, '5'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += String(chunk)));
      child.stderr.on('data', (chunk: Buffer) => (err += String(chunk)));
      child.on('error', reject);
      child.on('close', (code, signal) => (signal === 'SIGKILL' ? resolve(out.trim().split('\n')) : reject(new Error(`child exited ${code}: ${err}`))));
    });
    expect(acked).toHaveLength(5);
    const spoolPath = defaultSpoolPath({ sqlitePath: path }) as string;
    expect(new SpoolFile(spoolPath).lines()).toHaveLength(10);

    const store = await openStore({ sqlitePath: path });
    cleanups.push(() => store.close());
    expect(store).toBeInstanceOf(SpoolingStore);
    expect((store as SpoolingStore).degraded).toBe(false);
    const stored = await store.listItems({ limit: 100 });
    expect(stored.map((i) => i.id).sort()).toEqual([...acked].sort());
    for (const item of stored) expect(item.actions.map((a) => a.kind)).toEqual(['delete']);
    expect(new SpoolFile(spoolPath).lines()).toEqual([]);
  });
});

describe('replay is idempotent', () => {
  it('a replay interrupted after applying some lines (crash before truncating) creates no duplicates', async () => {
    const path = join(dir, 'partial.db');
    const spoolPath = `${path}.spool.jsonl`;
    const first = new SqliteStore(path);
    await first.migrate();
    const outcome = (kind: ActionOutcome['kind'], second: number): ActionOutcome => ({ kind, ok: true, dryRun: false, at: new Date(Date.UTC(2024, 4, 1, 10, 0, second)).toISOString() });
    const items = [0, 1, 2].map((i) => rowLike(sampleItem({ messageId: `partial-${i}` })));
    const spool = new SpoolFile(spoolPath);
    for (const item of items) {
      spool.append({ op: 'insert', item });
      spool.append({ op: 'appendActions', id: item.id, outcomes: [outcome('delete', 1), outcome('flag', 2)] });
    }
    spool.close();
    // The crashed replay got as far as item 0 with its actions and item 1 without them.
    await first.insertItem(items[0]!);
    await first.appendActions(items[0]!.id, [outcome('delete', 1), outcome('flag', 2)]);
    await first.insertItem(items[1]!);
    await first.close();

    const store = new SpoolingStore(new SqliteStore(path), { path: spoolPath });
    cleanups.push(() => store.close());
    await store.migrate();
    expect(store.degraded).toBe(false);
    const stored = await store.listItems({ limit: 10 });
    expect(stored).toHaveLength(3);
    for (const item of stored) expect(item.actions.map((a) => a.kind)).toEqual(['delete', 'flag']);
  });

  it('inserting an id twice keeps the first row', async () => {
    const store = new SqliteStore(join(dir, 'twice.db'));
    await store.migrate();
    cleanups.push(() => store.close());
    const item = await store.insertItem(sampleItem({ id: 'fixed-id', text: 'first' }));
    await store.insertItem(sampleItem({ id: 'fixed-id', text: 'second' }));
    expect(await store.countItems()).toBe(1);
    expect((await store.getItem(item.id))?.text).toBe('first');
  });

  it('a spooled write the store refuses for good is moved aside, and the rest is replayed', async () => {
    const path = join(dir, 'poison.db');
    const spoolPath = `${path}.spool.jsonl`;
    const spool = new SpoolFile(spoolPath);
    const good = rowLike(sampleItem());
    spool.append({ op: 'appendActions', id: 'never-stored', outcomes: [{ kind: 'flag', ok: true, dryRun: false, at: new Date().toISOString() }] });
    spool.append({ op: 'insert', item: good });
    spool.close();
    const { log, lines } = capturedLogger();
    const store = new SpoolingStore(new SqliteStore(path), { path: spoolPath, log });
    cleanups.push(() => store.close());
    await store.migrate();
    expect(store.degraded).toBe(false);
    expect(await store.getItem(good.id)).toMatchObject({ id: good.id });
    expect(readFileSync(`${spoolPath}.rejected`, 'utf8')).toContain('never-stored');
    expect(lines.some((l) => l.includes('moved it aside'))).toBe(true);
  });

  it('a torn last line from a crash mid-append does not swallow the next write', async () => {
    const path = join(dir, 'torn.db');
    const spoolPath = `${path}.spool.jsonl`;
    const migrated = new SqliteStore(path);
    await migrated.migrate();
    await migrated.close();
    writeFileSync(spoolPath, '{"op":"insert","item":{"id":"tor');
    const held = lock(path);
    // Started while the store is still locked: the spool keeps the torn line, and the next write goes after it.
    const store = new SpoolingStore(new SqliteStore(path, { busyTimeoutMs: 20 }), { path: spoolPath, retryMinMs: 60_000 });
    cleanups.push(() => store.close());
    const item = await store.insertItem(sampleItem());
    expect(store.degraded).toBe(true);
    expect(readFileSync(spoolPath, 'utf8').split('\n')).toHaveLength(3); // torn line, new line, final newline
    held.release();
    expect(await store.replay()).toBe(true);
    expect(await store.getItem(item.id)).toMatchObject({ id: item.id });
    expect(readFileSync(`${spoolPath}.rejected`, 'utf8')).toContain('"tor');
  });
});

/** A NewReviewItem as the spool holds it: the full pending item with its id. */
function rowLike(input: ReturnType<typeof sampleItem>): ReviewItem {
  return { ...input, id: crypto.randomUUID(), status: 'pending', actions: [], createdAt: new Date().toISOString() };
}
