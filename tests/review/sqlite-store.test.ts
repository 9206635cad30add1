import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/review/open-store.js';
import { SqliteStore } from '../../src/review/sqlite-store.js';
import { sampleItem } from './fixtures/items.js';
import { storeContract } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'scam-screener-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
storeContract('SqliteStore', async () => {
  const store = new SqliteStore(join(dir, `contract-${++n}.db`));
  await store.migrate();
  return store;
});

describe('SqliteStore setup', () => {
  it('openStore creates missing parent directories, migrates, and the file is in WAL mode', async () => {
    const path = join(dir, 'nested', 'deeper', 'screener.db');
    const store = await openStore({ sqlitePath: path });
    expect(store.kind).toBe('sqlite');
    await store.insertItem(sampleItem());
    await store.close();

    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([{ version: 1, name: 'initial-schema' }]);
    db.close();
  });

  it('a new file gets 2 KB pages; a file made with SQLite’s default 4 KB pages keeps them and its items', async () => {
    const fresh = new SqliteStore(join(dir, 'fresh.db'));
    await fresh.migrate();
    await fresh.close();
    const freshDb = new Database(join(dir, 'fresh.db'), { readonly: true });
    expect(freshDb.pragma('page_size', { simple: true })).toBe(2048);
    freshDb.close();

    const oldPath = join(dir, 'old-4k.db');
    const old = new Database(oldPath);
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE placeholder (x)');
    old.close();
    const store = new SqliteStore(oldPath);
    await store.migrate();
    const item = await store.insertItem(sampleItem());
    expect((await store.getItem(item.id))?.text).toBe(item.text);
    await store.close();
    const oldDb = new Database(oldPath, { readonly: true });
    expect(oldDb.pragma('page_size', { simple: true })).toBe(4096);
    oldDb.close();
  });

  it('two connections to one file both migrate, and see each other’s writes', async () => {
    const path = join(dir, 'shared.db');
    const a = new SqliteStore(path);
    const b = new SqliteStore(path);
    await a.migrate();
    await b.migrate();
    await a.insertItem(sampleItem());
    expect(await b.countItems()).toBe(1);
    await Promise.all([a.close(), b.close()]);
  });
});
