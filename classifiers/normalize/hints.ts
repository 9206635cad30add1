/**
 * The fast path. Most messages are plain chat with nothing to undo; one pass over the characters (a table
 * lookup per character, no allocation) tells which of the costlier steps could change anything, and the
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

// Character classes, as bits.
const LETTER = 1;
const DIGIT = 2;
const SYMBOL = 4; // "@" and "$", leetspeak for a and s
const SEPARATOR = 8; // what may stand between spread letters: whitespace . - _ * | · •
const UNTIDY = 16; // control characters and whitespace other than " "
const SPACE = 32; // " "
const MAY_START_DOT = 64; // "d", "D", "[", "(", "{"
const ALNUM = LETTER | DIGIT;
const LEET_KIND = LETTER | DIGIT | SYMBOL;

const ASCII_CLASSES = buildAsciiClasses();

function buildAsciiClasses(): Uint8Array {
  const classes = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) classes[c] = LETTER;
    else if (c >= 0x30 && c <= 0x39) classes[c] = DIGIT;
    else if (c < 0x20 || c === 0x7f) classes[c] = UNTIDY;
  }
  for (const ch of '@$') classes[ch.charCodeAt(0)] = SYMBOL;
  for (const ch of '\t\n\v\f\r') classes[ch.charCodeAt(0)] = UNTIDY | SEPARATOR;
  for (const ch of '.-_*|') classes[ch.charCodeAt(0)] = SEPARATOR;
  classes[0x20] = SPACE | SEPARATOR;
  for (const ch of 'dD[({') classes[ch.charCodeAt(0)] = (classes[ch.charCodeAt(0)] ?? 0) | MAY_START_DOT;
  return classes;
}

/**
 * Non-ASCII: a rough "letter" for anything outside the punctuation/symbol/emoji/space ranges (a Cyrillic
 * "s е е d" is spread too), a separator for · • and Unicode spaces. Everything non-ASCII is UNTIDY:
 * Unicode has spaces the collapse step must see.
 */
function nonAsciiClass(c: number): number {
  if (c === 0xb7 || c === 0x2022 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return SEPARATOR | UNTIDY;
  const letter = c >= 0xc0 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xd800 && c <= 0xdfff);
  return letter ? LETTER | UNTIDY : UNTIDY;
}

/** Is "dot"/"DOT" at i, or a "[", "(" or "{" followed by optional spaces and "."? */
function spelledDotAt(s: string, i: number, c: number): boolean {
  if ((c | 0x20) === 0x64) return (s.charCodeAt(i + 1) | 0x20) === 0x6f && (s.charCodeAt(i + 2) | 0x20) === 0x74;
  let j = i + 1;
  while (s.charCodeAt(j) === 0x20) j++;
  return s.charCodeAt(j) === 0x2e;
}

/** Bit set of HINT_* for `s`. */
export function scanHints(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let hints = s.charCodeAt(0) === 0x20 || s.charCodeAt(n - 1) === 0x20 ? HINT_UNTIDY_SPACE : 0;
  let prev = 0; // class of the previous character
  let tokenLength = 0; // length of the current run of letters/digits
  let prevTokenSingle = false; // the previous run was one character long…
  let gapClean = false; // …and only separators came since
  let spreadCandidate = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const k = c < 0x80 ? (ASCII_CLASSES[c] ?? 0) : nonAsciiClass(c);
    if (c >= 0x80) hints |= HINT_NON_ASCII;
    // Leetspeak: a letter next to a digit or symbol.
    const kind = k & LEET_KIND;
    const prevKind = prev & LEET_KIND;
    if (kind !== 0 && prevKind !== 0 && kind !== prevKind && ((kind | prevKind) & LETTER) !== 0) hints |= HINT_LEET;
    // Spread letters: single-character tokens with only separators between them.
    if (k & ALNUM) {
      if (tokenLength === 0) spreadCandidate = prevTokenSingle && gapClean;
      tokenLength++;
    } else {
      if (tokenLength > 0) {
        if (tokenLength === 1 && spreadCandidate) hints |= HINT_SPREAD_LETTERS;
        prevTokenSingle = tokenLength === 1;
        gapClean = true;
        tokenLength = 0;
      }
      if (!(k & SEPARATOR)) gapClean = false;
    }
    if (k & UNTIDY || (k & prev & SPACE) !== 0) hints |= HINT_UNTIDY_SPACE;
    if (k & MAY_START_DOT && spelledDotAt(s, i, c)) hints |= HINT_SPELLED_DOMAIN;
    prev = k;
  }
  if (tokenLength === 1 && spreadCandidate) hints |= HINT_SPREAD_LETTERS;
  return hints;
}
