/**
 * "Durable when insertItem resolves": a writer process is SIGKILLed mid-burst, and every id it had
 * acknowledged must be in the store afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/review/postgres-store.js';
import { SqliteStore } from '../../src/review/sqlite-store.js';
import type { ReviewStore } from '../../src/review/store.js';
import { TestSchemas, testDatabaseUrl } from './pg-test-db.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const KILL_AFTER_ACKS = 300;

/** Runs the writer, kills it with SIGKILL after KILL_AFTER_ACKS acknowledgements, returns every id it acknowledged. */
function burstAndKill(kind: 'sqlite' | 'postgres', location: string): Promise<{ acked: string[]; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/review/fixtures/burst-writer.ts', kind, location], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (id) => {
    acked.push(id);
    if (acked.length === KILL_AFTER_ACKS) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer was not killed mid-burst (exit ${code}, ${acked.length} acks): ${stderr}`));
      else resolve({ acked, signal });
    });
  });
}

async function expectAllPresent(store: ReviewStore, acked: string[]): Promise<void> {
  const stored = new Set((await store.listItems({ limit: 5000 })).map((i) => i.id));
  expect(acked.filter((id) => !stored.has(id))).toEqual([]);
  // At most the one insert in flight at the kill can be stored without an ack.
  expect(stored.size - acked.length).toBeLessThanOrEqual(1);
}

describe('durability under SIGKILL: SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scam-screener-durability-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged item', async () => {
    const path = join(dir, 'burst.db');
    const { acked } = await burstAndKill('sqlite', path);
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(acked.length).toBeLessThan(1000);
    const store = new SqliteStore(path);
    await expectAllPresent(store, acked);
    await store.close();
  });
});

const url = testDatabaseUrl('Durability tests on PostgreSQL');
if (!url) {
  describe.skip('durability under SIGKILL: PostgreSQL (TEST_DATABASE_URL not set)', () => {
    it('keeps every acknowledged item', () => {});
  });
} else {
  describe('durability under SIGKILL: PostgreSQL', () => {
    const schemas = new TestSchemas(url);
    afterAll(() => schemas.dropAll());

    it('keeps every acknowledged item', async () => {
      const schema = await schemas.create();
      const { acked } = await burstAndKill('postgres', schema.url);
      expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
      expect(acked.length).toBeLessThan(1000);
      const store = new PostgresStore(schema.poolConfig);
      await expectAllPresent(store, acked);
      await store.close();
    });
  });
}
