/**
 * The fast path. Most messages are plain chat with nothing to undo; one pass over the characters (a table
 * lookup per character, no allocation) tells which of the costlier steps could change anything, and the
 * others are skipped. A hint may fire needlessly (the step then finds nothing); it never misses.
 */

/** Non-ASCII text: homoglyph folding must run. */
export const HINT_NON_ASCII = 1;
/** A letter touches a digit, "@" or "$" ("s33d", "pr1v4te"): leetspeak folding must run. */
export const HINT_LEET = 2;
/** Two one-character tokens separated only by whitespace ("s e"): spaced letters must be joined. */
export const HINT_SPACED_LETTERS = 4;
/** Two one-character tokens separated by one of . - _ * | · • ("s.e"): dotted letters must be joined. */
export const HINT_DOTTED_LETTERS = 8;
/** Control characters, tabs/newlines, Unicode spaces, double or edge spaces: whitespace must be collapsed. */
export const HINT_UNTIDY_SPACE = 16;
/** The word "dot" or a bracketed dot ("[.]", "( . )"): spelled-out domains must be looked for. */
export const HINT_SPELLED_DOMAIN = 32;

// Character classes, as bits.
const LETTER = 1;
const DIGIT = 2;
const SYMBOL = 4; // "@" and "$", leetspeak for a and s
const WHITESPACE = 8; // may stand between spaced letters
const PUNCTUATION = 16; // . - _ * | · •, may stand between dotted letters
const UNTIDY = 32; // control characters and whitespace other than " "
const SPACE = 64; // " "
const MAY_START_DOT = 128; // "d", "D", "[", "(", "{"
const ALNUM = LETTER | DIGIT;
const OTHER_GAP = 256; // in a gap between tokens: something that is neither whitespace nor punctuation
const LEET_KIND = LETTER | DIGIT | SYMBOL;

const ASCII_CLASSES = buildAsciiClasses();

function buildAsciiClasses(): Uint8Array {
  const classes = new Uint8Array(128);
  const set = (chars: string, bits: number): void => {
    for (const ch of chars) classes[ch.charCodeAt(0)] = (classes[ch.charCodeAt(0)] ?? 0) | bits;
  };
  for (let c = 0; c < 128; c++) {
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) classes[c] = LETTER;
    else if (c >= 0x30 && c <= 0x39) classes[c] = DIGIT;
    else if (c < 0x20 || c === 0x7f) classes[c] = UNTIDY;
  }
  set('@$', SYMBOL);
  set('\t\n\v\f\r', WHITESPACE);
  set(' ', WHITESPACE | SPACE);
  set('.-_*|', PUNCTUATION);
  set('dD[({', MAY_START_DOT);
  return classes;
}

/**
 * Non-ASCII (already NFKC, so most Unicode spaces are plain " " by now): · and • are punctuation, the
 * remaining Unicode spaces and C1 controls are untidy whitespace, and anything outside the punctuation/
 * symbol/emoji ranges counts as a letter (a Cyrillic "s е е d" is spaced letters too).
 */
function nonAsciiClass(c: number): number {
  if (c === 0xb7 || c === 0x2022) return PUNCTUATION;
  if (c <= 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || (c >= 0x2028 && c <= 0x2029) || c === 0x202f ||
    c === 0x205f || c === 0x3000) {
    return WHITESPACE | UNTIDY;
  }
  const letter = c >= 0xc0 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xd800 && c <= 0xdfff);
  return letter ? LETTER : 0;
}

/**
 * Words for "dot" in other languages, spoken like " dot " between spaces: "walletsync punto live", "marti-whitelist
 * nokta app", "zhuravl-wl точка app". Link extraction (links.ts) reads the same lists.
 */
export const SPOKEN_DOT_WORDS = 'punto|ponto|nokta|titik|chấm|cham|punkt|точка|punt|kropka|крапка|ドット|จุด|دات|نقطة|نقطه';
/** Bracketed, French "point" too: "(point)", "(punto)", "[titik]". (Spoken, "point" is mostly English: "good point".) */
export const BRACKETED_DOT_WORDS = `point|${SPOKEN_DOT_WORDS}`;
const SPOKEN_DOT_WORD_RE = new RegExp(`^(?:${SPOKEN_DOT_WORDS}) `, 'i');
/** Lowercase for ASCII and Cyrillic capitals, the only scripts of these words. */
const lower = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) ? c + 0x20 : c;
/** Their first two letters ("pu", "po", "no", "ti", "ch", "то"), as one number. */
const SPOKEN_DOT_WORD_STARTS = new Set(SPOKEN_DOT_WORDS.split('|').map((word) => word.charCodeAt(0) * 0x10000 + word.charCodeAt(1)));

/**
 * Is the word of `length` letters that ends at the space at `end` one of the SPOKEN_DOT_WORDS, with a space
 * before it too? Asked only for words of three ("ドット", "จุด") to six ("kropka", "крапка") letters; the regex runs only on a word
 * with the right first two letters.
 */
function spokenDotWordBefore(s: string, end: number, length: number): boolean {
  const start = end - length;
  if (start === 0 || s.charCodeAt(start - 1) !== 0x20) return false;
  return SPOKEN_DOT_WORD_STARTS.has(lower(s.charCodeAt(start)) * 0x10000 + lower(s.charCodeAt(start + 1))) && SPOKEN_DOT_WORD_RE.test(s.slice(start, end + 1));
}
const BRACKETED_DOT_WORD_RE = new RegExp(`^(?:${BRACKETED_DOT_WORDS}) *[\\])}]`, 'i');
/** Their first letters: only a bracket followed by one of these is worth the regex. */
const DOT_WORD_STARTS = new Set(BRACKETED_DOT_WORDS.split('|').map((word) => word.charCodeAt(0)));

/** Is "dot"/"DOT" at i, or a "[", "(" or "{" followed by optional spaces and "." or a word for it? */
function spelledDotAt(s: string, i: number, c: number): boolean {
  if ((c | 0x20) === 0x64) return (s.charCodeAt(i + 1) | 0x20) === 0x6f && (s.charCodeAt(i + 2) | 0x20) === 0x74;
  let j = i + 1;
  while (s.charCodeAt(j) === 0x20) j++;
  const next = s.charCodeAt(j) | 0x20;
  // Only a word starting like one of them is worth the regex: "(see above)" costs one lookup.
  return next === 0x2e || (DOT_WORD_STARTS.has(next) && BRACKETED_DOT_WORD_RE.test(s.slice(j, j + 8)));
}

/** Bit set of HINT_* for `s`. */
export function scanHints(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let hints = s.charCodeAt(0) === 0x20 || s.charCodeAt(n - 1) === 0x20 ? HINT_UNTIDY_SPACE : 0;
  let prev = 0; // class of the previous character
  let tokenLength = 0; // length of the current run of letters/digits
  let prevTokenSingle = false; // the previous run was one character long…
  let gap = 0; // …and these classes (WHITESPACE, PUNCTUATION, or anything else) came since
  let spreadGap = 0; // the gap before the current token, if it followed a one-character token
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let k: number;
    if (c < 0x80) {
      k = ASCII_CLASSES[c] ?? 0;
    } else {
      k = nonAsciiClass(c);
      hints |= HINT_NON_ASCII;
    }
    // Leetspeak: a letter next to a digit or symbol.
    const kind = k & LEET_KIND;
    const prevKind = prev & LEET_KIND;
    if (kind !== 0 && prevKind !== 0 && kind !== prevKind && ((kind | prevKind) & LETTER) !== 0) hints |= HINT_LEET;
    // Spread letters: one-character tokens with only whitespace, or only punctuation, between them.
    if (k & ALNUM) {
      if (tokenLength === 0) spreadGap = prevTokenSingle ? gap : 0;
      tokenLength++;
    } else {
      if (tokenLength > 0) {
        if (tokenLength === 1) hints |= spreadHint(spreadGap);
        else if (tokenLength >= 3 && tokenLength <= 6 && c === 0x20 && spokenDotWordBefore(s, i, tokenLength)) hints |= HINT_SPELLED_DOMAIN;
        prevTokenSingle = tokenLength === 1;
        gap = 0;
        tokenLength = 0;
      }
      const separator = k & (WHITESPACE | PUNCTUATION);
      gap |= separator !== 0 ? separator : OTHER_GAP;
    }
    if (k & UNTIDY || (k & prev & SPACE) !== 0) hints |= HINT_UNTIDY_SPACE;
    if (k & MAY_START_DOT && spelledDotAt(s, i, c)) hints |= HINT_SPELLED_DOMAIN;
    prev = k;
    // Most characters are letters inside words: after one, a further plain letter (not "d", which may
    // start "dot") only lengthens the token, so skip the whole run at once.
    if (k === LETTER) {
      while (i + 1 < n) {
        const next = s.charCodeAt(i + 1);
        if (next >= 0x80 || ASCII_CLASSES[next] !== LETTER) break;
        i++;
        tokenLength++;
      }
    }
  }
  if (tokenLength === 1) hints |= spreadHint(spreadGap);
  return hints;
}

/** The hint for a one-character token that followed another across `gap`. */
function spreadHint(gap: number): number {
  if (gap === WHITESPACE) return HINT_SPACED_LETTERS;
  if (gap === PUNCTUATION) return HINT_DOTTED_LETTERS;
  return 0;
}
