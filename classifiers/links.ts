/**
 * Link reputation, shared by the link signals: official domains (the community's own and well-known
 * brands' real sites), MetaMask's offline phishing list with its fuzzy lookalike matching, and our own
 * brand typosquat check. Results are cached per domain because the phishing list is scanned linearly.
 */
import { createRequire } from 'node:module';
import { parse } from 'tldts';
import { skeleton, type ExtractedLink } from './normalize.js';

const require = createRequire(import.meta.url);
interface PhishingDetector { check(domain: string): { result: boolean; type: string; match?: string } }
const PhishingDetectorClass = require('eth-phishing-detect/src/detector') as new (config: unknown) => PhishingDetector;
const phishingConfig = require('eth-phishing-detect/src/config.json') as { blacklist: string[]; whitelist: string[]; fuzzylist: string[]; tolerance: number };
/**
 * The list's ~14k blocked and ~1k allowed hosts go into Sets (the detector scans both linearly, ~0.1 ms a
 * host); the detector keeps what it does well: the fuzzy lookalike match against the brands it lists.
 */
const blockedHosts = new Set(phishingConfig.blacklist);
const allowedHosts = new Set(phishingConfig.whitelist);
const fuzzyDetector = new PhishingDetectorClass({ ...phishingConfig, blacklist: [], whitelist: [] });

/** The host or any parent domain is in the set (as the detector matches: deeper subdomains count). */
function listed(hosts: ReadonlySet<string>, host: string): boolean {
  for (let at = 0; at !== -1; at = host.indexOf('.', at + 1)) {
    if (hosts.has(at === 0 ? host : host.slice(at + 1))) return true;
  }
  return false;
}

/** Brands scammers impersonate, with the registrable domains that are really theirs. */
export const brandDomains: Readonly<Record<string, readonly string[]>> = {
  metamask: ['metamask.io'],
  trustwallet: ['trustwallet.com'],
  ledger: ['ledger.com'],
  uniswap: ['uniswap.org'],
  coinbase: ['coinbase.com'],
  binance: ['binance.com'],
  phantom: ['phantom.app', 'phantom.com'],
  opensea: ['opensea.io'],
  arbitrum: ['arbitrum.io', 'arbitrum.foundation'],
  solana: ['solana.com'],
  exodus: ['exodus.com'],
  kraken: ['kraken.com'],
  walletconnect: ['walletconnect.com', 'walletconnect.org', 'reown.com'],
  pancakeswap: ['pancakeswap.finance'],
  trezor: ['trezor.io'],
  etherscan: ['etherscan.io'],
  blockchain: ['blockchain.com'],
  rabby: ['rabby.io'],
  safepal: ['safepal.com'],
  atomicwallet: ['atomicwallet.io'],
  kucoin: ['kucoin.com'],
  polygon: ['polygon.technology'],
  optimism: ['optimism.io'],
  aave: ['aave.com'],
  lido: ['lido.fi'],
  sushiswap: ['sushi.com'],
  curve: ['curve.fi', 'curve.finance'],
  base: ['base.org'],
  blast: ['blast.io'],
  jupiter: ['jup.ag'],
  magiceden: ['magiceden.io'],
  keplr: ['keplr.app'],
  zerion: ['zerion.io'],
  tangem: ['tangem.com'],
  okx: ['okx.com'],
  bybit: ['bybit.com'],
  tonkeeper: ['tonkeeper.com'],
  starknet: ['starknet.io'],
  solflare: ['solflare.com'],
  backpack: ['backpack.app', 'backpack.exchange'],
  layerzero: ['layerzero.network'],
  eigenlayer: ['eigenlayer.xyz'],
  celestia: ['celestia.org'],
  hyperliquid: ['hyperliquid.xyz'],
  dydx: ['dydx.exchange', 'dydx.trade'],
  pendle: ['pendle.finance'],
  raydium: ['raydium.io'],
  ethena: ['ethena.fi'],
  zksync: ['zksync.io'],
  polkadot: ['polkadot.network', 'polkadot.com'],
  osmosis: ['osmosis.zone'],
  avalanche: ['avax.network'],
  gemini: ['gemini.com'],
  bitstamp: ['bitstamp.net'],
  bitget: ['bitget.com'],
  argent: ['argent.xyz'],
  rainbow: ['rainbow.me'],
  coinomi: ['coinomi.com'],
  ledgerlive: ['ledger.com'],
};

/** Big general sites whose links are ordinary chat, never lookalikes. */
const commonDomains = new Set([
  'github.com', 'youtube.com', 'youtu.be', 'twitter.com', 'x.com', 'discord.com', 'reddit.com',
  'medium.com', 'wikipedia.org', 'coingecko.com', 'coinmarketcap.com', 'ethereum.org', 'bitcoin.org', 'npmjs.com',
  'stackoverflow.com', 'docs.rs', 'mirror.xyz', 'substack.com', 'etherscan.io', 'bscscan.com', 'polygonscan.com', 'arbiscan.io',
  // Well-known crypto tools people recommend to each other in help channels: explorers, approval
  // revokers, dashboards, governance, infrastructure. Their names are full of lure words ("revoke",
  // "snapshot", "safe", "chain") — without this, good advice ("check revoke.cash") reads as a lure.
  'revoke.cash', 'snapshot.org', 'chainlist.org', 'debank.com', 'defillama.com', 'dune.com', 'zapper.xyz', 'safe.global',
  'l2beat.com', 'ens.domains', 'blockscout.com', 'solscan.io', 'basescan.org', 'ftmscan.com', 'snowtrace.io', 'mempool.space',
  'blockstream.info', 'blockchair.com', 'tronscan.org', 'tonviewer.com', 'mintscan.io', 'subscan.io', 'alchemy.com', 'infura.io',
  'chain.link', 'thegraph.com', 'tenderly.co', 'gitcoin.co', 'chainabuse.com', 'scamsniffer.io', 'walletguard.app', 'pocketuniverse.app',
  'tokensniffer.com', 'honeypot.is', 'dexscreener.com', 'dextools.io', 'geckoterminal.com', 'cryptorank.io', 'messari.io', 'rekt.news',
  // Where victims are told to report a theft: the advice that follows a drained wallet, never a lure.
  'ic3.gov', 'ftc.gov', 'reportfraud.ftc.gov', 'actionfraud.police.uk', 'cyber.gc.ca', 'scamwatch.gov.au', 'europol.europa.eu',
]);

/** Hosts that give anyone a page or form in minutes: the usual home of fake "support portals". */
export const siteBuilderDomains = new Set([
  'forms.gle', 'typeform.com', 'jotform.com', 'formstack.com', 'wufoo.com', '123formbuilder.com', 'cognitoforms.com', 'tally.so',
  'wixsite.com', 'weebly.com', 'webflow.io', 'netlify.app', 'vercel.app', 'pages.dev', 'glitch.me', 'firebaseapp.com', 'web.app',
  'herokuapp.com', 'github.io', 'gitbook.io', 'carrd.co', 'strikingly.com', 'mystrikingly.com', 'godaddysites.com', 'square.site',
  'blogspot.com', 'wordpress.com', 'sites.google.com', 'repl.co', 'replit.app', 'surge.sh', 'framer.website', 'notion.site',
]);

export const shortenerDomains = new Set([
  'bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'cutt.ly', 'rebrand.ly', 'shorturl.at', 'tiny.cc',
  'rb.gy', 'bl.ink', 's.id', 'v.gd', 'shorte.st', 'adf.ly', 't.ly', 'lnkd.in', 'linktr.ee',
]);

const officialBrandDomains = new Set(Object.values(brandDomains).flat());
/** Each brand domain as it appears inside a spoofing host: "phantom.app." and "phantom-app". */
const officialSpoofForms = [...officialBrandDomains].map((official) => [official, `${official}.`, official.replace('.', '-')] as const);

export function isOfficial(link: ExtractedLink, officialDomains: readonly string[]): boolean {
  const domain = link.domain || link.host;
  if (!domain) return false;
  return officialBrandDomains.has(domain) || commonDomains.has(domain) || officialDomains.some((d) => domain === d || link.host === d || link.host.endsWith(`.${d}`));
}

/** Whether any of the links leaves the official domains: only such a link can lead to an outside desk. */
export function hasUnofficialLink(links: readonly ExtractedLink[], officialDomains: readonly string[]): boolean {
  return links.some((link) => !isOfficial(link, officialDomains));
}

/** Folds the letter tricks typosquats use ("rn" for "m", "vv" for "w", digits for letters). */
function squash(label: string): string {
  return label.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/0/g, 'o').replace(/1/g, 'l').replace(/3/g, 'e').replace(/[^a-z]/g, '');
}

/**
 * A project name the message itself writes with a capital ("Nebulink Genesis mint is live") that the link's
 * name misspells by one letter ("nebullnk.art", "kryptokniqhts.io"): a typosquat of any project, listed or not.
 * Capitals tell the name from a warning that lists typos in lowercase ("anything else (nebullnk…) is fake").
 */
export function misspelledNameOf(link: ExtractedLink, original: string): string | undefined {
  const label = (link.domain || link.host).split('.')[0] ?? '';
  if (label.length < 6) return undefined;
  const squashed = squash(label);
  for (const [word] of original.matchAll(/\b[A-Z][A-Za-z0-9]{5,29}\b/g)) {
    const name = word.toLowerCase();
    if (name !== label && editDistanceAtMostOne(squashed, name)) return `${link.host} (misspells ${word}, named in the message)`;
  }
  return undefined;
}

/**
 * A capital I inside an otherwise lowercase host ("kestrelprotocoI.org", "appIe-id.com") reads as an l: hosts
 * are typed in lowercase or CamelCase, and only a lookalike capitalizes one I after a lowercase letter.
 */
export function capitalIForL(link: ExtractedLink): string | undefined {
  const host = link.url.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/, 1)[0] ?? '';
  return /[a-z]I/.test(host) && !/[A-HJ-Z]/.test(host) ? `${host} (a capital I where an l reads)` : undefined;
}

/**
 * A whole domain worn as a subdomain ("faucet.corvidchain.org.faucets-hub.net", "app.zenthra.xyz.audit-report.app"):
 * the address bar shows the real project's domain first, the registrable domain is someone else's.
 */
export function domainInSubdomain(link: ExtractedLink): string | undefined {
  if (!link.domain || link.host === link.domain) return undefined;
  const subdomain = link.host.slice(0, -(link.domain.length + 1));
  if (!subdomain.includes('.')) return undefined;
  const inner = parse(subdomain);
  return inner.domain && inner.isIcann ? `${link.host} (wears ${inner.domain} in front of ${link.domain})` : undefined;
}

/** One insertion, deletion, substitution or swap of neighbours ("arcbrigde" for "arcbridge") apart. */
function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Brands that are also ordinary words ("ledger", "curve"): a domain containing one needs a lure word too. */
const commonWordBrands = new Set([
  'ledger', 'phantom', 'exodus', 'kraken', 'polygon', 'optimism', 'blockchain', 'curve', 'lido', 'aave', 'solana', 'base', 'blast',
  'jupiter', 'backpack', 'celestia', 'gemini', 'argent', 'rainbow', 'avalanche', 'osmosis', 'okx', 'dydx',
]);
const lureWords = /support|help|desk|claim|airdrop|sync|verif|validat|wallet|recover|secur|connect|live|official|fix|rectif|dapp|reward|restor|unlock|portal|care|service|team|auth/;

const reputationCache = new Map<string, LinkReputation>();
const CACHE_LIMIT = 10_000;

export type LinkReputation =
  | { kind: 'known-phishing'; evidence: string }
  | { kind: 'lookalike'; evidence: string }
  | { kind: 'clean' };

/** Reputation of a link's registrable domain (official domains are filtered before this is asked). */
export function reputationOf(link: ExtractedLink): LinkReputation {
  const domain = link.domain || link.host;
  if (!domain) return { kind: 'clean' };
  const cached = reputationCache.get(link.host || domain);
  if (cached) return cached;
  const result = computeReputation(link.host || domain, domain);
  if (reputationCache.size >= CACHE_LIMIT) reputationCache.clear();
  reputationCache.set(link.host || domain, result);
  return result;
}

function computeReputation(host: string, domain: string): LinkReputation {
  // eslint-disable-next-line no-control-regex -- "anything outside ASCII" is the point
  if (/[^\x00-\x7f]/.test(host)) {
    // An internationalized host that folds to a brand's domain is a homograph: "mеtamask.io" with a Cyrillic е.
    const folded = host.split('.').map(skeleton).join('.');
    const imitated = [...officialBrandDomains].find((official) => folded === official || folded.endsWith(`.${official}`));
    if (imitated) return { kind: 'lookalike', evidence: `${host} (homograph of ${imitated})` };
    // Latin mixed with lookalike letters of another script in one name ("nexorа" with a Cyrillic а): real
    // internationalized names are written in one script.
    const mixed = host.split('.').find((label) => /[a-z]/.test(label) && /[\u0370-\u03ff\u0400-\u04ff]/.test(label));
    if (mixed) return { kind: 'lookalike', evidence: `${host} (mixes Latin with lookalike letters)` };
    return computeReputation(folded, folded.split('.').slice(-2).join('.'));
  }
  if (listed(allowedHosts, host)) return { kind: 'clean' };
  if (listed(blockedHosts, host)) return { kind: 'known-phishing', evidence: host };
  const fuzzy = fuzzyDetector.check(host);
  if (fuzzy.result && fuzzy.type === 'fuzzy') return { kind: 'lookalike', evidence: `${host} (looks like ${fuzzy.match})` };
  // A brand's own domain inside someone else's host: "phantom.app.celebrate10m.com", "blast-io.app".
  for (const [official, dotted, dashed] of officialSpoofForms) {
    if (host !== official && !host.endsWith(`.${official}`) && (host.includes(dotted) || host.includes(dashed))) {
      return { kind: 'lookalike', evidence: `${host} (imitates ${official})` };
    }
  }
  // Someone's domain dressed as a subdomain: "cobaltswap.fi-claim.com" reads as cobaltswap.fi at a glance.
  const dressed = /^(?:[a-z0-9-]+\.)*?([a-z0-9-]+\.(?:com|io|fi|org|net|app|xyz|finance|exchange|network|trade|gg|so|ai|co))-[a-z0-9-]+\.[a-z]{2,}$/.exec(host);
  if (dressed) return { kind: 'lookalike', evidence: `${host} (dressed as ${dressed[1]})` };
  const label = squash(domain.split('.')[0] ?? '');
  const hostLabels = squash(host.replace(/\.[^.]+$/, ''));
  for (const brand of Object.keys(brandDomains)) {
    const named = hostLabels.includes(brand) && (!commonWordBrands.has(brand) || lureWords.test(hostLabels.replace(brand, ' ')));
    if (named || (brand.length >= 6 && editDistanceAtMostOne(label, brand))) {
      return { kind: 'lookalike', evidence: `${host} (imitates ${brand})` };
    }
  }
  return { kind: 'clean' };
}
