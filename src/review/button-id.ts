/**
 * Review-card button ids, shared by the Discord and Slack cards: `review:<verb>:<itemId>`, built and
 * parsed only here. Each listener ignores ids outside its namespace.
 */
import type { DecisionStatus } from '../types.js';

export const reviewVerbs = ['confirm', 'dismiss', 'open'] as const;
export type ReviewVerb = (typeof reviewVerbs)[number];
export type DecidingVerb = Exclude<ReviewVerb, 'open'>;

/** What each deciding button sets on the review item. */
export const statusOfVerb: Record<DecidingVerb, DecisionStatus> = {
  confirm: 'confirmed-scam',
  dismiss: 'false-positive',
};

/** Matches every review button (Bolt's `app.action` takes a pattern). */
export const reviewButtonPattern = /^review:(confirm|dismiss|open):.+$/;

export function reviewButtonId(verb: ReviewVerb, itemId: string): string {
  return `review:${verb}:${itemId}`;
}

/** The verb and item of a review button, or undefined for any other id. */
export function parseReviewButtonId(id: string): { verb: ReviewVerb; itemId: string } | undefined {
  const [namespace, verb, ...rest] = id.split(':');
  const itemId = rest.join(':');
  if (namespace !== 'review' || !itemId || !reviewVerbs.includes(verb as ReviewVerb)) return undefined;
  return { verb: verb as ReviewVerb, itemId };
}
