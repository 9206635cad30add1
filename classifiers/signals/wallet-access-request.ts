import { hasUnofficialLink } from '../links.js';
import { defineSignal, firstMatch, gate, mayMatch } from './define.js';

/**
 * Control of the wallet asked for without its secret: the reader's screen with the wallet open, a QR code or
 * WalletConnect link "so support can see it", a custom RPC "that pushes stuck transactions through", a patched
 * wallet build or a firmware "updater", a signature or delegation "that authorises the refund", a fee that
 * "unlocks" the balance. Drainer kits moved here as members learned never to share the seed phrase.
 * Not: colleagues sharing screens for work (no wallet named), warnings ("never screen share your wallet"),
 * cancelling a stuck transaction by sending 0 ETH to yourself, RPC settings from the docs.
 */
const walletTalk = /\b(?:wallet|metamask|phantom|rabby|ledger|trezor|extension|seed|phrase|private key|keys|funds|tokens|approvals?|balance|recovery|tx|transaction|refund|stake|nft)\b/;

const screenShare = gate(
  'share sharing screen screenshare screenshares screensharing screenshared control',
  /\b(?:share|sharing|open) (?:your |ur |ya |the )?(?:screen|browser window)\b|\bscreen ?shar\w* (?:with (?:me|us)|w me|on|via|over|so|and|real quick|quickly)\b|\b(?:let'?s|lets|we can|can (?:you|u)|could (?:you|u)|just|quick|hop on|jump on) (?:do )?(?:a )?(?:quick )?screen ?share\b|\blet me (?:take )?(?:remote )?control\b/,
);
/**
 * Remote-desktop tools: in a crypto support channel, nobody legitimate needs them. Also in Chinese, Korean and Japanese:
 * "下个向日葵远程，把识别码和验证码发我", "원격 프로그램 설치해 주세요", "リモートで接続します".
 */
const remoteDesktop = gate(
  'anydesk teamviewer viewer rustdesk quick quickassist todesk #non-ascii',
  /(?<!\b(?:i|we|i'?ll|i'?d) )\b(?:install|download|open|get) (?:anydesk|team ?viewer|rustdesk|quick ?assist)\b|\b(?:anydesk|team ?viewer|rustdesk|todesk)\b[^.!?]{0,30}\b(?:id|code)\b|(?:向日葵|todesk|远程)[^。！？!?]{0,20}(?:识别码|验证码|控制|发我)|원격[^.!?]{0,15}(?:설치|접속|연결)해|(?:遠隔|リモート)[^。！？!?]{0,15}(?:操作|接続|サポート)(?:します|させて|して)/,
);

const qrCode = gate(
  'scan qr',
  /\bscan (?:my|this|our|the following) (?:qr|code)\b|\bqr(?: code)? (?:i|we) (?:just )?(?:sent|posted|generated|made|shared|dropped|created)\b|\bscan (?:it|this|the code) (?:with|from|in|using) (?:the same |your |ur )?(?:\w+ )?(?:wallet|app|live|mobile)\b|\bscan (?:n|and|&) (?:approve|confirm|sign|accept)\b/,
);
/** A WalletConnect pairing handed to the reader: whoever made it controls what the wallet is asked to sign. */
const sessionLink = gate(
  'session wc paste walletconnect pairing',
  /\b(?:your|ur) (?:walletconnect |wc )?session (?:uri|link)\b|\bwc:[0-9a-f]{8,}@\d|\bpaste (?:this|the|my|our) (?:walletconnect|wc|pairing) (?:link|uri|code)\b/,
);

/**
 * "approve 'Increase allowance' when it shows, that's the refund", "sign the 'revoke signature'", "it's just a
 * signature, not a transaction, so it's safe", "Permit / setApprovalForAll, that's normal, just confirm",
 * "ignore the warning, it's been verified", "sign the typed data".
 */
const blindSignature = gate(
  'approve accept sign signature confirm typed permit setapprovalforall ignore',
  /\bapprove ['"‘“]?increase allowance\b|\b(?:accept|approve|confirm|sign) (?:everything|all (?:the )?(?:prompts|requests|popups))\b|\bsign (?:a |the )?['"‘“]?(?:revoke|refund|release|unlock|verification|validation|claim|recovery|ownership|scan) (?:signature|message|request|permit)\b|\b(?:just|only) a signature,? not a transaction\b|\bsign it and (?:the )?(?:refund|tokens?|funds?|airdrop|nft|reward)s?\b|\b(?:permit|setapprovalforall)\b[^.!?]{0,40}\b(?:normal|just (?:confirm|approve|sign))\b|\bsign the typed data\b|\bignore the (?:security )?(?:warning|alert)\b[^.!?]{0,40}\b(?:verified|safe|normal|new contract)\b/,
);
/** EIP-7702 and smart-account "upgrades" that hand the account to someone else's contract. */
const delegation = gate(
  'delegate upgrade point set code sign authorization authorisation delegation accept',
  /\b(?:delegate|upgrade|point) (?:your|ur) (?:wallet|account|address|eoa)\b[^.!?]{0,40}\b(?:our|my|the (?:recovery|rescue|sweeper|batch) contract|the contract i|on the page)\b|\bset code on (?:your|ur) (?:wallet|account|address|eoa)\b|\bsign (?:a |the |an )?(?:new )?(?:7702 )?(?:authori[sz]ation|delegation)\b[^.!?]{0,30}\b(?:for|to) (?:our|my|the (?:rescue|recovery|batch|sweeper))\b|\baccept the one from (?:our|my|the) (?:site|page|link)\b/,
);

/** Wallets and firmware from anywhere but the official store or app: "the modded metamask", "load unpacked", "the firmware tool in the drive". */
const patchedBuild = gate(
  'modded patched cracked beta dev repair fixed unlocked hotfix installer unpacked drag zip drive folder updater firmware',
  /\b(?:get|grab|download|install|use|try|run)\b[^.!?]{0,25}\b(?:modded|patched|cracked|beta|dev|repair|fixed|unlocked|hotfix)\b[^.!?]{0,15}\b(?:metamask|wallet|build|version|extension|apk|app|client|firmware)\b|\brun the installer\b[^.!?]{0,40}\bpatch\w*|\b(?:load unpacked|drag it into (?:extensions|chrome))\b|\b(?:build|installer|zip|apk|exe|hotfix|firmware tool|updater)\b[^.!?]{0,30}\b(?:in|from) the (?:\w+ )?(?:drive|folder)\b|\bgo to the (?:updater|firmware) (?:site|page)\b/,
);

/**
 * "deposit 10% of the balance as gas and it unlocks", "send 200 usdc to 0x7a… and it processes", "0.3 SOL to
 * unlock early", "top up the reserve wallet and it completes". The fee named alone ("real agencies never charge a
 * release fee") is how warnings talk about it; sending to yourself is how a stuck transaction is cancelled.
 */
const amount = '(?:[^.!?]|\\.\\d)';
const unlockFee = gate(
  'unlock unlocks unlocked unlocking unlocker activate activates activated activating activation activator release released releases releasing spendable withdrawable process processes processed processing complete completes completed completing clear clears cleared clearing goes top',
  new RegExp(`\\b(?:send|pay|deposit|transfer)\\b${amount}{0,40}\\b(?:and|then|to)\\b${amount}{0,30}\\b(?:unlock|activat|release|spendable|withdrawable)\\w*|\\b(?:send|pay|deposit|transfer)\\b${amount}{0,40}\\bto (?:0x|the (?:activator|reserve|staking|vesting|bridge|gas)\\b|our\\b|my\\b|me\\b|us\\b)${amount}{0,40}\\b(?:and|then)\\b${amount}{0,30}\\b(?:process|complet|clears?|goes through)\\w*|\\b\\d+(?:\\.\\d+)? ?(?:sol|eth|usdc|usdt|bnb|matic|btc|trx) to (?:unlock|activate|release)\\b|\\btop up the (?:gas )?reserve\\b`),
);

/** "add the rpc from <site>, stuck ones go through", "switch ur rpc to the team relay": someone else's node between the wallet and the chain. */
const customRpc = gate(
  'add added adding switch change set use rpc network relay node',
  /\b(?:add|added|adding|switch|change|set|use)\b[^.!?]{0,25}\b(?:rpc|network|relay|node)\b[^.!?]{0,100}\b(?:stuck|go(?:es)? through|push(?:es)? (?:it )?thr(?:ough|u)|clears?|unstick|speed up|recover\w*|shows? up|showed up|rescue|priority|rebroadcast\w*|index\w*)\b/,
);
const ourRelay = /\b(?:team|recovery|rescue|priority|private|fix|support) (?:rpc|relay|node)\b/;

export const walletAccessRequest = defineSignal({
  id: 'wallet-access-request',
  description: 'Asks for control of the wallet another way: share the screen with it open, scan a QR or session link, add an RPC, blind-sign or delegate, install a patched build, pay an "unlock" fee.',
  group: 'request',
  detect: (input) => {
    const { text } = input;
    // Screens are shared and QR codes scanned for all kinds of things: only with the wallet in the picture.
    const aboutWallet = (mayMatch(input, screenShare) || mayMatch(input, qrCode)) && walletTalk.test(text);
    const viaOtherNode = mayMatch(input, customRpc) && (ourRelay.test(text) || hasUnofficialLink(input.links, input.config.officialDomains));
    return (
      (aboutWallet ? firstMatch(input, [screenShare, qrCode]) : undefined) ??
      (viaOtherNode ? firstMatch(input, [customRpc]) : undefined) ??
      firstMatch(input, [remoteDesktop, sessionLink, blindSignature, delegation, patchedBuild, unlockFee])
    );
  },
});
