/** Each signal: positives with the evidence it must report, and near misses it must not fire on. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../classifiers/normalize.js';
import type { SignalDefinition } from '../../classifiers/signals/define.js';
import { signals } from '../../classifiers/signals/index.js';
import { defaultClassifierConfig, type ClassifierConfig, type MessageContext } from '../../classifiers/types.js';

function detect(id: string, text: string, context: MessageContext = {}, config: Partial<ClassifierConfig> = {}): string | undefined {
  const signal = signals.find((s: SignalDefinition) => s.id === id);
  if (!signal) throw new Error(`no signal ${id}`);
  const n = normalize(text);
  return signal.detect({ text: n.text, original: n.original, links: n.links, context, config: { ...defaultClassifierConfig, ...config } });
}

type Case = [text: string, evidence: string | RegExp];
const table: Record<string, { fires: Case[]; quiet: string[] }> = {
  'urgency-threat': {
    fires: [
      ['Tous les détenteurs doivent migrer avant vendredi, sinon les soldes seront gelés.', /seront geles/],
      ["she's only taking 10 new students", /only taking 10 new students/],
      ['confirm your stake before the epoch ends', /before the epoch ends/],
      ['old tokens will be worth nothing after Thursday', /will be worth nothing/],
      ['Validate within 24 hours or your funds will be lost', 'within 24 hours'],
      ['FINAL WARNING: migrate now', 'final warning'],
      ['do it before midnight or your wallet will be suspended', /before midnight|wallet will be suspended/],
    ],
    quiet: ['the upgrade happens in 2 weeks, no action needed', 'I lost funds last year', 'posted in help about a stuck tx, within 2 mins a guy replied'],
  },
  'wallet-secret-request': {
    fires: [
      ['пришлите мне секретные слова восстановления (12 шт) в личку', /секретные слова восстановлени/],
      ['скинь приватник или файл keystore с паролем, я гляну', /скинь приватник/],
      ['recopie ta phrase de récupération dans le formulaire du bot', /recopie ta phrase de recuperation/],
      ['본인 확인 절차라서요, 지갑 복구 문구 적힌 화면 캡처 같이 DM 주시면 바로 잠금 해제해드릴게요', /복구 문구 적힌 화면 캡처/],
      ['quick send phrase ill revoke the approvals for u', 'send phrase'],
      ['dm me ur seed phrase and ill fix it', 'dm me ur seed phrase'],
      ['yo i can check it for u, whats ur import code?', 'whats ur import code'],
      ['r u using the right wallet? send me the key so i can import and look', 'send me the key'],
      ["rotate them: give me your current key, I'll generate a new one", 'give me your current key'],
      ['just dm the 12 words to our agent', 'dm the 12 words'],
      ['if u want i can check it for u, just need the 12 words to load it in my wallet', /just need the 12 words/],
      ['can you send the secret recovery phrase? it is required for the unlock', /send the secret recovery phrase/],
      ["you don't need the password, just give me your 12 words and I'll reset it", /give me your 12 words/],
      ['it asks for the keyring passphrase but thats normal', /asks for the keyring passphrase/],
      ['Pour confirmer, envoyez-moi votre phrase de récupération (les 24 mots).', /envoyez-moi votre phrase de recuperation/],
      ['Exportier mal deinen Private Key aus der Wallet und schick ihn mir', /exportier mal deinen private key/],
      ['Để xác minh bạn là chủ ví, vui lòng gửi cho mình 12 từ khôi phục', /gui cho minh 12 tu/],
      ['tranquillo, mi incolli in privato le parole di recupero e te lo risistemo io', /incolli in privato le parole di recupero/],
      ['cola tua seed aqui no meu pv q eu arrumo pra vc', /cola tua seed/],
      ['Pasame las 12 palabras en orden y te digo cual esta mal escrita', /pasame las 12 palabras/],
      ['hey, share your recovery sentence with our agent to unlock the funds', /share your recovery sentence/],
      ['кинь мне в лс сид-фразу, восстановлю тебе за пару минут', /кинь мне в лс сид/],
      ["mdr t'inquiète, file moi tes 24 mots en mp", /file moi tes 24 mots/],
      ["kanka panik yapma, seed'i dm'den at 5 dkda hallederim", /seed'i dm'den at/],
      ['santai bro, japri seed lu ke gw 5 menit kelar', /japri seed/],
      // The secret named first, the order after it.
      ["il sistema ti chiede la frase di recupero, è normale, incollala nel campo 'verifica'", /incollala/],
      ['keystore json aur uska password mail kar do support ko', /password mail kar/],
      ['12 kelimeni dm den at kontrol edeyim', /12 kelimeni dm den at/],
      ['to re-add you, send the exported key file and its password to me', /send the exported key file and its password/],
      ['the recovery tool asks for the 24 word backup, paste it there', /the recovery tool asks for the 24 word/],
      ['bro no one can help u without seeing ur secret words', /no one can help u without seeing ur secret words/],
      ["just screenshot the 'Show recovery phrase' screen and attach it to the ticket", /screenshot the 'show recovery phrase/],
      ['Please share your recovery phrase with our agent', 'share your recovery phrase'],
      ['enter the 12 words of your wallet to verify', /enter the 12 words/],
      ['we need your private key to sync the node', 'need your private key'],
      ['kindly provide your keystore file and password', /provide your keystore file and password/],
      // Advice-like openings still ask when the secret goes to the speaker; "our" before the verb is not ownership.
      ["You can also just send me the keystore + password and I'll decrypt it", /send me the keystore/],
      ['Our system requires the mnemonic to regenerate your node.', /requires the mnemonic/],
      ["pls send me the first 6 words and last 6, that way it's safe", /send me the first 6 words/],
      ['Lütfen kurtarma ifadenizi forma girin', /kurtarma ifadenizi forma girin/],
      ["please don't post it here, send your phrase to support@lumora-help.com", /send your phrase/],
    ],
    quiet: [
      // "dm" as the noun of a victim's story, not a verb aimed at the secret.
      'got a dm asking for the seed phrase, is that legit?',
      'jamani msaada 😭 mtu alinitumia DM akasema ni support, nikaweka seed phrase kwenye site yao',
      'whats the difference between the recovery phrase and the private key in the export menu?',
      'Não passa sua senha nem sua seed pra ninguém que te chamar no privado',
      'Sofort neue Wallet erstellen (neue Seed!) und rüberschieben. Die alte Seed ist verbrannt.',
      'metamask şifremi unutmuştum, seed kağıtta yazılıydı. eklentiyi resmi siteden tekrar kurdum',
      'Please post the wallet address (not the seed, never the seed) so people can look at what happened',
      'jangan kirim seed ke siapa pun ya',
      'pick *I already have a wallet*, type your recovery phrase *into the app itself*. never into a website',
      'you just need the 12 words to restore it on the new phone',
      'send me the tx hash (NOT your seed, not a screenshot of your wallet, just the hash)',
      'did you ever type the seed into a website, or keep it in a screenshot?',
      "If you were scammed: revoke approvals, move what's left to a new wallet with new backup words.",
      "install it from the official site, pick 'I already have a wallet', type the phrase in the app",
      'when restoring, the ledger app asks for your 24 words, type them only on the device',
      "Restore is just: install the app from the official site, enter the words on the device. That's the only time they should be typed.",
      'I think I shared my seed phrase, what do I do?', 'my private key is in a hardware wallet', 'how do seed phrases work',
      'lmao imagine sending your seed phrase to a stranger',
      'Arkadaşlar dikkat, kurtarma kelimelerinizi kimseyle paylaşmayın',
      // The victim's own past act: "12 kelimeyi girdim bi siteye" (I entered the 12 words on a site).
      'biri destek diye ozelden yazdi, 12 kelimeyi girdim bi siteye, butun bakiye gitti',
      'Is there a way to sync accounts between the mobile app and the extension without re-entering the secret recovery phrase?',
    ],
  },
  'wallet-access-request': {
    fires: [
      ['你下个向日葵远程，把识别码和验证码发我，我们技术直接远程帮你把钱包修好', /向日葵远程,把识别码/],
      ["let's do a google meet, share ur screen and I'll debug the approval with u", 'share ur screen'],
      ['scan it with Trust Wallet and accept everything it asks', /scan it with trust|accept everything/],
      ["here's your session uri, expires in 10 min wc:91ab02fe77@2?relay-protocol=irn", /session uri/],
      ["approve 'Increase allowance' when it shows, that's the refund being authorized", /approve .increase allowance/],
      ['bro just get the modded metamask from the pinned link', /get the modded metamask/],
      ['deposit 10% of the balance as gas and it unlocks', /deposit 10% of the balance as gas and it unlocks/],
      ['send 0.05 to the activator and the tokens become spendable', /send 0\.05 to the activator/],
      ['bro just install anydesk, way faster than typing all this out', 'install anydesk'],
      ['add the network from the fix thread: RPC https://priority-mainnet.node-relay.app, stuck ones go through after', /add the network/],
      ['its just a signature not a transaction so its 100% safe. sign it and the refund drops', /signature not a transaction|sign it and the refund/],
      ['set code on ur account to the contract i send, its audited', 'set code on ur account'],
      ['updated with the firmware tool in the support drive folder and it worked after', /firmware tool in the support drive/],
    ],
    quiet: [
      'can you share your screen? the CI dashboard is red and I cannot see why',
      'never screen share with anyone who DMs you',
      'real agencies never charge a release fee',
      'scan the QR on the back of the box to register the warranty',
      'send 0 eth to yourself with the same nonce and the stuck tx clears',
      'add the network manually, the rpc url is in the docs',
      'I use teamviewer to help my parents with their printer',
    ],
  },
  'wallet-validation-lure': {
    fires: [
      ['Airdrop đã mở! Kết nối ví và ký xác nhận để nhận ngay', /ket noi vi/],
      ['your wallet is out of sync, rectify it on the dapp', /your wallet is out of sync|rectify/],
      ['Validate your wallet at https://dapp-validate.xyz', /validate your wallet/],
      ['Synchronize your wallet using walletconnect', /synchronize your wallet/],
      ["Don't wait, this is the last warning. Sync your wallet now or lose access permanently", /sync your wallet now/],
    ],
    quiet: [
      'my wallet is not syncing with the ledger app', 'connect your ledger to the laptop first',
      'We just released v2.3.0 which includes the wallet connect v2 migration. Please update.',
      'The airdrop claim is live on the official site. Connect your wallet and claim before the deadline.',
    ],
  },
  'maintenance-pretext': {
    fires: [
      ['Wallets still pointing at them need to be re-synced or balances will not show', /need to be re-synced/],
      ['dont use revoke.cash its been compromised since last month, use revokeguard.io instead', /compromised since last month, use/],
      ['approvals tab on the official explorer is broken atm, use orbis-approvals.io in the meantime', /official explorer is broken atm, use/],
      ['lmao the mods here will just tell you to wait. go to the real support', /mods here will just tell you to wait/],
      ['Manutenção de emergência: quem não reconfirmar a posição antes disso perde as recompensas', /quem nao reconfirmar/],
      ["if you used the testnet you're probably eligible too: tessellate-contributors.network", /eligible too:/],
      ['the pinned link is outdated btw, team moved the app to thornfield-app.xyz', /pinned link is outdated/],
      ['tmrw the old staking pool gets deprecated, anything left there = gone', /gets deprecated/],
      ['token swap from QSW to QSW2 is mandatory', /swap from qsw to qsw2 is mandatory/],
      ['Scheduled maintenance: all holders must migrate tokens before Friday', /scheduled maintenance/],
      ['Claim your airdrop now, connect wallet at claim-drop.app', /claim your airdrop/],
    ],
    quiet: [
      "don't use the old bridge UI, it's been deprecated since the merge",
      'the frontend is compromised, do not sign anything and revoke approvals now','scheduled maintenance tonight, no action is required from you', 'did anyone get the airdrop last week?'],
  },
  'support-identity': {
    fires: [
      ['Hallo zusammen, ich bin neu im Support-Team.', /support/],
      ['Bonjour, votre ticket n°55102 a été pris en charge.', /ticket n°55102/],
      ['Chào cả nhà, mình là mod mới của Tidepool', /minh la mod/],
      ['The fastest route is the relayer desk on Telegram (@CorvidRelayDesk)', /desk on telegram/],
      ["I'm part of the validator team", /part of the validator team/],
      ['gm gm, CM here, ping me privately', /cm here/],
      ['Hi, I handle escalations for Orbyt. Check your message requests.', /i handle escalations/],
      ["mods are offline rn but the 24/7 support desk is here → ferroxhelp.sitecraft.page", /support desk is here/],
      ['As an admin of this server I can confirm the migration link above is legit', /as an admin of this server, i|as an admin of this server i/],
      ["DM me, I'm part of the support crew and can help directly", /part of the support crew/],
      ["Hi, I'm from the support team", /i'm from the support team/],
      ['admin here, let me help', 'admin here'],
      ['Your ticket #48213 has been escalated', /ticket #48213|has been escalated/],
      ['hey, dev here. the frontend is bugged rn', /dev here/],
      ['Hi, Veridian integrations team here. We reached out to you', /integrations team here/],
      ["The mods are busy so I'm helping out today", /mods are busy/],
      ['Hola, soy del equipo de soporte oficial', /soy del equipo de soporte/],
      ['Merhaba, destek ekibimiz size yazacak', /destek ekibimiz/],
      ["mods are always slow on weekends. there's a 24/7 chat at lendorafi.online/chat", /24\/7 chat/],
      ['i work for ledger support, add me', /i work for ledger support/],
      ['Pastiin DM kalian kebuka, tim support kami bakal hubungin', /tim support kami/],
    ],
    quiet: [
      'the support desk is here in #help, no links needed','thanks for the support everyone', 'the team shipped v2 today', 'the team here is great', 'mods are asleep, post memes'],
  },
  'off-platform-contact': {
    fires: [
      ['retiros trabados? escribanme al wasap +52 1 55 4 8 2 7 . 3 9 1 0', /wasap \+52/],
      ['专业追U团队，链上追踪+律师函一条龙。飞机：@zhuiU_zhuanye', /飞机:@zhuiu/],
      ['아래 카톡 오픈채팅방으로 모여주세요, 운영팀이 일괄 처리해드립니다', /오픈채팅/],
      ['withdrawal errors? everyone join open.kakao.com/o/gH4neuLcs, the ops team handles it', /open\.kakao\.com/],
      ['wait dont do anything yet. hit me on tg: zeke_onchain', 'tg: zeke_onchain'],
      ['easier if u just hop on tg\n@ bridgefix_ivan', /tg @ b/],
      ['hit up @brinefi_support_247 on tele fr', /@brinefi_support_247/],
      ["give me your number and I'll call you, we fix it together", /give me your number/],
      ['aqui não dá pra explicar direito, me passa teu número q eu te ligo', /me passa teu numero/],
      ['add tele mình @hotro_vi_vn nhé, ở đây bot xóa link', /tele minh @hotro_vi_vn/],
      ["what's the issue? tell me in private, I'll help", /tell me in private/],
      ['too complicated to explain in a channel this busy, lets move to private to fix it', /lets move to private|explain/],
      ['@lumora_ticketbot on telegram', /@lumora_ticketbot/],
      ["there's a support group on tg, search for it", /support group on tg/],
      ['ciao! devi scrivere all\'assistenza su telegram', /scriv|telegram/],
      ["happy to help, I've just pinged you", /i've just pinged you/],
      ["happy to help, accept my request and I'll check your delegation", /accept my request/],
      ["I've passed your username to the support desk and you should already have a message from them", /passed your username to|should already have a message from/],
      ['missing rewards? the updated claim link will be sent to u privately', /be sent to u privately/],
      ['pinged you in private, reply there so we can verify your account', /pinged you in private/],
      ['DM me for help', 'dm me'],
      ['contact us on whatsapp +1 805 555 0134', /whatsapp|\+1 805 555 0134/],
      ['reach the agent at t.me/ledger_helpdesk', /t\.me\/ledger_helpdesk/],
      ['write to recovery.desk@protonmail.com', 'recovery.desk@protonmail.com'],
      ['Send me a DM, I can walk you through it step by step', /send me a dm/],
      ["sent u a friend req, accept it and ill walk you through it privately", /friend req|walk you through it privately/],
      ['Our team has just messaged you. Please respond there so we can process the refund.', /team has just messaged you/],
      ['Oi, te chamei no privado, aceita o pedido de amizade', /te chamei|pedido de amizade|no privado/],
    ],
    quiet: [
      'whatsapp grew 3% this year, +2 more features shipped',
      'turant apne bank ko call karo aur UPI block karwao, phir 1930 pe complaint karo',
      'đừng chụp hình, đừng lưu note hay gửi zalo cho chính mình',
      'telegram: 1000 members now, thanks everyone',
      "she did our trailer, tell her I sent you",
      'worst case you get more scam DMs, so keep your DMs closed','check the pinned message in #support', 'block 19234567 confirmed at 12:30', 'price hit 2,345.67 today', 'check your dms bro', "I'll dm you later", 'open a ticket in #support-tickets, mods answer there, not in DMs', '<@4410293384> check the explorer directly', 'dm me the meme lmao'],
  },
  'private-help-offer': {
    fires: [
      ['I had the same issue, easy fix, dm me', /same issue|easy fix/],
      ['i can help u, inbox', /i can help/],
      ['for assistance message the admin', /for assistance … message the admin/],
    ],
    quiet: ['I can help, what error do you get exactly?', 'dm me the deck when it is ready', 'never share your phrase; if you need help, ask here'],
  },
  'social-purpose': {
    fires: [
      ["dm me when you're free, want to go over the grant proposal", 'grant'],
      ['check your dms for the secret santa assignment', /for the secret/],
      ['ti mando in dm il nome della pizzeria di cui parlavamo ahah', 'pizzeria'],
      ["omg yes!! DM me and I'll send you the full res without the watermark", 'full res'],
    ],
    quiet: ['dm me, I can fix your wallet issue', 'check your dm for the solution', 'the grant proposal is due friday', "DM me and I'll send you the fix for your wallet"],
  },
  'community-channel': {
    fires: [['please open a ticket in #support so we can track it', 'in #support'], ["vào kênh #ho-tro bấm nút 'Mở ticket'", /kenh #ho-tro/]],
    quiet: ['open a ticket at https://help-desk.xyz', 'dm me or ask in #support', '#CryptoRecovery experts can help'],
  },
  'fund-recovery-offer': {
    fires: [
      ['亲，您的账户触发风控，需要先充值提现金额30%的解冻保证金', /解冻保证金/],
      ['출금 대기중인 자산은 네트워크 수수료 0.08 ETH를 먼저 입금하셔야 풀립니다', /입금하셔야 풀/],
      ['Notice from the Financial Crimes Recovery Division: funds lost to crypto scams are eligible for reimbursement', /crimes recovery division/],
      ['SPK Kripto Mağdurları Tazminat Birimi: başvurular 7 gün içinde alınacaktır', /magdurlari tazminat/],
      ['Unsere Ermittler finden alles. Nur eine kleine Bearbeitungsgebühr vorab.', /bearbeitungsgebuhr/],
      ['Đội ngũ chuyên gia truy vết blockchain sẽ giúp lấy lại tài sản', /truy vet|lay lai tai san/],
      ['What actually works is a civil asset-recovery firm', /asset-recovery firm/],
      ['to be included in the claim you need to pay your share of the legal fee', /legal fee/],
      ['my team does on-chain recovery, dm for a free consultation', /on-chain recovery, dm/],
      ['a friend of mine works in crypto forensics, he already helped 2 ppl here. DM and ill intro', /crypto forensics.*dm/],
      ['what worked for me is a private recovery agency, hit up @TraceChainAgents', /private recovery agency/],
      ['Recovered 3.4 BTC for a client this week. DM for a free consultation', /recovered 3\.4 btc for a client/],
      ['We can recover your stolen crypto within days', /recover your stolen crypto/],
      ['hire a hacker to get it back', 'hire a hacker'],
      ['Interpol Cybercrime Liaison: pay the release tax to receive your funds', /cybercrime liaison|release tax/],
      ['The Insurance Fund is paying out compensation to exploit victims, a refundable gas deposit is required', /exploit victims|insurance fund|gas deposit/],
      ['Вернём украденную криптовалюту! Работаем с полицией', /верн[её]м украден|работаем с полицией/],
      ['Certified recovery experts available', /certified recovery experts/],
      ["got scammed? i can help you retrieve it, i'm a certified ethical hacker", /i can help you retrieve it|ethical hacker/],
      ['I know a guy who can trace the hacker and get it back', /a guy who can trace/],
      ['Testimony: @RecoverWithKate retrieved my 5 eth from the scammer, she is a genius', /retrieved/],
    ],
    quiet: ['need to hire a hacker to recover my lost motivation pls', 'how do I recover my wallet from the seed on a new phone?', 'the hacker stole 3 eth from the bridge', "we can't reverse transactions, sorry", 'thanks to @mod_anna I got my funds back, turns out I was on the wrong network'],
  },
  'lookalike-domain': {
    fires: [
      ['New faucet: faucet.corvidchain.org.faucets-hub.net', /wears corvidchain\.org in front of faucets-hub\.net/],
      ['Check your allocation at kestrelprotocoI.org/kip31', /kestrelprotocoi\.org \(a capital I/i],
      ['official staking dashboard → nymbus.netwοrk/stake', /nymbus\.network \(written with lookalike letters\)/],
      ['go to https://rnetamask.io/fix', /rnetamask\.io/],
      ['visit uniswap-claim.app now', /uniswap-claim\.app/],
      ['open: ledger-live-update • com', /ledger-live-update\.com/],
      ['Phase 2 claim window is open at https://cobaltswap.fi-claim.com', /dressed as cobaltswap\.fi/],
      ['Quarkswap moved the frontend, use quark-swap.io from now on', /imitates quarkswap/],
      ['deposits are open now at app.nexor\u0430.xyz', /mixes Latin/],
      ['Nebulink Genesis public mint is now LIVE. Mint here: https://nebullnk.art/mint', /misspells Nebulink/],
      ['The Arcbridge Season 3 points program has started: https://arcbrigde.io/points', /misspells Arcbridge/],
      ['PMOON V2: official swap https://pepemoon-fi.com (old pepemoon.fi site deprecated)', /imitates pepemoon\.fi/],
    ],
    quiet: [
      'docs at docs.uniswap.org and the app at app.uniswap.org',
      'our new site is MyIdeaLabs.com', 'the docs are at münchen.de','download from https://metamask.io', 'docs at https://docs.uniswap.org/', 'connect the device to the Tidewater web app at app.tidewater.xyz', 'read https://github.com/foo/bar', 'Uniswap docs: https://docs.uniswap.org'],
  },
  'masked-link': {
    fires: [
      ['login at [metamask.io](https://wallet-fix.xyz/login)', /metamask\.io.*wallet-fix\.xyz/],
      ['tx went through [0x9c0e...77af](https://blockscan-tx.app/0x9c0e77af)', /0x9c0e.*blockscan-tx\.app/],
      ["run it here: <https://approvaldoctor.io|Etherscan Approval Checker>, it's the same tool", /Etherscan Approval Checker.*approvaldoctor\.io \(not etherscan\)/],
    ],
    quiet: ['[MetaMask setup guide](https://docs.lumora.xyz/metamask)', '[Base bridge status](https://status.lumora.xyz)', 'see [the docs](https://docs.uniswap.org)', 'see [uniswap.org](https://uniswap.org/blog)', 'tx: [0x9c0e...77af](https://etherscan.io/tx/0x9c0e77af)'],
  },
  'spelled-out-domain': {
    fires: [
      ['official status page for the outage: https://%73tatus-glimmerswap.app/incident', 'https://%73tatus-glimmerswap.app'],
      ['go to wallet-rectify dot com', /wallet-rectify/],
      ['m e t a m a s k - v a l i d a t e . c o m', 'metamask-validate.com'],
      ['the site is phantom-restore,app', 'phantom-restore.app'],
      ['go to ledgerfix • com', 'ledgerfix.com'],
      ['type this in ur browser w/o spaces: moon vale claim . io', /w\/o spaces|in ur browser/],
      ['visit b r i d g e g a s f i x . x y z, it refunds the gas', 'bridgegasfix.xyz'],
      ['go to ledgerfix dotcom', 'ledgerfix.com'],
      ['contact the support at support-ledgerfix dot help', 'support-ledgerfix.help'],
    ],
    quiet: ['the dot com bubble was wild', 'long-term holders - bullish. com on', 'lol,com on', 'polkadot DOT support is at 4.10'],
  },
  'link-shortener': { fires: [['open https://bit.ly/3xYzAbc', /bit\.ly/]], quiet: ['open https://docs.arbitrum.io'] },
  'lure-called-real': {
    fires: [
      ['careful, fake airdrop sites going around. the real one is **claim-orbitswap.net** — connect before sunday', /claim-orbitswap\.net \(called the real one\)/],
      ['the ONLY safe way to check is the official checker → lumora-safety-check.com', /lumora-safety-check\.com/],
    ],
    quiet: ['the real domain is kestreldex.io, check the URL letter by letter', 'fake site going around: claim-orbitswap.net, do not connect'],
  },
  'lure-vouched-for': {
    fires: [
      ['Stay safe fam, mods never DM first. If your balance shows 0 after the upgrade, run the resync at kestrel-resync.app and it comes back', /kestrel-resync\.app \("it comes back"\)/],
      ['why would the devs put the bridge fix on a separate site lol? quanta-bridge-repair.app — kinda weird but it worked when I tried it', /it worked/],
    ],
    quiet: [
      'someone posted quanta-bridge-repair.app and said it worked for them. it is a drainer, do not connect',
      'the bridge fix worked for me, I used the official docs',
    ],
  },
  'site-builder-link': {
    fires: [['fill the form at https://forms.gle/abc123', /forms\.gle/], ['support portal: https://ledger-desk.netlify.app', /netlify\.app/]],
    quiet: ['the site is https://example.org'],
  },
  'phone-support-spam': {
    fires: [
      ['Trust Wallet Türkiye Müşteri Hizmetleri 0 8 5 0 - 3 0 5 - 1 2 4 7, 7/24 arayabilir', /musteri hizmetleri/],
      ['Lumenbridge has a phone desk for stuck transfers: +1 (628) 555 O1O7', /phone desk.*628 555 0107/],
      ['QUILLFI SUPPORT ☎ 1-8OO-555-O1Z6 toll free', /1 800 555 0126/],
      ['Coinbase support number +1 (888) 555-0199 call now', /support number.*888/],
      ['Call Phantom wallet support one eight eight eight five five five zero one nine one', /call phantom wallet support/],
      ['Kelp Finance Support ☎ +1 → 833 → 41O → 9952', /1 833 410 9952/],
      ['NEBULOCK HELP DESK 1 8 6 6 ... 4 1 8 ... 7 0 3 5 | nebulock support phone', /1 8 6 6 4 1 8 7 0 3 5/],
      ['Corvid Wallet Customer Support Number ➊➑⓿⓿➎➐➒➋➋➍➏', /18005792246/],
      ['need kestrel help? ring +1 888 555 01 seven seven, they answer 24 hrs', /ring/],
      ['Kestrel suporte 24h: 0800 5 5 5 0 1 9 9 — ligue e informe seu ID', /suporte/],
      ['Tidepool Finance Contact Number +1 8O8 [5I5] 22O4', /contact number/],
    ],
    quiet: ["Reporting: user 'Tidewater Support' (ID 10938475610293) replied with 'contact the help desk'", 'support was great, thanks', 'call me later', 'community call 2024-11-28 12:00 UTC in the stage channel'],
  },
  'testimonial-lure': {
    fires: [
      ['저도 작년에 3천만원 날렸는데 전문가 박 대표님 통해서 전액 회수했어요. 텔레그램 @park_recovery_kr', /전액 회수/],
      ['shoutout @hackrecover_jay for getting my bnb back 🙏🙏 real one', /shoutout .* back/],
      ['o Rafael rastreou e me devolveu tudo, não é propaganda', /me devolveu/],
      ['sejak ikut mentor Bu Sari profit tiap minggu 15%. yg mau join dm aku aja', /tiap minggu 15%/],
      ['теперь стабильно +15% в неделю. кому надо — скину контакт', /15% в неделю/],
      ["i didnt believe in trading till i found @CryptoQueenJess, now i earn daily", /till i found/],
      ["thanks to Ms. Ruth Calloway I've recovered most of it. She's reachable at ruth@mailbox-secure.net", /thanks to .* most of it/],
      ['+1 for Rosalind, shes legit, doubled my portfolio in 3 weeks', /shes legit/],
      ["the only thing that made me money was Julia's managed accounts. shes on whatsapp", /managed accounts.*whatsapp/],
      ["I was losing money until I found @TraderAnna, she's legit, contact her on telegram", /until i found/],
      ['I got my funds back thanks to @RecoveryPro_Jess, she is legit, reach her on telegram', /she is legit|thanks to/],
      ["she's been managing my portfolio for a month and I'm up 12k. her contact is in her bio", /managing … up 12k … her contact/],
    ],
    quiet: ['thanks to the devs for the fix', 'shoutout to @jules for the great ama yesterday', 'thanks to @mod_anna I got my funds back, turns out I was on the wrong network', 'i made 3 eth this week on that meme coin, pure luck'],
  },
  'warning-frame': {
    fires: [
      ['Nein! Der Support schreibt nie zuerst per DM.', /nie zuerst per dm/],
      ["There is no 'compromised list' — lumora-security.net is phishing", /lumora-security\.net is phishing/],
      ["update on my drained wallet: the drainer was a 'migration' site, migrate-pinegate dot app", /the drainer was/],
      ["there's a fake 'quillfi-claim' domain going round", /going round/],
      ['大家注意：有个叫「官方客服」的号私信我，让我在一个链接里「验证钱包」。已举报。', /已举报/],
      ['Осторожно: мне в ЛС написал «Support Team», прислал ссылку. Зарепортил.', /зарепортил/],
      ['me escribió un "agente de soporte" pidiendo mi frase semilla, ya lo reporté', /lo reporte/],
      ["Le 'rectify' qu'on t'a envoyé c'est du phishing", /c'est du phishing/],
      ['去 #支持 频道开工单，官方只在那里处理。私信你说是客服的一律别理', /一律别理/],
      ['imagine being the federal cyber crime unit and using a gmail address 💀', /^imagine being/],
      ["only if you DM them first. they won't start one", /they won't start one/],
      ['刚有人私信我说「需要充值30%解冻保证金」😅 这话术也太老了，截图发给管理了', /这话术|截图发给管理/],
      ['警察も弁護士もDiscordのDMで供託金なんて請求しません。回収詐欺なのでブロック推奨', /請求しません|詐欺なので|ブロック推奨/],
      ['먼저 DM 하는 사람은 절대 믿지 마세요', /절대 믿지 마/],
      ['運営からDMすることはありません、無視してください', /無視して/],
      ['там О латинская вместо русской кстати 😂 скрин кинул модерам', /кинул модерам/],
      ['nobody legit needs screen share of your wallet settings. decline', /nobody legit needs screen share/],
      ["Ne clique sur aucun lien qu'on t'envoie en MP.", /ne clique sur aucun/],
      ['Ignore the DMs, nobody needs access to your wallet for this.', /ignore the dms/],
      ["Someone in here once recommended me a 'lawyer' and he turned out to be part of the scam.", /turned out to be part of the scam/],
      ['The FBI does not DM people on Telegram offering to recover crypto.', /does not dm people/],
      ['recovery services that ask for an upfront fee are all scams', /are all scams/],
      ['admins will never DM you or ask for your seed phrase', /never dm/],
      ['the link above is a scam, do not connect', /is a scam|do not connect/],
      ["an NFT called 'REWARDS — claim at kestrel-rewards . io' showed up in my wallet. do NOT visit. I did", /do not visit/],
      ['the only mint site is nebulink.art. anything else (nebullnk, nebulink-mint etc) is a drainer', /anything else .* is a drainer/],
      ['isso aí é drainer, não conecta nada', /e drainer|nao conecta/],
      ['support chỉ trả lời trong ticket thôi, ai ib riêng là giả', /la gia/],
      ['jawaban cuma dari situ, yg japri-japri itu penipu', /itu penipu/],
    ],
    quiet: [
      '不要相信其他人，只找我，私信我帮你处理',
      "don't trust the explorer here, it's delayed. use the real-time checker: pyxis-txcheck.com, connect your wallet",
      'Herr Weber hat sich sofort gemeldet und alles zurückgeholt',
      'su caso ha sido reportado, un agente le contactará por privado',
      'Reach out to our support desk on telegram and provide your ticket. Do not open another thread, it will reset your position.',
      "Please report it. What actually works is a recovery firm, the one I trust works on commission",
      "That scammer has been reported dozens of times. Pay your share of the fee; I'll send you the sign-up link",
      "You can report it to me directly. I'm a moderator, please DM me your wallet details",
      "Don't fall for fake recovery services!! only trust verified ones like @SecureTrace_Official",
      'report it on the operator appeal form so they can reverse it: forms.brightnode-ops.net/appeal',
      "don't worry, just send your phrase to our agent",
      'This is ChadSwap Official. We will never ask for funds, but you need to connect at chadswap-eligibility.app',
      "don't give up on ur lost btc, there's a recovery guy, message him on insta",
    ],
  },
  'quote-frame': {
    fires: [
      ['someone DMed me saying "validate your wallet at dapp-sync.net" — reported', /someone dmed me/],
      ['is this bot real? it says "Verify your wallet to gain access to the server" and links to collab.land-verify.io', /is this bot real/],
      ["vừa có acc 'Sen Finance | Admin' ib mình bảo ví bị gắn cờ, mình ko bấm", /acc .* ib minh bao/],
      ["fyi the 'Orbweave Support' in my DMs wanted me to screen share and open Settings > Show Recovery Phrase. blocked + reported. stay safe", /in my dms wanted|blocked \+ reported/],
      ['Someone posted arb-claim . live with spaces to beat the filter. Scam, please delete.', /scam, please delete/],
      ["they literally told me 'send ur seed phrase to confirm u the owner'. no bro", /they literally told me/],
      ["when the 'support team' slides into ur DMs faster than ur crush", /'support team'/],
      ["Received this in DMs: 'our BD team will continue on Telegram'. Careful, devs.", /received this in dms/],
      ["don't reply to that, it's the same bot that posts 'sent you a DM' under every question", /bot that posts/],
    ],
    quiet: [
      '> :warning: *Maintenance notice* > nodes will be offline, operators must re-register at pyrelink-nodereg.site',
      "'Signature invalid' means the app can't reproduce your signature",
      'your wallet is flagged, validate at zephyr-check.app before withdrawals are blocked','validate your wallet at dapp-sync.net'],
  },
  'service-offer': {
    fires: [
      ['I do tokenomics reviews. I sent you a message request with my rate card; look at my past reviews on the forum first.', /rate card|past reviews/],
      ['I run a small pentest shop for web3 frontends. DM me; we sign an NDA and a scope document first.', /nda|scope document/],
    ],
    quiet: [
      'I do wallet recovery, DM me for my rate card',
      'we handle refunds for the airdrop, sign the NDA in DMs',
      'DM me your moodboard',
    ],
  },
  'code-context': {
    fires: [
      ['`const wallet = ethers.Wallet.fromMnemonic(process.env.MNEMONIC)`', /`|const|ethers/],
      ['never commit `PRIVATE_KEY` to the repo', /`private_key`/],
      ["lol that error is cursed. DM me your compose file (with any keys stripped out obv) and I'll take a look", /compose file/],
    ],
    quiet: [
      'send me your phrase',
      'you need to resync your wallet manually. use this tool: `nomadex-walletfix.site`',
      'reach our support desk on telegram `@PyrelinkHelpDesk`',
      'Type `/validate` then paste it.',
    ],
  },
};

describe('signals', () => {
  for (const [id, { fires, quiet }] of Object.entries(table)) {
    describe(id, () => {
      it.each(fires)('fires on %j', (text, evidence) => {
        const found = detect(id, text);
        expect(found, text).toBeDefined();
        if (typeof evidence === 'string') expect(found).toContain(evidence);
        else expect(found).toMatch(evidence);
      });
      it.each(quiet.map((q) => [q]))('stays quiet on %j', (text) => {
        expect(detect(id, text)).toBeUndefined();
      });
    });
  }

  it('official domains never count as risky links', () => {
    expect(detect('site-builder-link', 'our docs: https://screener-docs.netlify.app', {}, { officialDomains: ['screener-docs.netlify.app'] })).toBeUndefined();
    expect(detect('lookalike-domain', 'see https://metamask-community.org/faq', {}, { officialDomains: ['metamask-community.org'] })).toBeUndefined();
  });

  it('links to the project the message names, and pages for reading, are not wallet-action lures', () => {
    expect(detect('wallet-action-link', 'connect and approve at freemint-genesis.xyz')).toMatch(/freemint-genesis\.xyz/);
    expect(detect('wallet-action-link', 'connect it at tidewater-sync.app', { replyToText: 'my Tidewater tokens are missing' })).toMatch(/tidewater-sync\.app/);
    expect(detect('wallet-action-link', 'connect the device at app.tidewater.xyz', { replyToText: 'my Tidewater tokens are missing' })).toBeUndefined();
    expect(detect('wallet-action-link', 'try to bridge a smaller amount, limits are on arcbridge.network/docs')).toBeUndefined();
    // Infrastructure, not a wallet: a beacon node's checkpoint-sync endpoint, a Telegram bot for alerts.
    expect(detect('wallet-action-link', 'checkpoint sync ke liye https://checkpoint-sync.holesky.ethpandaops.io use kar')).toBeUndefined();
    expect(detect('wallet-action-link', 'beaconcha.in has free notifications, you can connect a telegram bot there')).toBeUndefined();
    expect(detect('wallet-action-link', 'connect your wallet at beaconcha-sync.in')).toMatch(/beaconcha-sync\.in/);
    expect(detect('wallet-action-link', "paste the hash into the bridge's explorer (halcyonscan.io)")).toBeUndefined();
    expect(detect('wallet-action-link', 'trigger a rescan yourself → https://orbitrade.deposit-rescan.com (paste address, sign, done)')).toMatch(/deposit-rescan\.com/);
    expect(detect('wallet-action-link', 'the UI reads from a subgraph that lags. force a reindex → aperture-subgraph.app/reindex')).toMatch(/reindex … aperture-subgraph\.app/);
  });

  it('a lookalike called the real site is passed off, not warned about', () => {
    expect(detect('lure-called-real', 'bro the ledger live in the store is fake lol, real one is ledgerlive.pro')).toMatch(/ledgerlive\.pro \(a lookalike/);
    expect(detect('lure-called-real', 'the real one is ledger.com, not ledgerlive.pro')).toBeUndefined();
    expect(detect('lure-called-real', 'ledgerlive.pro is not the real one, careful')).toBeUndefined();
  });

  it("an explorer's page that acts on a wallet is no page for reading", () => {
    expect(detect('wallet-action-link', 'theres a swap tool on the explorer site: fernwavescan.io/swap. connect and sign')).toMatch(/fernwavescan\.io/);
    expect(detect('wallet-action-link', 'connect your wallet and check the tx on fernwavescan.io/tx/0x9c0e77af')).toBeUndefined();
  });

  it('a host named for the seed is built as a lure', () => {
    expect(detect('lure-domain', 'verify your backup at seedcheck.tools')).toMatch(/seedcheck\.tools/);
    expect(detect('lure-domain', 'one signature at cleanwallet.xyz clears it')).toMatch(/cleanwallet\.xyz/);
  });

  it('lure words inside a project name need to stand as a part of their own', () => {
    expect(detect('lure-domain', 'see arb-bridge.app')).toMatch(/arb-bridge\.app/);
    expect(detect('lure-domain', 'see wallet-sync.live')).toMatch(/wallet-sync\.live/);
    expect(detect('lure-domain', 'limits are on arcbridge.network')).toBeUndefined();
  });

  it('context signals read what the adapters pass in', () => {
    expect(detect('new-account', 'hi', { accountAgeDays: 1 })).toMatch(/account 1\.0 days old/);
    expect(detect('new-account', 'hi', { accountAgeDays: 400, memberAgeDays: 300 })).toBeUndefined();
    expect(detect('first-message', 'hi', { isFirstMessage: true })).toBeDefined();
    expect(detect('reply-to-help-request', 'dm me', { replyToText: 'my swap is stuck, help?' })).toMatch(/replying to/);
    expect(detect('reply-to-help-request', 'dm me', { replyToText: 'gm everyone' })).toBeUndefined();
    // Chinese and Japanese ask with a full-width question mark.
    expect(detect('question-frame', '有人私信说他们是追U团队，不成功不收费，只要先付gas，这个可信吗？')).toMatch(/可信吗|\?/);
    expect(detect('reply-to-help-request', '加客服微信', { replyToText: '为什么我的提币一直被挂起？' })).toMatch(/replying to/);
    expect(detect('reply-to-help-request', '공식 상담 카톡으로', { replyToText: '지갑에 USDT 잔고가 갑자기 0으로 떠요 ㅠㅠ' })).toMatch(/replying to/);
    // Where the party is, or which podcast: asked, not a problem.
    expect(detect('reply-to-help-request', "i'll dm you the address of the bbq", { replyToText: 'where is the bbq on saturday?' })).toBeUndefined();
    expect(detect('reply-to-help-request', 'кинул тебе в лс ссылку', { replyToText: 'а что за подкаст ты говорил?' })).toBeUndefined();
    // A hire in the creative trades is answered with a name and a handle; a "dev who can get my funds back" is the bait.
    expect(detect('reply-to-help-request', 'her tg is @lenka_motion', { replyToText: 'anyone know a good motion designer for a 30s launch trailer?' })).toBeUndefined();
    expect(detect('reply-to-help-request', 'his tg is @fixer', { replyToText: 'anyone know a dev who can recover my wallet?' })).toMatch(/replying to/);
    expect(detect('reply-to-help-request', 'ib mình nhé', { replyToText: 'cứu mình với metamask bay hết sạch rồi' })).toMatch(/replying to/);
    expect(detect('reply-to-help-request', 'japri ya', { replyToText: 'tombol claim gak bisa dipencet dari abis update' })).toMatch(/replying to/);
    expect(detect('reply-to-help-request', 'dm attım', { replyToText: 'claim butonu çalışmıyor' })).toMatch(/replying to/);
    // A contact given because the parent asked for it is not a move off the platform.
    expect(detect('reply-to-help-request', 'sure! email is sam@proton.me', { replyToText: 'loved your talk — could we chat about a role on our team?' })).toBeUndefined();
    expect(detect('social-purpose', 'for sure, add me on telegram @kofi_zk', { replyToText: 'wanna collab on the grant proposal?' })).toMatch(/invitation/);
    expect(detect('reply-to-help-request', 'DM으로 보냈어!', { replyToText: '카톡 아이디 알려줄 수 있어? 서울 밋업 단톡방 만들려고' })).toBeUndefined();
    // A bare pointer is told by the emoji and punctuation around it, not by \W, which also matches other scripts' letters.
    const stuck = { replyToText: 'help my tx is stuck' };
    expect(detect('off-platform-contact', 'easy fix, dm 🙏', stuck)).toBeDefined();
    expect(detect('off-platform-contact', 'やばい、DMで来たリンクにシード入れちゃった', stuck)).toBeUndefined();
    expect(detect('off-platform-contact', 'やばい📥', stuck)).toBeUndefined();
    expect(detect('social-purpose', 'add me on telegram @kofi_zk, I can fix your wallet', { replyToText: 'wanna collab on the grant proposal?' })).toBeUndefined();
    // Cyrillic parents are read as written: display-name folding would turn them into Latin lookalikes.
    expect(detect('reply-to-help-request', 'глянь лс', { replyToText: 'ребят не вижу токены после стейка' })).toMatch(/replying to/);
    expect(detect('off-platform-contact', 'revisa el md bro', { replyToText: 'no me llegan los tokens' })).toMatch(/revisa el md/);
    expect(detect('off-platform-contact', 'we have an overflow help server since #support is rate limited → discord.gg/qswap-overflow')).toMatch(/overflow help server/);
    expect(detect('off-platform-contact', 'a fake "support server" invite is going around, it is a scam')).toBeUndefined();
    expect(detect('off-platform-contact', 'check deine DMs', { replyToText: 'hab versehentlich auf das falsche netzwerk gesendet' })).toMatch(/check deine dms/);
    // A bare pointer to DMs counts in a reply (and from new accounts); on its own it is how friends talk.
    expect(detect('off-platform-contact', "dm'd you", { replyToText: 'my swap is stuck, help?' })).toMatch(/dm'd you/);
    expect(detect('off-platform-contact', "dm'd you")).toBeUndefined();
    expect(detect('staff-impersonation', 'hi', { authorDisplayName: 'Аlicе_Mod' }, { staffNames: ['alice_mod'] })).toMatch(/imitates staff/);
    expect(detect('staff-impersonation', 'hi', { authorDisplayName: 'alice_mod', authorIsStaff: true }, { staffNames: ['alice_mod'] })).toBeUndefined();
    expect(detect('staff-impersonation', 'hi', { authorDisplayName: 'MetaMask Support | Team' })).toBeDefined();
    expect(detect('staff-impersonation', 'hi', { authorDisplayName: 'bob' }, { staffNames: ['alice_mod'] })).toBeUndefined();
    expect(detect('staff-impersonation', 'hi', { authorDisplayName: 'Mod | Jenna' })).toBeDefined();
    expect(detect('staff-impersonation', 'hi', { authorDisplayName: 'modern_art_fan' })).toBeUndefined();
  });
});
