import { defineSignal, firstMatch, gate, type SignalInput } from './define.js';
import { foreignTestimonial } from './multilingual.js';

/** "I was losing money until I found @someone": fake grateful customers advertising a handler, often several in a row. */
// Bounded repeats: on a 20,000-letter "word" an unbounded \w+'s backtracks quadratically.
const someone = '(?:@[\\w.]{1,40}|mr\\.? \\w{1,30}|mrs\\.? \\w{1,30}|ms\\.? \\w{1,30}|expert \\w{1,30}|coach \\w{1,30}|\\b\\w{1,30}\'s (?:signals|group|bot|pool|strategy|copy[- ]?trading))';
const patterns = [
  gate("until thanks glad happy grateful shout shoutout kudos testify confirm started", /\b(?:until i (?:found|met|came across|was introduced to)|all thanks to|i'?m (?:so )?(?:glad|happy|grateful) i (?:found|met)|grateful to|shout ?out to|big thanks to|kudos to|i want to testify|testify about|can confirm|i started with)\b/),
  gate("manager trading investment forex mentor coach expert copy copytrading arbitrage mining signals", /\b(?:account manager|trading (?:expert|signals?|mentor|coach|group)|investment (?:manager|expert|coach|mentor|platform)|forex (?:trader|expert|mentor)|crypto (?:mentor|coach|expert)|copy[- ]?trading|arbitrage bot|mining pool|signals group)\b.{0,80}\b(?:contact|reach|message|dm|text|write|telegram|whats ?app|signal|@|ig|join)/),
  gate("earn make made earned receive received get got withdrew withdraw", /\b(?:i|we) (?:now )?(?:earn|make|made|earned|receive|received|get|got|withdrew|withdraw) \$?[\d,.]+k?\s?(?:usd|dollars|usdt|btc|eth|\$)?\s?(?:every|each|per|a|weekly|daily|monthly|in a|yesterday|today)\b/),
  gate("vouch vouched vouching weekly daily monthly week day paid payout payouts advice my our", /\b\d+x'?d (?:my|our)\b|\bvouch(?:ed|ing)? for\b|\b\d+(?:\.\d+)?% (?:weekly|daily|monthly|a week|a day|per week|per day|every week)\b|\bpaid me my\b|\b(?:weekly|daily) payouts?\b|\bnot financial advice but\b/),
  gate("changed trust withdrawals payouts proved invested accepting taking results paid referred manages profit profits", /\bchanged my life\b|\bthe only (?:person|one|trader|expert) i trust\b|\b\d+ (?:withdrawals|payouts) (?:so far|already|now)\b|\bproved me wrong\b|\binvested \$?[\d,.]+k?,? (?:and )?(?:got|received|made) \$?[\d,.]+k?\b|\b(?:accepting|taking) \d+ (?:new )?(?:students|clients|members)\b|\bmy results?:|\bwho else got paid\b|\btell (?:her|him|them) i referred you\b|\bmanages my (?:account|portfolio|trades)\b|\bprofits? every (?:day|week|friday|monday|month)\b/),
  gate("turned grew flipped week month day returns return passive red", /\b(?:turned|grew|flipped) my \$?[\d,.]+k? (?:into|to) \$?[\d,.]+k?\b|\b\d+x in a (?:week|month|day)\b|\b(?:daily|weekly|monthly) returns?\b|\bpassive income\b|\bhaven'?t had a red (?:week|day|month)\b/),
  gate("legit best trustworthy reliable genuine amazing honest real", new RegExp(`\\b(?:she|he|they) (?:is|are|'s|was) (?:legit|the best|trustworthy|reliable|genuine|amazing|honest|real)\\b|\\b${someone} (?:is|are) (?:legit|honest|real|the best|trustworthy)\\b`)),
  gate("thank thanks blessing grateful turned helped made withdrawal profit profits returns", new RegExp(`\\b(?:thank you|thanks|thank u|blessing|grateful)\\b.{0,30}${someone}|${someone}.{0,60}\\b(?:turned|helped me|made me|withdrawal|profits?|returns)\\b`)),
  gate("daily weekly week day autopilot only", /\$[\d,.]+k? (?:daily|weekly|a day|a week|per day|per week)\b|\bon autopilot\b|\bthe only (?:mentor|trader|coach|expert|manager|signal|group) (?:that|who)\b/),
  gate("him her them his accepting taking", /\b(?:contact|reach|write|message|dm) (?:him|her|them) (?:now|today|on|via|at|before)\b|\b(?:her|his) (?:ig|instagram|telegram|whatsapp|number|handle) is\b|\b(?:accepting|taking) new (?:clients|students|members)\b/),
  ...foreignTestimonial,
];

/** Vouching chains: "yes she helped me too" under someone else's testimonial. */
const agreement = /^\W*(?:yes|yeah|yep|true|\+1|same|facts|real|legit|can confirm|confirmed)\b|\b(?:helped|paid|recovered|got)\b[^.!?]{0,30}\b(?:me|my \w+) too\b|\b(?:is|are) (?:real|legit)\b/;
function vouchesForTestimonial(input: SignalInput): string | undefined {
  const parent = input.context.replyToText;
  if (!parent || !agreement.test(input.text)) return undefined;
  const quoted = firstMatch({ text: parent.toLowerCase() }, patterns);
  return quoted ? `agrees with a testimonial ("${quoted}")` : undefined;
}

export const testimonialLure = defineSignal({
  id: 'testimonial-lure',
  description: 'A testimonial advertising an "account manager", trader, bot or recovery expert, usually with a contact.',
  group: 'pretext',
  detect: (input) => firstMatch(input, patterns) ?? vouchesForTestimonial(input),
});
