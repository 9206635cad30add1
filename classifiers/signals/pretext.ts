import { defineSignal, firstMatch, gate } from './define.js';
import { foreignPretext } from './multilingual.js';

/** Invented maintenance, migrations, upgrades and claimable rewards: the story that makes a wallet action seem routine. */
const patterns = [
  gate("maintenance upgrade migration update", /\b(?:scheduled|ongoing|emergency|network|server|system|wallet|protocol|smart contract|security) (?:maintenance|upgrade|migration|update)\b.{0,120}\b(?:all (?:users|holders|wallets)|every (?:user|holder|wallet)|you (?:must|need to|are required to|have to)|must (?:migrate|validate|re-?validate|sync|connect|claim|upgrade|verify)|please (?:\w+ (?:& |and ))?(?:revoke|re-?approve|migrate|re-?validate|validate|sync|connect|claim|upgrade|verify|reconfirm|re-?register)|(?:accounts?|wallets?|users?|holders?|anyone) not (?:re-?\w+ed|verified|validated|migrated|synced))/),
  gate("users user holders holder wallets wallet members member investors investor stakers staker delegators delegator", /\b(?:all|every) (?:users?|holders?|wallets?|members?|investors?|stakers?|delegators?) (?:must|need to|are required to|are asked to|is asked to|should|have to) (?:migrate|validate|re-?validate|sync|synchroni[sz]e|connect|claim|upgrade|verify|update|swap|bridge)\b/),
  gate("claim", /\bclaim (?:your|ur|the|their|free|an?) ?(?:free |unclaimed |pending |exclusive |eligible )?(?:airdrop|reward|refund|compensation|allocation|bonus|tokens?|nfts?|giveaway|prize|share)s?\b.{0,80}\b(?:connect|link|now|here|below|https?:|before|today|limited|verify)/),
  gate("airdrop airdrops reward rewards refund refunds compensation allocation allocations giveaway giveaways", /\b(?:airdrop|reward|refund|compensation|allocation|giveaway)s? (?:is |are )?(?:now )?(?:live|available|ready)\b.{0,60}\b(?:connect (?:your )?wallet|claim (?:it |them )?(?:now|here|at|via|on))/),
  gate("eligible qualified selected", /\b(?:eligible|qualified|selected) (?:for|to (?:receive|claim))\b.{0,40}\b(?:airdrop|reward|refund|compensation|allocation|giveaway|tokens)\b/),
  gate("migration swap", /\b(?:v2|v3|new contract|token) (?:migration|swap) (?:is )?(?:live|open|mandatory|required)\b/),
  // "token swap from QSW to QSW2 is mandatory".
  gate("mandatory compulsory", /\b(?:migration|swap|upgrade|re-?registration|re-?validation|resync) (?:[^.!?]{0,30} )?(?:is|are) (?:now )?(?:mandatory|compulsory)\b/),
  // Doubling and wallet-harvest giveaways: "send BTC and receive double", "drop your SOL wallet address".
  gate("send drop", /\bsend (?:your |me |us )?(?:\d[\d.,]* )?(?:btc|eth|sol|usdt|bnb|crypto|coins?)\b.{0,40}\b(?:receive|get|send you|back) (?:double|2x|x2|twice|back double)\b|\bdrop (?:your|ur) (?:sol |eth |evm |btc |bnb |trx |usdt )?(?:wallet )?(?:address|wallet)\b/),
  // Airdrop spam: "$USOR airdrop is live", "claim $SOL now", "free crypto giveaway".
  gate("airdrop airdrops giveaway giveaways drop drops reward rewards distribution distributions claim grab get receive tap click free", /\b(?:airdrop|giveaway|drop|rewards?|distribution)s? (?:is |are )?(?:now |officially )?(?:live|open|ready|available|started|confirmed|claimable)(?: (?:for|to) claim)?\b.{0,80}\b(?:claim|connect|join|https?:|\.(?:top|xyz|live|app|cc|site|online|link|io)\b)|\b(?:claim|grab|get|receive|tap to get|click to claim) (?:your |free |the )*\$[a-z][a-z0-9]{1,9}\b|\bfree (?:crypto|airdrop|tokens?|nft|mint|\$[a-z]{2,10})\b.{0,60}\b(?:claim|giveaway|connect|https?:|\.(?:top|xyz|live|app|cc|site)\b)/),
  // Any "send N, get more back" giveaway: "send 0.1 eth and get 0.3 back instantly".
  gate("send", /\bsend (?:me |us )?(?:just |only )?\d[\d.,]* ?(?:btc|eth|sol|usdt|bnb|trx|crypto)\b[^.!?]{0,30}\b(?:get|receive|recieve)s? (?:\d[\d.,]* ?(?:btc|eth|sol|usdt|bnb|trx)? ?|double |2x |x2 |triple |3x )back\b/),
  // "Wallets still pointing at them need to be re-synced", "you're probably eligible too: <link>".
  gate("synced resynced validated revalidated migrated remigrated verified reverified connected reconnected registered reregistered upgraded reupgraded eligible", /\b(?:wallets?|accounts?|users?|holders?|addresses)\b[^.!?]{0,30}\b(?:need|needs|must|have|has) to be (?:re-?)?(?:synced|validated|migrated|verified|connected|registered|upgraded)\b|\b(?:you'?re|you are|ur|you might be|you may be|probably|likely) (?:also |probably |likely |still )?eligible(?: too| as well)?\s?(?::|→|->| at\b| here\b)/),
  // The official link "changed": "the pinned link is outdated, team moved the app to <link>".
  gate("outdated deprecated compromised longer moved migrated switched backup mirror alternative alt down", /\b(?:it'?s|its|is) the (?:backup|mirror|alternative|alt)\b|\bthe (?:backup|mirror|alternative|alt) (?:site|link|domain|url|frontend|app)\b|\b(?:is|was|are) down\b[^.!?]{0,30}\buse\b|\b(?:pinned|old|official|previous|current) (?:link|site|url|domain|app|dapp|website)s? (?:is|are|was|were|got) (?:outdated|deprecated|compromised|no longer (?:valid|working|safe))\b|\b(?:moved|migrated|switched) (?:the |our |their )?(?:app|site|dapp|website|domain|frontend|ui) (?:over )?to\b|\b(?:app|site|dapp|website|domain|frontend|ui|dashboard|portal) (?:has |have )?(?:moved|migrated|switched) (?:over )?to\b/),
  // The official source talked down to steer elsewhere: "dont use revoke.cash its been compromised, use revokeguard.io instead",
  // "approvals tab on the official explorer is broken atm, use …", "the docs are outdated. real way is …".
  gate("broken bugged outdated compromised delayed lagging useless skip skips hacked", /\b(?:official|the|their|our) (?:docs?|explorer|app|site|ui|frontend|dapp|tool|approvals? tab|revoke (?:page|tool)|extension|version)\b[^.!?]{0,30}?\b(?:is|are|'s|'re|been|getting)? ?(?:broken|bugged|outdated|compromised|delayed|lagging|useless|skips? a step)\b.{0,80}?\b(?:use|try|go to|instead|real (?:way|fix|one|support|answer|tool|site))\b|\b(?:don'?t|dont|do not|never) (?:use|trust)\b.{0,30}?\b(?:it'?s|its|it is|they'?re|theyre|been|is) (?:been )?(?:broken|bugged|outdated|compromised|delayed|lagging|hacked)\b.{0,60}?\b(?:use|try|go to|instead)\b/),
  // The mods talked down: "the mods here will just tell you to wait", "mods who don't know the backend", "the discord team is slow af".
  gate("wait backend mention slow useless clueless", /\bmods?\b[^.!?]{0,20}\b(?:will (?:just )?tell (?:you|u) to wait|don'?t know the (?:backend|contracts?|code)|don'?t mention it|are (?:slow|useless|clueless))\b|\b(?:discord|support|mod) team is (?:slow|useless|clueless)\b/),
  // The deadline story without the word maintenance: "the old staking pool gets deprecated", "unmigrated tokens won't be supported".
  // "the extension needs to be reinstalled from the new store page", "the old one stops working Monday".
  gate("reinstalled installed redownloaded downloaded updated reimported imported reconnected old", /\b(?:needs?|has|have|must) (?:to )?be (?:re-?installed|re-?downloaded|re-?imported|re-?connected|updated) (?:from|at|via|on|through)\b|\bthe old (?:one|version|app|extension|link|site|contract|pool) (?:stops working|will stop working|is deprecated|no longer works|will be disabled)\b|\b(?:official|new) (?:app|site|link|domain|url|dapp|frontend) (?:has )?(?:moved|changed)\b/),
  gate("deprecated sunset retired phased supported unmigrated", /\b(?:gets?|will be|is being|are being|to be|is|are) (?:now )?(?:deprecated|sunset|retired|phased out)\b|\b(?:won'?t|will not|no longer) be supported\b|\bunmigrated\b/),
  // "Retroactive rewards for testnet users are claimable now. Connect wallet + sign", "convert your points now at <link>".
  gate("claimable", /\b(?:rewards?|airdrops?|tokens?|points|allocations?|refunds?|compensation)\b[^.!?]{0,40}\b(?:is|are) (?:now )?claimable\b.{0,80}\b(?:connect|sign|claim (?:here|at|now|via)|https?:)/),
  gate("convert redeem swap exchange", /\b(?:convert|redeem|swap|exchange) (?:your|ur|all (?:your|ur)) (?:unclaimed )?(?:points|credits|xp|tickets|vouchers|rewards)\b[^.!?]{0,20}\b(?:at|on|via|here|now)\b/),
  ...foreignPretext,
];

export const maintenancePretext = defineSignal({
  id: 'maintenance-pretext',
  description: 'Maintenance, migration, upgrade or airdrop/reward/refund-claim stories that require action from users.',
  group: 'pretext',
  detect: (input) => firstMatch(input, patterns),
});
