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
export const URL_SCAFFOLDING: ReadonlySet<string> = new Set(['http', 'https', 'www', 'com', 'org', 'net', 'io', 'co', 'html', 'htm', 'php']);

/** The tokens the language model reads: no one-letter words, bare numbers or URL scaffolding. */
export function isModelToken(token: string): boolean {
  if (token.length < 2 || URL_SCAFFOLDING.has(token)) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return true;
  }
  return false;
}
