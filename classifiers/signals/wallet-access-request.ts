import { defineSignal, firstMatch, gate, mayMatch } from './define.js';

/**
 * Control of the wallet asked for without its secret: the reader's screen with the wallet open, a QR code or
 * WalletConnect link "so support can see it", a patched wallet build, a signature "that authorises the refund",
 * a fee that "unlocks" the balance. Drainer kits moved here as members learned never to share the seed phrase.
 * Not: colleagues sharing screens for work (no wallet named), warnings ("never screen share your wallet").
 */
const walletTalk = /\b(?:wallet|metamask|phantom|rabby|ledger|trezor|extension|seed|phrase|private key|keys|funds|tokens|approvals?|balance|recovery|tx|transaction|refund)\b/;

const screenShare = gate(
  'share sharing screen screenshare screensharing screenshared anydesk teamviewer viewer rustdesk',
  /\b(?:share|sharing|open) (?:your |ur |ya |the )?screen\b|\bscreen ?shar\w* (?:with (?:me|us)|w me|on|via|over|so|and|real quick|quickly)\b|\b(?:let'?s|lets|we can|can (?:you|u)|could (?:you|u)|just|quick|hop on|jump on) (?:do )?(?:a )?(?:quick )?screen ?share\b|\b(?:install|download|open|run|use|get) (?:anydesk|team ?viewer|rustdesk)\b|\b(?:anydesk|team ?viewer|rustdesk)\b[^.!?]{0,30}\b(?:id|code)\b/,
);

const qrCode = gate(
  'scan qr',
  /\bscan (?:my|this|our|the following) (?:qr|code)\b|\bqr(?: code)? (?:i|we) (?:just )?(?:sent|posted|generated|made|shared|dropped|created)\b|\bscan (?:it|this|the code) with (?:your |ur )?(?:trust|metamask|phantom|rainbow|coinbase|wallet|the wallet app)\b/,
);
/** A WalletConnect pairing handed to the reader: whoever made it controls what the wallet is asked to sign. */
const sessionLink = gate('session wc', /\b(?:your|ur) (?:walletconnect |wc )?session (?:uri|link)\b|\bwc:[0-9a-f]{8,}@\d/);

/** "approve 'Increase allowance' when it shows, that's the refund", "sign the 'revoke signature'", "accept everything". */
const blindSignature = gate(
  'approve accept sign confirm',
  /\bapprove ['"‘“]?increase allowance\b|\b(?:accept|approve|confirm|sign) (?:everything|all (?:the )?(?:prompts|requests|popups))\b|\bsign (?:the )?['"‘“]?(?:revoke|refund|release|unlock|verification|validation|claim|recovery) (?:signature|message|request|permit)\b/,
);

const patchedBuild = gate(
  'modded patched cracked beta dev repair fixed unlocked installer',
  /\b(?:get|grab|download|install|use|try|run)\b[^.!?]{0,25}\b(?:modded|patched|cracked|beta|dev|repair|fixed|unlocked)\b[^.!?]{0,15}\b(?:metamask|wallet|build|version|extension|apk|app|client|firmware)\b|\brun the installer\b[^.!?]{0,40}\bpatch\w*/,
);

/**
 * "deposit 10% of the balance as gas and it unlocks", "send 0.05 to the activator and the tokens become spendable".
 * The fee named alone ("real agencies never charge a release fee") is how warnings talk about it.
 */
const unlockFee = gate(
  'unlock unlocks unlocked unlocking unlocker activate activates activated activating activation activator release released releases releasing spendable withdrawable',
  /\b(?:send|pay|deposit|transfer)\b(?:[^.!?]|\.\d){0,40}\b(?:and|then|to)\b(?:[^.!?]|\.\d){0,30}\b(?:unlock|activat|release|spendable|withdrawable)\w*/,
);

const secondPerson = /\b(?:you|u|your|ur|ya)\b/;

export const walletAccessRequest = defineSignal({
  id: 'wallet-access-request',
  description: 'Asks for control of the wallet another way: share the screen with it open, scan a QR or session link, blind-sign, install a patched build, pay an "unlock" fee.',
  group: 'request',
  detect: (input) => {
    const { text } = input;
    // Screens are shared and QR codes scanned for all kinds of things: only the reader's, with their wallet in the picture.
    const aboutReadersWallet = (mayMatch(input, screenShare) || mayMatch(input, qrCode)) && secondPerson.test(text) && walletTalk.test(text);
    return (aboutReadersWallet ? firstMatch(input, [screenShare, qrCode]) : undefined) ?? firstMatch(input, [sessionLink, blindSignature, patchedBuild, unlockFee]);
  },
});
