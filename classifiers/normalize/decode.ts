/**
 * Decoding layers scammers wrap text in so that keyword and link filters see gibberish:
 * HTML entities ("s&#101;ed", "metamask&period;io") and percent-encoding ("metamask%2Eio").
 * Both decoders make a single pass (no recursive decoding, so "&amp;lt;" becomes "&lt;"), never throw,
 * and leave anything they do not understand exactly as it was.
 */

/** Named entities worth knowing: the common ones plus the punctuation ones used to hide domains. */
const NAMED_ENTITIES = new Map<string, string>([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0'],
  ['period', '.'], ['colon', ':'], ['sol', '/'], ['bsol', '\\'], ['commat', '@'], ['dollar', '$'],
  ['num', '#'], ['percnt', '%'], ['lpar', '('], ['rpar', ')'], ['lsqb', '['], ['rsqb', ']'],
  ['lbrack', '['], ['rbrack', ']'], ['hyphen', '\u2010'], ['dash', '\u2010'], ['ndash', '\u2013'],
  ['mdash', '\u2014'], ['hellip', '\u2026'], ['lsquo', '\u2018'], ['rsquo', '\u2019'],
  ['ldquo', '\u201c'], ['rdquo', '\u201d'], ['shy', '\u00ad'], ['zwj', '\u200d'], ['zwnj', '\u200c'],
  ['lrm', '\u200e'], ['rlm', '\u200f'], ['copy', '\u00a9'], ['reg', '\u00ae'], ['trade', '\u2122'],
]);

// Bounded quantifiers only: a run of "&&&&" or "&#999999999…" fails in O(1) per position.
const ENTITY_RE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]{2,8}));/g;

/** A code point String.fromCodePoint accepts and that is a real character (no NUL, no lone surrogate). */
function isDecodableCodePoint(cp: number): boolean {
  return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
}

/** "&#x73;&#101;ed &amp; key" → "seed & key". Unknown names and out-of-range numbers stay as written. */
export function decodeHtmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY_RE, (entity: string, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES.get(name) ?? NAMED_ENTITIES.get(name.toLowerCase()) ?? entity;
    const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '', 10);
    return isDecodableCodePoint(cp) ? String.fromCodePoint(cp) : entity;
  });
}

// Only complete "%XX" runs are candidates, so a lone "%" ("50% off") is never touched.
const PERCENT_RUN_RE = /(?:%[0-9a-fA-F]{2})+/g;
const PERCENT_ASCII_BYTE_RE = /%([0-7][0-9a-fA-F])/g;

/** "%20" at the start of a word is a percentage written the Turkish or French way ("haftalık %20 kazanç"), not a space. */
const PERCENTAGE_RE = /^%\d\d$/;
const startsWord = (s: string, at: number) => at === 0 || /[\s("'“‘+~]/.test(s[at - 1]!);

/**
 * "metamask%2Eio%2Ffix" → "metamask.io/fix". A run that is not valid UTF-8 (decodeURIComponent throws
 * URIError) falls back to decoding only its ASCII bytes; the other bytes keep their "%XX" form.
 */
export function decodePercentEncoding(s: string): string {
  if (!s.includes('%')) return s;
  return s.replace(PERCENT_RUN_RE, (run: string, at: number) => {
    if (PERCENTAGE_RE.test(run) && startsWord(s, at)) return run;
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(PERCENT_ASCII_BYTE_RE, (_byte: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  });
}
