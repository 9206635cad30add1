/**
 * How much each signal adds to the score, and the most one group can add (rspamd's scores.d model):
 * detection lives in signals/, weighting lives here. Tuned on the training split only.
 * One cue alone stays below the flag threshold (0.5) except a direct request for wallet secrets, which
 * flags even against the most legitimate-sounding wording (0.75 against the model's −0.25);
 * two or three strong cues together reach the delete threshold (0.85). Frames (frameDiscounts) then
 * discount the total.
 */
import type { SignalGroup } from './signals/define.js';

export const signalWeights: Readonly<Record<string, number>> = {
  'wallet-secret-request': 0.75,
  'wallet-validation-lure': 0.4,
  'wallet-access-request': 0.45,
  'wallet-action-link': 0.3,
  'urgency-threat': 0.15,
  'maintenance-pretext': 0.25,
  'support-identity': 0.25,
  'testimonial-lure': 0.45,
  'private-help-offer': 0.2,
  'off-platform-contact': 0.3,
  'phone-support-spam': 0.45,
  'fund-recovery-offer': 0.45,
  'known-phishing-domain': 0.6,
  'lookalike-domain': 0.4,
  'masked-link': 0.5,
  'spelled-out-domain': 0.25,
  'link-shortener': 0.15,
  'site-builder-link': 0.2,
  'lure-domain': 0.25,
  'lure-called-real': 0.3,
  'lure-vouched-for': 0.3,
  'new-account': 0.1,
  'first-message': 0.05,
  'reply-to-help-request': 0.15,
  'staff-impersonation': 0.3,
};

/**
 * Frames point the other way. Each removes this fraction of the score built so far, rather than
 * subtracting a fixed amount: a quoted scam carries every cue of the scam, so only a proportional
 * discount keeps "someone DMed me saying '…validate your wallet…' — reported" clean.
 */
export const frameDiscounts: Readonly<Record<string, number>> = {
  'warning-frame': 0.6,
  'question-frame': 0.45,
  'quote-frame': 0.6,
  'quoted-lure': 0.7,
  'code-context': 0.5,
  'social-purpose': 0.5,
  'service-offer': 0.5,
  'staff-author': 0.75,
  'established-member': 0.3,
  'official-link-only': 0.25,
  'community-channel': 0.4,
};

/**
 * How much evidence a warning frame discounts (elsewhere evidence stops at 1). Measured on the long-message set
 * dev24: 18 of its 27 missed scams carried "never share your seed phrase" boilerplate; at 1.5, 10 of them are
 * caught and no legitimate message in any set is flagged (2.0 catches no more).
 */
export const WARNED_EVIDENCE_CAP = 1.5;

/** Caps per group: positive groups add at most this much; the frame group subtracts at most this much. */
export const groupCaps: Readonly<Record<SignalGroup, number>> = {
  request: 0.75,
  pretext: 0.45,
  contact: 0.45,
  recovery: 0.5,
  link: 0.6,
  context: 0.35,
  frame: 0,
};

/**
 * Combinations that are stronger than their parts (rspamd's composite symbols): the classic opening is a
 * redirect — to DMs, a "support" identity, a form or a fresh domain — in reply to someone asking for help.
 */
export const combinations: ReadonlyArray<{ id: string; description: string; weight: number; all: readonly string[]; any: readonly string[] }> = [
  {
    id: 'redirect-in-help-reply',
    description: 'A reply to someone asking for help that sends them to DMs, "support", a form or an unofficial site.',
    weight: 0.3,
    all: ['reply-to-help-request'],
    any: ['off-platform-contact', 'support-identity', 'site-builder-link', 'lure-domain', 'wallet-action-link', 'spelled-out-domain', 'link-shortener', 'masked-link', 'wallet-access-request'],
  },
  {
    id: 'new-account-redirect',
    description: 'A new account or first message that sends people to DMs, "support" or an unofficial site.',
    weight: 0.1,
    all: ['new-account'],
    any: ['off-platform-contact', 'support-identity', 'site-builder-link', 'lure-domain', 'wallet-action-link', 'fund-recovery-offer', 'testimonial-lure'],
  },
  {
    id: 'impostor-called-real',
    description: 'A brand\'s lookalike or a listed phishing host called the real or official site: real warnings name the real domain.',
    weight: 0.3,
    all: ['lure-called-real'],
    any: ['lookalike-domain', 'known-phishing-domain'],
  },
];

/** The statistical model's contribution: its log-odds scaled, then bounded so it can tip but never decide alone. */
export const modelWeight = { scale: 0.1, min: -0.25, max: 0.4 };
