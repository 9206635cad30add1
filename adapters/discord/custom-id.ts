/** Review-card button ids: `review:<verb>:<itemId>`, built and parsed only here. */

export const reviewVerbs = ['confirm', 'dismiss'] as const;
export type ReviewVerb = (typeof reviewVerbs)[number];

export function reviewButtonId(verb: ReviewVerb, itemId: string): string {
  return `review:${verb}:${itemId}`;
}

/** The verb and item of a review button, or undefined for any other id (other listeners' namespaces). */
export function parseReviewButtonId(customId: string): { verb: ReviewVerb; itemId: string } | undefined {
  const [namespace, verb, ...rest] = customId.split(':');
  const itemId = rest.join(':');
  if (namespace !== 'review' || !itemId || !reviewVerbs.includes(verb as ReviewVerb)) return undefined;
  return { verb: verb as ReviewVerb, itemId };
}
