import { defineSignal, firstMatch, gate } from './define.js';
import { foreignWalletValidation } from './multilingual.js';

/** "Validate / sync / rectify your wallet on this dapp": the drainer's favourite pretext. */
const action = '(?:validat|synchroni[sz]|sync|rectif|restor|re-?activat|whitelist|unlock|unfreez|migrat|reconnect|verif|authenticat|initiali[sz]|clear|debug|fix|resolv|connect|link|claim)';
const patterns = [
  gate("wallet wallets account node tokens assets funds dapp metamask trust trustwallet phantom ledger address", new RegExp(`\\b${action}\\w* (?:your|ur) (?:wallet|wallets|account|node|tokens|assets|funds|dapp|metamask|trust ?wallet|phantom|ledger|address)\\b(?:.{0,60}\\b(?:on|at|via|through|using|with|from|here|below|link|site|dapp|portal|page|walletconnect|wallet connect|https?:))`)),
  // A chore no real service asks for, as an order with a deadline or a threat, no site needed: "sync your
  // wallet now or lose access". Not "connect your wallet and claim before the deadline": real airdrops say that.
  gate("wallet wallets account node tokens assets funds", new RegExp(`\\b(?:validat|synchroni[sz]|sync|rectif|re-?activat|unfreez|authenticat|whitelist)\\w* (?:your|ur) (?:wallet|wallets|account|node|tokens|assets|funds)\\b[^.!?]{0,30}\\b(?:now|immediately|asap|today|before|within|or (?:lose|risk|you|your|it|they|the))\\b`)),
  gate("wallet account node address assets tokens funds", /\b(?:your|ur) (?:wallet|account|node|address|assets|tokens|funds)(?: is| has been| was| are| have been| got)? (?:out of sync|not synced|not synchroni[sz]ed|unsynced|not whitelisted|not validated|not verified|unverified|flagged|blacklisted|compromised|frozen|restricted|suspended|locked|under review)\b/),
  gate("addresses wallets accounts nodes", /\b(?:all )?(?:\w+ )?(?:addresses|wallets|accounts|nodes) (?:need|needs|must|have) to be (?:re-?)?(?:validated|verified|synced|synchroni[sz]ed|whitelisted|migrated|rectified)\b/),
  // "the wallet hasn't been validated since v3".
  gate("wallet wallets account accounts node nodes address addresses position positions", /\b(?:wallet|account|node|address|position)s? (?:hasn'?t|has not|haven'?t|have not|isn'?t|is not|wasn'?t|was not) (?:been )?(?:validated|synced|synchroni[sz]ed|whitelisted)\b/),
  gate("wallet node address", /\b(?:wallet|node|address)(?: is| has been| was)? (?:out of sync|not synchroni[sz]ed|unsynced|not whitelisted|not validated)\b/),
  // An order to run the chore on a dapp: "you must make the synchronise on the dapp tool".
  gate("dapp walletconnect wallet decentralized decentralised", /\b(?:must|need to|needs to|have to|has to|should|please|kindly|just)\b[^.!?]{0,20}\b(?:sync|synchroni[sz]|rectif|validat|re-?validat)\w*\b[^.!?]{0,30}\b(?:on|via|at|through|using|with) (?:the |a |our |this )?(?:dapp|wallet ?connect|decentrali[sz]ed app)\b/),
  gate("error errors issue issues glitch glitches problem problems failure failures", /\b(?:sync|synchronization|validation|whitelist|migration|rectification|gas|rpc|bridge|node) (?:error|issue|glitch|problem|failure)s?\b.{0,80}\b(?<!\b(?:it'?s|is|was|got|are|were|been) (?:now |already |all )?)(?:validat|synchroni[sz]|sync|rectif|restor|connect|fix|resolv)\w*\b(?! now\b| already\b)/),
  gate("walletconnect wallet dapp decentralized decentralised portal site page tool form", /\b(?:wallet ?connect|walletconnect|dapp|decentrali[sz]ed (?:app|protocol|platform)|(?:rectification|validation|synchroni[sz]ation|recovery|support|sync|claim|migration) (?:portal|site|page|dapp|tool|form))\b.{0,60}\b(?:validat|synchroni[sz]|sync|rectif|restor|unlock|whitelist|migrat)(?:e|es|ed|ing|y|ies)?\b/),
  ...foreignWalletValidation,
];

export const walletValidationLure = defineSignal({
  id: 'wallet-validation-lure',
  description: 'Tells the reader to validate, sync, rectify, migrate or connect their wallet on a site or "dapp".',
  group: 'request',
  detect: (input) => firstMatch(input, patterns),
});
