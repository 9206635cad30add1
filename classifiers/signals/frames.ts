import { isOfficial } from '../links.js';
import { defineSignal, firstMatch } from './define.js';

/**
 * Frames that point the other way (negative weights): warnings, victims asking, people quoting a scam
 * to report it, developers talking about keys in code, and staff speaking.
 */

const negation = "(?<!\\b(?:who|that|which|if you|users|holders|wallets) )\\b(?:never|don'?t|do not|dont|won'?t|will not|wont|shouldn'?t|should not|nobody|no one|no admin|no mod|no (?:real |legit |genuine )?(?:support|team member|staff))\\b(?! (?:worry|hesitate|panic|be afraid|stress))";
const warningPatterns = [
  // "never share your seed phrase", "don't give anyone your private key"
  new RegExp(`${negation}[^.!?]{0,30}\\b(?:share|send|give|enter|type|paste|reveal|disclose|tell|show)\\w*\\b[^.!?]{0,30}\\b(?:seed|phrase|private key|keys|password|words|mnemonic|2fa|codes?|recovery)\\b`),
  // "admins will never DM you", "no one from the team will message you first"
  new RegExp(`${negation}(?: \\w+){0,3} (?:dm|message|ask|contact|pm|request)\\w*\\b[^.!?]{0,20}\\b(?:you|first|for|anyone)\\b`),
  // "don't click that link", "never connect your wallet to sites from DMs"
  new RegExp(`${negation}[^.!?]{0,10}\\b(?:click|connect|sign|approve|trust|interact|open|visit)\\w*\\b[^.!?]{0,30}\\b(?:link|links|site|sites|dapps?|wallet|dms?|strangers|anyone|random|unknown|this|that|it|them)\\b`),
  /\b(?:beware|be careful|watch out|heads up|psa|stay safe|be aware|careful)\b.{0,80}\b(?:scam|phish|fake|impersonat|never|don'?t|do not)\w*/,
  /\b(?:this|that|it|these|those|they|ones|the (?:link|site|dm|message|account|post|guy|user)s?(?: above| below)?)\s?(?:is|are|was|were|looks like|seems like|'s|'re) (?:a |an |all |always |usually |definitely a |totally a |obviously a |100% a )?(?:scams?|scammers?|phish|phishing|fake|drainers?|rugs?)\b/,
  /\b(?:scam(?:mer)?s?|phishing|fake (?:support|admins?|accounts?|mods?))\b.{0,40}\b(?:alert|warning|report(?:ed)?|ban(?:ned)?|block(?:ed)?|ignore|around|going around|active)\b/,
  /\b(?:fake|phishing|scam|malicious)\b(?: [\w-]+){0,4} (?:sites?|links?|domains?|apps?|accounts?|pages?)\b[^.!?]{0,30}\b(?:going around|circulating|spreading|out there|again|active)\b|\b(?:added|submitted|reported) (?:it |this |them )?to (?:the )?(?:blocklist|blacklist|phishing list|metamask|chainabuse)\b/,
  // The same judgement in other languages: "это скам?", "es una estafa", "é golpe", "骗子".
  /(?:это (?:же |точно )?(?:скам|развод|мошенник)|мошенники|es (?:una )?estafa|son estafadores|e golpe|é golpe|sao golpistas|骗子|诈骗)/,
  /\b(?:report|ignore|block)(?:ed)? (?:them|him|her|it|this|that|anyone|any (?:dm|one)|such|the (?:account|user|sender))\b/,
  /\b(?:admins?|mods?|moderators?|support|staff|team)(?: members)? (?:will )?never (?:dm|message|ask|contact|pm|request)\b/,
];

export const warningFrame = defineSignal({
  id: 'warning-frame',
  description: 'A warning about scams ("never share your seed phrase", "admins will never DM you", "that link is a scam").',
  group: 'frame',
  detect: ({ text }) => firstMatch(text, warningPatterns),
});

/** Victims use the scam's words but ask, in the first person: "I think I shared my seed phrase, what do I do?" */
const firstPerson = /\b(?:i|i'm|im|i've|ive|my|me|mine)\b|(?:^|\s)(?:я|мне|меня|мой|моя|yo|mi|me|eu|meu|minha)(?=\s|$)|我/;
const asking = /\?|\b(?:please help|help me|need help|can (?:some|any)(?:one|body) help|please advise|what (?:do|should|can) i|how (?:do|can) i|is (?:this|it|that) (?:legit|real|safe|a scam)|anyone know|any idea|wondering|not sure)\b/;
/** Offers of help are the scammer's opening, not a question. */
const offering = /\b(?:i|we) (?:can|will|'ll|could) (?:help|assist|guide|fix|recover|sort|brute|check)|\blet me (?:help|assist|guide)|\b(?:i|we)(?:'ve| have)? (?:just )?(?:sent|dm'?e?d|messaged)\b|\b(?:call|toll[- ]?free|phone number|contact (?:him|her|them|us))\b/;
export const questionFrame = defineSignal({
  id: 'question-frame',
  description: 'Someone asking for help in the first person rather than instructing others.',
  group: 'frame',
  detect: ({ text }) => {
    if (!firstPerson.test(text) || offering.test(text)) return undefined;
    const question = asking.exec(text);
    if (!question) return undefined;
    // Scammers ask questions too ("did you connect your wallet?"); instructions to the reader cancel the frame.
    if (/\b(?:you (?:must|need to|have to|should)|kindly|click (?:here|the link|below)|contact (?:our|the) support|what(?:'s| is| are) (?:your|ur|the) (?:\d+ )?(?:words|phrase|seed|key)|send (?:me|us)|give me|dm me|our (?:team|agent|engineers|experts|support))\b/.test(text)) return undefined;
    return question[0];
  },
});

const quotePatterns = [
  /\b(?:(?:some|any)(?:one|body)|a (?:guy|user|scammer|bot|random|stranger)|this (?:guy|account|user)|they|he|she) (?:just )?(?:dm'?e?d|pm'?e?d|messaged|sent|texted|emailed|called|told|asked|wrote to|replied to|contacted|approached)\b (?:me|us)\b/,
  /\b(?:i )?(?:got|received|getting|keep getting)\b (?:a |an |this|these|the following|the same|some )?\s?(?:dms?|pms?|messages?|emails?|texts?|weird|strange|suspicious|sketchy|fake|in my|on (?:slack|discord|telegram|twitter))\b/,
  /\b(?:quoting|for the record|posting (?:this|it) so|be careful guys|they tried|tried (?:this|it) on me|asked me for my|(?:reported|blocked)(?: (?:him|her|them|it|the account))?\.?$)/,
  // Not "[Quote: @user …]": that is how a quote-post is rendered, the poster's own text is the lure.
  /^>|(?:\bsaid|\bsays|\bsaying|\bclaiming|\bclaims|\bwrote|(?<!\[)\bquote)\s?[:"“']/,
  // Dialogue and commentary on a quoted line: "Scammer: 'your wallet is out of sync' Me: …", "'kindly share …' is the new …"
  /\b(?:scammers?|scam ?bot|the dm|the message|fake (?:admin|support))\s?:\s?['"“‘]|['"“‘][^'"”’]{12,}['"”’]\s?(?:is|are|=|lol|lmao|lmfao|💀|😂|🤣|means|translates)/,
];
export const quoteFrame = defineSignal({
  id: 'quote-frame',
  description: 'Quotes or reports a scam someone received ("someone DMed me saying …").',
  group: 'frame',
  detect: ({ text }) => firstMatch(text, quotePatterns),
});

const codePatterns = [
  /`|\b(?:const|let|var) \w+ ?=|\brequire\(|\bimport (?:\{|\* as|\w+ from)|\bfunction ?\w*\(|\bconsole\.log|\bprocess\.env|\bdef \w+\(|=>|\b(?:npm|yarn|pnpm|pip|cargo) (?:install|i|add|run)\b/,
  /\b(?:ethers|web3\.?js|viem|hardhat|foundry|anvil|ganache|truffle|bip39|bip32|bip44|hd ?wallet|derivation path|wallet\.frommnemonic|fromphrase|mnemonic\.phrase|keccak|secp256k1|solidity|testnet|localhost|unit tests?|env var(?:iable)?s?|github actions|ci)\b/,
];
export const codeContext = defineSignal({
  id: 'code-context',
  description: 'Developers talking about keys in code (snippets, libraries, test keys).',
  group: 'frame',
  detect: ({ text }) => firstMatch(text, codePatterns),
});

export const staffAuthor = defineSignal({
  id: 'staff-author',
  description: 'Written by a member with a staff or moderator role.',
  group: 'frame',
  detect: ({ context }) => (context.authorIsStaff ? 'author has a staff role' : undefined),
});

/** Pointing people at the project's own domain is what real support does. */
export const officialLinkOnly = defineSignal({
  id: 'official-link-only',
  description: 'Every link goes to an official domain (the community\'s or a known brand\'s real site).',
  group: 'frame',
  detect: ({ links, config }) => {
    if (links.length === 0) return undefined;
    return links.every((link) => isOfficial(link, config.officialDomains)) ? links[0]!.host : undefined;
  },
});
