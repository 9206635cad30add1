/** Review-card button ids: `review:<verb>:<itemId>`, built and parsed only here. */
import type { DecisionStatus } from '../../src/types.js';

export const reviewVerbs = ['confirm', 'clear', 'open'] as const;
export type ReviewVerb = (typeof reviewVerbs)[number];

/** What each deciding verb sets on the review item. */
export const statusOfVerb: Record<Exclude<ReviewVerb, 'open'>, DecisionStatus> = {
  confirm: 'confirmed-scam',
  clear: 'false-positive',
};

/** Matches every review button, for Bolt's `app.action`. */
export const reviewActionPattern = /^review:(confirm|clear|open):.+$/;

export function reviewActionId(verb: ReviewVerb, itemId: string): string {
  return `review:${verb}:${itemId}`;
}

export function parseReviewActionId(id: string): { verb: ReviewVerb; itemId: string } | undefined {
  const [namespace, verb, ...rest] = id.split(':');
  const itemId = rest.join(':');
  if (namespace !== 'review' || !itemId || !reviewVerbs.includes(verb as ReviewVerb)) return undefined;
  return { verb: verb as ReviewVerb, itemId };
}
