/**
 * What moderators' decisions say about the classifier: pure functions over review items, no I/O.
 *
 * Only items with a verdict count: `confirmed-scam` (true positive) and `false-positive`. Pending and
 * escalated items are ignored, since nobody has said yet whether they were scams.
 */
import type { ReviewItem } from '../types.js';

export interface SignalStat {
  id: string;
  /** Confirmed scams this signal fired on. */
  confirmedScams: number;
  /** False positives this signal fired on. */
  falsePositives: number;
  /** falsePositives / (confirmedScams + falsePositives). */
  falsePositiveRate: number;
}

/** Per signal id, how its firings were judged; most-fired first, then by id. A signal counts once per item. */
export function signalStats(items: readonly ReviewItem[]): SignalStat[] {
  const stats = new Map<string, SignalStat>();
  for (const item of judged(items)) {
    for (const id of new Set(item.signals.map((s) => s.id))) {
      const stat = stats.get(id) ?? { id, confirmedScams: 0, falsePositives: 0, falsePositiveRate: 0 };
      if (item.status === 'false-positive') stat.falsePositives++;
      else stat.confirmedScams++;
      stats.set(id, stat);
    }
  }
  const fired = (s: SignalStat) => s.confirmedScams + s.falsePositives;
  const result = [...stats.values()];
  for (const s of result) s.falsePositiveRate = s.falsePositives / fired(s);
  return result.sort((a, b) => fired(b) - fired(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** 0.05, 0.10, … 0.95 — rounded so 0.15 is 0.15, not 0.15000000000000002. */
export const DEFAULT_THRESHOLDS: readonly number[] = Array.from({ length: 19 }, (_, i) => Math.round((i + 1) * 5) / 100);

export interface ThresholdRow {
  threshold: number;
  /** With deleteThreshold = t: judged items with score ≥ t, all of which would have been deleted. */
  deleted: number;
  /** …of which moderators marked false positive (messages wrongly deleted). */
  deletedFalsePositives: number;
  /** With flagThreshold = t and the delete threshold unchanged: items with t ≤ score < deleteThreshold, flagged for review but left up. */
  flagged: number;
  /** …of which moderators marked false positive (needless review work). */
  flaggedFalsePositives: number;
}

/**
 * For each candidate threshold t, replays judged items under the policy's rules (score ≥ flagThreshold →
 * flag; score ≥ deleteThreshold → delete, which also posts a review card):
 *   - t as the delete threshold: `deleted` = items with score ≥ t;
 *   - t as the flag threshold, delete threshold unchanged: `flagged` = items with t ≤ score < deleteThreshold,
 *     i.e. flagged only (items at or above the delete threshold are counted as deleted, not here).
 * Limitation: the queue only holds messages that scored above the flag threshold in force at the time (plus
 * member reports), so for t below that threshold the counts miss messages that were never queued.
 *
 * `deleteThreshold` is the one held fixed while t plays the flag threshold (default 0.85, as in config).
 */
export function thresholdWhatIf(
  items: readonly ReviewItem[],
  thresholds: readonly number[] = DEFAULT_THRESHOLDS,
  deleteThreshold = 0.85,
): ThresholdRow[] {
  const cases = judged(items);
  return thresholds.map((t) => {
    const deleted = cases.filter((i) => i.score >= t);
    const flagged = cases.filter((i) => i.score >= t && i.score < deleteThreshold);
    return {
      threshold: t,
      deleted: deleted.length,
      deletedFalsePositives: deleted.filter(isFalsePositive).length,
      flagged: flagged.length,
      flaggedFalsePositives: flagged.filter(isFalsePositive).length,
    };
  });
}

function judged(items: readonly ReviewItem[]): ReviewItem[] {
  return items.filter((i) => i.status === 'confirmed-scam' || i.status === 'false-positive');
}

function isFalsePositive(item: ReviewItem): boolean {
  return item.status === 'false-positive';
}
