import { defineSignal, firstMatch } from './define.js';
import { foreignTestimonial } from './multilingual.js';

/** "I was losing money until I found @someone": fake grateful customers advertising a handler, often several in a row. */
const someone = '(?:@[\\w.]+|mr\\.? \\w+|mrs\\.? \\w+|ms\\.? \\w+|expert \\w+|coach \\w+|\\w+\'s (?:signals|group|bot|pool|strategy|copy[- ]?trading))';
const patterns = [
  /\b(?:until i (?:found|met|came across|was introduced to)|all thanks to|i'?m (?:so )?(?:glad|happy|grateful) i (?:found|met)|grateful to|shout ?out to|big thanks to|kudos to|i want to testify|testify about|can confirm|i started with)\b/,
  /\b(?:account manager|trading (?:expert|signals?|mentor|coach|group)|investment (?:manager|expert|coach|mentor|platform)|forex (?:trader|expert|mentor)|crypto (?:mentor|coach|expert)|copy[- ]?trading|arbitrage bot|mining pool|signals group)\b.{0,80}\b(?:contact|reach|message|dm|text|write|telegram|whats ?app|signal|@|ig|join)/,
  /\b(?:i|we) (?:now )?(?:earn|make|made|earned|receive|received|get|got|withdrew|withdraw) \$?[\d,.]+k?\s?(?:usd|dollars|usdt|btc|eth|\$)?\s?(?:every|each|per|a|weekly|daily|monthly|in a|yesterday|today)\b/,
  /\b\d+x'?d (?:my|our)\b|\bvouch(?:ed|ing)? for\b|\b\d+(?:\.\d+)?% (?:weekly|daily|monthly|a week|a day|per week|per day|every week)\b|\bpaid me my\b|\b(?:weekly|daily) payouts?\b|\bnot financial advice but\b/,
  /\bchanged my life\b|\bthe only (?:person|one|trader|expert) i trust\b|\b\d+ (?:withdrawals|payouts) (?:so far|already|now)\b|\bproved me wrong\b|\binvested \$?[\d,.]+k?,? (?:and )?(?:got|received|made) \$?[\d,.]+k?\b|\b(?:accepting|taking) \d+ (?:new )?(?:students|clients|members)\b|\bmy results?:|\bwho else got paid\b|\btell (?:her|him|them) i referred you\b|\bmanages my (?:account|portfolio|trades)\b|\bprofits? every (?:day|week|friday|monday|month)\b/,
  /\b(?:turned|grew|flipped) my \$?[\d,.]+k? (?:into|to) \$?[\d,.]+k?\b|\b\d+x in a (?:week|month|day)\b|\b(?:daily|weekly|monthly) returns?\b|\bpassive income\b|\bhaven'?t had a red (?:week|day|month)\b/,
  new RegExp(`\\b(?:she|he|they) (?:is|are|'s|was) (?:legit|the best|trustworthy|reliable|genuine|amazing|honest|real)\\b|\\b${someone} (?:is|are) (?:legit|honest|real|the best|trustworthy)\\b`),
  new RegExp(`\\b(?:thank you|thanks|thank u|blessing|grateful)\\b.{0,30}${someone}|${someone}.{0,60}\\b(?:turned|helped me|made me|withdrawal|profits?|returns)\\b`),
  /\b(?:contact|reach|write|message|dm) (?:him|her|them) (?:now|today|on|via|at|before)\b|\b(?:her|his) (?:ig|instagram|telegram|whatsapp|number|handle) is\b|\b(?:accepting|taking) new (?:clients|students|members)\b/,
  ...foreignTestimonial,
];

export const testimonialLure = defineSignal({
  id: 'testimonial-lure',
  description: 'A testimonial advertising an "account manager", trader, bot or recovery expert, usually with a contact.',
  group: 'pretext',
  detect: ({ text }) => firstMatch(text, patterns),
});
