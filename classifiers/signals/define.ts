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

/** Identity helper: keeps each signal file a plain object while giving it a checked type. */
export const defineSignal = (definition: SignalDefinition): SignalDefinition => definition;

/** The first match of any pattern, trimmed, as evidence. */
export function firstMatch(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return undefined;
}
