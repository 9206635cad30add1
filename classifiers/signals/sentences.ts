const SENTENCE_END = /[.!?]\s/g;

/**
 * The sentence of `text` that holds [from, to), and the `following` sentences after it: bounded by ". ", "! "
 * or "? " (a host's own dots have no space after them).
 */
export function sentenceAround(text: string, from: number, to: number, following = 0): string {
  let start = 0;
  let more = following;
  SENTENCE_END.lastIndex = 0;
  for (let end = SENTENCE_END.exec(text); end; end = SENTENCE_END.exec(text)) {
    if (end.index >= to && more-- === 0) return text.slice(start, end.index);
    if (end.index < from) start = end.index + 1;
  }
  return text.slice(start);
}
