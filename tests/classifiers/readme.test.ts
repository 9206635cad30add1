/** classifiers/README.md documents every signal with its current weight, so the table cannot drift. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signals } from '../../classifiers/signals/index.js';
import { combinations, frameDiscounts, signalWeights } from '../../classifiers/weights.js';

const readme = readFileSync(join(import.meta.dirname, '../../classifiers/README.md'), 'utf8');
const rows = new Map(readme.split('\n').filter((l) => l.startsWith('| `')).map((l) => {
  const [, id, group, weight] = l.split('|').map((c) => c.trim());
  return [id!.replaceAll('`', ''), { group, weight }] as const;
}));

describe('classifiers/README.md', () => {
  it.each(signals.map((s) => [s.id, s]))('documents %s with its weight', (id, signal) => {
    const row = rows.get(id);
    expect(row, `${id} missing from the table`).toBeDefined();
    expect(row!.group).toBe(signal.group);
    const expected = signal.group === 'frame' ? `−${Math.round(frameDiscounts[id]! * 100)} %` : String(signalWeights[id]);
    expect(row!.weight).toBe(expected);
  });

  it('documents every combination', () => {
    for (const combo of combinations) expect(rows.get(combo.id)?.weight).toBe(String(combo.weight));
  });
});
