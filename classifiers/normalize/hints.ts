/**
 * The fast path. Most messages are plain ASCII chat with nothing to undo; one pass over the characters
 * (plain charCodeAt, no allocation) tells which of the costlier steps could change anything, and the
 * others are skipped. A hint may fire needlessly (the step then finds nothing); it never misses.
 */

/** Non-ASCII text: homoglyph folding must run (and whitespace tidying: Unicode has many spaces). */
export const HINT_NON_ASCII = 1;
/** A letter touches a digit, "@" or "$" ("s33d", "pr1v4te"): leetspeak folding must run. */
export const HINT_LEET = 2;
/** Two one-character tokens separated only by spaces or one of . - _ * | · • ("s e", "s.e"). */
export const HINT_SPREAD_LETTERS = 4;
/** Control characters, tabs/newlines, double or edge spaces: whitespace must be collapsed. */
export const HINT_UNTIDY_SPACE = 8;
/** The word "dot" or a bracketed dot ("[.]", "( . )"): spelled-out domains must be looked for. */
export const HINT_SPELLED_DOMAIN = 16;

/** ASCII letters, and non-ASCII characters outside the punctuation/symbol/emoji ranges (roughly: letters). */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xd800 && c <= 0xdfff);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Characters allowed between spread letters: whitespace and . - _ * | · • */
function isSpreadSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2a || c === 0x7c || (c >= 0x09 && c <= 0x0d) ||
    c === 0xb7 || c === 0x2022 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Is "dot"/"DOT" at i, or a "[", "(" or "{" followed by optional spaces and "."? */
function spelledDotAt(s: string, i: number, c: number): boolean {
  if ((c | 0x20) === 0x64) return (s.charCodeAt(i + 1) | 0x20) === 0x6f && (s.charCodeAt(i + 2) | 0x20) === 0x74;
  if (c !== 0x5b && c !== 0x28 && c !== 0x7b) return false;
  let j = i + 1;
  while (s.charCodeAt(j) === 0x20) j++;
  return s.charCodeAt(j) === 0x2e;
}

/** Bit set of HINT_* for `s`. Non-ASCII letters count as letters (a Cyrillic "s е е d" is spread too). */
export function scanHints(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let hints = s.charCodeAt(0) === 0x20 || s.charCodeAt(n - 1) === 0x20 ? HINT_UNTIDY_SPACE : 0;
  let prevKind = 0; // 0: other, 1: letter, 2: digit/@/$
  let tokenLength = 0; // length of the current run of letters/digits
  let prevTokenSingle = false; // the previous run was one character long…
  let gapClean = false; // …and only spread separators came since
  let spreadCandidate = false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) hints |= HINT_NON_ASCII | HINT_UNTIDY_SPACE;
    const letter = isLetter(c);
    const alnum = letter || isDigit(c);
    const kind = letter ? 1 : alnum || c === 0x40 || c === 0x24 ? 2 : 0;
    if (kind !== 0 && prevKind !== 0 && kind !== prevKind) hints |= HINT_LEET;
    prevKind = kind;
    if (alnum) {
      if (tokenLength === 0) spreadCandidate = prevTokenSingle && gapClean;
      tokenLength++;
      if (tokenLength > 1) spreadCandidate = false;
    } else {
      if (tokenLength > 0) {
        if (spreadCandidate) hints |= HINT_SPREAD_LETTERS;
        prevTokenSingle = tokenLength === 1;
        gapClean = true;
        tokenLength = 0;
      }
      if (!isSpreadSeparator(c)) gapClean = false;
      if (c < 0x20 || c === 0x7f || (c === 0x20 && prev === 0x20)) hints |= HINT_UNTIDY_SPACE;
    }
    if ((c === 0x64 || c === 0x44 || c === 0x5b || c === 0x28 || c === 0x7b) && spelledDotAt(s, i, c)) hints |= HINT_SPELLED_DOMAIN;
    prev = c;
  }
  if (tokenLength === 1 && spreadCandidate) hints |= HINT_SPREAD_LETTERS;
  return hints;
}
