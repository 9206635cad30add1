import { brandDomains, capitalIForL, domainInSubdomain, isOfficial, misspelledNameOf, reputationOf, shortenerDomains, siteBuilderDomains } from '../links.js';
import { MAX_NORMALIZED_CHARS, type ExtractedLink } from '../normalize.js';
import { fixVouchedIn } from '../quotes.js';
import { sentenceAround } from './sentences.js';
import { defineSignal, firstMatch, gate, mayMatch, oncePerInput, type SignalInput } from './define.js';

/** A scam needs one bad link, not fifty: looking further only lets a link-stuffed message cost more time. */
const MAX_LINKS_JUDGED = 20;

/**
 * Hyphenated hostnames the link extractor cannot see because the dot (and sometimes the spacing) is disguised:
 * "arbitrum-claim . xyz", "ledger-live-update • com", "phantom-restore,app", "zk-airdrop d o t org",
 * "m e t a m a s k - v a l i d a t e . c o m" (normalized to "metamask - validate . com"). Prose rarely puts
 * a lone " . com" after hyphenated words, so the hyphen and a common TLD are both required, except where the
 * separator itself is the disguise: "ledgerfix • com", "ledgerfix,com", "ledgerfix dotcom".
 */
const disguisedDomain = gate(
  'com dotcom net org io app xyz live site online top finance claim claims info cc me pro fi gg',
  /\b(?:([a-z0-9]{2,30}(?: ?- ?[a-z0-9]{2,30}){1,4})(?: ?[•·,] ?| \. | ?\((?:\.|dot)\) ?| d ?o ?t )|([a-z0-9]{4,30})(?: ?[•·] ?|,| dot(?=com\b)))(com|net|org|io|app|xyz|live|site|online|top|finance|claims?|info|cc|me|pro|fi|gg)\b/g,
);

/** The disguised hosts as links, so every link signal judges them like the links they stand for. */
const disguisedLinks = oncePerInput((input: SignalInput): ExtractedLink[] => {
  if (!mayMatch(input, disguisedDomain)) return [];
  const { text } = input;
  const links: ExtractedLink[] = [];
  const { pattern } = disguisedDomain;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && links.length < MAX_LINKS_JUDGED; m = pattern.exec(text)) {
    const host = `${(m[1] ?? m[2])!.replace(/ /g, '')}.${m[3]}`;
    links.push({ url: host, host, domain: host, spelledOut: true });
  }
  return links;
});

/**
 * The plain domain of the project being talked about: "connect it at app.tidewater.xyz" under "my Tidewater
 * tokens are missing". Its name stands on its own in the message or the question, with no hyphen and no lure
 * word; the lures are built around the name ("tidewater-sync.app"). A community's configured official domains
 * are the sure way; this keeps an unconfigured community's helpful answers from reading as redirects.
 */
function isProjectsOwnDomain(link: ExtractedLink, { text, context }: SignalInput): boolean {
  const name = link.domain.split('.')[0] ?? '';
  if (name.length < 5 || !/^[a-z0-9]+$/.test(name) || link.spelledOut || link.lookalikeLetters || lureInHost(link.host)) return false;
  return standsAlone(text, name) || (context.replyToText !== undefined && standsAlone(context.replyToText.toLowerCase(), name));
}

/** Links that are not the community's or a brand's official domain: only these can be risky (once per message). */
const unofficialLinks = oncePerInput((input: SignalInput): ExtractedLink[] => {
  const found = input.links.length ? input.links.slice(0, MAX_LINKS_JUDGED) : [];
  const disguised = disguisedLinks(input);
  return (disguised.length ? [...found, ...disguised] : found).filter((link) => !isOfficial(link, input.config.officialDomains) && !isProjectsOwnDomain(link, input));
});

export const knownPhishingDomain = defineSignal({
  id: 'known-phishing-domain',
  description: "A host on MetaMask's offline phishing list (eth-phishing-detect).",
  group: 'link',
  detect: (input) => {
    for (const link of unofficialLinks(input)) {
      const reputation = reputationOf(link);
      if (reputation.kind === 'known-phishing') return reputation.evidence;
    }
    return undefined;
  },
});

/**
 * The message names a project and links a hyphenated copy of its name or domain: "Quarkswap moved to
 * quark-swap.io", "old pepemoon.fi deprecated, use pepemoon-fi.com". Needs no list of brands, so it covers
 * the community's own project too.
 */
function splitNameOf(link: ExtractedLink, text: string): string | undefined {
  const label = link.domain.split('.')[0] ?? '';
  if (!label.includes('-')) return undefined;
  for (const name of [label.replace(/-/g, ''), label.replace(/-/g, '.')]) {
    if (name.length >= 6 && standsAlone(text, name)) return `${link.host} (imitates ${name}, named in the message)`;
  }
  return undefined;
}

const partOfName = /[\w.@/-]/;
/**
 * `name` occurs in `text` as a word of its own, not inside a link or a longer name. A string search, not a
 * RegExp built per link: V8 keeps every compiled pattern, and a new one per message grows memory for good.
 */
function standsAlone(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if ((before === undefined || !partOfName.test(before)) && (after === undefined || !partOfName.test(after) || (after === '.' && !/\w/.test(text[at + name.length + 1] ?? '')))) return true;
  }
  return false;
}

export const lookalikeDomain = defineSignal({
  id: 'lookalike-domain',
  description: 'A typosquat or lookalike of a known crypto brand ("rnetamask.io", "uniswap-claim.app"), of a name in the message, or a domain worn as a subdomain.',
  group: 'link',
  detect: (input) => firstImitation(input)?.evidence,
});

/** How a link imitates a brand or a name in the message, or undefined. */
function imitationIn(link: ExtractedLink, input: SignalInput): string | undefined {
  if (link.lookalikeLetters) return `${link.host} (written with lookalike letters)`;
  const reputation = reputationOf(link);
  if (reputation.kind === 'lookalike') return reputation.evidence;
  return splitNameOf(link, input.text) ?? misspelledNameOf(link, input.original) ?? capitalIForL(link) ?? domainInSubdomain(link);
}
/** The first unofficial link that imitates something, with how (once per message: two signals ask). */
const firstImitation = oncePerInput((input: SignalInput): { link: ExtractedLink; evidence: string } | undefined => {
  for (const link of unofficialLinks(input)) {
    const evidence = imitationIn(link, input);
    if (evidence) return { link, evidence };
  }
  return undefined;
});

/** "[metamask.io](https://evil.example)": the visible text names one site, the link goes to another. */
export const maskedLink = defineSignal({
  id: 'masked-link',
  description: 'A markdown link whose visible text names a different site than its target.',
  group: 'link',
  detect: (input) => {
    for (const link of unofficialLinks(input)) {
      const shown = link.maskedText?.toLowerCase().match(/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/)?.[0];
      if (shown && link.domain && !shown.endsWith(link.domain)) return `[${link.maskedText}] → ${link.host}`;
      // "[0x9c0e…77af](https://blockscan-tx.app/…)": a transaction or address shown, a lookalike explorer behind it.
      if (link.maskedText && /^\s*0x[0-9a-f]{4,}/i.test(link.maskedText)) return `[${link.maskedText}] → ${link.host}`;
      // "<https://approvaldoctor.io|Etherscan Approval Checker>": a brand's tool named, someone else's site behind it.
      const brand = link.maskedText && brandToolNamed(link.maskedText.toLowerCase());
      if (brand) return `[${link.maskedText}] → ${link.host} (not ${brand})`;
    }
    return undefined;
  },
});

/**
 * A brand's tool, as link text names it: "Trezor Suite – Repair", "MetaMask Support", "Etherscan Approval Checker". Only
 * brands whose name is no everyday word ("base", "curve" and "blast" are), and only with a tool's word: a project's own
 * page about a wallet ("MetaMask setup guide") names the brand too.
 */
const brandTool = new RegExp(
  `\\b(${Object.keys(brandDomains).filter((brand) => !['base', 'curve', 'blast', 'blockchain', 'optimism', 'polygon', 'backpack', 'jupiter'].includes(brand)).join('|')})\\b.{0,30}\\b(?:suite|live|support|helpdesk|help desk|portal|repair|update|updater|extension|download|checker|revoke|validator|sync|restore|recovery|claim|desk)\\b`,
);
const brandToolNamed = (text: string) => brandTool.exec(text)?.[1];

const urlHost = /(?:https?:\/\/|www\.)[^\s/?#]*/gi;
/**
 * "https://%73tatus-…": nobody writes a host in percent escapes except to get it past a filter. The first such
 * host as written; hosts are matched whole and never overlap, so this stays linear on "www.www.www…".
 */
function percentEncodedHost(original: string): string | undefined {
  if (!original.includes('%')) return undefined;
  const text = original.slice(0, MAX_NORMALIZED_CHARS);
  urlHost.lastIndex = 0;
  for (let match = urlHost.exec(text); match; match = urlHost.exec(text)) if (/%[0-9a-f]{2}/i.test(match[0])) return match[0];
  return undefined;
}
/**
 * Instructions for putting a link together, so no filter sees it: "type it in your browser without the spaces",
 * "delete the underscores", "can't paste it here", "search X on google, it's the sponsored one", "put /claim at the end".
 */
const assemblyInstructions = gate(
  "without w o remove delete minus spaces underscores dashes brackets hyphens paste post share drop type put enter browser sponsored ending extension tld end punto",
  /\b(?:without|w\/o|remove|delete|minus) (?:the )?(?:spaces|underscores|dashes|brackets|hyphens)\b|\b(?:can'?t|cannot|not allowed to|won'?t let me) (?:paste|post|share|drop) (?:it|the link|links?|the url)(?: here| in here)?\b|\b(?:type|put|enter|paste) (?:this|it|that) (?:in|into) (?:ur|your|the) (?:browser|url bar|address bar)\b|\bsponsored (?:one|result|link|ad)\b|\b(?:ending|extension|tld) is \.[a-z]{2,}\b|\bput \/\w+ at the end\b|\bpunto (?:com|net|org|io|xyz|app)\b/,
);
export const spelledOutDomain = defineSignal({
  id: 'spelled-out-domain',
  description: 'A domain written to dodge link filters ("site dot com", "site[.]xyz", "ledger-live-update • com", a host in percent escapes, "type it without the spaces").',
  group: 'link',
  detect: (input) => {
    const links = unofficialLinks(input);
    return links.find((link) => link.spelledOut)?.url ?? (links.length > 0 ? percentEncodedHost(input.original) : undefined) ?? firstMatch(input, [assemblyInstructions]);
  },
});

export const linkShortener = defineSignal({
  id: 'link-shortener',
  description: 'A link shortener hiding the real destination.',
  group: 'link',
  detect: (input) => unofficialLinks(input).find((link) => shortenerDomains.has(link.domain))?.url,
});

export const siteBuilderLink = defineSignal({
  id: 'site-builder-link',
  description: 'A form or site-builder page (Google Forms, Typeform, Wix, Netlify, …): the usual home of fake support portals.',
  group: 'link',
  detect: (input) =>
    unofficialLinks(input).find((link) => siteBuilderDomains.has(link.domain) || siteBuilderDomains.has(link.host) || (link.domain === 'google.com' && /^(docs|sites)\./.test(link.host) && /forms|sites/.test(link.url)))?.url,
});

/**
 * Hostnames built from lure words ("sync-before-deadline.live", "lp-migrate.top"): fresh phishing domains.
 * Strong words count anywhere in the name; everyday words ("bridge", "mint", "help") only as a part of
 * their own ("arb-bridge.app", not "arcbridge.network": projects are named after what they do).
 */
const strongLureWord =
  /backup|repair|rollback|restaur|rimbors|reembols|rembours|erstattung|vozvrat|sinkron|sincroniz|wartung|migraca|migracion|tasima|klaim|reclam|validasi|verifik|recuper|claim|airdrop|bonus|reward|migrat|sync|validat|rectif|restor|support|helpdesk|compensat|refund|checker|eligib|recover|unlock|giveaway|freemint|freedrop|restake|redelegate|whitelist|kyc|rescue|retriev|redeem|reclaim|activat|authori[sz]|seed-?(?:check|verif|valid|sync|scan|test|phrase)|mnemonic|bip39|privatekey|privkey|suporte|soporte|destek|bantuan|ayuda|regalo|premio|hadiah/;
const partLureWord =
  /(?:^|[-.])(?:patch|drop(?!box)|maint|check|regist|desk|upgrade|vault|secure|verif|connect|dapp|fix|portal|firmware|update|resolution|assist|care|ticket|login|auth|allocation|distribution|approv|revoke|reset|reindex|config|mint|presale|reserve|staking|bridge|gift|prize|promo|official|season|launch|early-?access|snapshot|help|cent(?:er|re)|scan|health|dust|boost|accelerat|fastlane|unstuck|clean)/;
const hasLureWord = (name: string) => strongLureWord.test(name) || partLureWord.test(name);
/**
 * A host without its top-level domain is the name a lure is built in: "wallet-sync-support" of "wallet-sync-support.live".
 * A few top-level domains are lure words themselves: "cobalt-retro.claims", "kestrel.support".
 */
const lureInHost = (host: string) => hasLureWord(host.replace(/\.[a-z]+$/, '')) || LURE_TLD.test(host);
const LURE_TLD = /\.(?:claims?|support|airdrop|gift|bonus|rewards?|recovery)$/;
/** "http://185.217.93.14/support": a bare server address, where nobody's real site lives. */
const ipAddress = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** Invite links to another server or chat: there the path carries the lure ("discord.gg/tia-helpdesk"). */
const inviteHosts = new Set(['discord.gg', 'discord.com', 't.me', 'telegram.me', 'chat.whatsapp.com', 'join.slack.com']);
/** The first unofficial link built as a lure: from lure words, an invite whose path carries one, or a bare IP. */
const firstLureLink = oncePerInput((input: SignalInput): ExtractedLink | undefined =>
  unofficialLinks(input).find((link) => (lureInHost(link.host) && !isReadingLink(link)) || (inviteHosts.has(link.host) && hasLureWord(link.url)) || ipAddress.test(link.host)),
);
/**
 * That link's host, where it stands in the normalized text, and its sentence alone and with the next, for the
 * words around it. Once per message: three signals and the frames ask.
 */
export const lureHostInText = oncePerInput((input: SignalInput): { host: string; at: number; sentence: string; withNextSentence: string } | undefined => {
  const host = firstLureLink(input)?.host;
  const at = host ? input.text.indexOf(host) : -1;
  if (at < 0) return undefined;
  const end = at + host!.length;
  return { host: host!, at, sentence: sentenceAround(input.text, at, end), withNextSentence: sentenceAround(input.text, at, end, 1) };
});
export const lureDomain = defineSignal({
  id: 'lure-domain',
  description: 'A link whose hostname is built from lure words ("wallet-sync-support.live", "claim-bonus.top").',
  group: 'link',
  detect: (input) => firstLureLink(input)?.url,
});

/**
 * "careful, fake airdrop sites going around. the real one is claim-orbitswap.net": a lure-built host passed off
 * as the genuine one, usually behind a warning. (Real warnings name the project's own domain.)
 */
const calledReal =
  /\b(?:the )?(?:real|official|legit|actual|genuine|correct|right|only safe|safe|verified)(?: one| site| link| page| tool| portal| domain| url| checker| bot| dapp| app| form| validator| helpdesk| support| desk| way(?: [^.!?]{0,40}?)?| [\w-]+ (?:tool|site|page|portal|link|checker|bot|dapp|app|form|validator))?(?: (?:is|=|:|at|here))? ?(?:→|->|👉|:|-|=)?\W{0,4}$|\b(?:live chat|help ?desk|support desk|support|ticket desk) (?:is )?at\W{0,4}$|\b(?:use|try|go to) the one (?:at|on|here)\W{0,4}$|\b(?:only use|just use)(?: the)? [\w -]{0,25}(?:at|on|:)?\W{0,4}$/;
/** The 60 characters before `at` end by calling what stands there the real one. */
const calledRealBefore = (text: string, at: number) => at >= 0 && calledReal.test(text.slice(Math.max(0, at - 60), at));
export const lureCalledReal = defineSignal({
  id: 'lure-called-real',
  description: 'A lure-built or lookalike host passed off as the real or official one ("the real one is claim-orbitswap.net", "real one is ledgerlive.pro").',
  group: 'link',
  detect: (input) => {
    const lure = lureHostInText(input);
    if (lure && calledRealBefore(input.text, lure.at)) return `${lure.host} (called the real one)`;
    // "the ledger live in the store is fake, real one is ledgerlive.pro": a brand's lookalike, where a warning names the real site.
    const impostor = firstImitation(input)?.link.host;
    return impostor && calledRealBefore(input.text, input.text.indexOf(impostor)) ? `${impostor} (a lookalike called the real one)` : undefined;
  },
});

/**
 * "run the resync at kestrel-resync.app and it comes back", "tried lumora-validate.app, funds fine, worked for me":
 * a lure-built host vouched for, in its sentence or the next, by someone it supposedly fixed things for. A report
 * judges it there ("it worked, drained me in a second"); warning boilerplate elsewhere in the message does not count.
 */
export const lureVouchedFor = defineSignal({
  id: 'lure-vouched-for',
  description: 'A lure-built host that the message says fixed things ("it worked for me", "everything came back").',
  group: 'link',
  detect: (input) => {
    const lure = lureHostInText(input);
    const success = lure && fixVouchedIn(lure.withNextSentence);
    return success ? `${lure.host} ("${success}")` : undefined;
  },
});

/**
 * Docs, status pages, blogs and explorers are for reading: "bridge a smaller amount, limits are on x.network/docs".
 * Checkpoint-sync endpoints ("checkpoint-sync.holesky.ethpandaops.io") are what beacon nodes sync from, not wallets.
 */
const readingHost = /^(?:docs|doc|status|blog|explorer|scan|help|support|wiki|learn|faq)\.|^(?:[\w-]+\.)*[\w-]*checkpoint[\w-]*\./;
const readingPath = /^(?:https?:\/\/)?[^/]+\/(?:docs|doc|blog|status|faq|wiki|learn|guides?|tx|address)(?:[/#?]|$)/;
/** Block explorers are one word named for scanning: etherscan.io, arbiscan.io, "halcyonscan.io" (not "deposit-rescan.com"). */
const explorerDomain = /^[a-z0-9]+(?<!re)scan\.[a-z]+$/;
/** An explorer's page that acts on a wallet is no page for reading: "fernwavescan.io/swap", "orbisscan.net/attest". */
const walletActionPath = /^(?:https?:\/\/)?[^/]+\/(?:claim|swap|attest|unblock|unlock|view|verify|validate|sync|connect|revoke|approve|relayer|migrate|restore|recover|withdraw|airdrop|mint|rescue|fix|repair)\b/;
function isReadingLink(link: ExtractedLink): boolean {
  return (
    !link.spelledOut &&
    (readingHost.test(link.host) || readingPath.test(link.url) || (explorerDomain.test(link.domain) && !walletActionPath.test(link.url))) &&
    !lureInHost(link.domain)
  );
}

/** A wallet action aimed at the reader next to a link that is not official: "connect and approve at <site>". */
// Not a word of a hostname: the "claim" in "arb-claim.live" is the link, not an instruction (a "/claim" path still counts).
export const walletAction =
  /(?<!\.)\b(?:(?:re)?connect(?! (?:a |an |the |your |ur )?(?:telegram|discord|slack|bot|node|rpc|webhook|alert|grafana|prometheus))|(?:re-?)?approve|revoke|reconfirm|reset|re-?index|re-?snapshot|re-?register|conectala|conecta|conecte|firma|firmate|collega|collegate|sincronizzate|assine|valida|valide|sincroniza|sincronize|reclama|resgate|hubungkan|clean(?! (?:install|up the code))|sweep|polacz|laczysz|podlacz|zmigruj|migruj|verbind|koppel|migreer|unganisha|hamisha|conectati|conecteaza|semnati|ikonekta|sign|claim|migrate|sync|resync|re-?stake|re-?delegate|update|upgrade|verify|validate|swap|move|withdraw|mint|register|submit|(?:re-?)?import|restore|unlock|rectify|whitelist|check (?:your )?eligibility|book|download|install|reserve|stake|deposit|bridge|activate|reactivate|authori[sz]e|authenticate|redeem|collect|enroll|participate|secure (?:your|ur)|protect (?:your|ur)|confirm (?:your|ur) (?:holdings|wallet|balance|assets|address|account|funds|tokens))\b(?![-.]\w)|(?:подключ|подпис|мигрир|синхрониз|валидир|підключ|підпиш|мігру)[а-яёіїє]*|연결|서명|마이그레이션|이전하|接続|署名|移行|连接|連接|签名|簽名|迁移|遷移|เชื่อมต่อ|وصل|اربط|انقل|مهاجرت|امضا/;
export const walletActionLink = defineSignal({
  id: 'wallet-action-link',
  description: 'Tells the reader to connect, approve, sign, claim, migrate or verify on a link that is not an official domain.',
  group: 'request',
  detect: (input) => {
    const link = unofficialLinks(input).find((candidate) => !isReadingLink(candidate));
    if (!link) return undefined;
    const action = walletAction.exec(input.text);
    return action ? `${action[0]} … ${link.host}` : undefined;
  },
});
