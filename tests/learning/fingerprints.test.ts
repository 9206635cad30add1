import { describe, expect, it } from 'vitest';
import { normalize } from '../../classifiers/normalize.js';
import { FingerprintIndex, minhash, similarity } from '../../src/learning/fingerprints.js';

const base = 'Greetings members, the foundation prepared a loyalty package for early supporters this season, fill in the short loyalty questionnaire pinned in announcements to be counted';
const sig = (text: string) => minhash(normalize(text).text)!;

describe('fingerprints', () => {
  it('near-duplicates are similar: a changed word, a dropped word, obfuscation', () => {
    for (const edit of [base.replace('season', 'month'), base.replace('early ', ''), base.replace(/o/g, '0'), `${base} today`]) {
      expect(similarity(sig(base), sig(edit)), edit).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('different messages are not', () => {
    const other = 'Scheduled maintenance tonight from 02:00 UTC, the bridge will be paused for about an hour, no action needed';
    expect(similarity(sig(base), sig(other))).toBeLessThan(0.3);
  });

  it('short texts are never fingerprinted', () => {
    expect(minhash('gm gm frens')).toBeUndefined();
  });

  it('the index returns the closest match, benign winning a tie', () => {
    const index = new FingerprintIndex();
    const fp = { hash: sig(base), itemId: 'i1', communityId: 'g1', createdAt: '' };
    index.add({ ...fp, kind: 'scam' });
    expect(index.match(sig(base.replace('season', 'month')))?.kind).toBe('scam');
    index.add({ ...fp, itemId: 'i2', kind: 'benign' });
    expect(index.match(sig(base))?.kind).toBe('benign');
    expect(index.match(sig('a completely different message about staking rewards and validator uptime this week'))).toBeUndefined();
  });
});
