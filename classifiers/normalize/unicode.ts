/**
 * Unicode tricks: invisible characters, compatibility forms and homoglyphs from other scripts.
 * Everything here runs only on messages that contain non-ASCII text (the fast path skips it).
 */
import { confusablesMap } from 'confusables';

const NON_ASCII_RE = /[^\0-\x7f]/;

/** True when the string has any character outside ASCII, i.e. the Unicode steps can change it. */
export function hasNonAscii(s: string): boolean {
  return NON_ASCII_RE.test(s);
}

/**
 * Characters that render as nothing but split words for a filter ("se\u200bed"), or reorder text for the
 * eye only (bidi controls). Zero-width space/joiners, word joiner and invisible operators, BOM, soft hyphen,
 * combining grapheme joiner, Mongolian vowel separator and variation selectors, bidi marks/embeddings/
 * isolates, the Hangul fillers used as "blank" Discord names, emoji variation selectors, and the Unicode
 * tag block (invisible "ASCII smuggling").
 */
// eslint-disable-next-line no-misleading-character-class -- these joiners/selectors are matched one by one, on purpose
const INVISIBLE_RE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;

export function stripInvisibles(s: string): string {
  return s.replace(INVISIBLE_RE, '');
}

/**
 * NFKC folds compatibility forms to their plain letters: fullwidth "ｍｅｔａ", math alphanumerics "𝐦𝐞𝐭𝐚",
 * ligatures "ﬁ", circled/superscript digits, Unicode spaces. It accepts lone surrogates without throwing.
 * The ideographic full stop "。" (what NFKC leaves of "｡" too) is a domain dot for IDNA and so for every
 * browser: "metamask。io" opens metamask.io, so it becomes ".".
 */
export function toNfkc(s: string): string {
  const nfkc = s.normalize('NFKC');
  return nfkc.includes('\u3002') ? nfkc.replaceAll('\u3002', '.') : nfkc;
}

// ---------------------------------------------------------------------------------------------------------
// Homoglyph folding. A mixed-script word is folded toward the script it is really written in:
//  - "Меtа\u200bMаsk" (Cyrillic М, е, а inside English) → Latin "MetaMask", so brand/keyword detectors match;
//  - "Cpeдний дoxoд" (Latin C, p, e, o, x inside Russian, a common Telegram spam trick) → Cyrillic, so the
//    Russian text stays Russian instead of being turned into Latin gibberish.
// Pure-Cyrillic/Greek words are left alone unless the message is mostly Latin and the word is made only of
// Latin lookalikes ("РАУРАL"-style whole-script spoofs); ordinary Russian or Greek text survives intact.
// ---------------------------------------------------------------------------------------------------------

// Words are runs of BMP letters/digits/marks (see isWordUnit), so inside a word every UTF-16 unit is a whole
// character and the tables below are keyed by char code. (Astral lookalikes — math alphanumerics,
// enclosed letters — were already turned into ASCII by NFKC.)

/**
 * Non-ASCII character → ASCII lookalike, from the `confusables` package (3,000+ entries: Cyrillic, Greek,
 * Cherokee, accented Latin…), with a few corrections where its choice is visually wrong for our purpose.
 */
const TO_LATIN = buildLatinFold();

function buildLatinFold(): Map<number, string> {
  const map = new Map<number, string>();
  for (const [glyph, base] of confusablesMap) {
    // The package also lists ASCII (" ", "1", "|"): ASCII is never rewritten here (leetspeak is separate).
    const code = glyph.charCodeAt(0);
    if (glyph.length === 1 && code >= 0x80) map.set(code, base);
  }
  const corrections: Array<[string, string]> = [['ß', 'ss'], ['ẞ', 'SS'], ['ι', 'i'], ['Ι', 'I'], ['ı', 'i']];
  for (const [glyph, base] of corrections) map.set(glyph.charCodeAt(0), base);
  return map;
}

const byCode = (pairs: string): Map<number, string> => {
  const map = new Map<number, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs.charCodeAt(i), pairs.charAt(i + 1));
  return map;
};

/** Latin (and Greek, and a few exotic) letters used to fake Cyrillic ones in Russian spam, as pairs. */
const TO_CYRILLIC = byCode(
  'AАaаBВbьCСcсEЕeеHНKКkкMМmмOОoоPРpрTТtтXХxхYУyуuиnпrгƃб3З0О6б' +
    'αаοоεеρрτтκкχхπпΑАΒВΕЕΗНΚКΜМΟОΡРΤТΧХΥУΠПᎩУՓфⲃв',
);

/** Cyrillic and Greek letters that pass for Latin ones: a word using only these is not "really" Cyrillic. */
const CYRILLIC_GREEK_LOOKING_LATIN = new Set(
  Array.from('аеорсухіјѕһԁԛԝӏАВЕКМНОРСТХУІЈЅԚԜӀαοερτκνιυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', (ch) => ch.charCodeAt(0)),
);

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

function isCyrillicOrGreek(c: number): boolean {
  return (c >= 0x370 && c <= 0x52f) || (c >= 0x1f00 && c <= 0x1fff);
}

/**
 * Rough count of letters in any non-Latin script, to tell a Russian (or Chinese, Arabic…) message from an
 * English one with a few foreign letters. Counts UTF-16 units with plain range checks: no allocation.
 */
export function isMostlyLatin(s: string): boolean {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if (isLatinLetter(c)) {
      latin++;
    } else if (c >= 0x370 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xd800 && c <= 0xdfff) &&
      !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe00 && c <= 0xfe0f)) {
      other++;
    }
  }
  return latin >= other;
}

// Unicode properties of BMP code units, memoized: the property regexes run once per distinct character.
const UNIT_KNOWN = 1;
const UNIT_WORD = 2; // letter, digit or combining mark
const UNIT_MARK = 4; // combining mark
const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}]$/u;
const MARK_CHAR_RE = /^\p{M}$/u;
const unitFlags = new Uint8Array(0x10000);

function flagsOf(c: number): number {
  let flags = unitFlags[c] ?? 0;
  if (flags === 0) {
    const ch = String.fromCharCode(c);
    flags = UNIT_KNOWN | (WORD_CHAR_RE.test(ch) ? UNIT_WORD : 0) | (MARK_CHAR_RE.test(ch) ? UNIT_MARK : 0);
    unitFlags[c] = flags;
  }
  return flags;
}

/** Letters, digits and marks of the BMP. Surrogates (emoji, rare astral letters) end a word. */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return (flagsOf(c) & UNIT_WORD) !== 0;
}

/** JavaScript's \s, by UTF-16 code unit (no regex, no allocation). */
export function isSpaceUnit(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Rewrite the characters (from code `minCode` up) that `replace` has an answer for; copy the rest in slices. */
function rewriteChars(word: string, minCode: number, replace: (c: number) => string | undefined): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < minCode) continue;
    const replacement = replace(c);
    if (replacement === undefined) continue;
    out += word.slice(copied, i) + replacement;
    copied = i + 1;
  }
  return copied === 0 ? word : out + word.slice(copied);
}

const latinLookalike = (c: number): string | undefined => (flagsOf(c) & UNIT_MARK ? '' : TO_LATIN.get(c));

/** Every character to its ASCII lookalike, combining marks dropped ("fü̸ck" / "Меtа" → "fuck" / "Meta"). */
function foldWordToLatin(word: string): string {
  return rewriteChars(word, 0x80, latinLookalike);
}

/** Latin/Greek lookalikes to Cyrillic; other scripts first through their Latin lookalike ("Ⲭ" → "X" → "Х"). */
const cyrillicLookalike = (c: number): string | undefined => {
  const direct = TO_CYRILLIC.get(c);
  if (direct !== undefined || c < 0x80 || isCyrillicOrGreek(c)) return direct;
  const latin = TO_LATIN.get(c);
  return latin?.length === 1 ? TO_CYRILLIC.get(latin.charCodeAt(0)) : undefined;
};

function foldWordToCyrillic(word: string): string {
  return rewriteChars(word, 0, cyrillicLookalike);
}

function isAllLatinLookalikes(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 && !TO_LATIN.has(c) && !(flagsOf(c) & UNIT_MARK)) return false;
  }
  return true;
}

/** Decide which way one word containing non-ASCII letters should be folded. */
function foldWord(word: string, mostlyLatin: boolean): string {
  let latin = 0;
  let cyrillic = 0;
  let latinOnly = false; // a Latin letter with no Cyrillic twin ("s", "d", "f"…)
  let cyrillicOnly = false; // a Cyrillic/Greek letter with no Latin twin ("д", "ж", "λ"…)
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isLatinLetter(c)) {
      latin++;
      if (!TO_CYRILLIC.has(c)) latinOnly = true;
    } else if (isCyrillicOrGreek(c)) {
      cyrillic++;
      if (!CYRILLIC_GREEK_LOOKING_LATIN.has(c)) cyrillicOnly = true;
    }
  }
  if (cyrillic === 0) {
    if (latin > 0) return foldWordToLatin(word); // accents or exotic lookalikes in a Latin word: "café", "Ⲭyz"
    // A word in another script ("ᏞᎬᎠᏀᎬᎡ" in Cherokee, "乃ㄖㄒ" from a fancy-text generator): only a spoof
    // if every character has a Latin twin, and only in a Latin message. "日本語" or Arabic text is kept.
    return mostlyLatin && isAllLatinLookalikes(word) ? foldWordToLatin(word) : word;
  }
  if (latin === 0) return mostlyLatin && !cyrillicOnly ? foldWordToLatin(word) : word;
  if (latinOnly !== cyrillicOnly) return latinOnly ? foldWordToLatin(word) : foldWordToCyrillic(word);
  return mostlyLatin ? foldWordToLatin(word) : foldWordToCyrillic(word);
}

// Where a word needing a look can be: any non-ASCII character (mostly-Latin messages), or only where a
// Latin letter touches a non-ASCII one (other messages: only mixed-script words are folded there).
const NON_ASCII_G = /[^\0-\x7f]/g;
const LATIN_MEETS_NON_ASCII_G = /[A-Za-z][^\0-\x7f]|[^\0-\x7f][A-Za-z]/g;

/**
 * Fold homoglyphs word by word (see above). `forceLatin` folds everything to Latin, for comparing names.
 * Case is preserved (the lookalike tables are case-sensitive: Cyrillic "В" is a B, "в" is not).
 * Words are found by growing around seed positions, so plain ASCII words and (in a Russian message)
 * plain Russian words are never visited by the folding code.
 */
export function foldHomoglyphs(s: string, forceLatin = false): string {
  const mostlyLatin = forceLatin || isMostlyLatin(s);
  const seeds = mostlyLatin ? NON_ASCII_G : LATIN_MEETS_NON_ASCII_G;
  let out = '';
  let copied = 0;
  seeds.lastIndex = 0;
  for (let m = seeds.exec(s); m !== null; m = seeds.exec(s)) {
    if (!isWordUnit(s.charCodeAt(m.index))) {
      seeds.lastIndex = m.index + 1; // punctuation or an emoji, not part of a word
      continue;
    }
    let start = m.index;
    while (start > 0 && isWordUnit(s.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < s.length && isWordUnit(s.charCodeAt(end))) end++;
    seeds.lastIndex = end;
    const word = s.slice(start, end);
    const folded = forceLatin ? foldWordToLatin(word) : foldWord(word, mostlyLatin);
    if (folded !== word) {
      out += s.slice(copied, start) + folded;
      copied = end;
    }
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/**
 * Emoji written for a word filters look for: "send me your 🌱 phrase", "what is your private 🔑", "all 👛 must
 * sync", "📩 me your words". (📩 and 📨 mean "DM" in chat: "check 📩", "I'll slide in 📩".)
 */
const WORD_OF_EMOJI: Readonly<Record<string, string>> = { '\u{1F331}': 'seed', '\u{1F511}': 'key', '\u{1F5DD}': 'key', '\u{1F45B}': 'wallet', '\u{1F4E9}': 'dm', '\u{1F4E8}': 'dm' };
const WORD_EMOJI = Object.keys(WORD_OF_EMOJI);
/** Any of them, with the variation selector some keyboards add ("🗝️"). */
const WORD_EMOJI_RE = new RegExp(`(?:${WORD_EMOJI.join('|')})\uFE0F?`, 'gu');
/** The emoji that stand for words spelled out as those words. */
export function spellOutWordEmoji(s: string): string {
  // Six native searches cost less than one run of a Unicode regex over every non-ASCII message.
  return WORD_EMOJI.some((emoji) => s.includes(emoji)) ? s.replace(WORD_EMOJI_RE, (emoji) => WORD_OF_EMOJI[emoji.slice(0, 2)]!) : s;
}
