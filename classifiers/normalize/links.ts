/**
 * Link unmasking and extraction. Runs on the decoded, NFKC-normalized text *before* homoglyph folding and
 * lowercasing, so a link's host is the host a browser would really open: "mеtamask.io" with a Cyrillic "е"
 * keeps it (a lookalike check can then flag it) instead of silently becoming the official "metamask.io".
 */
import { parse } from 'tldts';
import { BRACKETED_DOT_WORDS, SPOKEN_DOT_WORDS } from './hints.js';
import { isSpaceUnit, isWordUnit } from './unicode.js';

export interface ExtractedLink {
  /** As found (after decoding), e.g. "https://rnetamask.io/fix"; refanged ("site.com") when spelled out. */
  url: string;
  /** Lowercased hostname, e.g. "rnetamask.io" ('' if none could be parsed). */
  host: string;
  /** Registrable domain via tldts, e.g. "rnetamask.io" (the host itself for IPs and hosts without one). */
  domain: string;
  /** For markdown [text](url) and Slack <url|text>: the visible text. */
  maskedText?: string;
  /** True for "site dot com" / "site[.]com" / "site (dot) xyz" / "hxxps://…". */
  spelledOut: boolean;
  /** True when only folding lookalike letters revealed it: "nymbus.netwοrk" with a Greek ο is no domain as written. */
  lookalikeLetters?: boolean;
}

/** A link written as visible text pointing somewhere, found while unmasking. */
export interface MaskedLink {
  url: string;
  text: string;
}

/** Stop after this many links / link candidates: a flood of URLs says all there is to say. */
const MAX_LINKS = 50;
const MAX_CANDIDATES = 200;

// ------------------------------------------------------------------------------------------------
// Unmasking
// ------------------------------------------------------------------------------------------------

// [text](url) — Discord/markdown. Bounded, bracket-free text so "[[[[…" fails in O(1) per position.
const MARKDOWN_LINK_RE = /\[([^[\]\n]{0,500})\]\(\s*<?([^\s()<>]{1,2048})>?\s*\)/g;
// <url|text> and <url> — Slack (and Discord's embed-suppressing <url>). Mentions like <@U123> never match.
const ANGLE_LINK_RE = /<((?:https?|hxxps?|ftp):\/\/[^\s<>|]{1,2048})(?:\|([^<>\n]{0,500}))?>/gi;
// Slack's <mailto:a@b.c|a@b.c>: keep the address as text (e-mails are another detector's job), no link.
const ANGLE_MAILTO_RE = /<mailto:([^\s<>|]{1,320})(?:\|([^<>\n]{0,500}))?>/gi;
const SCHEME_RE = /^(?:https?|hxxps?|ftp):\/\//i;

/** Would a browser (or a reader) follow this markdown target? Keeps "[1](2)" and "[a](b)" as plain text. */
function isLinkTarget(target: string): boolean {
  return linkFromTarget(target) !== undefined;
}

/**
 * "[Claim here](https://evil.xyz)" → " Claim here https://evil.xyz " and "<https://evil.xyz|Claim>" likewise:
 * detectors see both the bait and the destination; `masked` records which text pointed where.
 */
export function unmaskLinks(s: string, masked: MaskedLink[]): string {
  let out = s;
  if (out.includes('](')) {
    out = out.replace(MARKDOWN_LINK_RE, (whole: string, text: string, url: string) => {
      if (!isLinkTarget(url)) return whole;
      masked.push({ url, text: text.trim() });
      return ` ${text} ${url} `;
    });
  }
  if (out.includes('<')) {
    out = out.replace(ANGLE_LINK_RE, (_whole: string, url: string, text: string | undefined) => {
      if (text === undefined) return ` ${url} `;
      masked.push({ url, text: text.trim() });
      return ` ${text} ${url} `;
    });
    out = out.replace(ANGLE_MAILTO_RE, (_whole: string, address: string, text: string | undefined) => ` ${text ?? address} `);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Host validation
// ------------------------------------------------------------------------------------------------

/**
 * Public suffixes that are also everyday file extensions: "README.md", "setup.py", "backup.zip" are files.
 * Extensions that are not TLDs at all (.js .ts .json .txt .png .sol) already fail the ICANN check; and
 * "sh", "rs", "so", "ai" are left out on purpose: surge.sh, docs.rs, tally.so and .ai sites are real.
 */
const FILE_EXTENSION_TLDS = new Set(['md', 'py', 'zip', 'mov']);

interface HostInfo {
  domain: string;
  suffix: string;
  icann: boolean;
  isIp: boolean;
}

// tldts costs about a microsecond; hosts repeat a lot (discord.gg, t.me…), so remember recent answers.
const hostCache = new Map<string, HostInfo>();
const HOST_CACHE_LIMIT = 5_000;

function hostInfo(host: string): HostInfo {
  const cached = hostCache.get(host);
  if (cached) return cached;
  const parsed = parse(host, { extractHostname: false, allowPrivateDomains: false });
  const info: HostInfo = {
    domain: parsed.domain ?? '',
    suffix: parsed.publicSuffix ?? '',
    icann: parsed.isIcann === true,
    isIp: parsed.isIp === true,
  };
  if (hostCache.size >= HOST_CACHE_LIMIT) hostCache.clear();
  hostCache.set(host, info);
  return info;
}

/**
 * A bare "label.tld" (no scheme) counts as a link only with a real ICANN suffix and a registrable label:
 * "file.txt", "e.g", "co.uk" and (unless www.-prefixed) "README.md" do not. Returns the registrable domain.
 */
function validateBareHost(host: string, wwwPrefixed: boolean): string | undefined {
  if (host.length > 253 || !host.includes('.')) return undefined;
  const info = hostInfo(host);
  if (!info.domain) return undefined;
  if (wwwPrefixed) return info.domain;
  if (!info.icann || FILE_EXTENSION_TLDS.has(info.suffix)) return undefined;
  return info.domain;
}

/** The registrable domain of a scheme URL's host; IPs and bare names are their own domain. */
function domainOfUrlHost(host: string): string {
  if (!host || host.length > 253) return host;
  const info = hostInfo(host);
  return info.isIp ? host : info.domain || host;
}

// ------------------------------------------------------------------------------------------------
// Extraction
// ------------------------------------------------------------------------------------------------
// Scheme URLs and bare domains are found by a hand-written scanner rather than one big regex: it only
// looks around "://" and "." (found with indexOf), so a message without links costs two native searches,
// and every character is visited a bounded number of times whatever the input.

const SCHEMES = new Set(['http', 'https', 'hxxp', 'hxxps', 'ftp']);

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Letters, digits (any script), "-" and "." — what a hostname is made of. */
function isHostChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 0x80 ? isAsciiAlnum(c) || c === 0x2d || c === 0x2e : isWordUnit(c);
}

/** A URL runs until whitespace, a control character or one of < > " ' ` (as in chat clients). */
function isUrlChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c > 0x20 && c !== 0x22 && c !== 0x27 && c !== 0x3c && c !== 0x3e && c !== 0x60 && c !== 0x7f;
  return c > 0x9f && !isSpaceUnit(c);
}

function urlEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length && isUrlChar(s, i)) i++;
  return i;
}

/** Sentence punctuation after a URL: "see https://x.io/a." / "(https://x.io)". Linear in the URL length. */
function trimTrailingPunctuation(url: string): string {
  let open = 0;
  let close = 0;
  for (let i = 0; i < url.length; i++) {
    if (url[i] === '(') open++;
    else if (url[i] === ')') close++;
  }
  let end = url.length;
  while (end > 0) {
    const ch = url[end - 1] ?? '';
    if ('.,;:!?\'"*_~>]}'.includes(ch)) {
      end--;
    } else if (ch === ')' && close > open) {
      end--; // an unbalanced ")" closes the sentence's parenthesis, not the URL's
      close--;
    } else {
      break;
    }
  }
  return url.slice(0, end);
}

// Defanged dots inside a host: "site[.]xyz", "site(.)xyz", "site[dot]xyz".
const BRACKETED_DOT_RE = /\s*[[({]\s*(?:\.|dot)\s*[\])}]\s*/gi;
const HXXP_RE = /^hxxp/i;
const PORT_RE = /:\d*$/;
const TRAILING_DOT_RE = /\.$/;
const AUTHORITY_END_RE = /[/?#\\]/;

/** "https://user:pw@Sub.Example.com:8080/x" → "sub.example.com". Defanged dots are refanged. */
function hostOfUrl(url: string): { host: string; refanged: boolean } {
  const afterScheme = url.slice(url.indexOf('//') + 2);
  // search, not split: split runs its regex at every position.
  const authorityEnd = afterScheme.search(AUTHORITY_END_RE);
  let authority = authorityEnd === -1 ? afterScheme : afterScheme.slice(0, authorityEnd);
  authority = authority.slice(authority.lastIndexOf('@') + 1);
  const refanged = authority.replace(BRACKETED_DOT_RE, '.');
  let host: string;
  if (refanged.startsWith('[')) {
    const close = refanged.indexOf(']'); // IPv6 literal: "[::1]:8080"
    host = close > 0 ? refanged.slice(1, close) : refanged.slice(1);
  } else {
    host = refanged.replace(PORT_RE, '');
  }
  return { host: host.replace(TRAILING_DOT_RE, '').toLowerCase(), refanged: refanged !== authority };
}

/** A link from a URL with a scheme: any host is accepted (IPs, unknown TLDs: the scheme says it's a link). */
function schemeLink(url: string): ExtractedLink {
  const { host, refanged } = hostOfUrl(url);
  return { url, host, domain: domainOfUrlHost(host), spelledOut: refanged || HXXP_RE.test(url) };
}

// "label.label.tld": labels of letters/digits/hyphens (not at the ends), TLD starting with a letter.
// Only ever run on a candidate of at most 253 characters, anchored.
const HOST_SHAPE_RE = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]{0,61}[\p{L}\p{N}\p{M}])?\.)+\p{L}[\p{L}\p{N}\p{M}-]{0,62}$/u;
const WWW_RE = /^www\./i;
const TITLECASE_RE = /^\p{Lu}\p{Ll}+$/u;

/** What bareLink needs to know about a candidate host (null: not shaped like one). */
interface BareHost {
  www: boolean;
  titlecaseTld: boolean;
  host: string;
  domain: string | undefined;
}

// Three regexes and tldts per candidate, and candidates repeat like hosts do: remembered like hostInfo.
const bareHostCache = new Map<string, BareHost | null>();

function bareHost(rawHost: string): BareHost | null {
  if (rawHost.length > 253) return null;
  const cached = bareHostCache.get(rawHost);
  if (cached !== undefined) return cached;
  let info: BareHost | null = null;
  if (HOST_SHAPE_RE.test(rawHost)) {
    const www = WWW_RE.test(rawHost);
    const host = rawHost.toLowerCase();
    const titlecaseTld = TITLECASE_RE.test(rawHost.slice(rawHost.lastIndexOf('.') + 1));
    info = { www, titlecaseTld, host, domain: validateBareHost(host, www) };
  }
  if (bareHostCache.size >= HOST_CACHE_LIMIT) bareHostCache.clear();
  bareHostCache.set(rawHost, info);
  return info;
}

/** A bare host (optionally with port/path in `url`), or undefined when it is not a real domain. */
function bareLink(rawHost: string, url: string): ExtractedLink | undefined {
  const info = bareHost(rawHost);
  if (info === null) return undefined;
  // "Hi.My name…": a Titlecase last label is a sentence missing its space, not a domain.
  if (!info.www && url.length === rawHost.length && info.titlecaseTld) return undefined;
  return info.domain === undefined ? undefined : { url, host: info.host, domain: info.domain, spelledOut: false };
}

const HOST_END_RE = /[/?#:]/;

/** The link a markdown/Slack target points to, if it is one. */
function linkFromTarget(target: string): ExtractedLink | undefined {
  if (SCHEME_RE.test(target)) return schemeLink(target);
  const hostEnd = target.search(HOST_END_RE);
  return bareLink(hostEnd === -1 ? target : target.slice(0, hostEnd), target);
}

/** "https://…", "hxxp://…", "ftp://…": finds each "://" and checks the letters right before it. */
function scanSchemeUrls(s: string, list: LinkList, taken: Array<[number, number]>): void {
  for (let at = s.indexOf('://'); at !== -1 && list.consider(); at = s.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && start > at - 6 && isAsciiLetter(s.charCodeAt(start - 1))) start--;
    if (start > 0 && isAsciiAlnum(s.charCodeAt(start - 1))) continue; // "xhttps://" is not a scheme
    if (!SCHEMES.has(s.slice(start, at).toLowerCase())) continue;
    const end = urlEnd(s, at + 3);
    const url = trimTrailingPunctuation(s.slice(start, end));
    if (url.length > at + 3 - start) list.add(schemeLink(url));
    taken.push([start, end]);
    at = end - 3;
  }
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Bare domains: around each "." between two host characters, grow the run of host characters both ways.
 * A run preceded by "@" is an e-mail's domain and one followed by "@" its local part: both skipped.
 * Runs inside scheme URLs (`taken`) are skipped.
 */
function scanBareDomains(s: string, list: LinkList, taken: ReadonlyArray<[number, number]>): void {
  let next = 0; // first index of `taken` that may still contain a later position
  for (let dot = s.indexOf('.'); dot !== -1; dot = s.indexOf('.', dot + 1)) {
    while (next < taken.length && (taken[next]?.[1] ?? 0) <= dot) next++;
    const range = taken[next];
    if (range && range[0] <= dot) {
      dot = range[1] - 1;
      continue;
    }
    if (dot === 0 || dot + 1 >= s.length || !isHostChar(s, dot - 1) || !isHostChar(s, dot + 1)) continue;
    let start = dot;
    while (start > 0 && isHostChar(s, start - 1)) start--;
    let end = dot + 1;
    while (end < s.length && isHostChar(s, end)) end++;
    const runEnd = end;
    dot = runEnd - 1; // the whole run is handled now
    const before = s.charCodeAt(start - 1);
    const after = s.charCodeAt(runEnd);
    // e-mail halves, and pieces of paths, handles, numbers-with-units: "a@b.io", "x_y.io", "/a.b", "%2e.io"
    if (before === 0x40 || before === 0x5f || before === 0x2f || before === 0x5c || before === 0x25 || before === 0x2b) continue;
    if (after === 0x40 || after === 0x5f) continue;
    // "…metamask.io." — dots and hyphens at either end belong to the sentence.
    while (start < end && (s[start] === '.' || s[start] === '-')) start++;
    while (end > start && (s[end - 1] === '.' || s[end - 1] === '-')) end--;
    if (!list.consider()) return;
    let urlStop = end;
    if (end === runEnd && (s[end] === '/' || s[end] === '?' || s[end] === '#' || s[end] === ':')) {
      urlStop = urlEnd(s, end);
      dot = urlStop - 1;
    }
    const url = urlStop === end ? s.slice(start, end) : trimTrailingPunctuation(s.slice(start, urlStop));
    const link = bareLink(s.slice(start, end), url);
    if (link) list.add(link);
  }
}

// Spelled-out domains: "metamask-fix dot com", "site[.]xyz", "site (dot) io", "app.site[dot]com", and the
// word in other languages: "(point)", "(punto)", "(ponto)", "(nokta)", "[titik]", "(chấm)", "(punkt)", " punto ", " точка ".
// A simple regex finds the separators; the labels around them are grown by hand (like bare domains), and
// chained separators ("metamask dot fix dot com") are followed with a sticky regex.
const SPELLED_SEPARATOR = `[[({][ \\t]*(?:\\.|dot|${BRACKETED_DOT_WORDS})[ \\t]*[\\])}]|(?<=\\s)(?:dot|${SPOKEN_DOT_WORDS})(?=\\s)`;
const SPELLED_SEPARATOR_RE = new RegExp(SPELLED_SEPARATOR, 'gi');
const SPELLED_SEPARATOR_AT_RE = new RegExp(`\\s*(?:${SPELLED_SEPARATOR})\\s*`, 'iy');
const MAX_SPELLED_LABELS = 5;
const TRAILING_DOTS_RE = /[.-]+$/;
/** "[.]" and "(dot)" are only ever a disguised dot; spoken " dot ", and words in other languages, need a common TLD after them. */
const DEFANGED_DOT_RE = /[[({][ \t]*(?:\.|dot)[ \t]*[\])}]/i;
const HAS_LETTER_RE = /\p{L}/u;

/** " dot " is an ordinary word ("the dot com era", "sell DOT at 5"): only trust it before a common TLD. */
const SPOKEN_TLDS = new Set([
  'com', 'net', 'org', 'io', 'xyz', 'app', 'co', 'me', 'info', 'finance', 'site', 'online', 'live', 'pro', 'club',
  'top', 'link', 'gg', 'fi', 'cc', 'ru', 'us', 'uk', 'tech', 'dev', 'vip', 'shop', 'store', 'biz', 'claims', 'network',
  'help', 'ai', 'cash', 'services', 'center', 'tools', 'world',
]);
const SPOKEN_STOPWORDS = new Set(['the', 'a', 'an', 'this', 'that', 'one', 'red', 'blue', 'green', 'black', 'white', 'polka', 'my', 'your']);

/** End of the run of host characters starting at `from`. */
function hostRunEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length && isHostChar(s, i)) i++;
  return i;
}

/** A spelled-out host assembled from its labels, or undefined when it does not hold up. */
function spelledLink(labels: readonly string[], spokenOnly: boolean): ExtractedLink | undefined {
  const host = labels.join('.').toLowerCase();
  if (spokenOnly) {
    // Only spoken " dot ": demand a common TLD and, before it, a label with letters that is not an everyday
    // word ("the dot com era", "sell 5 dot com").
    const parts = host.split('.');
    const label = parts[parts.length - 2] ?? '';
    if (!SPOKEN_TLDS.has(parts[parts.length - 1] ?? '') || SPOKEN_STOPWORDS.has(label) || !HAS_LETTER_RE.test(label)) return undefined;
  }
  if (host.length > 253 || !HOST_SHAPE_RE.test(host)) return undefined;
  const domain = validateBareHost(host, false);
  return domain === undefined ? undefined : { url: host, host, domain, spelledOut: true };
}

function scanSpelledOut(s: string, list: LinkList): void {
  SPELLED_SEPARATOR_RE.lastIndex = 0;
  for (let m = SPELLED_SEPARATOR_RE.exec(s); m !== null; m = SPELLED_SEPARATOR_RE.exec(s)) {
    // The label before: skip spaces back, then grow a run of host characters.
    let end = m.index;
    while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
    let start = end;
    while (start > 0 && isHostChar(s, start - 1)) start--;
    const before = s[start - 1];
    if (start === end || before === '@' || before === '_') continue; // nothing there, or part of an e-mail/handle
    if (!list.consider()) return;
    const labels = [s.slice(start, end)];
    let spokenOnly = !DEFANGED_DOT_RE.test(m[0]);
    // The labels after, as long as separators keep coming.
    let at = m.index + m[0].length;
    while (labels.length < MAX_SPELLED_LABELS) {
      while (at < s.length && (s[at] === ' ' || s[at] === '\t')) at++;
      const labelEnd = hostRunEnd(s, at);
      if (labelEnd === at) break;
      labels.push(s.slice(at, labelEnd).replace(TRAILING_DOTS_RE, '')); // "site[.]xyz." ends a sentence
      at = labelEnd;
      SPELLED_SEPARATOR_AT_RE.lastIndex = at;
      const next = SPELLED_SEPARATOR_AT_RE.exec(s);
      if (next === null) break;
      spokenOnly &&= !DEFANGED_DOT_RE.test(next[0]);
      at = SPELLED_SEPARATOR_AT_RE.lastIndex;
    }
    SPELLED_SEPARATOR_RE.lastIndex = Math.max(at, SPELLED_SEPARATOR_RE.lastIndex);
    if (labels.length < 2 || s[at] === '@') continue;
    const link = spelledLink(labels, spokenOnly);
    if (link && !list.hasHost(link.host)) list.add(link);
  }
}

/** Collects links in order, deduplicated by URL (case-insensitively), with bounded work. */
class LinkList {
  readonly links: ExtractedLink[] = [];
  private readonly keys: string[] = []; // lowercased URLs, parallel to `links`
  private candidates = 0;

  add(link: ExtractedLink): void {
    // At most MAX_LINKS entries: a linear search is cheaper than allocating a Map for every message.
    const key = link.url.toLowerCase();
    const existing = this.links[this.keys.indexOf(key)];
    if (existing) {
      if (existing.maskedText === undefined && link.maskedText !== undefined) existing.maskedText = link.maskedText;
      return;
    }
    if (this.links.length >= MAX_LINKS) return;
    this.links.push(link);
    this.keys.push(key);
  }

  hasHost(host: string): boolean {
    return this.links.some((l) => l.host === host);
  }

  /** False once enough candidates were looked at: further ones are not examined (bounded work). */
  consider(): boolean {
    return ++this.candidates <= MAX_CANDIDATES && this.links.length < MAX_LINKS;
  }
}

/**
 * Every link in `s` (decoded, NFKC, markdown already unmasked): scheme URLs, bare domains with a real
 * TLD, spelled-out domains. Masked links come first and carry their visible text. E-mails are skipped.
 * `mayHaveSpelledOut` false (no "dot" nor bracketed "." in the text) skips the spelled-out scan.
 */
export function extractLinks(s: string, masked: readonly MaskedLink[], mayHaveSpelledOut = true): ExtractedLink[] {
  const list = new LinkList();
  for (const { url, text } of masked) {
    if (!list.consider()) break;
    const link = linkFromTarget(url);
    if (link) list.add({ ...link, maskedText: text });
  }
  const taken: Array<[number, number]> = [];
  if (s.includes('://')) scanSchemeUrls(s, list, taken);
  scanBareDomains(s, list, taken);
  if (mayHaveSpelledOut) scanSpelledOut(s, list);
  return list.links;
}
