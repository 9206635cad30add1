/**
 * classify(text, context, config) → Verdict: normalize once, run every signal, add their weights within
 * group caps, add the bounded model contribution, and explain the score with the signals that made it.
 * Pure apart from loading the model file once.
 */
import { loadModel, type TokenModel } from './model.js';
import { MAX_NORMALIZED_CHARS, normalize } from './normalize.js';
import { reportsIt, textOutsideQuotes } from './quotes.js';
import { TextScanner } from './scan.js';
import { registeredGateWords, type SignalDefinition, type SignalGroup } from './signals/define.js';
import { signals } from './signals/index.js';
import { defaultClassifierConfig, type ClassifierConfig, type Label, type MessageContext, type Signal, type Verdict } from './types.js';
import { combinations, frameDiscounts, groupCaps, modelWeight, signalWeights, WARNED_EVIDENCE_CAP } from './weights.js';

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

  // Frames only discount what signals found: with no signal fired there is nothing to discount (and most
  // messages skip these detectors).
  const warning = fired.length > 0 ? warningRule.definition.detect(input) : undefined;
  // Evidence for a scam, capped, then each frame removes its fraction of what is left. The cap is 1, or
  // WARNED_EVIDENCE_CAP when a warning frame applies: scammers wrap a strong lure in "never share your seed
  // phrase" boilerplate, and one warning sentence should not erase overwhelming evidence. (The warning's
  // 60 % discount brings even that cap below 1.)
  let evidence = 0;
  for (const signal of result) evidence += signal.weight;
  const cap = warning === undefined ? 1 : WARNED_EVIDENCE_CAP;
  let score = Math.min(cap, Math.max(0, evidence));
  if (evidence > cap) result.push({ id: 'score-cap', weight: round(cap - evidence), evidence: `evidence above ${cap} is not counted` });
  if (fired.length > 0) {
    for (const rule of frameRules) {
      const found = rule === warningRule ? warning : rule.definition.detect(input);
      if (found === undefined) continue;
      const discount = score * rule.weight;
      score -= discount;
      result.push({ id: rule.definition.id, weight: -round(discount), evidence: found.slice(0, 200) });
    }
    // Last: it scans again, which reuses the scanner's gate buffer that `input` holds.
    const quoted = quotedLure(normalized.original, fired, context, config);
    if (quoted) {
      const discount = score * quotedLureDiscount;
      score -= discount;
      result.push({ id: 'quoted-lure', weight: -round(discount), evidence: quoted });
    }
  }
  score = round(Math.min(1, score));
  result.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { verdict: { score, label: labelFor(score, config), signals: result }, normalizedText: normalized.text };
}

/**
 * "another one: 'Lost funds? Federal Crypto Recovery Division can trace your assets' — vultures": every cue
 * that fired sits inside a quoted passage, the words around it report it, and they fire no cue on their own.
 * Context signals (new account, a reply) say nothing about which words are the author's, so they do not
 * count either way.
 */
const quotedLureDiscount = frameDiscounts['quoted-lure'] ?? 0;
function quotedLure(original: string, fired: ReadonlyArray<{ rule: Rule }>, context: MessageContext, config: ClassifierConfig): string | undefined {
  if (!fired.some(({ rule }) => rule.definition.group !== 'context')) return undefined;
  const outside = textOutsideQuotes(original.slice(0, MAX_NORMALIZED_CHARS));
  if (outside === undefined) return undefined;
  const normalized = normalize(outside);
  if (!reportsIt(normalized.text)) return undefined;
  const { openGates } = currentScanner().scan(normalized.text, normalized.original);
  const input = { text: normalized.text, original: normalized.original, links: normalized.links, context, config, openGates };
  const firesOutside = contentRules.some((rule) => rule.definition.group !== 'context' && rule.definition.detect(input) !== undefined);
  return firesOutside ? undefined : 'every cue is inside a quoted passage';
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
const warningRule = frameRules.find((rule) => rule.definition.id === 'warning-frame')!;

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
