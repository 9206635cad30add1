/**
 * The statistical part of the score. natural's Bayes classifier (see train.ts) builds a feature vector over
 * the whole vocabulary for every message (~1–2k msg/s); its per-token log-likelihood ratios are exported
 * into this compact table instead, which gives the same log-odds for the tokens it knows at ≥100k msg/s.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isModelToken, tokenize } from './tokens.js';

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


/**
 * A word's weight, and the weights of the pairs it starts ("check" → "dm"), so pairs need no string
 * building. Every entry has every field, so the hot loop sees one object shape.
 */
interface Entry { feature: string; weight: number; seenInMessage: number; pairs: Map<string, Entry> | undefined }

export class TokenWeightModel {
  private readonly entries = new Map<string, Entry>();
  /** Marks entries already counted in the current message: binary presence, as natural's Bayes counts. */
  private messageNumber = 0;

  constructor(readonly model: TokenModel) {
    const entry = (token: string) => {
      let found = this.entries.get(token);
      if (!found) this.entries.set(token, (found = { feature: token, weight: 0, seenInMessage: -1, pairs: undefined }));
      return found;
    };
    for (const [feature, weight] of Object.entries(model.weights)) {
      const space = feature.indexOf(' ');
      if (space < 0) {
        entry(feature).weight = weight;
        continue;
      }
      const first = entry(feature.slice(0, space));
      (first.pairs ??= new Map()).set(feature.slice(space + 1), { feature, weight, seenInMessage: -1, pairs: undefined });
    }
  }

  /** Log-odds that the normalized text is a scam, and the tokens that pushed it most towards scam. */
  score(normalizedText: string): { logOdds: number; topTokens: string[] } {
    return this.scoreTokens(tokenize(normalizedText));
  }

  scoreTokens(tokens: readonly string[]): { logOdds: number; topTokens: string[] } {
    const message = ++this.messageNumber;
    let logOdds = this.model.prior;
    // The two features that pushed most towards scam (for the explanation), tracked without allocating.
    let best: Entry | undefined;
    let second: Entry | undefined;
    let previous: Entry | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      // Same filter as training's surfaceTokens.
      if (!isModelToken(token)) continue;
      const word = this.entries.get(token);
      // The pair this word closes ("check" + "dm"), then the word itself.
      const pair = previous === undefined || previous.pairs === undefined ? undefined : previous.pairs.get(token);
      for (let k = 0; k < 2; k++) {
        const entry = k === 0 ? pair : word;
        if (entry === undefined || entry.weight === 0 || entry.seenInMessage === message) continue;
        entry.seenInMessage = message;
        logOdds += entry.weight;
        if (best === undefined || entry.weight > best.weight) {
          second = best;
          best = entry;
        } else if (second === undefined || entry.weight > second.weight) {
          second = entry;
        }
      }
      previous = word;
    }
    const topTokens: string[] = [];
    if (best && best.weight > 0) topTokens.push(best.feature);
    if (second && second.weight > 0) topTokens.push(second.feature);
    return { logOdds, topTokens };
  }


}

/** Where `scam-screener train` writes a model retrained with moderators' verdicts. */
export const retrainedModelPath = (): string => process.env.MODEL_PATH ?? './data/model.json';

/** The retrained model (MODEL_PATH, default ./data/model.json) if present, else the shipped one. */
export function loadModel(path = existsSync(retrainedModelPath()) ? retrainedModelPath() : shippedModelPath): TokenWeightModel {
  return new TokenWeightModel(tokenModelSchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
}
