import { defineSignal, firstMatch } from './define.js';

/** Invented maintenance, migrations, upgrades and claimable rewards: the story that makes a wallet action seem routine. */
const patterns = [
  /\b(?:scheduled|ongoing|emergency|network|server|system|wallet|protocol|smart contract) (?:maintenance|upgrade|migration|update)\b.{0,120}\b(?:all (?:users|holders|wallets)|every (?:user|holder|wallet)|you (?:must|need to|are required to|have to)|must (?:migrate|validate|re-?validate|sync|connect|claim|upgrade|verify))/,
  /\b(?:all|every) (?:users?|holders?|wallets?|members?|investors?) (?:must|need to|are required to|should|have to) (?:migrate|validate|re-?validate|sync|synchroni[sz]e|connect|claim|upgrade|verify|update|swap|bridge)\b/,
  /\bclaim (?:your|ur|the|their|free|an?) ?(?:free |unclaimed |pending |exclusive |eligible )?(?:airdrop|reward|refund|compensation|allocation|bonus|tokens?|nfts?|giveaway|prize|share)s?\b.{0,80}\b(?:connect|link|now|here|below|https?:|before|today|limited|verify)/,
  /\b(?:airdrop|reward|refund|compensation|allocation|giveaway)s? (?:is |are )?(?:now )?(?:live|available|ready)\b.{0,60}\b(?:connect (?:your )?wallet|claim (?:it |them )?(?:now|here|at|via|on))/,
  /\b(?:eligible|qualified|selected) (?:for|to (?:receive|claim))\b.{0,40}\b(?:airdrop|reward|refund|compensation|allocation|giveaway|tokens)\b/,
  /\b(?:v2|v3|new contract|token) (?:migration|swap) (?:is )?(?:live|open|mandatory|required)\b/,
];

export const maintenancePretext = defineSignal({
  id: 'maintenance-pretext',
  description: 'Maintenance, migration, upgrade or airdrop/reward/refund-claim stories that require action from users.',
  group: 'pretext',
  detect: ({ text }) => firstMatch(text, patterns),
});
