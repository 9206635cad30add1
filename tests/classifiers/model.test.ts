import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModel, shippedModelPath } from '../../classifiers/model.js';

const dir = mkdtempSync(join(tmpdir(), 'scam-screener-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function modelFile(weights: unknown): string {
  const path = join(dir, `model-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify({ version: 1, prior: -0.1, weights, trainedOn: { scam: 1, legit: 1, sources: [] } }));
  return path;
}

describe('loadModel', () => {
  it('loads the shipped model with every weight a number', () => {
    const weights = Object.values(loadModel(shippedModelPath).weights);
    expect(weights.length).toBeGreaterThan(1000);
    expect(weights.every((w) => typeof w === 'number' && Number.isFinite(w))).toBe(true);
  });

  it.each([
    ['a weight that is not a number', { seed: '0.8' }],
    ['a weight that is null', { seed: null }],
    ['weights that are a list', [0.8]],
  ])('rejects %s, naming the field', (_what, weights) => {
    expect(() => loadModel(modelFile(weights))).toThrow(/weights/);
  });
});
