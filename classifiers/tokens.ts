import { MAX_NORMALIZED_CHARS } from './normalize.js';

/** The one tokenizer shared by training, scoring and signal gating, so all three see the same words. */

/** Lowercase words and numbers; a contraction stays one token ("don't", "you'll"). */
export const tokenPattern = /[a-z0-9]+(?:'[a-z]+)?/g;

export function tokenize(normalizedText: string): string[] {
  return normalizedText.match(tokenPattern) ?? [];
}

/**
 * URL scaffolding: every link has it, scam or not, and the link signals judge links. Left in, the model
 * learned "https" as a scam word (most scams carry a link) and scored every legitimate link up.
 */
const URL_SCAFFOLDING = new Set(['http', 'https', 'www', 'com', 'org', 'net', 'io', 'co', 'html', 'htm', 'php']);

/** The tokens the language model reads: no one-letter words, bare numbers or URL scaffolding. */
export function isModelToken(token: string): boolean {
  if (token.length < 2 || URL_SCAFFOLDING.has(token)) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return true;
  }
  return false;
}

/** Marks for what words cannot show: the gates of patterns that look for symbols or scripts. */
export function markersOf(text: string, original: string = text): string[] {
  const markers: string[] = [];
  // eslint-disable-next-line no-control-regex -- "anything outside ASCII" is the point
  if (/[^\x00-\x7f]/.test(text)) markers.push('#non-ascii');
  if (text.includes('@')) markers.push('#at');
  // Any digit as written (fullwidth, mathematical, circled too): leetspeak folding may have turned some into letters.
  // Only the head that normalization examined (entities and percent-escapes can make the original longer).
  if (/[\p{Nd}\u2460-\u24ff\u2070-\u209f\u00b2\u00b3\u00b9]/u.test(original.slice(0, 2 * MAX_NORMALIZED_CHARS))) markers.push('#digits');
  if (text.startsWith('>')) markers.push('#gt');
  if (/["“‘”’']/.test(text)) markers.push('#quote');
  if (text.includes('`') || text.includes('=>')) markers.push('#code');
  return markers;
}
