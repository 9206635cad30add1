import { isOfficial, misspelledNameOf, reputationOf, shortenerDomains, siteBuilderDomains } from '../links.js';
import type { ExtractedLink } from '../normalize.js';
import { defineSignal, gate, oncePerInput, type SignalInput } from './define.js';

/** A scam needs one bad link, not fifty: looking further only lets a link-stuffed message cost more time. */
const MAX_LINKS_JUDGED = 20;

/**
 * Hyphenated hostnames the link extractor cannot see because the dot (and sometimes the spacing) is disguised:
 * "arbitrum-claim . xyz", "ledger-live-update • com", "phantom-restore,app", "zk-airdrop d o t org",
 * "m e t a m a s k - v a l i d a t e . c o m" (normalized to "metamask - validate . com"). Prose rarely puts
 * a lone " . com" after hyphenated words, so the hyphen and a common TLD are both required.
 */
const disguisedDomain = gate(
  'com net org io app xyz live site online top finance claim claims info cc me pro fi gg',
  /\b([a-z0-9]{2,30}(?: ?- ?[a-z0-9]{2,30}){1,4})(?: ?[•·,] ?| \. | ?\((?:\.|dot)\) ?| d ?o ?t )(com|net|org|io|app|xyz|live|site|online|top|finance|claims?|info|cc|me|pro|fi|gg)\b/g,
);

/** The disguised hosts as links, so every link signal judges them like the links they stand for. */
const disguisedLinks = oncePerInput(({ text, openGates }: SignalInput): ExtractedLink[] => {
  if (openGates && !openGates[disguisedDomain.index]) return [];
  const links: ExtractedLink[] = [];
  const { pattern } = disguisedDomain;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && links.length < MAX_LINKS_JUDGED; m = pattern.exec(text)) {
    const host = `${m[1]!.replace(/ /g, '')}.${m[2]}`;
    links.push({ url: host, host, domain: host, spelledOut: true });
  }
  return links;
});

/** Links that are not the community's or a brand's official domain: only these can be risky. */
function unofficialLinks(input: SignalInput): ExtractedLink[] {
  const found = input.links.length ? input.links.slice(0, MAX_LINKS_JUDGED) : [];
  const disguised = disguisedLinks(input);
  return (disguised.length ? [...found, ...disguised] : found).filter((link) => !isOfficial(link, input.config.officialDomains));
}

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
    if (name.length >= 6 && new RegExp(`(?<![\\w.-])${name.replace(/\./g, '\\.')}(?![\\w-])`).test(text)) return `${link.host} (imitates ${name}, named in the message)`;
  }
  return undefined;
}

export const lookalikeDomain = defineSignal({
  id: 'lookalike-domain',
  description: 'A typosquat or lookalike of a known crypto brand ("rnetamask.io", "uniswap-claim.app") or of a name in the message.',
  group: 'link',
  detect: (input) => {
    for (const link of unofficialLinks(input)) {
      const reputation = reputationOf(link);
      if (reputation.kind === 'lookalike') return reputation.evidence;
      const imitated = splitNameOf(link, input.text) ?? misspelledNameOf(link, input.original);
      if (imitated) return imitated;
    }
    return undefined;
  },
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
    }
    return undefined;
  },
});

export const spelledOutDomain = defineSignal({
  id: 'spelled-out-domain',
  description: 'A domain written to dodge link filters ("site dot com", "site[.]xyz", "ledger-live-update • com").',
  group: 'link',
  detect: (input) => unofficialLinks(input).find((link) => link.spelledOut)?.url,
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

/** Hostnames built from lure words ("sync-before-deadline.live", "lp-migrate.top"): fresh phishing domains. */
const lureWord =
  /backup|repair|patch|rollback|drop(?!box)|maint|check|regist|sinkron|migraca|migracion|tasima|regalo|klaim|reclam|ayuda|suporte|soporte|destek|bantuan|validasi|verifik|recuper|premio|hadiah|claim|airdrop|bonus|reward|migrat|sync|validat|rectif|restor|support|helpdesk|desk|compensat|refund|checker|eligib|upgrade|vault|secure|verif|connect|dapp|fix|portal|recover|unlock|giveaway|freemint|freedrop|restake|redelegate|firmware|update|resolution|assist|care|ticket|whitelist|kyc|login|auth|rescue|retriev|allocation|distribution|approve|revoke|mint|presale|reserve|staking|bridge|gift|prize|promo|official|season|launch|early-?access|snapshot|redeem|reclaim|activat|authori[sz]|help|cent(?:er|re)/;
/** Invite links to another server or chat: there the path carries the lure ("discord.gg/tia-helpdesk"). */
const inviteHosts = new Set(['discord.gg', 'discord.com', 't.me', 'telegram.me', 'chat.whatsapp.com']);
export const lureDomain = defineSignal({
  id: 'lure-domain',
  description: 'A link whose hostname is built from lure words ("wallet-sync-support.live", "claim-bonus.top").',
  group: 'link',
  detect: (input) =>
    unofficialLinks(input).find((link) => lureWord.test(link.host.replace(/\.[a-z]+$/, '')) || (inviteHosts.has(link.host) && lureWord.test(link.url)))?.url,
});

/** A wallet action aimed at the reader next to a link that is not official: "connect and approve at <site>". */
// Not a word of a hostname: the "claim" in "arb-claim.live" is the link, not an instruction (a "/claim" path still counts).
const walletAction =
  /(?<!\.)\b(?:(?:re)?connect|(?:re-?)?approve|revoke|reconfirm|re-?register|sign|claim|migrate|sync|resync|re-?stake|re-?delegate|update|upgrade|verify|validate|swap|move|withdraw|mint|register|submit|(?:re-?)?import|restore|unlock|rectify|whitelist|check (?:your )?eligibility|book|download|install|reserve|stake|deposit|bridge|activate|reactivate|authori[sz]e|authenticate|redeem|collect|enroll|participate|secure (?:your|ur)|protect (?:your|ur))\b(?![-.]\w)/;
export const walletActionLink = defineSignal({
  id: 'wallet-action-link',
  description: 'Tells the reader to connect, approve, sign, claim, migrate or verify on a link that is not an official domain.',
  group: 'request',
  detect: (input) => {
    const link = unofficialLinks(input)[0];
    if (!link) return undefined;
    const action = walletAction.exec(input.text);
    return action ? `${action[0]} … ${link.host}` : undefined;
  },
});
