/**
 * Text normalization: undo the tricks scammers use to slip past keyword and link filters, once per
 * message, so every detector can match plain lowercase ASCII-ish text and a clean list of links.
 *
 * Pipeline (each step is a small named function in ./normalize/):
 *   cap length → invisible characters, NFKC → HTML entities → percent-encoding → (invisibles, NFKC again)
 *   → unmask markdown/Slack links → [extract links] → fold homoglyphs, spell out 🌱 and 🔑 → lowercase
 *   → join spaced letters → join dotted letters → fold leetspeak → collapse whitespace
 *   → [links that only appear once spaced letters are joined].
 * Links are extracted before homoglyph folding so that their hosts stay what a browser would open.
 *
 * Speed: a typical ASCII message skips every Unicode step (the fast path) and costs a few regex scans.
 * Work is bounded: only the first MAX_NORMALIZED_CHARS characters are examined (`original` stays whole),
 * every regex is linear-time, and link extraction stops after a fixed number of candidates.
 */
import { decodeHtmlEntities, decodePercentEncoding } from './normalize/decode.js';
import {
  HINT_DOTTED_LETTERS,
  HINT_LEET,
  HINT_NON_ASCII,
  HINT_SPACED_LETTERS,
  HINT_SPELLED_DOMAIN,
  HINT_UNTIDY_SPACE,
  scanHints,
} from './normalize/hints.js';
import { extractLinks, unmaskLinks, type ExtractedLink, type MaskedLink } from './normalize/links.js';
import { foldLeetspeak, joinSeparatedLetters, joinSpacedLetters } from './normalize/obfuscation.js';
import { foldHomoglyphs, hasNonAscii, spellOutWordEmoji, stripInvisibles, toNfkc } from './normalize/unicode.js';

export type { ExtractedLink };

export interface NormalizedMessage {
  original: string;
  /**
   * What every detector matches: lowercased, NFKC, homoglyphs folded, zero-width & bidi removed, HTML
   * entities + percent-encoding decoded, markdown links unmasked to "text url", leetspeak folded,
   * spaced/dotted letters joined, whitespace collapsed to single spaces.
   */
  text: string;
  /** Every URL / bare domain / spelled-out domain found, deduplicated by URL. */
  links: ExtractedLink[];
}

/**
 * Detectors only look at this many characters. Scam messages are short (Discord caps messages at 2,000
 * characters, 4,000 with Nitro; fake-support lures are a sentence or two), a huge paste is not made more
 * or less of a scam by its tail, and the cap keeps a hostile 40,000-character input within a few
 * milliseconds. `original` is never truncated.
 */
export const MAX_NORMALIZED_CHARS = 4_000;

/** The first MAX_NORMALIZED_CHARS characters, without cutting a surrogate pair in half. */
function capLength(s: string): string {
  if (s.length <= MAX_NORMALIZED_CHARS) return s;
  const last = s.charCodeAt(MAX_NORMALIZED_CHARS - 1);
  return s.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_NORMALIZED_CHARS - 1 : MAX_NORMALIZED_CHARS);
}

/** Remove invisible characters, then NFKC — only when there is non-ASCII text for them to change. */
function cleanUnicode(s: string, nonAscii = hasNonAscii(s)): string {
  return nonAscii ? toNfkc(stripInvisibles(s)) : s;
}

/**
 * Peel the encodings off: Unicode cleanup first (so a fullwidth "％２Ｅ" or "＆" decodes too), then HTML
 * entities (HTML wraps everything else), then percent-encoding; and the Unicode cleanup once more if the
 * decoding produced new characters ("&#x200b;", "%EF%BD%8D").
 */
function decodeLayers(s: string, nonAscii?: boolean): string {
  const clean = cleanUnicode(s, nonAscii);
  const decoded = decodePercentEncoding(decodeHtmlEntities(clean));
  return decoded === clean ? clean : cleanUnicode(decoded);
}

// Control characters and any whitespace run other than a single space become one space.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNTIDY_WHITESPACE_RE = /[\s\0-\x1f\x7f-\x9f]{2,}|[^\S ]|[\0-\x1f\x7f-\x9f]/g;

/** "a \n\t b" → "a b", trimmed: detectors can rely on single spaces between words. */
function collapseWhitespace(s: string): string {
  return s.replace(UNTIDY_WHITESPACE_RE, ' ').trim();
}

/**
 * The detector text from decoded input whose homoglyphs are folded: lowercase, undo letter-level
 * obfuscation, tidy spaces. `hints` (from scanHints) lets a plain message skip the steps that could not change it.
 */
function canonicalText(folded: string, hints: number): string {
  let text = folded.toLowerCase();
  if (hints & HINT_SPACED_LETTERS) text = joinSpacedLetters(text);
  if (hints & HINT_DOTTED_LETTERS) text = joinSeparatedLetters(text);
  // Joining and folding can create leetspeak that was not there before: "s 3 3 d" → "s33d", and the
  // Cyrillic "З" in "sЗЗd" folds to the digit "3".
  if (hints & (HINT_LEET | HINT_SPACED_LETTERS | HINT_DOTTED_LETTERS | HINT_NON_ASCII)) text = foldLeetspeak(text);
  return hints & HINT_UNTIDY_SPACE ? collapseWhitespace(text) : text;
}

export function normalize(input: string): NormalizedMessage {
  const capped = capLength(input);
  // scanHints also tells whether there is non-ASCII text (sparing a regex run), and most messages come out
  // of decoding and unmasking unchanged, so their hints need no second pass.
  const inputHints = scanHints(capped);
  const decoded = decodeLayers(capped, (inputHints & HINT_NON_ASCII) !== 0);
  const masked: MaskedLink[] = [];
  const unmasked = unmaskLinks(decoded, masked);
  const hints = unmasked === capped ? inputHints : scanHints(unmasked);
  const spelledOut = (hints & HINT_SPELLED_DOMAIN) !== 0;
  const links = extractLinks(unmasked, masked, spelledOut);
  if (!(hints & HINT_NON_ASCII)) return withSpacedOutLinks({ original: input, text: canonicalText(unmasked, hints), links }, hints);
  const folded = spellOutWordEmoji(foldHomoglyphs(unmasked, false));
  // Nothing folded (emoji, accented words): the folded text holds exactly the links already found.
  const text = canonicalText(folded, hints);
  return withSpacedOutLinks({ original: input, text, links: folded === unmasked ? links : withLookalikeLetterLinks(links, folded, spelledOut) }, hints);
}

/**
 * Links that only appear once spaced letters are joined ("b r i d g e g a s f i x . x y z" → "bridgegasfix . xyz"):
 * added as spelled out. Where letters were spaced, a " . " or " - " between the joined words belongs to the host.
 */
function withSpacedOutLinks(message: NormalizedMessage, hints: number): NormalizedMessage {
  if (!(hints & HINT_SPACED_LETTERS)) return message;
  const known = new Set(message.links.map((link) => link.host));
  for (const link of extractLinks(message.text.replace(SPACED_DOT_RE, '$1'), [], true)) {
    if (!known.has(link.host)) message.links.push({ ...link, spelledOut: true });
  }
  return message;
}
const SPACED_DOT_RE = /(?<=[a-z0-9]) ([.-]) (?=[a-z0-9])/g;

/**
 * Links that only appear once lookalike letters are folded ("nymbus.netwοrk/stake" with a Greek ο in the
 * top-level domain is no domain as written, so it was not extracted): added, marked, so link signals judge them.
 */
function withLookalikeLetterLinks(links: ExtractedLink[], folded: string, spelledOut: boolean): ExtractedLink[] {
  // Hosts found as written, folded the same way: "mеtamask.io" (Cyrillic е) is already there, judged as written.
  const known = new Set(links.map((link) => foldHomoglyphs(link.host, false).toLowerCase()));
  for (const link of extractLinks(folded, [], spelledOut)) {
    if (known.has(link.host)) continue;
    links.push({ ...link, lookalikeLetters: true });
  }
  return links;
}

const NON_SKELETON_RE = /[^a-z0-9]+/g;

/**
 * Confusable skeleton of a display name, for impersonation checks: the same folding as normalize() but
 * every script folded to Latin, then everything except [a-z0-9] removed.
 * "MetaMask Support | Team" → "metamasksupportteam"; "Меtа\u200bMаsk Suppоrt" (Cyrillic е, а, о) → "metamasksupport".
 */
export function skeleton(name: string): string {
  return foldName(name).replace(NON_SKELETON_RE, '');
}

/** A display name folded as for its skeleton, its separators kept: "ⅯOD | Jеnna" → "mod | jenna". */
export function foldName(name: string): string {
  return foldShortText(name, true);
}

/**
 * A short text (the message replied to) folded as normalize() folds a message's text, without its links: accents
 * and lookalike letters folded, other scripts kept ("Ребят, не вижу токены" → "ребят, не вижу токены").
 */
export function foldText(text: string): string {
  return foldShortText(text, false);
}

function foldShortText(text: string, forceLatin: boolean): string {
  const decoded = decodeLayers(capLength(text));
  const hints = scanHints(decoded);
  return canonicalText(hints & HINT_NON_ASCII ? foldHomoglyphs(decoded, forceLatin) : decoded, hints);
}
