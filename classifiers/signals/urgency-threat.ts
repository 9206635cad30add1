import { defineSignal, firstMatch, gate } from './define.js';
import { foreignUrgency } from './multilingual.js';

/** Deadlines, scarcity and threats of loss that rush a victim: scammers need action before the victim asks anyone. */
const patterns = [
  gate("within next less only just", /\b(?:within|in the next|in less than|only|just)\s+(?:for\s+)?(?:\d{1,3}|twenty[- ]four|forty[- ]eight|a few|one|two|24|48|72)\s*(?:more\s+)?(?:hours?|hrs?|h|minutes?|mins?|days?)\b(?! ago)(?!,? (?:a |the |some |this |that )?(?:guy|person|someone|somebody|scammer|account|bot|dude|i|he|she|they|it)\b (?:\w+ )?(?:replied|answered|responded|dmed|dm'?d|messaged|wrote|got|had|was|were|came|showed|appeared|drained|reached))/),
  gate("or otherwise failure else", /\b(?:or (?:else )?|otherwise |failure to \w+ (?:will|may) (?:result in|lead to) |else )(?:your|ur|the|their|they|it|you)?\s?(?:funds?|assets?|wallets?|accounts?|tokens?|coins?|balances?|nfts?|holdings?|rewards?|lp tokens|sol|eth)?\s?(?:will|would|may|might|could|'ll)?\s?(?:be\s+|become\s+|get\s+)?(?:permanently\s+)?(?:lost|lose|locked|frozen|suspended|deleted|burn(?:ed|t)|seized|disabled|blocked|restricted|forfeited|gone|slashed|unrecoverable|removed|closed|redistributed|at risk|permanent)\b/),
  gate("will would shall they'll you'll it'll we'll he'll she'll u'll", /\b(?:will|would|'ll|shall) (?:be )?(?:permanently )?(?:lose (?:their|your|all)|be (?:frozen|locked|slashed|burn(?:ed|t)|removed|disabled|blocked|redistributed|unrecoverable|forfeited|seized|suspended|closed)|become unrecoverable)\b/),
  gate("lose loose", /\b(?:you|u)(?:'ll| will| would)? (?:lose|loose) (?:them|it|everything|your|ur|all|access)\b/),
  gate("forever permanent", /\b(?:locked|frozen|lost) forever\b|\bpermanent (?:account )?(?:closure|loss|suspension|ban)\b/),
  gate("final last", /\b(?:final|last) (?:warning|notice|reminder|chance|call)\b/),
  gate("now immediately asap urgently away quickly fast hurry", /\b(?:act|respond|reply|do it|hurry|verify|validate|claim|migrate) (?:now|immediately|asap|urgently|right away|quickly|fast)\b|\bhurry(?: up)?\b/),
  gate("urgent urgently immediate immediately sensitive expire expires", /\b(?:urgent(?:ly)?|immediate(?:ly)? action|time[- ]sensitive|expires? (?:soon|today|tonight|in|at (?:\d{1,2}(?::\d\d)?|midnight)))\b/),
  gate("before", /\bbefore (?:it'?s gone|its gone|it(?:'s| is) too late|the (?:deadline|snapshot|cutoff|cut-off|freeze)|midnight|slots are full|they(?:'re| are) gone|your (?:funds|wallet|account))\b/),
  gate("only first next", /\bonly \d+ (?:spots?|slots?|claims?|places?|seats?|wallets?) (?:left|remaining)\b|\b(?:first|next) \d+ (?:users?|wallets?|people|holders?|members?) (?:to|who|that|get)\b/),
  gate("closes ends expires ending closing miss", /\b(?:closes|ends|expires|ending|closing) (?:in \d+ ?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)?|tonight|today|soon|at midnight)\b|\bends tonight\b|\bdon'?t miss (?:out|your|it)\b/),
  // "anyone not re-registered by midnight loses their pending funds", "accounts … will be temporarily suspended".
  gate("lose loses losing forfeit forfeits", /\b(?:lose|loses|losing|forfeit|forfeits) (?:their|your|ur|all|the)? ?(?:pending |remaining |unclaimed )?(?:funds|tokens|balances?|assets|access|rewards|allocation|nfts)\b/),
  gate("temporarily permanently", /\b(?:will|would|'ll) be (?:temporarily|permanently) (?:suspended|frozen|locked|restricted|disabled|closed|deactivated)\b/),
  // "old tokens will be worth nothing", "to avoid an account freeze".
  gate("worthless worth avoid", /\b(?:will|'ll|would) (?:be|become) (?:worthless|worth nothing|worth zero)\b|\bto avoid (?:an? |your |any )?(?:account |wallet |permanent |temporary )?(?:freeze|freezing|suspension|lockout|loss of funds|deactivation|restriction)\b/),
  // "she's only taking 10 new students", "before the epoch ends".
  gate("taking accepting onboarding", /\bonly (?:taking|accepting|onboarding) (?:\d+|a few|two|three|five|ten) (?:more |new )*(?:students|clients|members|people|slots|spots|traders|investors)\b/),
  gate("before", /\bbefore (?:the )?(?:current )?(?:epoch|window|round|period|season|snapshot|claim window) (?:ends|closes|is over)\b/),
  // "accept the terms to keep your listings active", "rotate it through <link> NOW".
  gate("keep", /\bto keep (?:your|ur) (?:listings?|account|wallet|rewards|stake|position|nfts?|tokens|funds) (?:active|safe|live|alive)\b/),
  gate("now immediately asap urgently", /(?:https?:\/\/|www\.)\S+ (?:now|immediately|asap|urgently)\b/),
  ...foreignUrgency
];

export const urgencyThreat = defineSignal({
  id: 'urgency-threat',
  description: 'Deadlines, scarcity and threats: "within 24 hours", "or your funds will be lost", "only 50 spots left".',
  group: 'pretext',
  detect: (input) => firstMatch(input, patterns),
});
