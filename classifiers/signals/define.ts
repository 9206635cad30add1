/** The shape every signal detector has: a named, documented, pure function returning its evidence. */
import type { ExtractedLink } from '../normalize.js';
import type { ClassifierConfig, MessageContext } from '../types.js';

/** What every detector reads: the message normalized once, its links extracted once. */
export interface SignalInput {
  /** Normalized text (lowercase, homoglyphs folded, obfuscation undone). */
  text: string;
  /** The message as written; for detectors that must see digits before leetspeak folding (phone numbers). */
  original: string;
  links: ExtractedLink[];
  context: MessageContext;
  config: ClassifierConfig;
  /** Which gated patterns may match this message (see `gate`); undefined runs every pattern. */
  openGates?: Uint8Array;
}

export type SignalGroup = 'request' | 'pretext' | 'contact' | 'link' | 'recovery' | 'context' | 'frame';

export interface SignalDefinition {
  /** Stable kebab-case id shown to moderators. */
  id: string;
  /** One line: what it catches. */
  description: string;
  group: SignalGroup;
  /** The words or link that matched, or undefined when the signal does not fire. */
  detect(input: SignalInput): string | undefined;
}

/**
 * Computes `work` once per input: a second call with the same input object returns the remembered result.
 * Classification is synchronous and builds one input per message, so one remembered input is enough —
 * a WeakMap entry per message would cost the garbage collector more than the work it saves.
 */
export function oncePerInput<I extends object, R>(work: (input: I) => R): (input: I) => R {
  let lastInput: I | undefined;
  let lastResult!: R;
  return (input) => {
    if (input !== lastInput) {
      lastResult = work(input);
      lastInput = input;
    }
    return lastResult;
  };
}

/**
 * Keeps each signal file a plain object with a checked type. Its detector runs once per message even when
 * another signal builds on it (private-help-offer asks off-platform-contact and reply-to-help-request).
 */
export const defineSignal = (definition: SignalDefinition): SignalDefinition => ({ ...definition, detect: oncePerInput(definition.detect) });

/**
 * A pattern with the words that must appear in the message for it to have any chance of matching.
 * Speed: most messages contain none of a pattern's words, and one Map lookup per message word decides
 * that for every pattern at once (`TextScanner` in ../scan.ts), instead of running ~150 regexes over every message.
 * The words are tokens as `tokenPattern` splits them ("don't", "you'll" stay whole); markers such as
 * `#non-ascii`, `#cyrillic`, `#at`, `#digits` (see `MARKERS` in scan.ts) stand for what is not a word. An empty list
 * never closes the gate. tests/classifiers/gates.test.ts checks that gating never changes a verdict.
 */
export interface GatedPattern {
  readonly index: number;
  readonly pattern: RegExp;
}

const gateWords: string[][] = [];

export function gate(words: string, pattern: RegExp): GatedPattern {
  gateWords.push(words.split(/\s+/).filter(Boolean));
  return { index: gateWords.length - 1, pattern };
}

/**
 * Spaces, ASCII punctuation, symbols and emoji, as a regex source: what may stand around a message that is nothing but
 * a pointer or a demand ("👋📩 dm ✅", "seed pls 🙏"). Not `\W`, which also counts every letter of other scripts:
 * "やばい、dmで来たリンク…" is a sentence, not a pointer.
 */
export const symbolsOnly = String.raw`(?:[\s!-/:-@[-\`{-~\u2000-\u2bff\ud800-\udfff]|\ufe0f)*`;

/** Every gate's words, by gate index: the scanner (../scan.ts) opens the gates of the words it meets. */
export function registeredGateWords(): readonly (readonly string[])[] {
  return gateWords;
}

/** Whether a gated pattern may match this message: a closed gate proves it cannot (see `gate`). */
export function mayMatch(input: Pick<SignalInput, 'openGates'>, { index }: GatedPattern): boolean {
  return !input.openGates || input.openGates[index] === 1;
}

/** The first match among the patterns whose gate is open, trimmed, as evidence. */
export function firstMatch(input: Pick<SignalInput, 'text' | 'openGates'>, patterns: readonly GatedPattern[]): string | undefined {
  for (const gated of patterns) {
    if (!mayMatch(input, gated)) continue;
    const match = gated.pattern.exec(input.text);
    if (match) return match[0].trim();
  }
  return undefined;
}
