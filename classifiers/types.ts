/** The classifier's vocabulary: plain data, no platform types, no I/O. */

/** What the adapters know about a message beyond its text. Every field is optional: absent means unknown. */
export interface MessageContext {
  /** Days since the author's platform account was created. */
  accountAgeDays?: number;
  /** Days since the author joined this community. */
  memberAgeDays?: number;
  /** True when this is the author's first message seen in the community. */
  isFirstMessage?: boolean;
  /** Text of the message this one replies to (or the thread parent). */
  replyToText?: string;
  /** The author's display name, compared against the community's staff names. */
  authorDisplayName?: string;
  /** True when the author holds a staff/moderator role: their announcements are not scams. */
  authorIsStaff?: boolean;
}

/** The per-community settings the classifier reads. */
export interface ClassifierConfig {
  /** score ≥ flagThreshold → "suspicious". */
  flagThreshold: number;
  /** score ≥ deleteThreshold → "scam". */
  deleteThreshold: number;
  /** The community's own domains (e.g. "uniswap.org"): links to them never count as risky. */
  officialDomains: string[];
  /** Display names of the community's staff, for impersonation checks. */
  staffNames: string[];
  /** Accounts or memberships younger than this many days count as new. */
  newAccountDays: number;
}

export const defaultClassifierConfig: ClassifierConfig = {
  flagThreshold: 0.5,
  deleteThreshold: 0.85,
  officialDomains: [],
  staffNames: [],
  newAccountDays: 7,
};

/** One fired signal: a stable kebab-case id, its weight in the score, and the text or link it matched. */
export interface Signal {
  id: string;
  weight: number;
  evidence: string;
}

export type Label = 'scam' | 'suspicious' | 'clean';

export interface Verdict {
  /** 0..1 */
  score: number;
  label: Label;
  /** The signals that fired, strongest first. */
  signals: Signal[];
}
