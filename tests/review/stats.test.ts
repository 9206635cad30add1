import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../src/log.js';
import { purgeExpiredTexts, startRetentionTimer } from '../../src/review/retention.js';
import { SqliteStore } from '../../src/review/sqlite-store.js';
import { DEFAULT_THRESHOLDS, signalStats, thresholdWhatIf } from '../../src/review/stats.js';
import type { ReviewStore } from '../../src/review/store.js';
import type { ReviewItem, ReviewStatus } from '../../src/types.js';
import { sampleItem } from './fixtures/items.js';

function judged(id: string, status: ReviewStatus, score: number, signalIds: string[]): ReviewItem {
  return {
    id, platform: 'discord', communityId: 'g', channelId: 'c', messageId: id, authorId: 'u', authorName: 'U', text: 't',
    score, label: 'scam', signals: signalIds.map((s) => ({ id: s, weight: 0.1, evidence: '' })), source: 'classifier',
    actions: [], status, createdAt: '2024-05-01T00:00:00.000Z',
  };
}

const items = [
  judged('A', 'confirmed-scam', 0.95, ['s1', 's2']),
  judged('B', 'confirmed-scam', 0.7, ['s1']),
  judged('C', 'false-positive', 0.6, ['s1', 's3']),
  judged('D', 'false-positive', 0.9, ['s2', 's2']), // a repeated signal counts once
  judged('E', 'pending', 0.99, ['s1']), // undecided: ignored
  judged('F', 'escalated', 0.5, ['s3']), // no verdict: ignored
];

describe('signalStats', () => {
  it('counts each signal on confirmed scams and false positives, most fired first', () => {
    expect(signalStats(items)).toEqual([
      { id: 's1', confirmedScams: 2, falsePositives: 1, falsePositiveRate: 1 / 3 },
      { id: 's2', confirmedScams: 1, falsePositives: 1, falsePositiveRate: 0.5 },
      { id: 's3', confirmedScams: 0, falsePositives: 1, falsePositiveRate: 1 },
    ]);
  });

  it('is empty without judged items', () => {
    expect(signalStats([items[4]!, items[5]!])).toEqual([]);
  });
});

describe('thresholdWhatIf', () => {
  it('counts deletions at t and flag-only items between t and the delete threshold', () => {
    expect(thresholdWhatIf(items, [0.5, 0.65, 0.9, 0.95, 0.96], 0.85)).toEqual([
      { threshold: 0.5, deleted: 4, deletedFalsePositives: 2, flagged: 2, flaggedFalsePositives: 1 },
      { threshold: 0.65, deleted: 3, deletedFalsePositives: 1, flagged: 1, flaggedFalsePositives: 0 },
      { threshold: 0.9, deleted: 2, deletedFalsePositives: 1, flagged: 0, flaggedFalsePositives: 0 },
      { threshold: 0.95, deleted: 1, deletedFalsePositives: 0, flagged: 0, flaggedFalsePositives: 0 },
      { threshold: 0.96, deleted: 0, deletedFalsePositives: 0, flagged: 0, flaggedFalsePositives: 0 },
    ]);
  });

  it('defaults to 0.05…0.95 in steps of 0.05 and a 0.85 delete threshold', () => {
    expect(DEFAULT_THRESHOLDS).toHaveLength(19);
    expect(DEFAULT_THRESHOLDS[0]).toBe(0.05);
    expect(DEFAULT_THRESHOLDS[2]).toBe(0.15);
    expect(DEFAULT_THRESHOLDS[18]).toBe(0.95);
    const rows = thresholdWhatIf(items);
    expect(rows.map((r) => r.threshold)).toEqual(DEFAULT_THRESHOLDS);
    expect(rows.find((r) => r.threshold === 0.6)).toEqual({ threshold: 0.6, deleted: 4, deletedFalsePositives: 2, flagged: 2, flaggedFalsePositives: 1 });
    expect(rows.find((r) => r.threshold === 0.85)).toEqual({ threshold: 0.85, deleted: 2, deletedFalsePositives: 1, flagged: 0, flaggedFalsePositives: 0 });
  });
});

describe('retention', () => {
  const DAY = 86_400_000;
  let dir: string | undefined;
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('purges the text of items decided more than retentionDays ago', async () => {
    dir = mkdtempSync(join(tmpdir(), 'scam-screener-retention-'));
    const store = new SqliteStore(join(dir, 'r.db'));
    await store.migrate();
    const item = await store.insertItem(sampleItem({ text: 'send me your seed phrase' }));
    const decided = (await store.decide(item.id, { status: 'confirmed-scam', moderatorId: 'm', moderatorName: 'M' }))!.item;
    const decidedAt = Date.parse(decided.decidedAt!);

    expect(await purgeExpiredTexts(store, 30, new Date(decidedAt + 29 * DAY))).toBe(0);
    expect((await store.getItem(item.id))?.text).toBe('send me your seed phrase');
    expect(await purgeExpiredTexts(store, 30, new Date(decidedAt + 31 * DAY))).toBe(1);
    expect((await store.getItem(item.id))?.text).toBeNull();
    await store.close();
  });

  it('runs at start and hourly on an unref’d timer until stopped', async () => {
    vi.useFakeTimers();
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    const purge = vi.fn<ReviewStore['purgeDecidedTexts']>().mockResolvedValueOnce(2).mockResolvedValue(0);
    const store = { purgeDecidedTexts: purge } as unknown as ReviewStore;
    const log = { info: vi.fn(), error: vi.fn() };
    const now = Date.now();

    const stop = startRetentionTimer(store, 30, log as unknown as Logger);
    expect(purge).toHaveBeenCalledTimes(1);
    expect(purge.mock.calls[0]![0].getTime()).toBe(now - 30 * DAY);
    expect((setIntervalSpy.mock.results[0]!.value as NodeJS.Timeout).hasRef()).toBe(false);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(purge).toHaveBeenCalledTimes(2);
    expect(log.info).toHaveBeenCalledTimes(1); // only the run that purged something logs
    stop();
    await vi.advanceTimersByTimeAsync(3 * 3_600_000);
    expect(purge).toHaveBeenCalledTimes(2);
    expect(log.error).not.toHaveBeenCalled();
  });
});
