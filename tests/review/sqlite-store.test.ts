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
