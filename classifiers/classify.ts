/**
 * classify(text, context, config) → Verdict: normalize once, run every signal, add their weights within
 * group caps, add the bounded model contribution, and explain the score with the signals that made it.
 * Pure apart from loading the model file once.
 */
import { loadModel, type TokenModel } from './model.js';
import { normalize } from './normalize.js';
import { TextScanner } from './scan.js';
import { registeredGateWords, type SignalDefinition, type SignalGroup } from './signals/define.js';
import { signals } from './signals/index.js';
import { defaultClassifierConfig, type ClassifierConfig, type Label, type MessageContext, type Signal, type Verdict } from './types.js';
import { combinations, frameDiscounts, groupCaps, modelWeight, signalWeights } from './weights.js';

let scanner: TextScanner | undefined;
/** Built on first use: by then every signal module has registered its gates. */
function currentScanner(): TextScanner {
  if (!scanner) {
    let model: TokenModel;
    try {
      model = loadModel();
    } catch (error) {
      // Only while bootstrapping a first model (`npm run train`) may the file be absent: signals still work.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      model = { version: 1, prior: 0, weights: {}, trainedOn: { scam: 0, legit: 0, sources: [] } };
    }
    scanner = new TextScanner(model, registeredGateWords());
  }
  return scanner;
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
  const { openGates, logOdds, topFeatures } = currentScanner().scan(normalized.text, normalized.original);
  // Gating skips patterns whose words are absent; `ungated` exists to prove that changes nothing.
  const input = { text: normalized.text, original: normalized.original, links: normalized.links, context, config, openGates: options.ungated ? undefined : openGates };

  const fired: Array<{ rule: Rule; evidence: string }> = [];
  for (const rule of contentRules) {
    const evidence = rule.definition.detect(input);
    if (evidence !== undefined) fired.push({ rule, evidence });
  }
  const result = weigh(fired);
  const hasFired = (id: string) => fired.some(({ rule }) => rule.definition.id === id);
  for (const combo of combinations) {
    const present = combo.any.filter(hasFired);
    if (combo.all.every(hasFired) && present.length > 0) {
      result.push({ id: combo.id, weight: combo.weight, evidence: [...combo.all, ...present].join(' + ') });
    }
  }

  const modelContribution = Math.min(modelWeight.max, Math.max(modelWeight.min, logOdds * modelWeight.scale));
  if (Math.abs(modelContribution) >= 0.005) {
    result.push({ id: 'language-model', weight: round(modelContribution), evidence: topFeatures.length ? `words like ${topFeatures.join(', ')}` : 'overall wording' });
  }

  // Evidence for a scam, capped at 1, then each frame removes its fraction of what is left.
  let evidence = 0;
  for (const signal of result) evidence += signal.weight;
  let score = Math.min(1, Math.max(0, evidence));
  if (evidence > 1) result.push({ id: 'score-cap', weight: round(1 - evidence), evidence: 'evidence above 1 is not counted' });
  // Frames only discount what signals found: with no signal fired there is nothing to discount (and most
  // messages skip these detectors).
  if (fired.length > 0) {
    for (const rule of frameRules) {
      const found = rule.definition.detect(input);
      if (found === undefined) continue;
      const discount = score * rule.weight;
      score -= discount;
      result.push({ id: rule.definition.id, weight: -round(discount), evidence: found.slice(0, 200) });
    }
  }
  score = round(score);
  result.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { verdict: { score, label: labelFor(score, config), signals: result }, normalizedText: normalized.text };
}

/** A signal with its weight (or, for frames, its discount) looked up once, not per message. */
interface Rule { definition: SignalDefinition; weight: number; cap: number }
const rules: Rule[] = signals.map((definition) => ({
  definition,
  weight: definition.group === 'frame' ? (frameDiscounts[definition.id] ?? 0) : (signalWeights[definition.id] ?? 0),
  cap: groupCaps[definition.group],
}));
const contentRules = rules.filter((rule) => rule.definition.group !== 'frame');
const frameRules = rules.filter((rule) => rule.definition.group === 'frame');

/** Applies each signal's weight; where a group's total exceeds its cap, its weights shrink proportionally. */
function weigh(fired: ReadonlyArray<{ rule: Rule; evidence: string }>): Signal[] {
  const totals: Partial<Record<SignalGroup, number>> = {};
  for (const { rule } of fired) totals[rule.definition.group] = (totals[rule.definition.group] ?? 0) + Math.abs(rule.weight);
  return fired.map(({ rule, evidence }) => {
    const total = totals[rule.definition.group] ?? 0;
    return { id: rule.definition.id, weight: round(total > rule.cap ? (rule.weight * rule.cap) / total : rule.weight), evidence: evidence.slice(0, 200) };
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
