/**
 * The one-pass scanner against the plain way of doing the same: split with tokenPattern, look every token
 * up in Maps, open the gates of the words and markers found, sum each model feature once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel, shippedModelPath, type TokenModel } from '../../classifiers/model.js';
import { normalize } from '../../classifiers/normalize.js';
import { TextScanner } from '../../classifiers/scan.js';
import { registeredGateWords } from '../../classifiers/signals/define.js';
import '../../classifiers/signals/index.js';
import { isModelToken, tokenize } from '../../classifiers/tokens.js';

function reference(model: TokenModel, gateWords: readonly (readonly string[])[], text: string, original: string) {
  const tokens = tokenize(text);
  const markers = new Set<string>();
  if ([...text].some((ch) => ch.codePointAt(0)! > 0x7f)) markers.add('#non-ascii');
  if (text.includes('@')) markers.add('#at');
  if (/[0-9]/.test(text) || /[\p{Nd}\u2460-\u24ff\u2070-\u209f\u00b2\u00b3\u00b9]/u.test(original.slice(0, 8000))) markers.add('#digits');
  if (/["“‘”’']/.test(text)) markers.add('#quote');
  if (text.includes('`') || text.includes('=>')) markers.add('#code');
  if (/[\u0400-\u052f]/.test(text)) markers.add('#cyrillic');
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) markers.add('#cjk');
  const present = new Set([...tokens, ...markers]);
  const openGates = gateWords.map((words) => (words.length === 0 || words.some((w) => present.has(w)) ? 1 : 0));

  const modelTokens = tokens.filter(isModelToken);
  const features = new Set<string>();
  modelTokens.forEach((token, i) => {
    if (i > 0) features.add(`${modelTokens[i - 1]} ${token}`);
    features.add(token);
  });
  let logOdds = model.prior;
  for (const feature of features) logOdds += model.weights[feature] ?? 0;
  return { openGates, logOdds };
}

const corpus = ['train.jsonl', 'dev.jsonl', 'test.jsonl'].flatMap((name) =>
  readFileSync(join(import.meta.dirname, '../../classifiers/data', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text),
);

describe('TextScanner', () => {
  const model = loadModel(shippedModelPath);
  const gateWords = registeredGateWords();
  const scanner = new TextScanner(model, gateWords);

  function expectSame(text: string, original = text): void {
    const got = scanner.scan(text, original);
    const want = reference(model, gateWords, text, original);
    expect([...got.openGates], text).toEqual(want.openGates);
    expect(got.logOdds, text).toBeCloseTo(want.logOdds, 9);
  }

  it('opens the same gates and sums the same weights as the plain implementation on every corpus message', () => {
    expect(corpus.length).toBeGreaterThan(1500);
    for (const text of corpus) expectSame(normalize(text).text, text);
  });

  it('agrees on arbitrary text: contractions, quotes, digits, markers, non-ASCII', () => {
    const pieces = fc.constantFrom("don't", "you'll", "it'", "'s", 'seed', 'phrase', 'check dm', '12', '3rd', 'https', 'a', ' ', '@', '>', '=>', '`', '“', 'é', 'з', '钱包', 'ё', '\n', "'", 'dm me');
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 30 }), (parts) => expectSame(parts.join(''))), { numRuns: 500 });
  });

  it('explains with the strongest scam features, each counted once however often it appears', () => {
    const once = 'kindly contact whatsapp or telegram';
    const { logOdds, topFeatures } = scanner.scan(`${once} ${once} ${once}`, '');
    // Repeating adds only the pair that joins the copies ("telegram kindly").
    expect(logOdds).toBeCloseTo(reference(model, gateWords, `${once} ${once}`, '').logOdds, 9);
    const words = once.split(' ');
    const features = [...words, ...words.slice(1).map((word, i) => `${words[i]} ${word}`)];
    const strongest = features.filter((f) => (model.weights[f] ?? 0) > 0).sort((a, b) => model.weights[b]! - model.weights[a]!).slice(0, 2);
    expect(strongest).toHaveLength(2);
    expect(topFeatures).toEqual(strongest);
  });
});
