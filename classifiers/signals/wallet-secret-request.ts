import { hasUnofficialLink } from '../links.js';
import { defineSignal, firstMatch, symbolsOnly, type SignalInput } from './define.js';
import { foreignSecretRequest } from './multilingual.js';

/**
 * A request for the keys to a wallet. Never part of genuine support, so this is the strongest single cue.
 * Not a request: the speaker's own secret ("I entered my seed phrase"), advice ("you'll need your seed
 * phrase to restore"), and negations ("support will never ask for your seed phrase").
 */
const secretNoun =
  '(?:(?:seed|recovery|secret|backup|mnemonic|wallet|security|word)[ -]?(?:phrase|words?)s?|mnemonics?|private[ -]?keys?|priv[ -]?keys?|keystore(?: file| json)?(?: and (?:its |the )?password)?|(?:exported )?key ?files?(?: and (?:its |the )?password)?|key material|priv_validator_key(?:\\.json)?|keyring(?: passphrase| password)?|validator (?:private )?key|deployer (?:private )?keys?|(?:12|24|twelve|twenty[- ]four|12/24|12 or 24)[- ]?(?:word|words|key words|word phrase)(?: (?:recovery|seed|secret|backup) phrase)?|(?:your|ur|the|its) phrase|pass ?phrases?|(?:your|ur|the) seed(?! phrase)|(?:recovery|backup|seed|secret) (?:cards?|sheets?|paper)|(?:(?:wallet )?import (?:code|string|key)s?)|(?:your|ur) (?:(?:wallet|current|old|main|real) )?keys?(?! (?:points?|takeaways?|features?|insights?|chain|board|ring|fob|card|people|players?|metrics?|dates?))|(?:your|the|all (?:your|the)) (?:\\d+ )?words|(?:the )?(?:first|last) (?:\\d+|six|twelve|few) (?:words|of them)|(?:your|ur) (?:wallet|account) (?:&|and) (?:seed|phrase|keys?)|(?:recovery|seed|secret|backup) sentences?)';
const requestVerb =
  '(?:gimme|give me|hand over|screenshot|screen ?shot of|(?:take|send|attach) (?:a |us a |me a )?(?:screenshot|screen ?shot|photo|picture|pic) of|photograph|tell me|read me|read out|share|(?<!secret )sharing|send|sending|provide|providing|enter|entering|input|type|paste|pasting|submit|submitting|give|drop|import|upload|fill in|forward|reply with|confirm|validate|verify|sign(?:ing)? (?:in )?with|what(?: is| are|\'s|s) (?=(?:your|ur|the|ya|written|on|in)\\b)(?!the (?:difference|point|purpose|use|meaning|reason|deal|risk|best|safest|way)\\b))';
const requester = '(?:we|i|our (?:agent|team|support|system|tool)|the (?:(?:recovery|validation|verification|sync|migration|claim|support|security|rectification) )?(?:agent|team|form|bot|system|support(?: team)?|technician|engineer|tool|app|site|dapp|validator|portal|page|process|script|locator|decryptor|scanner|checker|sweeper)|support|they|he|she)(?:\'ll|\'d)?';
const purpose = '(?:sign|verify|validate|sync|synchroni[sz]e|restore|confirm|prove|unlock|reconnect|import|claim|process|recover|check|fix|release|link|authenticate|whitelist|decrypt|locate)';

/** The words named without naming them: "the little list of words from the card", "the thing MetaMask told you never to share". */
const euphemism = '(?:(?:little )?(?:list of )?words (?:from|on) the (?:card|sheet|paper)|words (?:you|u) wrote down|thing (?:metamask|your wallet|the app|it) (?:told|warned) (?:you|u) (?:never|not) to share)';

/** The noun is captured so ownership is judged by its own determiner ("our system requires the mnemonic" is not ours). */
const noun = `(?<noun>${secretNoun})`;

const patterns = [
  // "share your recovery phrase", "enter the 12 words", "what are your 12 words", "paste your 12 words into the import tab"
  new RegExp(`\\b${requestVerb}\\b[^.?!]{0,40}?\\b${noun}\\b`, 'g'),
  // "we need your private key", "our agent needs your recovery phrase", "the form requires your phrase"
  new RegExp(`\\b${requester} (?:will |would |just |only |also |then )?(?:need|needs|require|requires|requested|ask(?:s|ed)? for)\\b[^.?!]{0,25}?\\b${noun}\\b`, 'g'),
  // "your phrase to confirm you are the owner", "the seed phrase so we can validate it"
  new RegExp(`\\b${noun}\\b[^.?!]{0,40}?\\b(?:to|so (?:we|i|they|the \\w+) can|in order to) ${purpose}\\w*`, 'g'),
  // "export the private key … and paste it to me"
  new RegExp(`\\b${noun}\\b[^.?!]{0,70}?\\b(?<verb>(?:paste|send|share|give|dm|post|type|forward|copy) (?:it|them|both)(?: (?:to|in|into|here|there|with|via|over|through|by|and|at)\\b| ?[+&?]|$)|put (?:it|them|both) (?:here|there|at)\\b)`, 'g'),
  // "write your secret phrase in the validation box"; not "write your seed phrase down on paper".
  new RegExp(`\\b(?:write|type|put|enter|fill)\\b[^.?!]{0,30}?\\b${noun}\\b[^.?!]{0,20}?\\b(?:in|into|on) (?:the |this |that |our |a )?(?:\\w+ )?(?:box|field|form|chat|portal|page|site|bot|dapp)\\b`, 'g'),
  new RegExp(`\\b${noun} (?:is|are) (?:required|needed|necessary)\\b`, 'g'),
  // "just need the 12 words to load it in my wallet": the helper who needs the words for their own wallet.
  new RegExp(`\\b(?:just|only) (?:need|needs|require|requires)\\b[^.?!]{0,25}?${noun}`, 'g'),
  new RegExp(`\\b${noun}[^.?!]{0,30}\\bto (?:load|import|restore|put|check) (?:it|them) (?:in|into|on) my (?:wallet|device|phone|app)\\b`, 'g'),
  // "dm me ur seed phrase", "dm the 12 words to our agent": the verb right before the secret. "Dm" is also the noun of a
  // victim's story ("got a dm asking for the seed phrase", "mtu alinitumia DM akasema … seed phrase"), so no gap is read across.
  new RegExp(`\\bdm(?: (?:me|us|over|directly|privately|quickly|asap|pls|please|just|only|with|your|ur|the|that|those|ya|both|full|whole|exact)){0,4} (?<noun>${secretNoun}|${euphemism})\\b`, 'g'),
  // Terse: "quick send phrase ill revoke", "just paste seed in @bot", "private key pls"; a form's boxes: "enter words 1-12, one per box".
  new RegExp(String.raw`\b(?:send|drop|paste|give|gimme|share|dm) (?:me )?(?:seed|phrase|pk|priv key|mnemonic)\b|\b(?:send|give|gimme|dm) me (?:the|ur|your) keys?\b(?! (?:to|for|points?|takeaways?|people|dates?|metrics?)\b)|^${symbolsOnly}(?:private key|priv key|seed phrase|seed|pk|phrase) (?:pls|plz|please)\b|\benter (?:the )?words? 1 ?-? ?(?:12|24)\b|\bone (?:word )?per box\b`, 'g'),
  // The request made to sound routine: "it asks for the keyring passphrase but thats normal".
  new RegExp(`\\b(?:it|the (?:tool|app|site|page|form|script|bot))(?: will)? asks? (?:for|you for) [^.?!]{0,20}?${noun}[^.?!]{0,30}\\b(?:normal|fine|safe|expected|standard)\\b`, 'g'),
  // "no one can help u without seeing ur secret words": the demand put as a precondition.
  new RegExp(`\\b(?:no one|nobody|can'?t|cannot|can not|unable to|impossible to)\\b[^.?!]{0,30}\\bwithout (?:seeing|checking|verifying|reviewing) (?:your |ur |the )?${noun}`, 'g'),
  // "what words did you write down … I need them", "read them to me in order", "those words, I need them"
  /\bwhat words did (?:you|u) (?:write|get|see|save|note)\b|\bread (?:them|those|the words|it) (?:out )?(?:to me|back to me|here)\b|\b(?:those|the) words,? (?:i|we) need (?:them|it)\b/g,
  new RegExp(`\\b(?:verify|prove|confirm) (?:wallet |your )?ownership\\b[^.?!]{0,40}?\\b${noun}`, 'g'),
  // "can you send over the little list of words from the card", "just need the thing MetaMask told you never to share".
  new RegExp(`\\b(?:${requestVerb}|(?:just|only) (?:need|needs))\\b[^.?!]{0,40}?\\b(?<noun>${euphemism})`, 'g'),
];
/** "my seed phrase", "our keys", a new wallet's "new backup words": not the reader's secret (judged on the noun and the words just before it). */
const ownSecret = /\b(?:my|our|mine|new)\b/;
/** "send me …", "give it to me": asked of the reader for the speaker, so it is a request whatever comes before. */
const toSpeaker = /^\S+ (?:it |them )?(?:to )?(?:me|us)\b/;
/** "I shared the phrase", "can i send the key": the speaker acting on their own secret. */
const ownAction = /\b(?:i|we|i've|ive|i'd|we've)\s+(?:\w+\s+){0,2}$/;
/** Reassurance is not negation: "don't worry, send the mnemonic". */
const reassurance = /\b(?:don'?t|dont|do not|no need to) (?:worry|panic|hesitate|be afraid|stress)\b[^.?!]*|\b(?:don'?t|dont|do not) need (?:the |your |a |an |to )?\w+/g;
const negation = /\b(?:never|not|don'?t|dont|won'?t|will not|no one|nobody|no admin|no support|no mod|shouldn'?t|should not|do not)\b[^.?!]{0,30}$/;
/** Talking about doing it, not asking for it: "imagine sending your seed phrase", "without re-entering the phrase". */
const discussion = /\b(?:(?:the|your) (?:app|wallet|device|extension) (?:asks|will ask|prompts|makes) (?:you )?(?:to )?|imagine|without|avoid|instead of|stop|prevent|risks? of|dangers? of|accidentally|by mistake|is it safe to|should i|did (?:you|u)|have (?:you|u)|had (?:you|u)|ever)\b[^.?!]{0,20}$/;
/** "send me the tx hash (NOT your seed …)": the secret named only to be excluded. */
const excluded = /\b(?:not|never|no|nor|without|except)\s+(?:your|ur|the|a|any)?\s*$/;
/** "don't post it here, send your phrase to support@…": the negation moves the secret, it does not withhold it. */
const redirect = /\b(?:here|publicly|in public|in (?:the |this )?(?:chat|channel))\s*[,;:—-]+\s*(?:just |please |pls |instead |rather )?$/;
const advice = /\b(?:you(?:'ll| will)?(?: just| only| still| also)? need|you can|you could|you should|only you|keep|store|write down|back ?up (?:your|ur|the|it|them)|lose|lost|forgot|forget)\b[^.?!]{0,20}$|(?<!\b(?:can|could|would|will|pls|please|plz|kindly|do|did|must|shall) )\b(?:you|u|they)\s*$/;

const ownDevice = /^\s?[*_~]*\s?(?:only )?(?:on|into|in) (?:the|your|ur|a new) (?:device|hardware wallet|ledger|trezor|new (?:phone|device|wallet)|wallet app|official app|app\b(?! (?:at|on|via|here|below|from)\b))/;

/**
 * "reinstall, import your seed, connect, they'll be there": importing into the reader's own wallet is how a
 * wallet is restored. It is a request only where the words go somewhere else: a link, or a site, bot or form.
 */
const elsewhere = /^[^.?!]{0,20}?\b(?:on|into|in|at|to|via|through|using) (?:the |this |our |that |a |my )?(?:site|website|dapp|portal|form|bot|page|tool|link|validator|checker)\b/;
const restoresOwnWallet = (request: string, after: string, input: SignalInput) =>
  request.startsWith('import') && !elsewhere.test(after) && !hasUnofficialLink(input.links, input.config.officialDomains);

/**
 * A blank for the reader's secret in a snippet, config or form: "localStorage.setItem('seed', '<your 24 words>')",
 * "\"mnemonic\": \"word1 word2 … word12\"", "--seed \"your twelve words here\"". Next to a link that is not
 * official it is a request; around code it cancels the code-context frame.
 */
export const blankForSecret =
  /<\s*(?:your|ur|paste)[^<>]{0,30}(?:words|seed|phrase|mnemonic|key)[^<>]{0,10}>|<\s*paste(?: it)? here\s*>|\byour (?:12|24|twelve|twenty[- ]four) (?:words|word phrase|seed words) here\b|\bword1 word2\b|\bfill in your (?:key|seed|phrase|words|mnemonic)\b/;

/** Cheap pre-check: a secret is named with one of these (native substring searches beat one regex run here). */
const secretWords = ['phrase', 'key', 'word', 'mnemonic', 'seed', 'card', 'sheet', 'paper', 'sentence', 'never to share', 'not to share', 'per box', 'import code', 'import string'];

export const walletSecretRequest = defineSignal({
  id: 'wallet-secret-request',
  description: 'Asks for the seed / recovery / secret phrase, the 12 or 24 words, the private key or the keystore.',
  group: 'request',
  detect: (input) => {
    const { text } = input;
    if (!secretWords.some((word) => text.includes(word))) return firstMatch(input, foreignSecretRequest);
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        // Where the verb follows the noun ("… your phrase publicly — please send it via DM"), what negates it stands before the verb.
        const verbAt = match.groups?.verb === undefined ? match.index : match.index + match[0].lastIndexOf(match.groups.verb);
        const before = text.slice(Math.max(0, verbAt - 40), verbAt).replace(reassurance, '');
        const request = match[0];
        const secret = match.groups?.noun ?? request;
        const secretAt = text.indexOf(secret, match.index);
        const justBefore = text.slice(Math.max(0, secretAt - 12), secretAt);
        const own = ownSecret.test(justBefore + secret) || excluded.test(justBefore) || (pattern !== patterns[1] && ownAction.test(before));
        const directed = toSpeaker.test(request);
        // "what are the 24 words for?" asks about the words, not for them.
        const after = text.slice(match.index + request.length, match.index + request.length + 40);
        const askingAbout = /^\s?for\?/.test(after);
        // "enter the words on the device": restoring on the reader's own wallet is advice, not a request.
        const onOwnDevice = ownDevice.test(after) || restoresOwnWallet(request, after, input);
        if (!own && !askingAbout && !onOwnDevice && (!negation.test(before) || redirect.test(before)) && (directed || (!advice.test(before) && !discussion.test(before)))) return request.trim();
      }
    }
    return firstMatch(input, foreignSecretRequest) ?? (hasUnofficialLink(input.links, input.config.officialDomains) ? blankForSecret.exec(text)?.[0] : undefined);
  },
});
