/**
 * Training: natural tokenizes, stems and trains a Bayes classifier; its counts are exported as a
 * per-token weight table (model.ts). Used by `scam-screener train` and `npm run train`.
 */
import { createRequire } from 'node:module';
import { normalize } from './normalize.js';
import type { TokenModel } from './model.js';
import { isModelToken, tokenize } from './tokens.js';

const require = createRequire(import.meta.url);
// Submodule imports: natural's package root loads database clients and reads .env files.
const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier') as new () => NaturalBayes;
const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer') as { stem(token: string): string };

interface NaturalBayes {
  features: Record<string, number>;
  classifier: { classFeatures: Record<string, Record<number, number>>; classTotals: Record<string, number>; totalExamples: number; smoothing: number };
  addDocument(tokens: string[], label: string): void;
  train(): void;
  classify(text: string | string[]): string;
  getClassifications(text: string | string[]): Array<{ label: string; value: number }>;
}

export interface TrainingDoc { text: string; label: 'scam' | 'legit' }

/** Weights smaller than this are dropped: it keeps the shipped file small without changing decisions. */
const MIN_ABS_WEIGHT = 0.25;

export function surfaceTokens(text: string): string[] {
  return tokenize(normalize(text).text).filter(isModelToken);
}

/** Word pairs carry phrases ("check dm", "recovery expert"); only pairs seen in this many documents are kept. */
const MIN_BIGRAM_DOCUMENTS = 3;

/**
 * Trains natural's Bayes classifier on stems and frequent stem pairs. Returns the surface → stem map for
 * every unigram and pair seen, so the exported table can be keyed by the words as they appear.
 */
export function trainBayes(docs: readonly TrainingDoc[]): { bayes: NaturalBayes; surfaceToStem: Map<string, string> } {
  const surfaceToStem = new Map<string, string>();
  const stemOf = (token: string) => {
    let stem = surfaceToStem.get(token);
    if (stem === undefined) surfaceToStem.set(token, (stem = PorterStemmer.stem(token)));
    return stem;
  };
  const features = docs.map((doc) => {
    const tokens = surfaceTokens(doc.text);
    const stems = tokens.map(stemOf);
    const pairs = tokens.slice(1).map((token, i) => {
      const surface = `${tokens[i]} ${token}`;
      const stem = `${stems[i]} ${stems[i + 1]}`;
      surfaceToStem.set(surface, stem);
      return stem;
    });
    return { stems, pairs: [...new Set(pairs)], label: doc.label };
  });
  const pairDocuments = new Map<string, number>();
  for (const { pairs } of features) for (const pair of pairs) pairDocuments.set(pair, (pairDocuments.get(pair) ?? 0) + 1);

  const bayes = new BayesClassifier();
  for (const { stems, pairs, label } of features) {
    const kept = pairs.filter((pair) => (pairDocuments.get(pair) ?? 0) >= MIN_BIGRAM_DOCUMENTS);
    if (stems.length) bayes.addDocument([...stems, ...kept], label);
  }
  bayes.train();
  return { bayes, surfaceToStem };
}

/** Exports the trained counts as log-likelihood ratios per surface token (the formula natural's Bayes applies). */
export function exportTokenModel(bayes: NaturalBayes, surfaceToStem: Map<string, string>, sources: string[]): TokenModel {
  const { classFeatures, classTotals, smoothing } = bayes.classifier;
  const scam = classFeatures.scam ?? {};
  const legit = classFeatures.legit ?? {};
  const scamTotal = classTotals.scam ?? 1;
  const legitTotal = classTotals.legit ?? 1;
  const stemWeights = new Map<string, number>();
  Object.keys(bayes.features).forEach((stem, index) => {
    const weight = Math.log((scam[index] ?? smoothing) / scamTotal) - Math.log((legit[index] ?? smoothing) / legitTotal);
    if (Math.abs(weight) >= MIN_ABS_WEIGHT) stemWeights.set(stem, Math.round(weight * 1000) / 1000);
  });
  const weights: Record<string, number> = {};
  for (const [surface, stem] of [...surfaceToStem].sort(([a], [b]) => a.localeCompare(b))) {
    const weight = stemWeights.get(stem);
    if (weight !== undefined) weights[surface] = weight;
  }
  return {
    version: 1,
    prior: Math.round(Math.log(scamTotal / legitTotal) * 1000) / 1000,
    weights,
    trainedOn: { scam: scamTotal - 1, legit: legitTotal - 1, sources },
  };
}

export function trainTokenModel(docs: readonly TrainingDoc[], sources: string[]): TokenModel {
  const { bayes, surfaceToStem } = trainBayes(docs);
  return exportTokenModel(bayes, surfaceToStem, sources);
}
