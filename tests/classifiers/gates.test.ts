/** Gating is only a speed-up: over every corpus message, the gated and ungated classifier agree exactly. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyDetailed } from '../../classifiers/classify.js';
import { packagePath } from '../../classifiers/paths.js';
import type { MessageContext } from '../../classifiers/types.js';
import { corpusTrainingPaths, publicDatasetPath, signalTuningPaths } from '../../src/learning/train-model.js';
import { techniques } from './evasion-techniques.js';

const corpora = [...corpusTrainingPaths, ...signalTuningPaths, packagePath('classifiers', 'data', 'test.jsonl'), publicDatasetPath];

function messages(): Array<{ text: string; context?: MessageContext }> {
  const all: Array<{ text: string; context?: MessageContext }> = [];
  for (const path of corpora) {
    let body: string;
    try {
      body = readFileSync(path, 'utf8');
    } catch {
      continue; // the shared dataset sits beside the repository only in development and CI
    }
    for (const line of body.split('\n')) if (line.trim()) all.push(JSON.parse(line) as { text: string; context?: MessageContext });
  }
  return all;
}

describe('signal gates', () => {
  it('never change a verdict (every corpus message, plain and obfuscated)', () => {
    const all = messages();
    expect(all.length).toBeGreaterThan(2000);
    const mismatches: string[] = [];
    const variants = all.flatMap((m, i) => (i % 10 === 0 ? [m, ...Object.values(techniques).map((apply) => ({ ...m, text: apply(m.text) }))] : [m]));
    for (const { text, context } of variants) {
      const gated = classifyDetailed(text, context).verdict;
      const ungated = classifyDetailed(text, context, undefined, { ungated: true }).verdict;
      if (JSON.stringify(gated) !== JSON.stringify(ungated)) mismatches.push(`${text.slice(0, 80)} | gated ${JSON.stringify(gated.signals.map((s) => s.id))} | ungated ${JSON.stringify(ungated.signals.map((s) => s.id))}`);
    }
    expect(mismatches).toEqual([]);
    // Every message twice, the ungated way running every pattern: minutes on a loaded CI machine, not seconds.
  }, 240_000);
});
