/** `scam-screener train`: only moderators' decisions train, within per-moderator and total shares. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verdictDocs } from '../../src/learning/train-model.js';
import { SqliteStore } from '../../src/review/sqlite-store.js';
import type { NewReviewItem } from '../../src/types.js';

let store: SqliteStore | undefined;
afterEach(async () => store?.close());

async function seed(): Promise<SqliteStore> {
  store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'train-')), 'db.sqlite'));
  await store.migrate();
  let n = 0;
  const item = (source: NewReviewItem['source']): NewReviewItem => ({
    platform: 'discord', communityId: 'g', channelId: 'c', messageId: `m${++n}`, authorId: 'a', authorName: 'a',
    text: `message number ${n} with enough words to train on`, score: 0.9, label: 'scam', signals: [], source,
  });
  for (const moderator of ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace']) {
    for (let i = 0; i < 5; i++) {
      const stored = await store.insertItem(item(i % 2 ? 'member-report' : 'classifier'));
      await store.decide(stored.id, { status: i === 0 ? 'false-positive' : 'confirmed-scam', moderatorId: moderator, moderatorName: moderator });
    }
  }
  for (let i = 0; i < 4; i++) await store.insertItem(item('member-report')); // undecided reports never train
  return store;
}

describe('training from moderators’ verdicts', () => {
  it('each moderator adds at most a tenth of the base corpus, all verdicts at most half', async () => {
    const docs = await verdictDocs(await seed(), 20); // caps: 2 per moderator, 10 in all
    expect(docs).toHaveLength(10);
  });

  it('undecided member reports never train; decisions map to labels', async () => {
    const docs = await verdictDocs(await seed(), 1000); // caps well above what is stored
    expect(docs).toHaveLength(35);
    expect(docs.filter((d) => d.label === 'legit')).toHaveLength(7);
    expect(docs.filter((d) => d.label === 'scam')).toHaveLength(28);
  });
});
