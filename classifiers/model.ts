/**
 * The statistical part of the score. natural's Bayes classifier (see train.ts) builds a feature vector over
 * the whole vocabulary for every message (~1–2k msg/s); its per-token log-likelihood ratios are exported
 * into this compact table instead, which gives the same log-odds for the tokens it knows at ≥100k msg/s.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const tokenModelSchema = z.object({
  version: z.literal(1),
  /** log P(scam) / P(legit) from the training documents. */
  prior: z.number(),
  /** Surface token → log P(token|scam) / P(token|legit) of its stem. */
  weights: z.record(z.string(), z.number()),
  trainedOn: z.object({ scam: z.number(), legit: z.number(), sources: z.array(z.string()) }),
});
export type TokenModel = z.infer<typeof tokenModelSchema>;

export const shippedModelPath = fileURLToPath(new URL('./data/model.json', import.meta.url));

/** The tokenizer shared by training and scoring, so both see the same surface tokens. */
export const tokenPattern = /[a-z0-9]+(?:'[a-z]+)?/g;

interface Entry { weight: number; seenInMessage: number }

export class TokenWeightModel {
  private readonly entries = new Map<string, Entry>();
  /** Marks entries already counted in the current message: binary presence, as natural's Bayes counts. */
  private messageNumber = 0;

  constructor(readonly model: TokenModel) {
    for (const [token, weight] of Object.entries(model.weights)) this.entries.set(token, { weight, seenInMessage: -1 });
  }

  /** Log-odds that the normalized text is a scam, and the tokens that pushed it most towards scam. */
  score(normalizedText: string): { logOdds: number; topTokens: string[] } {
    const message = ++this.messageNumber;
    let logOdds = this.model.prior;
    let best = '';
    let bestWeight = 0;
    let second = '';
    let secondWeight = 0;
    let previous = '';
    tokenPattern.lastIndex = 0;
    for (let match = tokenPattern.exec(normalizedText); match; match = tokenPattern.exec(normalizedText)) {
      const token = match[0];
      // Same filter as training's surfaceTokens: no one-letter words, no bare numbers.
      if (token.length < 2 || (token.charCodeAt(0) <= 57 && /^\d+$/.test(token))) continue;
      // Each word, then the pair it forms with the word before it.
      for (const feature of previous ? [token, `${previous} ${token}`] : [token]) {
        const entry = this.entries.get(feature);
        if (!entry || entry.seenInMessage === message) continue;
        entry.seenInMessage = message;
        logOdds += entry.weight;
        if (entry.weight > bestWeight) {
          second = best; secondWeight = bestWeight;
          best = feature; bestWeight = entry.weight;
        } else if (entry.weight > secondWeight) {
          second = feature; secondWeight = entry.weight;
        }
      }
      previous = token;
    }
    return { logOdds, topTokens: [best, second].filter(Boolean) };
  }
}

/** Where `scam-screener train` writes a model retrained with moderators' verdicts. */
export const retrainedModelPath = (): string => process.env.MODEL_PATH ?? './data/model.json';

/** The retrained model (MODEL_PATH, default ./data/model.json) if present, else the shipped one. */
export function loadModel(path = existsSync(retrainedModelPath()) ? retrainedModelPath() : shippedModelPath): TokenWeightModel {
  return new TokenWeightModel(tokenModelSchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
}
