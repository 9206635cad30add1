import { describe, expect, it } from 'vitest';
import { warmUpClassifier } from '../src/warm-up.js';

describe('warmUpClassifier', () => {
  it('classifies the shipped corpus once per process', () => {
    expect(warmUpClassifier()).toBeGreaterThan(900);
    expect(warmUpClassifier()).toBe(0);
  });
});
