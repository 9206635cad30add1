/**
 * classify(text, context, config) → Verdict: normalize once, run every signal, add their weights within
 * group caps, add the bounded model contribution, and explain the score with the signals that made it.
 * Pure apart from loading the model file once.
 */
import { loadModel, TokenWeightModel } from './model.js';
import { normalize } from './normalize.js';
import { markersOf, tokenize } from './tokens.js';
import { openGatesFor, type SignalDefinition, type SignalGroup } from './signals/define.js';
import { signals } from './signals/index.js';
import { defaultClassifierConfig, type ClassifierConfig, type Label, type MessageContext, type Signal, type Verdict } from './types.js';
import { combinations, frameDiscounts, groupCaps, modelWeight, signalWeights } from './weights.js';

let model: TokenWeightModel | undefined;
function currentModel(): TokenWeightModel {
  if (!model) {
    try {
      model = loadModel();
    } catch (error) {
      // Only while bootstrapping a first model (`npm run train`) may the file be absent: signals still work.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      model = new TokenWeightModel({ version: 1, prior: 0, weights: {}, trainedOn: { scam: 0, legit: 0, sources: [] } });
    }
  }
  return model;
}

/** Swap the model in use (after `train`, or in tests). */
export function useModel(next: TokenWeightModel): void {
  model = next;
}

export function labelFor(score: number, config: Pick<ClassifierConfig, 'flagThreshold' | 'deleteThreshold'>): Label {
  return score >= config.deleteThreshold ? 'scam' : score >= config.flagThreshold ? 'suspicious' : 'clean';
}

export function classify(text: string, context: MessageContext = {}, config: ClassifierConfig = defaultClassifierConfig): Verdict {
  return classifyDetailed(text, context, config).verdict;
}

/** The verdict plus the normalized text it was computed from (for fingerprints and the dashboard). */
export function classifyDetailed(
  text: string,
  context: MessageContext = {},
  config: ClassifierConfig = defaultClassifierConfig,
  options: { ungated?: boolean } = {},
): { verdict: Verdict; normalizedText: string } {
  const normalized = normalize(typeof text === 'string' ? text : String(text));
  const tokens = tokenize(normalized.text);
  // Gating skips patterns whose words are absent; `ungated` exists to prove that changes nothing.
  const openGates = options.ungated ? undefined : openGatesFor(tokens, markersOf(normalized.text, normalized.original));
  const input = { text: normalized.text, original: normalized.original, links: normalized.links, context, config, openGates };

  const fired: Array<{ definition: SignalDefinition; evidence: string }> = [];
  const frames: Array<{ id: string; evidence: string }> = [];
  for (const definition of signals) {
    const evidence = definition.detect(input);
    if (evidence === undefined) continue;
    if (definition.group === 'frame') frames.push({ id: definition.id, evidence });
    else fired.push({ definition, evidence });
  }
  const result = weigh(fired);
  const firedIds = new Set(result.map((s) => s.id));
  for (const combo of combinations) {
    if (combo.all.every((id) => firedIds.has(id)) && combo.any.some((id) => firedIds.has(id))) {
      result.push({ id: combo.id, weight: combo.weight, evidence: [...combo.all, ...combo.any.filter((id) => firedIds.has(id))].join(' + ') });
    }
  }

  const { logOdds, topTokens } = currentModel().scoreTokens(tokens);
  const modelContribution = Math.min(modelWeight.max, Math.max(modelWeight.min, logOdds * modelWeight.scale));
  if (Math.abs(modelContribution) >= 0.005) {
    result.push({ id: 'language-model', weight: round(modelContribution), evidence: topTokens.length ? `words like ${topTokens.join(', ')}` : 'overall wording' });
  }

  // Evidence for a scam, capped at 1, then each frame removes its fraction of what is left.
  const evidence = result.reduce((sum, s) => sum + s.weight, 0);
  let score = Math.min(1, Math.max(0, evidence));
  if (evidence > 1) result.push({ id: 'score-cap', weight: round(1 - evidence), evidence: 'evidence above 1 is not counted' });
  for (const frame of frames) {
    const discount = score * (frameDiscounts[frame.id] ?? 0);
    score -= discount;
    result.push({ id: frame.id, weight: -round(discount), evidence: frame.evidence.slice(0, 200) });
  }
  score = round(score);
  result.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { verdict: { score, label: labelFor(score, config), signals: result }, normalizedText: normalized.text };
}

/** Applies each signal's weight; where a group's total exceeds its cap, its weights shrink proportionally. */
function weigh(fired: ReadonlyArray<{ definition: SignalDefinition; evidence: string }>): Signal[] {
  const totals = new Map<SignalGroup, number>();
  for (const { definition } of fired) totals.set(definition.group, (totals.get(definition.group) ?? 0) + Math.abs(signalWeights[definition.id] ?? 0));
  return fired.map(({ definition, evidence }) => {
    const weight = signalWeights[definition.id] ?? 0;
    const total = totals.get(definition.group) ?? 0;
    const cap = groupCaps[definition.group];
    return { id: definition.id, weight: round(total > cap ? (weight * cap) / total : weight), evidence: evidence.slice(0, 200) };
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
