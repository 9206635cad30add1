import { isOfficial, reputationOf, shortenerDomains, siteBuilderDomains } from '../links.js';
import type { ExtractedLink } from '../normalize.js';
import { defineSignal, firstMatch, gate, oncePerInput, type SignalInput } from './define.js';

/** A scam needs one bad link, not fifty: looking further only lets a link-stuffed message cost more time. */
const MAX_LINKS_JUDGED = 20;

/** Links that are not the community's or a brand's official domain: only these can be risky. Seven signals ask, once per message. */
const unofficialLinks = oncePerInput(({ links, config }: SignalInput): readonly ExtractedLink[] =>
  links.slice(0, MAX_LINKS_JUDGED).filter((link) => !isOfficial(link, config.officialDomains)));

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

export const lookalikeDomain = defineSignal({
  id: 'lookalike-domain',
  description: 'A typosquat or lookalike of a known crypto brand ("rnetamask.io", "uniswap-claim.app").',
  group: 'link',
  detect: (input) => {
    for (const link of unofficialLinks(input)) {
      const reputation = reputationOf(link);
      if (reputation.kind === 'lookalike') return reputation.evidence;
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

/**
 * Hyphenated hostnames the link extractor cannot see because the dot is disguised: "arbitrum-claim . xyz",
 * "ledger-live-update • com", "phantom-restore,app", "zk-airdrop d o t org".
 */
const disguisedDot = gate(
  "com net org io app xyz live site online top finance claim claims info cc me pro fi gg",
  /\b[a-z0-9]{2,30}(?:-[a-z0-9]{2,30}){1,4}(?: ?[•·,] ?| \. | ?\(\.\) ?| d ?o ?t )(?:com|net|org|io|app|xyz|live|site|online|top|finance|claims?|info|cc|me|pro|fi|gg)\b/,
);
export const spelledOutDomain = defineSignal({
  id: 'spelled-out-domain',
  description: 'A domain written to dodge link filters ("site dot com", "site[.]xyz").',
  group: 'link',
  // disguisedDot needs a "-": a native search spares most messages a regex run.
  detect: (input) => unofficialLinks(input).find((link) => link.spelledOut)?.url ?? (input.text.includes('-') ? firstMatch(input, [disguisedDot]) : undefined),
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
  /claim|airdrop|bonus|reward|migrat|sync|validat|rectif|restor|support|helpdesk|desk|compensat|refund|checker|eligib|upgrade|vault|secure|verif|connect|dapp|fix|portal|recover|unlock|giveaway|freemint|freedrop|restake|redelegate|firmware|update|resolution|assist|care|ticket|whitelist|kyc|login|auth|rescue|retriev|allocation|distribution|approve|revoke|mint|presale|reserve|staking|bridge|gift|prize|promo|official|season|launch|early-?access|snapshot|redeem|reclaim|activat|authori[sz]|help|cent(?:er|re)/;
/** Invite links to another server or chat: there the path carries the lure ("discord.gg/tia-helpdesk"). */
const inviteHosts = new Set(['discord.gg', 'discord.com', 't.me', 'telegram.me', 'chat.whatsapp.com']);
export const lureDomain = defineSignal({
  id: 'lure-domain',
  description: 'A link whose hostname is built from lure words ("wallet-sync-support.live", "claim-bonus.top").',
  group: 'link',
  detect: (input) =>
    unofficialLinks(input).find((link) => hostHasLureWord(link.host) || (inviteHosts.has(link.host) && lureWord.test(link.url)))?.url,
});

// Two regexes per link and hosts repeat: remembered per host, bounded like the link caches in normalize/links.ts.
const lureHostCache = new Map<string, boolean>();
function hostHasLureWord(host: string): boolean {
  let lure = lureHostCache.get(host);
  if (lure === undefined) {
    lure = lureWord.test(host.replace(/\.[a-z]+$/, ''));
    if (lureHostCache.size >= 5_000) lureHostCache.clear();
    lureHostCache.set(host, lure);
  }
  return lure;
}

/** A wallet action aimed at the reader next to a link that is not official: "connect and approve at <site>". */
const walletAction =
  /\b(?:connect|approve|sign|claim|migrate|sync|resync|re-?stake|re-?delegate|update|upgrade|verify|validate|swap|move|withdraw|mint|register|submit|(?:re-?)?import|restore|unlock|rectify|whitelist|check (?:your )?eligibility|book|download|install|reserve|stake|deposit|bridge|activate|reactivate|authori[sz]e|authenticate|redeem|collect|enroll|participate|secure (?:your|ur)|protect (?:your|ur))\b/;
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
