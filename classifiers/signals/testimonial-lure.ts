import { defineSignal, firstMatch, gate, mayMatch, oncePerInput, type SignalInput } from './define.js';
import { foreignTestimonial } from './multilingual.js';

/** "I was losing money until I found @someone": fake grateful customers advertising a handler, often several in a row. */
// Bounded repeats: on a 20,000-letter "word" an unbounded \w+'s backtracks quadratically.
const someone = '(?:@[\\w.]{1,40}|mr\\.? \\w{1,30}|mrs\\.? \\w{1,30}|ms\\.? \\w{1,30}|expert \\w{1,30}|coach \\w{1,30}|\\b\\w{1,30}\'s (?:signals|group|bot|pool|strategy|copy[- ]?trading))';
const patterns = [
  gate("until till til glad happy grateful testify started", /\b(?:(?:until|till|til) i (?:found|met|came across|was introduced to)|i'?m (?:so )?(?:glad|happy|grateful) i (?:found|met)|i want to testify|testify about|i started with)\b/),
  gate("manager managed trading investment forex mentor coach expert copy copytrading arbitrage mining signals", /\b(?:account manager|managed accounts?|fund manager|trading (?:expert|signals?|mentor|coach|group)|investment (?:manager|expert|coach|mentor|platform)|forex (?:trader|expert|mentor)|crypto (?:mentor|coach|expert)|copy[- ]?trading|arbitrage bot|mining pool|signals group)\b.{0,100}(?:\b(?:contact|reach|message|dm|text|write|telegram|tg|whats ?app|signal|ig|join)\b|@\w)/),
  gate("earn make made earned receive received get got withdrew withdraw", /\b(?:i|we) (?:now )?(?:earn|make|made|earned|receive|received|get|got|withdrew|withdraw) \$?[\d,.]+k?\s?(?:usd|dollars|usdt|btc|eth|\$)?\s?(?:every|each|per|a|weekly|daily|monthly|in a|yesterday|today)\b/),
  gate("vouch vouched vouching weekly daily monthly week day paid payout payouts advice my our", /\b\d+x'?d (?:my|our)\b|\bvouch(?:ed|ing)? for\b|\b\d+(?:\.\d+)?% (?:(?:returns?|profits?|roi|gains?|interest) )?(?:weekly|daily|monthly|a week|a day|a month|per week|per day|per month|every week|every month)\b|\bpaid me my\b|\b(?:weekly|daily) payouts?\b|\bnot financial advice but\b/),
  gate("changed trust withdrawals payouts proved invested accepting taking results paid referred manages profit profits", /\bchanged my life\b|\bthe only (?:person|one|trader|expert) i trust\b|\b\d+ (?:withdrawals|payouts) (?:so far|already|now|this (?:week|month))\b|\bproved me wrong\b|\binvested \$?[\d,.]+k?,? (?:and )?(?:got|received|made) \$?[\d,.]+k?\b|\b(?:accepting|taking) \d+ (?:new )?(?:students|clients|members)\b|\bmy results?:|\bwho else got paid\b|\btell (?:her|him|them) i referred you\b|\bmanages my (?:account|portfolio|trades)\b|\bprofits? every (?:day|week|friday|monday|month)\b/),
  gate("turned grew flipped week month day last this per returns return passive red", /\b(?:turned|grew|flipped) my \$?[\d,.]+k? (?:into|to) (?!0\b)\$?[\d,.]+k?\b|\b\d+x (?:in a|last|this|per|a) (?:week|month|day)\b|\b(?:daily|weekly|monthly) returns?\b|\bpassive income\b|\bhaven'?t had a red (?:week|day|month)\b/),
  gate("legit best trustworthy reliable genuine amazing honest real", new RegExp(`\\b(?:(?:she|he|they) (?:is|are|was)|she'?s|he'?s|they'?re) (?:legit|the best|trustworthy|reliable|genuine|amazing|honest|real)\\b|(?<![\\w.])${someone} (?:is|are) (?:legit|honest|real|the best|trustworthy|the real deal|a genius|a blessing|reliable|genuine)\\b`)),
  // Not a loss told as a joke: "account manager turned my 500 into 0".
  gate("turned helped made withdrawal profit profits returns", new RegExp(`${someone}.{0,60}\\b(?:turned(?! my \\S+ into (?:0|zero|nothing|dust)\\b)|helped me|made me|withdrawal|profits?|returns)\\b`)),
  gate("daily weekly week day autopilot only payout payouts withdrawal withdrawals", /\$[\d,.]+k? (?:passive )?(?:daily|weekly|a day|a week|per day|per week|every (?:day|week|month))\b|\b\d+(?:st|nd|rd|th) (?:payout|withdrawal)\b|\bon autopilot\b|\bthe only (?:mentor|trader|coach|expert|manager|signal|group) (?:that|who)\b/),
  gate("him her them his accepting taking join", /\bjoin (?:his|her|their) (?:vip|group|channel|class|team|community|signals?)\b|\b(?:contact|reach|write|message|dm) (?:him|her|them) (?:now|today|on|via|at|before)\b|\b(?:her|his) (?:ig|instagram|telegram|whatsapp|number|handle) is\b|\b(?:accepting|taking) new (?:clients|students|members)\b/),
  ...foreignTestimonial,
];

/**
 * The testimonial's structure rather than its wording: someone else is credited ("thanks to @x", "I reached
 * out to …", "he traced it"), the writer claims money or funds came back or grew, and the post hands over a
 * contact or an endorsement ("reach her on telegram", "legit", "highly recommend"). All three are needed:
 * "thanks @mod, my funds are back" or "I made 3 eth this week" alone is ordinary chat.
 */
const credited = gate(
  "thanks thank thx tysm shout shoutout praise kudos credit grateful ups recommend vouch vouched hats reached introduced across found met hired contacted bless came testimony my from with by using on at via ms coach mentor he she they who he's she's who's #at mr mrs dr agent expert manager trader ask",
  /\b(?:thanks to|thank(?:s| you| u)?(?: so much)?|thx|tysm|shout ?out(?: to)?|praise (?:be )?to|kudos to|credit (?:goes )?to|grateful (?:to|for)|big ups to|(?:highly |strongly )?recommend|vouch(?:ed)?(?: for)?|hats off to|reached out to|introduced (?:me )?to|came across|found|met|hired|contacted|god bless|bless (?:you|him|her|them)|came through|testimony|(?:my|an?) (?:mentor|coach|account manager|trader|manager)|ask me how|the only one (?:that|who) (?:actually )?(?:worked|helped))\b|(?:\b(?:he|she|they|who|(?:mr|mrs|ms|dr|agent|expert|coach|mentor|hacker)\.? [a-z]{2,20}(?: [a-z]{2,20})?(?: (?:at|from|of) [\w.-]{2,40})?)|@[\w.]{2,40}\)?)(?:'s| is| are| has| have|'s been| has been| have been)? (?:actually |successfully |finally |literally |really )?(?:traced|recovered|returned|retrieved|restored|got|fixed|sorted|unlocked|helped|doubled|tripled|grew|turned|made|manages|managing|handles|handled|changed|showed|taught)\b|\b(?:from|with|by|using|to|thru|through|via) (?:@[\w.]{2,40}|(?:mr|mrs|ms|dr|agent|expert|coach|mentor|hacker)\.? [a-z]{2,20})|\b(?:helped|assisted) me (?:to )?(?:recover|retrieve|get|restore|trace|regain|unlock)\b|\b[a-z]{2,20} (?:on|from|at|via) (?:telegram|tg|whats ?app|instagram|ig|facebook|fb)\b/,
);
const claimed = gate(
  "got get getting gotten recovered recover recovering retrieved retrieve retrieving restored restore returned traced fixed unlocked sorted resolved synced unfroze unfreezing unfrozen unstuck win winrate red losing finally verdoppelt #digits back doubled tripled profit profits returns withdrew withdrawal withdrawals payout payouts paid earn earned earning earnings income quit financial financially up made week weekly month monthly day daily retrieves restore",
  /\b(?:got|get|getting|gotten|recover(?:ed|ing)?|retrieve[ds]?|retrieving|restored?|returned|traced|fixed|unlocked)\b[^.!?]{0,40}\b(?:back|funds?|money|crypto|coins?|btc|bitcoin|eth|usdt|tokens?|nfts?|wallet|account|metamask|everything|all of it|most of it|\$?[\d,.]+k?)\b|\b(?:sorted|fixed|restored|recovered|resolved|synced|unfroze|unfreezing|unfrozen|unlocked|unstuck) (?:mine|my [a-z]+)\b|\bgot me sorted\b|\$?\d[\d,.]*k? ?(?:btc|eth|sol|usdt|usd)? ?(?:→|->) ?\$?\d[\d,.]*k?\b|(?:^|\s)\+\$?\d[\d,.]*k?%?|\bwin ?rate\b|\b(?:never|no|zero|not a single|not one) (?:a )?(?:red|losing) (?:week|day|month)s?\b|\bfinally in my wallet\b|\b(?:all|\d+%|most) of my \w+ back\b|\bverdoppelt\b|\b(?:doubled|tripled) (?:my|our)\b|\b(?:profits?|returns|withdrew|withdrawals?|payouts?|paid (?:me|out)|earnings|earn(?:ed|ing)? \$?\d[\d,.]*k?|income|quit my job|paid off|financial(?:ly)? free(?:dom)?)\b|\bmade \$?[\d,.]+k?\b|\bup \$?[\d,.]+k?%?|\b\d+(?:\.\d+)?% (?:a |per |every )?(?:week|weekly|month|monthly|day|daily)\b/,
);
/** Money or funds that came back, the recovery expert's testimonial. */
const recoveredClaim = gate(
  "got get getting gotten recovered recover recovering retrieved retrieve retrieving retrieves restored restore returned traced",
  /\b(?:got|get|getting|gotten|recover(?:ed|ing)?|retrieve[ds]?|retrieving|restored?|returned|traced)\b[^.!?]{0,40}\b(?:back|funds?|money|crypto|coins?|btc|bitcoin|eth|usdt|tokens?|nfts?|wallet|account|everything|all of it|most of it)\b/,
);
/** Words that name a handle for the trade it sells: "@ChainRetrieve", "@lisa_recover", "@JuliaFX", "@wolfsignalsvip". */
const tradeInHandle = 'recover|retriev|rescue|hack|trac|fund|asset|chain|restor|expert|agent|fx|trad|algo|signal|vip|invest|profit|crypto|krypto|coin|btc|eth|mentor|coach|guru|wizard|beratung|wealth|capital|rich|money';
/**
 * Where to find the credited person, or praise that sells them. A bare @mention is not enough: that is how
 * members thank each other ("thanks to @mod_anna I got my funds back, wrong network"); a handle named for
 * the trade ("@ChainRetrieve", "@lisa_recover", "@JuliaFX") is.
 */
const contactOrEndorsement = gate(
  "#at t wa telegram tg whatsapp whats ig insta instagram email e mail gmail outlook protonmail signal him her them his their click legit recommend recommended vouch trusted trustworthy reliable professional genuine best deal genius saver lifesaver godsent god blessing honest reachable",
  new RegExp(`@[\\w.]{0,30}(?:${tradeInHandle}|tech|pro|help|assist|support|desk)[\\w.]{0,30}|\\b(?:telegram|tg|whats ?app|ig|insta(?:gram)?|e-?mail|gmail|outlook|protonmail|signal)\\b|\\b(?:t\\.me|wa\\.me)\\/|\\b(?:hit|reach|contact|message|dm|text|write|inbox|ping) (?:him|her|them)\\b|\\b(?:his|her|their) (?:email|number|handle|contact|username|telegram|whatsapp|ig|profile|bio)\\b|\\bclick (?:his|her|their) (?:username|name|profile)\\b|\\b(?:legit|recommend(?:ed)?|vouch|trusted|trustworthy|reliable|professional|genuine|the best|real deal|genius|life ?saver|god ?sent|a blessing|honest|reachable)\\b`),
);
/** A persona credited by title ("Expert Amanda", "Agent Paul", "Hacker Liam") or a handle named for the trade. */
const persona = gate(
  "mr mrs ms dr prof professor agent expert coach mentor hacker #at",
  new RegExp(`\\b(?:mr|mrs|ms|dr|prof|professor|agent|expert|coach|mentor|hacker)\\.? [a-z]{2,20}\\b|@[\\w.]{0,30}(?:${tradeInHandle})[\\w.]{0,30}`),
);
/** The contact part, once per message: testimonial-lure and fund-recovery-offer both ask. */
const contactOf = oncePerInput((input: Pick<SignalInput, 'text' | 'openGates'>) => firstMatch(input, [contactOrEndorsement, persona]));
function creditedTestimonial(input: Pick<SignalInput, 'text' | 'openGates'>, claim = claimed): string | undefined {
  // All three parts are needed: with a closed gate for the claim or the credit no regex needs to run.
  if (!mayMatch(input, claim) || !mayMatch(input, credited)) return undefined;
  // The rarest part first: most messages name no contact, praise or persona at all.
  const contact = contactOf(input);
  if (!contact) return undefined;
  const gain = firstMatch(input, [claim]);
  if (!gain) return undefined;
  const credit = firstMatch(input, [credited]);
  return credit ? `${credit} … ${gain} … ${contact}` : undefined;
}
/** For fund-recovery-offer: "he got my usdt back, reach him on telegram" advertises a recovery expert. */
export const creditedRecovery = (input: Pick<SignalInput, 'text' | 'openGates'>): string | undefined => creditedTestimonial(input, recoveredClaim);

/** Vouching chains: "yes she helped me too" under someone else's testimonial. */
const agreement = /^\W*(?:yes|yeah|yep|true|\+1|same|facts|real|legit|can confirm|confirmed|100%|truly|i second|i can (?:testify|vouch|confirm))\b|\b(?:helped|paid|recovered|got|did)\b[^.!?]{0,30}\b(?:me|my \w+|mine|for me) (?:too|as well)\b|\b(?:is|are) (?:real|legit|genuine|the real deal)\b|\b(?:me too|same here|worked for me|i (?:also|too) (?:used|tried|contacted|invested))\b/;
function vouchesForTestimonial(input: SignalInput): string | undefined {
  const parent = input.context.replyToText;
  if (!parent || !agreement.test(input.text)) return undefined;
  // A bare "shout out to" / "can confirm" in the parent is ordinary thanks, not a testimonial to vouch for.
  const lower = { text: parent.toLowerCase() };
  const quoted = firstMatch(lower, patterns.slice(1)) ?? creditedTestimonial(lower) ?? (firstMatch(lower, [credited]) && firstMatch(lower, [claimed]));
  return quoted ? `agrees with a testimonial ("${quoted}")` : undefined;
}

export const testimonialLure = defineSignal({
  id: 'testimonial-lure',
  description: 'A testimonial advertising an "account manager", trader, bot or recovery expert, usually with a contact.',
  group: 'pretext',
  detect: (input) => firstMatch(input, patterns) ?? creditedTestimonial(input) ?? vouchesForTestimonial(input),
});
