import { defineSignal, firstMatch, gate } from './define.js';
import { foreignFundRecovery } from './multilingual.js';
import { creditedRecovery } from './testimonial-lure.js';

/** Recovery scams: a second theft aimed at people who already lost funds, often posing as agents or hackers. */
const patterns = [
  gate("crypto funds fund money btc bitcoin eth usdt coins coin assets asset wallets wallet investment nfts nft access", /\b(?:recover|retrieve|trace|get back|reclaim|restore|return|release)(?:ed|ing|s)? (?:your|ur|all your|their|the|them to you|any) (?:lost |stolen |scammed |hacked |missing |seized )?(?:crypto|funds?|money|btc|bitcoin|eth|usdt|coins?|assets?|wallets?|investment|nfts?|access)\b/),
  gate("hacker hackers recovery", /(?<!\b(?:i|we|i'?d|should i|do i|to|i'?ll) (?:\w+ )?)\b(?:hire|contact|need) (?:a |an |the )?(?:ethical |legit |genuine |professional |certified )?(?:hacker|recovery (?:expert|specialist|agent|team|firm|service|company|engineer))s?\b/),
  gate("recovery", /\b(?:dm|pm|inbox|message|contact|reach out)\w* (?:me |us )?(?:for|about) (?:a |the )?(?:fund |funds |asset |crypto )?recovery\b|(?<!\b(?:fake|scam|bogus|so-called|fraudulent|another) )\brecovery (?:assistance|service|services|support|process|help)\b/),
  gate("recovery hacker hacking forensic forensics tracing retrieval", /\b(?:certified|licensed|professional|legit|trusted|reliable|genuine|verified|officially licensed|private) (?:crypto |fund |funds |asset |bitcoin )?(?:recovery|hacker|hacking|forensics?|tracing|retrieval)(?: (?:experts?|specialists?|agents?|agency|agencies|team|firm|services?|company|engineers?))?\b/),
  gate("recovery attorney attorneys lawyer lawyers evaluation", /\b(?:crypto|fund|funds|asset|scam|investment) loss recovery\b|\b(?:court[- ]approved|recovery|crypto) (?:attorneys?|lawyers?)\b|\bfree case evaluation\b/),
  gate("recovery retrieval restitution lost stolen", /\b(?:funds?|asset|crypto|bitcoin|scam|wallet|blockchain|digital asset|crimes?|fraud)[ -](?:recovery|retrieval|restitution) (?:expert|specialist|agent|team|firm|service|services|company|unit|program|bureau|commission|desk|ltd|agency|division|department|engineers?)\b|\b(?:lost|stolen)\b[^.!?]{0,40}\b(?:are |is )?(?:eligible|entitled|qualif\w*) (?:for |to )?(?:a )?(?:reimbursement|compensation|refund|restitution)/),
  gate("agent agents agency agencies unit units division divisions department departments officer officers force team teams bureau bureaus liaison", /\b(?:federal|fbi|interpol|cyber ?crimes?|cybercrime|cyber ?police|law enforcement|government|financial crimes?|sec|treasury|crypto crimes?) (?:agent|agency|unit|division|department|officer|task force|team|response unit|bureau|liaison)s?\b/),
  gate("victim victims restitution fee tax charge program programme deposit compensation insurance relief", /\b(?:victims? of (?:crypto |the |a |an |recent )?(?:fraud|scams?|exploit|hack|theft)|(?:government |official )?(?:refund|compensation|restitution|reimbursement) program(?:me)?|pay (?:the|a|your) (?:tax|fee|charge)s? first|(?:gas|verification|refundable|security|processing|release|unlock|eligibility) deposit|(?:court |legal )?filing fee|(?:exploit|hack|scam|fraud|rug|bridge) victims|(?:compensation|insurance|restitution|relief) (?:fund|payout)s?|\d+% restitution|restitution (?:claims?|process|payments?)|(?:compliance|release|processing|upfront|recovery|unlock|withdrawal|verification|activation|clearance|legal|lawyer'?s?|attorney'?s?) (?:fee|tax|charge))\b/),
  gate("seized located traced recovered frozen found", /\b(?:funds?|assets?|crypto) (?:stolen )?(?:from your wallet )?(?:have|has) been (?:seized|located|traced|recovered|frozen by)\b|\b(?:we have|we've) (?:located|traced|found) the (?:wallet|scammer|address)\b/),
  gate("specialize specializes specialized specializing specialise specialises specialised specialising reverse reversing", /\b(?:specializ|speciali[sz]e)\w* in (?:revers|recover|retriev|trac)\w*|(?<!\b(?:can'?t|cannot|can not|not|nobody can|no one can|impossible to|unable to|never) )\brevers(?:e|ing) (?:blockchain |crypto )?(?:transactions?|transfers?)\b/),
  // Testimonials for a "recovery expert": "she helped me recover my btc", "he got back 5 eth I sent to a scammer".
  gate("helped got recovered retrieved", /\b(?:helped me (?:get back|recover|retrieve) |(?:he|she|they|who|mr\.? \w+|mrs\.? \w+) (?:got|recovered|retrieved) (?:back )?(?:all )?(?:my )?)(?:\$?[\d,.]+k? ?)?(?:lost |stolen )?(?:btc|bitcoin|eth|crypto|funds?|money|usdt|coins)\b/),
  gate("recovered", /\bi recovered (?:all )?(?:the |my )?(?:\$?[\d,.]+k? ?)?(?:btc|bitcoin|eth|crypto|funds?|money|usdt)\b.{0,60}\b(?:help|thanks|contact|write|reach)\w*/),
  // The offer in the first person, whatever the wording: "i can help you retrieve it", "we can reverse the
  // transaction for you", "i can get your money back". Not "can I get it back?" or "we can't reverse it".
  gate("recover retrieve trace reverse reclaim restore get", /\b(?:i|we) (?:can|will|could|would)(?: definitely| easily| surely| still)? (?:help (?:you|u) (?:to )?)?(?:recover|retrieve|trace|reverse|reclaim|restore|get)\b (?:(?:it|them|back|all) |(?:your|ur) (?:lost |stolen |scammed )?(?:funds?|money|crypto|coins|btc|bitcoin|eth|usdt|assets?|transaction|tokens|nfts?)\b|the (?:funds?|money|transaction|transfer|hacker|scammer|thief)\b)/),
  gate("hacker hackers investigator investigators forensics forensic tracing tracer analyst recovery whitehat", /\b(?:i'?m|i am|we are|we're) (?:an? )?(?:certified |licensed |professional |pro |legit |experienced |trusted )?(?:ethical hacker|white ?hat hacker|hacker|blockchain (?:investigator|forensics?|analyst|tracer)|(?:crypto|fund|funds|asset) (?:tracing|recovery) (?:expert|specialist|agent))\b|\b(?:our|my) (?:blockchain |crypto |on-?chain )?(?:forensics?|investigators?|tracing|recovery) (?:team|experts?|specialists?|unit|department|agents?)\b/),
  gate("get getting", /\b(?:get|getting) (?:your|ur) (?:lost |stolen |scammed )?(?:money|funds?|crypto|coins|btc|bitcoin|eth|usdt|assets?|investment) back\b/),
  // Someone else who can do it: "I know a guy who can trace the hacker and get it back".
  gate("recover retrieve trace reverse get", /\b(?:a guy|someone|somebody|a friend|an? (?:ethical |white ?hat )?hacker|(?:ethical |white ?hat )?hackers|an expert|experts|specialists|professionals|a team|people|a company|an agency) (?:who|that) (?:can|could|will) (?:help (?:you |u )?)?(?:recover|retrieve|trace|reverse|get (?:it|them|your \w+|ur \w+|the \w+) back)\b/),
  // Helping victims, and claims that the loss can be undone: "helping scam victims get refunds", "it's recoverable".
  gate("victims victim", /\b(?:help|helps|helping|helped|assist|assists|assisting) (?:scam |fraud |hack |crypto |many |other |\d+\+? )?victims? (?:to )?(?:get|recover|retrieve|reclaim|trace)\b/),
  gate("recoverable retrievable traceable reversible", /\b(?:it'?s|it is|they'?re|they are|funds are|still|is|are) (?:100% |totally |definitely |still |fully )?(?:(?:traceable|trackable) and )?(?:recoverable|retrievable|reversible)\b/),
  // A recovery track record: "we've recovered over $2M for our clients", "95% success rate".
  gate("recovered retrieved returned traced helped success", /(?:\b(?:we|i)(?:'ve| have)? |^)(?:successfully |already )?(?:recovered|retrieved|returned|traced|helped) (?:over |more than |about |up to )?\$?[\d,.]+\+? ?(?:[kmb]|million|billion)?\b[^.!?]{0,30}\b(?:for|to) (?:our |my |a )?(?:clients?|victims?|customers?|people|users|investors?)\b|\b\d{2,3}(?:\.\d)?% success rate\b|\bsuccess rate of \d{2,3}(?:\.\d)?%/),
  gate("way", /\b(?:there'?s|there is|i know|we have|i have) (?:a|still a) way to (?:retrieve|recover|reverse|trace|get (?:it|them|your \w+|ur \w+) back)\b (?:it|them|your|ur|the (?:funds?|money|transaction|transfer)|back)\b/),
  // Other authorities scammers borrow: "officer Hayes from the FCA", "I'm with the SEC enforcement division".
  gate("fca ftc irs europol homeland cyberpolice police doj justice conduct nca cftc finra sec fbi interpol", /\b(?:i'?m|i am|this is|we are|we're|i work (?:with|for|at)|on behalf of|(?:officer|agent|investigator|inspector|detective) [a-z]{2,20} (?:from|of|with)) (?:the |an? )?(?:fca|ftc|irs|europol|homeland security|cyber ?police|doj|department of justice|financial conduct authority|national crime agency|nca|cftc|finra|sec|fbi|interpol)\b/),
  // Recovery work with a way in: "my team does on-chain recovery, dm for a free consultation", "a friend works in
  // crypto forensics … DM and I'll intro". The contact may sit in the next sentence.
  gate("recovery forensics forensic tracing", /\b(?:on-?chain|crypto|blockchain|fund|funds|asset|wallet|bitcoin) (?:recovery|forensics?|tracing)\b[^.!?]{0,80}(?:[.!?]+\s?[^.!?]{0,60})?\b(?:dm|pm|inbox|consultation|intro|introduce|contact (?:me|us|him|her|them))\b/),
  ...foreignFundRecovery,
];

export const fundRecoveryOffer = defineSignal({
  id: 'fund-recovery-offer',
  description: 'Offers to recover stolen crypto: "recovery experts", "hire a hacker", law-enforcement pretexts, release fees.',
  group: 'recovery',
  detect: (input) => firstMatch(input, patterns) ?? creditedRecovery(input),
});
