/**
 * Obfuscations typed with plain keys: letters spread out with spaces or dots ("s e e d", "p-r-i-v-a-t-e")
 * and leetspeak ("s33d pr1v4te k3y"). Input is already lowercased.
 */
import { isSpaceUnit, isWordUnit } from './unicode.js';

// ------------------------------------------------------------------------------------------------
// Spaced and dotted letters
// ------------------------------------------------------------------------------------------------

// A run of single-character tokens separated by whitespace: "s e e d  p h r a s e", "(s e e d)". It starts
// after whitespace or an opening bracket/quote and each token ends at whitespace or closing punctuation, so
// "1.2.3.4 a b" or "x.y z" are not runs; the lookbehind pins matches to token starts: the scan is linear.
const SPACED_RUN_RE = /(?<![^\s([{"'«“‘])[\p{L}\p{N}](?:\s+[\p{L}\p{N}](?=[\s)\]}"'».,!?:;”’]|$))+/gu;
const SPACES_RE = /\s+/gu;

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * Runs shorter than three tokens, or without two letters ("+1 2 3", "2 x 3"), are ordinary text. Tokens
 * are the code points of `run` that are not separators. Non-Latin runs need four tokens: Russian has many
 * one-letter words ("а я в шоке" is "and I'm in shock", not a spelled-out word).
 */
function isSpelledRun(run: string, isSeparator: (c: number) => boolean): boolean {
  let tokens = 0;
  let letters = 0;
  let nonAscii = false;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (isSeparator(c) || (c >= 0xdc00 && c <= 0xdfff)) continue; // low surrogate: same token as before
    tokens++;
    if (c < 0x30 || c > 0x39) letters++;
    if (c >= 0x80) nonAscii = true;
  }
  return tokens >= (nonAscii ? 4 : 3) && letters >= 2;
}

/**
 * "s e e d  p h r a s e" → "seed phrase". The narrowest gap in the run is the gap between letters; wider
 * gaps separate words. Then any three or more one-letter groups left in a row are joined as well, so that
 * the output never contains a joinable run again (normalize(normalize(x)) === normalize(x)).
 */
function joinSpacedRun(run: string): string {
  if (!isSpelledRun(run, isSpaceUnit)) return run;
  let letterGap = Infinity;
  let gap = 0;
  for (let i = 0; i < run.length; i++) {
    if (isSpaceUnit(run.charCodeAt(i))) {
      gap++;
    } else if (gap > 0) {
      letterGap = Math.min(letterGap, gap);
      gap = 0;
    }
  }
  // Split at the wide gaps: each group is a word whose letters were one narrow gap apart.
  const groups: string[] = [];
  const lone: boolean[] = []; // the group is a single letter
  let groupStart = 0;
  let groupTokens = 0;
  gap = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (isSpaceUnit(c)) {
      gap++;
      continue;
    }
    if (gap > letterGap) {
      groups.push(run.slice(groupStart, i - gap).replace(SPACES_RE, ''));
      lone.push(groupTokens === 1);
      groupStart = i;
      groupTokens = 0;
    }
    gap = 0;
    groupTokens++;
    if (isHighSurrogate(c)) i++;
  }
  groups.push(run.slice(groupStart).replace(SPACES_RE, ''));
  lone.push(groupTokens === 1);
  return mergeLoneLetters(groups, lone).map(splitKnownWords).join(' ');
}

/**
 * Words worth recovering when a whole phrase was spread with single gaps ("s e e d p h r a s e" has no
 * wider gap between the words). Three letters or more, so "theme" never becomes "the me".
 */
const KNOWN_WORDS = new Set([
  'seed', 'phrase', 'phrases', 'recovery', 'secret', 'private', 'key', 'keys', 'wallet', 'wallets', 'mnemonic',
  'words', 'word', 'support', 'team', 'help', 'desk', 'helpdesk', 'admin', 'service', 'customer', 'care', 'agent',
  'official', 'validate', 'verify', 'sync', 'rectify', 'restore', 'recover', 'connect', 'claim', 'airdrop',
  'reward', 'rewards', 'bonus', 'free', 'send', 'share', 'enter', 'your', 'the', 'and', 'with', 'our', 'dapp',
  'metamask', 'trust', 'ledger', 'coinbase', 'binance', 'phantom', 'telegram', 'whatsapp', 'contact', 'ticket',
  'live', 'chat', 'now', 'account', 'funds', 'password', 'login', 'link', 'site', 'form', 'crypto', 'invest',
]);
const MAX_SPLIT_LENGTH = 40;

/**
 * "seedphrase" → "seed phrase" when the whole string is two or more KNOWN_WORDS (fewest words wins, so a
 * known word is never split); anything else is returned unchanged. Only applied to spread-out text.
 */
function splitKnownWords(joined: string): string {
  const n = joined.length;
  if (n < 6 || n > MAX_SPLIT_LENGTH || KNOWN_WORDS.has(joined)) return joined;
  // fewest[i]: fewest known words spelling joined[0, i); cut[i]: where the last of them starts.
  const fewest: number[] = [0];
  const cut: number[] = [0];
  for (let i = 1; i <= n; i++) {
    fewest[i] = Infinity;
    for (let j = Math.max(0, i - 12); j <= i - 3; j++) {
      const before = fewest[j] ?? Infinity;
      if (before + 1 < (fewest[i] ?? Infinity) && KNOWN_WORDS.has(joined.slice(j, i))) {
        fewest[i] = before + 1;
        cut[i] = j;
      }
    }
  }
  if (!Number.isFinite(fewest[n] ?? Infinity)) return joined;
  const words: string[] = [];
  for (let i = n; i > 0; i = cut[i] ?? 0) words.unshift(joined.slice(cut[i] ?? 0, i));
  return words.join(' ');
}

/** ["ab", "c", "d", "e"] → ["ab", "cde"]: three or more lone letters in a row are one spelled word. */
function mergeLoneLetters(groups: readonly string[], lone: readonly boolean[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < groups.length) {
    let j = i;
    while (j < groups.length && lone[j]) j++;
    if (j - i >= 3) {
      out.push(groups.slice(i, j).join(''));
    } else {
      for (let k = i; k < j; k++) out.push(groups[k] ?? '');
    }
    if (j < groups.length) out.push(groups[j] ?? '');
    i = j + 1;
  }
  return out;
}

export function joinSpacedLetters(s: string): string {
  return s.replace(SPACED_RUN_RE, joinSpacedRun);
}

// Single characters joined by one repeated punctuation separator: "s.e.e.d", "p-r-i-v-a-t-e", "k_e_y".
// Found from the separators (a plain character class, quick to search) and checked by hand around them.
const RUN_SEPARATOR_G = /[._*|·•-]/g;

function isWordAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isWordUnit(s.charCodeAt(i));
}

/** A one-character token at i: a letter/digit with no letter/digit right before or after it. */
function isLoneChar(s: string, i: number): boolean {
  return isWordAt(s, i) && !isWordAt(s, i - 1) && !isWordAt(s, i + 1);
}

/** "s.e.e.d" → "seed". Needs three tokens and two letters, so "1.2.3.4", "e.g." and "a-b" stay. */
export function joinSeparatedLetters(s: string): string {
  let out = '';
  let copied = 0;
  RUN_SEPARATOR_G.lastIndex = 0;
  for (let m = RUN_SEPARATOR_G.exec(s); m !== null; m = RUN_SEPARATOR_G.exec(s)) {
    const start = m.index - 1;
    if (start < copied || !isLoneChar(s, start) || !isLoneChar(s, m.index + 1)) continue;
    // Follow the run while the same separator keeps joining lone characters: x.y.z.…
    const separator = s[m.index];
    let end = m.index + 2;
    while (s[end] === separator && isLoneChar(s, end + 1)) end += 2;
    RUN_SEPARATOR_G.lastIndex = end;
    const run = s.slice(start, end);
    if (!isSpelledRun(run, isRunSeparator)) continue;
    let joined = '';
    for (let i = 0; i < run.length; i += 2) joined += run[i] ?? '';
    out += s.slice(copied, start) + splitKnownWords(joined);
    copied = end;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

function isRunSeparator(c: number): boolean {
  return c === 0x2e || c === 0x5f || c === 0x2a || c === 0x7c || c === 0xb7 || c === 0x2022 || c === 0x2d;
}

// ------------------------------------------------------------------------------------------------
// Leetspeak
// ------------------------------------------------------------------------------------------------

/** Words that legitimately mix letters and digits and would be mangled by the generic rules below. */
const LEET_ALLOWLIST = new Set([
  '1inch', '3commas', '1password', '4chan', '9gag', 'a16z', 'i18n', 'l10n', 'k8s', 'web3js', 'web3py', 'x2y2',
  '0xpolygon', '0xsplits', '1hive', '0day', '3box', '5ire', '1sol', 'v0', 'html5',
]);

/** Units after a number: "7days", "12words", "5usdt", "3mins" are quantities, not leetspeak. */
const QUANTITY_UNITS = new Set([
  'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hrs', 'day', 'days',
  'week', 'weeks', 'month', 'months', 'year', 'years', 'yrs', 'word', 'words', 'times', 'coin', 'coins',
  'token', 'tokens', 'usdt', 'usdc', 'busd', 'link', 'sats', 'gwei', 'doge', 'matic', 'atom', 'tron', 'steps',
  'people', 'users', 'spots', 'slots', 'items', 'percent', 'pcs', 'likes', 'views',
]);

// Where a letter meets a digit, "@" or "$": the only places leetspeak can be. Words are grown from there.
const LEET_JUNCTION_RE = /[a-z][0-9@$]|[0-9@$][a-z]/g;
const HEX_ADDRESS_RE = /^0x[0-9a-f]*$/;
const UNICODE_ESCAPE_RE = /^u[0-9a-f]{4}$/;

/** Longest word we treat as possible leetspeak: longer mixed tokens are addresses, hashes or IDs. */
const MAX_LEET_WORD = 20;

const LETTER = 1;
const DIGIT = 2;
const SYMBOL = 3; // "@" or "$"

/**
 * Is this word (letters, digits, "@", "$"; no "@"/"$" at its edges) a legitimate token rather than
 * leetspeak? Decided from its shape, in one pass: how many letter/digit runs, whether it is all hex.
 */
function isLegitMixedToken(core: string): boolean {
  if (core.length > MAX_LEET_WORD || LEET_ALLOWLIST.has(core)) return true;
  let runs = 0;
  let prevKind = 0;
  let firstRunLength = 0;
  let letters = 0;
  let hex = true;
  let symbols = false;
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    const kind = c >= 0x61 ? LETTER : c >= 0x30 && c <= 0x39 ? DIGIT : SYMBOL;
    if (kind === LETTER) {
      letters++;
      if (c > 0x66) hex = false;
    } else if (kind === SYMBOL) {
      symbols = true;
    }
    if (kind !== prevKind) {
      runs++;
      prevKind = kind;
    }
    if (runs === 1) firstRunLength++;
  }
  if (letters === 0 || letters === core.length) return true; // nothing to fold
  if (symbols) return false; // "pr1v@te", "u$dt"
  if (core.startsWith('0x') && HEX_ADDRESS_RE.test(core)) return true; // 0x… addresses
  if (hex && core.length >= 6) return true; // hashes, ids, codes: "deadbeef12", "d4929f"
  if (core.length === 5 && UNICODE_ESCAPE_RE.test(core)) return true; // "u003e" from a "\u003e" escape
  if (runs !== 2) return false; // digits inside letters: "s33d", "pr1v4te", "m3t4m4sk"
  // Letters then a number: web3, erc20, gpt4, user123 — but one trailing "0" is an "o" (t0, hell0) and,
  // after four letters or more, one trailing "3" or "5" an "e" or "s" (admin5, scam5, phras3).
  if (core.charCodeAt(0) >= 0x61) {
    const last = core[core.length - 1];
    const oneTrailingDigit = firstRunLength === core.length - 1;
    return !(oneTrailingDigit && (last === '0' || ((last === '3' || last === '5') && firstRunLength >= 4)));
  }
  // A number then letters: 24h, 100x, 10k, 2fa, 1st, 5eth, 7days, and "3massive" (a missing space). Only a
  // lone 0 or 1 before a longer word is leet: 0wner, 1nvest, 1ogin.
  const unit = core.slice(firstRunLength);
  const digit = core[0];
  return firstRunLength > 1 || (digit !== '0' && digit !== '1') || unit.length <= 3 || QUANTITY_UNITS.has(unit);
}

/** A "1" right before one of these reads as "l" ("c1aim", "b1ock", "de1ete", "wa1let"). */
const BEFORE_AN_L = new Set(['a', 'e', 'o', 'u', 'l']);

/**
 * "1" stands for "i" or "l": it is "l" before a vowel other than "i" or before an "l", and inside "11"
 * ("wa11et", "ca11"); "i" otherwise ("pr1vate", "adm1n", "co1n"). A guess: "he1p" still reads "heip".
 */
function leetOne(prev: string | undefined, next: string | undefined): string {
  if (next === '1' || prev === '1') return 'l';
  return next !== undefined && BEFORE_AN_L.has(next) ? 'l' : 'i';
}

const LEET_LETTERS: Readonly<Record<string, string>> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

function foldLeetCore(core: string): string {
  let out = '';
  for (let i = 0; i < core.length; i++) {
    const ch = core[i] ?? '';
    out += ch === '1' ? leetOne(core[i - 1], core[i + 1]) : (LEET_LETTERS[ch] ?? ch);
  }
  return out;
}

/** "@" and "$" at a word's edge are mentions, cashtags and prices, never letters. */
function isEdgeSymbol(ch: string | undefined): boolean {
  return ch === '@' || ch === '$';
}

function isLeetWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x24;
}

/** One word of [a-z0-9@$]: its leetspeak reading, or the word itself when it is a legitimate token. */
function foldLeetWord(word: string, charAfter: string | undefined): string {
  if (word.length > MAX_LEET_WORD + 4) return word;
  let start = 0;
  let end = word.length;
  while (start < end && isEdgeSymbol(word[start])) start++;
  while (end > start && isEdgeSymbol(word[end - 1])) end--;
  const core = word.slice(start, end);
  if (isLegitMixedToken(core)) return word;
  if (charAfter === '.' && core.includes('@')) return word; // an e-mail: local@domain.tld
  return word.slice(0, start) + foldLeetCore(core) + word.slice(end);
}

/**
 * Tracks, left to right, whether a position is inside the path of a URL-like chunk ("pump.fun/coin/6kbh3fEt3",
 * "https://t.me/+X4_xs3XK"): a "/" after a "." with no whitespace since. Path segments are IDs and referral
 * codes, not words; folding them would only add noise. Advancing is amortized O(1) per character.
 */
class UrlPathTracker {
  private pos = 0;
  private sawDot = false;
  private inPath = false;

  constructor(private readonly s: string) {}

  /** Is `index` (≥ every index asked before) inside a URL path? */
  at(index: number): boolean {
    for (; this.pos < index; this.pos++) {
      const c = this.s.charCodeAt(this.pos);
      if (c === 0x2e) this.sawDot = true;
      else if (c === 0x2f) this.inPath ||= this.sawDot;
      else if (isSpaceUnit(c)) this.sawDot = this.inPath = false;
    }
    return this.inPath;
  }
}

/**
 * "s33d pr1v4te k3y" → "seed private key", only inside words that mix letters with digits or @/$.
 * Leading "@"/"$" are mentions and cashtags ("@metamask", "$eth") and stay; "24 words", "+1 805…",
 * 0x addresses, hashes, "web3", "24h", "2fa", "1inch", e-mail addresses ("a1@b.io") and URL paths stay too
 * (a URL's host is folded: "m3tamask.io" → "metamask.io"). Each character is visited a bounded number of times.
 */
const EMAIL_AT_RE = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z0-9])/;

export function foldLeetspeak(s: string): string {
  let out = '';
  let copied = 0;
  const urlPath = new UrlPathTracker(s);
  LEET_JUNCTION_RE.lastIndex = 0;
  for (let m = LEET_JUNCTION_RE.exec(s); m !== null; m = LEET_JUNCTION_RE.exec(s)) {
    let start = m.index;
    while (start > 0 && isLeetWordChar(s.charCodeAt(start - 1))) start--;
    let end = m.index + 2;
    while (end < s.length && isLeetWordChar(s.charCodeAt(end))) end++;
    LEET_JUNCTION_RE.lastIndex = end;
    if (urlPath.at(start)) continue;
    // An e-mail address ("help@wallet-care.com"): its "@" is a separator, not a leet "a". (No "@" ahead, no e-mail.)
    const at = s.indexOf('@', start);
    if (at !== -1 && at < start + 254 && EMAIL_AT_RE.test(s.slice(start, start + 254))) continue;
    const word = s.slice(start, end);
    const folded = foldLeetWord(word, s[end]);
    if (folded !== word) {
      out += s.slice(copied, start) + folded;
      copied = end;
    }
  }
  return copied === 0 ? s : out + s.slice(copied);
}
