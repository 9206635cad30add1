/**
 * SQLite insert throughput with the store's real durability (one committed insert per item, WAL,
 * synchronous=NORMAL). Run directly: `node --import tsx bench/store-bench.ts [n]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SqliteStore } from '../src/review/sqlite-store.js';
import type { NewReviewItem } from '../src/types.js';

/** A plausible flagged message: ~150 characters of text, three signals with evidence. */
function realisticItem(i: number): NewReviewItem {
  return {
    platform: i % 3 === 0 ? 'slack' : 'discord',
    communityId: `community-${i % 20}`,
    channelId: `channel-${i % 200}`,
    messageId: `${1_200_000_000_000_000_000n + BigInt(i)}`,
    permalink: `https://discord.com/channels/1/2/${i}`,
    authorId: `user-${i % 5000}`,
    authorName: `Support Agent ${i % 97}`,
    text: `Hi! I'm from the official support team (ticket #${i}). Your wallet needs validation, DM me or connect at https://wallet-fix-${i % 50}.example/claim`,
    score: 0.5 + (i % 50) / 100,
    label: i % 2 ? 'scam' : 'suspicious',
    signals: [
      { id: 'support-impersonation', weight: 0.35, evidence: 'official support team' },
      { id: 'dm-request', weight: 0.2, evidence: 'DM me' },
      { id: 'wallet-connect-link', weight: 0.3, evidence: `https://wallet-fix-${i % 50}.example/claim` },
    ],
    source: 'classifier',
  };
}

export async function benchSqliteInserts(n = 20_000): Promise<{ itemsPerSec: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'scam-screener-bench-'));
  try {
    const store = new SqliteStore(join(dir, 'bench.db'));
    await store.migrate();
    const items = Array.from({ length: n }, (_, i) => realisticItem(i));
    const started = performance.now();
    for (const item of items) await store.insertItem(item);
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    return { itemsPerSec: Math.round(n / seconds) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = process.argv[2] ? Number(process.argv[2]) : undefined;
  const { itemsPerSec } = await benchSqliteInserts(n);
  console.log(`sqlite inserts: ${itemsPerSec} items/s`);
}
