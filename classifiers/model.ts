/**
 * The statistical part of the score. natural's Bayes classifier (see train.ts) builds a feature vector over
 * the whole vocabulary for every message (~1–2k msg/s); its per-token log-likelihood ratios are exported
 * into this compact table instead, which gives the same log-odds for the tokens it knows without the vector (scored by scan.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { packagePath } from './paths.js';

/**
 * Checked in place rather than with z.record, which copies the table entry by entry: on 26,000 weights that
 * copy raised the process's resident memory by ~18 MB that it never gave back.
 */
function isWeightTable(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const weight of Object.values(value)) if (typeof weight !== 'number' || !Number.isFinite(weight)) return false;
  return true;
}

export const tokenModelSchema = z.object({
  version: z.literal(1),
  /** log P(scam) / P(legit) from the training documents. */
  prior: z.number(),
  /** Surface token → log P(token|scam) / P(token|legit) of its stem. */
  weights: z.custom<Record<string, number>>(isWeightTable, 'weights must map each token to a finite number'),
  trainedOn: z.object({ scam: z.number(), legit: z.number(), sources: z.array(z.string()) }),
});
export type TokenModel = z.infer<typeof tokenModelSchema>;

export const shippedModelPath = packagePath('classifiers', 'data', 'model.json');


/** Where `scam-screener train` writes a model retrained with moderators' verdicts. */
export const retrainedModelPath = (): string => process.env.MODEL_PATH ?? './data/model.json';

/** The retrained model (MODEL_PATH, default ./data/model.json) if present, else the shipped one. */
export function loadModel(path = existsSync(retrainedModelPath()) ? retrainedModelPath() : shippedModelPath): TokenModel {
  return tokenModelSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}
