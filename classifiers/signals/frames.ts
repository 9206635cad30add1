import { hasUnofficialLink, isOfficial } from '../links.js';
import { judging, vouchesFor, vouchesForFix } from '../quotes.js';
import { defineSignal, firstMatch, gate, mayMatch, oncePerInput, type SignalInput } from './define.js';
import { lureCalledReal, lureHostInText, walletAction } from './risky-links.js';
import { isInvitation } from './context.js';
import { blankForSecret } from './wallet-secret-request.js';

/**
 * Frames that point the other way (negative weights): warnings, victims asking, people quoting a scam
 * to report it, developers talking about keys in code, and staff speaking.
 */

const negation = "(?<!\\b(?:who|that|which|if you|users|holders|wallets) )\\b(?:never|don'?t|do not|dont|doesn'?t|does not|won'?t|will not|wont|shouldn'?t|should not|nobody|no one|no admin|no mod|no (?:real |legit |genuine )?(?:support|team member|staff))\\b(?! (?:worry|hesitate|panic|be afraid|stress|need))";
const warningPatterns = [
  // Moderation at work: "keep it on topic", "no shilling", "removed the spam", "read the rules".
  gate("topic off spam shilling shill promo promotion self rules removed deleted muted banned", /\b(?:keep it on[- ]topic|stay on[- ]topic|off[- ]topic|no (?:spam|spamming|shilling|shill|self[- ]promo\w*|promo\w*|begging)|read the rules|(?:removed|deleted) (?:the |your |those |these |all |some )?(?:posts?|messages?|links?|spam|scam\w*)|(?:got |been |was |were )?(?:muted|banned) for\b)/),
  // "never share your seed phrase", "don't give anyone your private key"
  gate("seed phrase phrases key keys password passwords words mnemonic 2fa code codes recovery", new RegExp(`${negation}[^.!?]{0,30}\\b(?:share|send|give(?! up)|enter|type|paste|reveal|disclose|tell|show)\\w*\\b[^.!?]{0,30}\\b(?:seed|phrase|private key|keys|password|words|mnemonic|2fa|codes?|recovery)\\b`)),
  // "admins will never DM you", "no one from the team will message you first"
  gate("dm dms dmed dming message messages messaging ask asks asking asked contact contacts contacting pm pms request requests", new RegExp(`${negation}(?: \\w+){0,3} (?:dm|message|ask|contact|pm|request)\\w*\\b[^.!?]{0,20}\\b(?:you|first|for|anyone|people|users|members)\\b`)),
  // "don't click that link", "never connect your wallet to sites from DMs"
  gate("click clicking clicks connect connecting sign signing approve approving trust trusting interact interacting open opening visit visiting use using", new RegExp(`${negation}[^.!?,]{0,10}\\b(?:click|connect|sign|approve|trust|interact|open|visit|use)\\w*\\b[^.!?]{0,30}\\b(?:link|links|site|sites|dapps?|wallet|dms?|strangers|anyone|random|unknown|this|that|it|them)\\b`)),
  gate("beware careful watch heads psa safe aware", /\b(?:beware|be careful|watch out|heads up|psa|stay safe|be aware|careful)\b.{0,80}\b(?:scam|phish|fake|impersonat|never|don'?t|do not)\w*/),
  gate("scam scams scammer scammer's scammers phish phishing fake drainer drainers rug rugs", /\b(?:this|that|it|these|those|they|ones|the (?:link|site|dm|message|account|post|guy|user)s?(?: above| below)?)\s?(?:is|are|was|were|looks like|seems like|'s|'re) (?:a |an |all |always |usually |definitely a |totally a |obviously a |100% a )?(?:scams?|scammers?|phish|phishing|fake|drainers?|rugs?)\b|\b(?:are|is) (?:all|always|definitely|100%|obviously) (?:scams?|scammers?|fake|phishing)\b/),
  gate("scam scams scammer scammer's scammers phishing fake", /\b(?:scam(?:mer)?s?|phishing|fake (?:support|admins?|accounts?|mods?))\b.{0,40}\b(?:alert|warning|report(?:ed)?|ban(?:ned)?|block(?:ed)?|ignore|around|going a?round|active)\b/),
  gate("fake phishing scam malicious added submitted reported", /\b(?:fake|phishing|scam|malicious)\b(?: ['"‘’“”]?[\w-]+['"‘’“”]?){0,4} (?:sites?|links?|domains?|apps?|accounts?|pages?|announcements?|posts?|tweets?)\b[^.!?]{0,30}\b(?:going a?round|circulating|spreading|out there|again|active|advertised|promoted|being pushed)\b|\b(?:added|submitted|reported) (?:it |this |them )?to (?:the )?(?:blocklist|blacklist|phishing list|metamask|chainabuse)\b/),
  // The same judgement in other languages: "это скам?", "es una estafa", "é golpe", "骗子".
  gate("#cyrillic #cjk estafa estafadores golpe golpistas", /(?:это (?:же |точно )?(?:скам|развод|мошенник|фейк)|мошенники|\s[—–-]\s?(?:мошенник|скам|развод)|кто пишет (?:в лс|в личку)|es (?:una )?estafa|son estafadores|e golpe|é golpe|sao golpistas|骗子|诈骗)/),
  // "Nadie del equipo te va a escribir por privado", "ninguém da equipe", "никому не пиши в личку", "никогда не".
  // "Der Support schreibt nie zuerst per DM", "ne partagez jamais votre phrase", "jangan kasih seed ke siapa pun".
  gate("ne", /\bne (?:clique|cliquez|partage|partagez|donne|donnez|envoie|envoyez|reponds|repondez)\b[^.!?]{0,30}\b(?:aucun|aucune|jamais|personne|rien)\b/),
  // "occhio a chi ti scrive in dm", "cuidado con los que escriben por privado".
  // "đừng tin ai nhắn riêng", "wag ka rin maniwala … scam din yun", "… olursa engelle", "не ведись на тех, кто в лс".
  gate("dung wag huwag engelle engelleyin #cyrillic", /\bdung (?:tin|nghe|bam|gui|dua|connect|ket noi|click)\b|\b(?:wag|huwag) (?:ka |kang |kayo )?(?:rin |din )?(?:maniwala|magtiwala|ibigay|i-?click|pumatol)\b|\bengelle(?:yin)?\b|(?:не ведись|не ведитесь|не верь|не верьте|не отвечай\S* (?:им|на))/),
  // "isso aí é drainer, não conecta nada", "ai ib riêng là giả", "cái kia là web lừa", "yg japri itu penipu".
  gate("e eh nao", /\b(?:e|eh) (?:um |uma )?(?:drainer|golpe|golpista|scam|fake|phishing)\b|\bnao (?:conect|cliq|clica|clique|assin|compartilh|passa|mand|envi)\w*/),
  gate("la web", /\b(?:la|deu la) (?:gia|lua dao|lua dao het|scam|fake)\b|\bweb lua\b/),
  gate("itu adalah ini", /\b(?:itu|adalah) (?:penipu|penipuan|scam|palsu)\b/),
  gate("occhio attenzione ojo cuidado", /\b(?:occhio|attenzione|ojo|cuidado)\b[^.!?]{0,40}\b(?:dm|privato|privado|md|pv|scrive|scrivono|escribe|escriben|escreve|truffa|truffatori|estafa|estafadores|golpe|golpistas)\b/),
  gate("nie niemals jamais asla jangan khong", /\b(?:nie|niemals|jamais|asla|jangan|khong bao gio)\b[^.!?]{0,40}\b(?:dm|pn|mp|privat\w*|prive|direktnachricht|seed|phrase|schlussel|cle|mots|worter|kunci|frasa|private key)/),
  gate("#cyrillic nadie nunca jamas ninguem ninguno", /\b(?:nadie|ninguem|ninguno|nunca|jamas)\b[^.!?]{0,40}\b(?:privado|dm|md|pv|escribir|escrever|pedir|pediremos|mensaje|mensagem|frase|clave|chave)|(?:никому|никогда|никто|ни один|нікому|ніколи|ніхто|жоден)[^.!?]{0,40}(?:личк|лс|пиш|сид|фраз|ключ|відпов|отвеч)/),
  gate("report reported ignore ignored block blocked", /\b(?:report|ignore|block)(?:ed)? (?:them|him|her|it|this|that|anyone|any (?:dm|one)|such|the (?:account|user|sender)|(?:the |those |any )?dms)\b(?!(?: directly)? to (?:me|us)\b)(?! to (?:the |our |their |a )?(?:help|support|customer|live|tech|official|admin|resolution|service))(?! (?:on|via|through|at|using) (?:the |our |their |this |an? )?(?:[\w-]+ ){0,2}(?:form|portal|page|site|link))/),
  // "the 'KYC your wallet' angle has been going around", "if anyone contacts you claiming they can trace it …, they can't".
  gate("around round circulating anyone someone somebody", /\b(?:angle|trick|scam|message|dm|one|thing|story|site|link|page|domain|url)s? (?:has been |have been |is |are )?(?:going a?round|circulating)\b|\bif (?:anyone|someone|somebody) (?:contacts|dms|messages|offers|claims|reaches out)\b[^.!?]{0,80}\b(?:they can'?t|it'?s a scam|ignore|block|report|they'?re (?:lying|scammers))|\bif (?:anyone|someone|somebody) offers? to\b[^.!?]{0,60}\W+no\b/),
  // News of a loss: "a couple who lost everything to a fake recovery service".
  gate("lost lose losing", /\b(?:lost|lose|losing) (?:everything|it all|all|their \w+|his \w+|her \w+) to (?:a |an )?(?:fake|scam|phishing|fraudulent)\b/),
  gate("fall fell else", /\b(?:don'?t|do not|never|dont) fall for\b|\b(?:almost|nearly) fell for\b|\bso (?:nobody|no one) else (?:does|falls)\b/),
  // "Nobody here fixes anything over DM", "that guy isn't staff", "never screenshare your wallet".
  gate("dm dms pm pms staff mod admin support official team screenshare screensharing screen", /\b(?:nobody|no one|no admin|no mod|never)\b[^.!?]{0,30}\bover (?:dms?|pms?)\b|\b(?:he|she|they|that (?:guy|account|user|person)|this (?:guy|account|user|person))(?: is|'s| are|'re)? (?:not|n't|isn'?t|aren'?t) (?:a |an )?(?:staff|mod|admin|support|official|team member|on the team)\b|\b(?:never|don'?t|do not|dont) screen ?shar\w*|\b(?:nobody|no one|no (?:real |legit )?(?:support|admin|mod|team)\w*)(?: legit| real| here)? (?:needs?|asks? for|will ask for|has to see) (?:a |to see )?(?:screen ?shar\w*|your screen)/),
  // "do NOT visit.", "don't click!": the object was named just before.
  gate("visit click open", new RegExp(`${negation} (?:visit|click|open) ?(?:it|them|this|that)?\\s?(?:[.!]|$)`)),
  // Of the words just named: "keep the words offline and never type them into a website".
  gate("never don't dont not", /\b(?:never|don'?t|dont|do not) (?:type|enter|paste|share|give|send|show) (?:them|it) (?:in|into|on|to|with) (?:a |any )?(?:website|site|web ?page|dapp|form|chat|anyone|stranger|computer|phone|screenshot)s?\b/),
  // Hindsight and the unsafe case named: "he turned out to be part of the scam", "what's NOT safe is a popup asking …".
  gate("turned safe", /\bturned out to be (?:a |an |part of (?:the |a )?)?(?:scam\w*|fake|fraud\w*|phish\w*)|\bwhat'?s not safe\b/),
  gate("else other", /\b(?:anything|everything|any other (?:link|site|url|domain)s?) else\b[^.!?]{0,50}\b(?:is|are) (?:a |an )?(?:scam|phish|fake|drainer)\w*|\bany other (?:link|site|url|domain)s? (?:is|are) (?:a |an )?(?:scam|phish|fake|drainer)\w*/),
  gate("never", /\b(?:admins?|mods?|moderators?|support|staff|team)(?: members)? (?:will )?never (?:dm|message|ask|contact|pm|request)\b/),
  // Mockery of a lure ("imagine being the federal cyber crime unit and using a gmail address 💀"), and staff who never open a
  // DM ("only if you DM them first. they won't start one").
  gate("imagine won't wont will never", /^imagine (?:being|thinking|falling for|paying|trusting|believing)\b|\b(?:they|mods|admins|staff|the team) (?:won'?t|wont|will not|never) (?:start|open|initiate) (?:one|a dm|dms|a conversation|it)\b/),
  // Victims naming what drained them: "the drainer was a 'migration' site, migrate-pinegate dot app".
  gate("drainer scam scammer scammer's scammers phishing", /\bthe (?:drainer|scam|phishing|scammer'?s?) (?:site |link |page |domain |url )?(?:was|is)\b/),
  // Chinese, Korean and Japanese "ignore / don't believe them" and "official staff never DM first": "私信你说是客服的一律别理",
  // "먼저 DM 하는 사람은 절대 믿지 마세요", "運営からDMすることはありません、無視してください".
  gate("#cjk #non-ascii", /(?:一律|都)?(?:别|不要|千万别|千万不要)(?:理|信|相信|回复?|点)|(?:官方|客服|管理员?)(?:不会|从不|绝不|从来不)(?:主动)?(?:私信|私聊|加你)|(?:절대 )?(?:믿지 ?마|응답하지 ?마|답하지 ?마|클릭하지 ?마)|(?:운영진|관리자|공식)[^.!?]{0,10}(?:먼저 )?(?:dm|디엠|연락)(?:을|를)? ?(?:하지 않|안 ?(?:해|합|드))|無視して|信じないで|相手にしない|詐欺(?:なので|です|だから)|ブロック推奨|(?:請求|要求)(?:しません|することはありません)|(?:運営|公式|サポート)(?:から|が)[^。！？]{0,10}(?:dm|連絡)(?:する|を送る)?こと(?:は|も)?(?:ありません|ない)/),
  // A report filed (or the lure judged), in the first person, in other languages: "已举报", "通報済みです", "신고했어요",
  // "Зарепортил", "скрин кинул модерам", "maine report kar diya", "c'est du phishing", "ya lo reporté",
  // "hab ihn gemeldet" (not "hat sich gemeldet", he got in touch; not "su caso ha sido reportado", the fake desk's opener).
  gate("#non-ascii diya diye kiya c'est ya lo la los las reporte reportei reportado denuncie denunciei denunciado hab habe habs hab's j'ai deja bildirdim sudah udah da", /(?:已举报|已舉報|举报了|舉報了|通報(?:済み|しました|した)|報告しました|신고(?:했|함|완료|하였)|зарепортил[а-яё]*|репортнул[а-яё]*|пожаловал(?:ся|ась)|кинул репорт|\b(?:ya|lo|la|los|las) (?:he |hemos )?(?:reporte|reportei|reportado|denuncie|denunciei|denunciado)\b|\b(?:hab|habe|habs|hab's) (?:ihn |sie |es |den |das |die )?(?:account |konto )?(?:schon |bereits )?gemeldet\b|\b(?:j'ai|deja) signale\b|\bbildirdim\b|\b(?:sudah|udah) (?:saya |aku |gw )?(?:lapor|laporin|report)\w*|\bda bao cao\b|截图发给管理|发给管理员|这话术|已截图|\breport (?:kar (?:diya|diye)|kiya)\b|\bc'est (?:du |un |une )?(?:phishing|arnaque|scam|fake)\b|с?кинул[а-яё]* (?:скрин[а-яё]* )?модер[а-яё]*|написал[а-яё]* модер[а-яё]*)/),
  // "(lumora.finance-claim[.]io) is a drainer. don't click.", "just a warning, there's a fake page".
  gate("drainer drainers phishing scam fake click warning psa heads", /\b(?:is|are) (?:a |an )?(?:known )?(?:drainers?|phishing (?:site|link|page|domain)s?|scam (?:site|link|page|domain)s?)\b|\b[a-z0-9-]+\.[a-z]{2,}(?:\/\S*)? (?:is|are) (?:a |an |definitely |100% )?(?:phishing|a scam|a drainer|fake)\b|\b(?:don'?t|do not|dont|never) click\W*(?:$|@|\.)|\b(?:warning|psa|heads[- ]up)\b[,:]? (?:there'?s|there is|there are) (?:a |an |some )?(?:fake|phishing|scam|malicious)\b/),
];

const impersonatorsLine = /\b(?:only|except|but) (?:me|us|our (?:team|agent|admins?))\b|\bthe (?:real|official|actual|genuine|verified) (?:agent|support|team|admin|helpdesk|help desk|desk|mod)s? (?:is|are) (?:on|at|via) (?:telegram|tg|tele|whats ?app|signal|instagram|ig)\b|\bonly (?:use|trust|click|follow) (?:the|our|this|that) (?:official )?(?:link|site|url|page)s? (?:above|below|here)\b|\b(?:thought|think) (?:these|this|it|they|those) (?:were|was|are|is) (?:a |all )?scams? (?:but|until)\b|\b(?:trust|contact|use|pay) (?:any(?:one|body)|no ?one|nobody) else\b|\bpublicly\b[^.!?]{0,40}\b(?:dm|pm|private|privately|inbox)\b|\bnever\b[^.!?]{0,40}\bbut (?:you|u|we) (?:do |still |really )?(?:need|must|have|will need|'ll need)\b|\b(?:don'?t|do not) (?:post|share|paste|type) (?:it|this|that|them) (?:here|in public|publicly)\b|\b(?:trust|use|contact) (?:[\w-]+ ){0,3}(?:like|such as) @\w|\bthe (?:only )?one (?:i trust|that (?:actually )?worked|who (?:actually )?worked|that helped)\b|\bi'?ll send (?:you|u) the (?:sign-?up |registration |claim |join )?(?:link|form)\b|\buse our (?:official )?(?:[\w-]+ )?(?:checker|tool|portal|page|site|form)\b|\bdo(?:n'?t| not) open (?:another|a new|a second) (?:thread|ticket|case)\b|只(?:有|找|相信|信|联系)(?:我|我们)/;
/**
 * "update through the web updater: <link> — don't use LL, it's broken this week", "don't trust the explorer here, it's
 * delayed": the real tool talked down to sell another is the lure's argument, not a warning.
 */
const discreditsRealTool = /\b(?:don'?t|dont|do not) (?:use|trust)\b[^.!?]{0,30}(?:[,—–-]|\bfor this one\b)\s*(?:it'?s|its|it is|they'?re|theyre|it'?s been|the \w+) (?:broken|bugged|down|outdated|compromised|delayed|lagging|not working|front-?runs?)\b/;
/** The long impersonator test, once per message: the warning and quote frames both ask. */
const steersToOwnContact = oncePerInput((input: SignalInput) => impersonatorsLine.test(input.text));
export const warningFrame = defineSignal({
  id: 'warning-frame',
  description: 'A warning about scams ("never share your seed phrase", "admins will never DM you", "that link is a scam").',
  group: 'frame',
  // "Don't trust anyone else, only me" is the impersonator's line, not a warning. That test runs only on a
  // warning found (rare) rather than on every message: the result is the same.
  detect: (input) => {
    const warning = firstMatch(input, warningPatterns);
    if (warning === undefined || steersToOwnContact(input) || urgesLureLink(input)) return undefined;
    return discreditsRealTool.test(input.text) && hasUnofficialLink(input.links, input.config.officialDomains) ? undefined : warning;
  },
});

/**
 * "Never share your seed phrase. To fix stuck tx, validate your wallet at walletsync-fix.live": the warning is
 * boilerplate and the next sentence is the lure. A real warning judges the link it names, in the same sentence
 * ("…goes to x-claim.app, a drainer", "don't connect at x-sync.app"); a sentence that tells the reader to act
 * on a lure-built host and judges nothing is not covered by a warning elsewhere.
 */
const warnsOff = /\b(?:do not|don'?t|never) (?:visit|click|open|connect|go there)\b|\b(?:scam\w*|fake|phish\w*|drainer\w*|reported|report (?:kar diya|kiya))\b/;
// Once per message: the warning, question and code frames all ask.
const urgesLureLink = oncePerInput((input: SignalInput): boolean => {
  if (lureCalledReal.detect(input) !== undefined) return true;
  const lure = lureHostInText(input);
  if (!lure) return false;
  // "…'claim at kestrel-rewards . io'. do NOT visit": the judgement may come in the next sentence.
  return walletAction.test(lure.sentence) && !judging.test(lure.sentence) && !warnsOff.test(lure.withNextSentence);
});


/** Victims use the scam's words but ask, in the first person: "I think I shared my seed phrase, what do I do?" */
const speaksForSelf = gate("i i'm im i've ive i'll i'd my me mine mine's yo mi eu meu minha minh toi aku saya gw gue ben benim je j'ai moi mon mes io mio mia #non-ascii", /./);
// Also Vietnamese, Indonesian, Turkish, French and Italian: "mình nạp USDT…?", "aku udah…?", "benim cüzdanım…?".
const englishFirstPerson = /\b(?:i|i'm|im|i've|ive|my|me|mine)\b/;
const otherFirstPerson = /(?:^|\s)(?:я|мне|меня|мой|моя|yo|mi|me|eu|meu|minha|minh|toi|aku|saya|gw|gue|ben|benim|je|j'ai|moi|mon|mes|io|mio|mia)(?=\s|$)|我/;
const inFirstPerson = (text: string) => englishFirstPerson.test(text) || otherFirstPerson.test(text);
/** "这个可信吗？", "믿어도 되나요?", "本物ですか？": asking whether it is real, a question these languages ask without an "I". */
const asksIfReal = /可信吗|靠谱吗|是真的吗|能信吗|진짜인가요|믿어도 되나요|사기인가요|本物ですか|詐欺ですか|信じていい/;
const asking = /\?|\b(?:please help|help me|need help|can (?:some|any)(?:one|body) help|please advise|what (?:do|should|can) i|how (?:do|can) i|is (?:this|it|that) (?:legit|real|safe|a scam)|anyone know|any idea|wondering|not sure)\b/;
/** Offers of help are the scammer's opening, not a question. */
const offering = /\b(?:text|dm|message|inbox|pm|msg) me\b|\bask me how\b|\bi work with\b|\bsuccess rate\b|\bfor a (?:small )?fee\b|\bread (?:them |it |those )?(?:to )?me\b|\bwhat words\b|\bthose words\b|\b(?:i|we)(?: can|'ll| will| could) (?:help|assist|guide|fix|recover|sort|brute|check)|\blet me (?:help|assist|guide)|\b(?:i|we)(?:'ve| have)? (?:just )?(?:sent|dm'?e?d|messaged)\b|\b(?:call|toll[- ]?free|phone number|contact (?:him|her|them|us))\b|\b(?:his|her|their) (?:contact|number|telegram|whatsapp|email|handle|ig|instagram)\b|\bi know (?:a guy|someone|somebody|a hacker|an expert|people|a team)\b|\bif (?:you|u|anyone|any ?one) needs? (?:help|assistance)\b|\b(?:want|would you like) me to (?:connect|introduce|link|refer|help|send|dm|message|show|guide)\b|\b(?:can|may|could|shall|should) (?:i|we) (?:dm|pm|message|msg|text|inbox|write to|contact|reach|ping|send|help|assist|guide|show) (?:you|u)\b|\bmind if (?:i|we) (?:dm|pm|message|msg|text|inbox|send|write|reach|help|assist)\b|\b(?:i|we)(?: can|'ll| will| could) (?:dm|pm|message|text|send|show|walk) (?:you|u)\b|\bi can (?:connect|introduce|refer|point|direct|send) (?:you|u)\b|\b(?:t\.me|wa\.me)\/|\b(?:telegram|tg|whats ?app|signal|ig|instagram)\b:? ?@|\bcontact:? [\w.-]+ ?(?:@|\(at\)|\[at\]|at [\w-]+ ?(?:\.|\(dot\)|dot))|\b[a-z0-9._%+-]{2,64}@[a-z0-9-]{2,63}\.[a-z]{2,}|\b(?:whats ?app|telegram|signal|call|text|phone)\b[^.!?]{0,10}\+\s?\d/;
export const questionFrame = defineSignal({
  id: 'question-frame',
  description: 'Someone asking for help in the first person rather than instructing others.',
  group: 'frame',
  detect: (input) => {
    if (!mayMatch(input, speaksForSelf)) return undefined;
    const { text } = input;
    // All of these must hold; the long `offering` regex goes after the cheaper tests that usually fail.
    if (!inFirstPerson(text) && !asksIfReal.test(text)) return undefined;
    const question = asking.exec(text) ?? asksIfReal.exec(text);
    if (!question || offering.test(text)) return undefined;
    // A fellow victim's question that vouches for a fix ("have you tried connecting at x-sync.live? worked for me") is the lure.
    if (urgesLureLink(input) || vouchesForFix(text)) return undefined;
    // Scammers ask questions too ("did you connect your wallet?"); instructions to the reader cancel the frame.
    if (/\b(?:you (?:must|need to|have to|should)|kindly|click (?:here|the link|below)|contact (?:our|the) support|what(?:(?:'s| is| are) (?:your|ur|the)|s (?:your|ur)) (?:\d+ )?(?:words|phrase|seed|key)|what(?:'s| is| are|s) (?:your|ur) (?:wallet|address|wallet address|username|handle|email|number)|(?:which|what) (?:wallet|app|wallet app|browser|device|network) (?:are|do|did) (?:you|u)|send (?:me|us)|give me|dm me|our (?:team|agent|engineers|experts|support)|who else (?:got paid|is using|is working with|made)|(?:can|could|would) (?:you|u) (?:please |pls )?(?:share|send|show|give|tell|paste|type|post|provide|screenshot|export) (?:me |us )?(?:a |the )?(?:screenshot of )?(?:your|ur|the))\b|\d+% (?:daily|weekly|monthly|a day|a week)|\blink in (?:his|her|their|my) (?:tg |telegram |ig )?(?:bio|profile)\b/.test(text)) return undefined;
    return question[0];
  },
});

const quotePatterns = [
  // Spanish: "esto me mandó un random por privado", "ya lo reporté".
  gate("mando escribio hablo reporte", /\bme (?:mando|escribio|hablo) (?:un|una|alguien|el|este)\b[^.!?]{0,25}\b(?:por privado|al privado|por dm|por md)\b|\bya lo reporte\b/),
  // Vietnamese: "có acc 'X | Admin' ib mình bảo ví bị gắn cờ" (an account DMed me saying…).
  gate("ib inbox nhan", /\b(?:acc|tai khoan|nguoi|ai do|thang|dua)\b[^.!?]{0,50}\b(?:ib|inbox|nhan tin|nhan) (?:minh|toi|tui)\b (?:bao|noi|hoi|rang)\b/),
  gate("dm'd dmed dm'ed pm'd pmed pm'ed messaged sent texted emailed called told asked wrote replied contacted approached", /\b(?:(?:some|any)(?:one|body)|a (?:guy|user|scammer|bot|random|stranger)|this (?:guy|account|user)|they|he|she) (?:just |literally |actually |even |also |then )?(?:dm'?e?d|pm'?e?d|messaged|sent|texted|emailed|called|told|asked|wrote to|replied to|contacted|approached)\b (?:me|us)\b/),
  gate("got received getting", /(?<!\b(?:you|u|you've|you have|u have|uve|ya|yall|y'all) )\b(?:i )?(?:got|received|getting|keep getting)\b (?:a |an |this|these|the following|the same|some )?\s?(?:dms?|pms?|messages?|emails?|texts?|weird|strange|suspicious|sketchy|fake|in my|in (?:the )?(?:dms?|pms?|inbox)|on (?:slack|discord|telegram|twitter))\b/),
  gate("quoting record posting careful tried asked reported blocked", /\b(?:quoting(?! (?:this|the|your|ur|that|my) (?:[a-z]+ )?(?:reference|ref|ticket|case|number|id|code|address|wallet|order|complaint))|for the record|posting (?:this|it) so|be careful guys|they tried|tried (?:this|it) on me|asked (?:me )?for my|(?:^|[.!?] |\b(?:i|we|i've|we've|and|just|already|have|has)\s)(?:reported|blocked)(?: (?:him|her|them|it|the account))?\.?$)/),
  // Scare quotes around the role: "when the 'support team' slides into ur DMs".
  gate("#quote", /['"“‘](?:support|support team|admin|admins|team|agent|mod|mods|moderator|customer (?:care|support|service)|help ?desk|recovery expert|recovery specialist|recovery agent|support (?:rep|representative|agent)|account manager)['"”’]/),
  // Not "[Quote: @user …]": that is how a quote-post is rendered, the poster's own text is the lure. Nor a
  // leading "> ": scammers blockquote their whole notice; a real "> " quote is judged by quoted-lure instead.
  gate("said says saying claiming claims wrote quote", /(?:\bsaid|(?<!\b(?:bridge|wallet|app|it|ui|screen|explorer|metamask|error|tx|site|page|dapp|extension) )\bsays|(?<!\b(?:just|of|by|without|keep|stop|kept|quit) )\bsaying|\bclaiming|\bclaims|\bwrote|(?<!\[)\bquote)\s?[:"“']/),
  // Dialogue and commentary on a quoted line: "Scammer: 'your wallet is out of sync' Me: …", "'kindly share …' is the new …"
  gate("dm message text email sms here's heres scam scams phishing submitted energy", /\b(?:dm|message|text|email|sms) (?:i|we) (?:just )?(?:got|received)\b|\bhere'?s (?:the|a|what|their) (?:message|dm|text|email)\b|\b(?:scam|phish\w*) (?:i|we) (?:just )?(?:got|received)\b|\bsubmitted (?:the |this )?(?:phishing |scam |fake )?(?:domain|site|link|url)\b|['"”’]\s?energy\b/),
  // Someone else posting it, reported to the mods: "there's a bot in #general posting '…'", "can someone ban it".
  gate("posting posts spamming spams sending sends dropping drops sharing pushing replying reply replies", /\b(?:bots?|accounts?|someone|somebody|users?|guys?|people|scammers?|spammers?) (?:in #?[\w-]{1,30} |here |in here )?(?:is |are |keeps? |just |keep on |that |which |who )?(?:posting|posts|spamming|spams|sending|sends|dropping|drops|sharing|pushing|replying with|reply with|replies with)\b/),
  // German: "per DM bekommen: „…“ … Bitte bannen".
  gate("bannen sperren bekommen erhalten", /\b(?:bitte )?(?:bannen|sperren)\b|\b(?:per|via|als) (?:dm|pn|direktnachricht|privatnachricht) (?:bekommen|erhalten)\b/),
  gate("nuke ban remove delete kick #cyrillic", /\b(?:ban|nuke|kick) (?:karo|kar do|giup|nele|him|her|them|this|that|pls|please|plz|asap)\b|забань|баньте|\b(?:can|could|pls|please) (?:someone|somebody|a mod|an admin|the mods|mods|admins|you) (?:please )?(?:nuke|ban|remove|delete|kick)\b|\b(?:scam|phishing|fake|spam)\b[,.!:-]{0,2} ?(?:please |pls |mods,? )?(?:nuke|ban|remove|delete|kick)\b/),
  // A report of what arrived: "screenshot from my DMs: '…'", "I got the 'hire a hacker …' spam again".
  // "blocked + reported", "the 'support' in my DMs wanted me to screen share", "just got "Agent Morris …" asking for a fee".
  gate("blocked reported dms dm pms pm inbox got", /\bblocked (?:\+|and|&) reported\b|\breported (?:\+|and|&) blocked\b|\bin my (?:dms?|pms?|inbox) (?:wanted|asked|told|tried)\b|\bgot ["“][^"”]{15,200}["”] (?:asking|saying|telling|offering|wanting)\b/),
  gate("screenshot screenshots screencap copy reporting reported blocked banned got received", /\b(?:screenshots?|screencap|copy) (?:from|of) (?:my|a|the|their) (?:dms?|pms?|inbox|messages?|emails?|texts?)\b|^\W*(?:reporting|reported|blocked|banned) \S|\bwhat (?:i|we) (?:just )?(?:got|received) from\b|\blook(?: at)? what (?:i|we) (?:just )?(?:got|received)\b/),
  gate("#quote", /\b(?:got|received|get|getting) (?:the|this|that|another|a|an|these|those)? ?['"“‘][^'"”’]{8,200}['"”’] ?(?:spam|scam|message|messages|dm|dms|email|text|thing|crap|bs|nonsense|again)\b/),
  // "weird DM just now: '…'", "is this bot real? it says '…'", "Is this the real airdrop? '…'".
  gate("weird strange sus sketchy random odd real legit official", /\b(?:weird|strange|sus|sketchy|random|odd) (?:dm|message|email|text|bot)\b[^'"“‘]{0,30}['"“‘`]|\bis (?:this|that|it) (?:the )?(?:real |legit |official )?(?:bot|airdrop|site|link|message|announcement|dm|account|page)? ?(?:real|legit|official|safe)?\?[^'"“‘]{0,40}['"“‘`]/),
  gate("#quote", /\b(?:scammers?|scam ?bot|the dm|the message|fake (?:admin|support))\s?:\s?['"“‘]|\bthe (?:message|dm|text|post) ['"“‘][^'"”’]{12,200}['"”’] (?:was|is|got|has been|keeps) (?:posted|sent|going|spammed|showing|being)\b|['"“‘](?=[^'"”’]*\s)[^'"”’]{12,}['"”’]\s?(?:is|are|=|lol|lmao|lmfao|💀|😂|🤣)|['"“‘](?=[^'"”’]*\s)[^'"”’]{25,}['"”’]\s?(?:means|translates)/),
];
export const quoteFrame = defineSignal({
  id: 'quote-frame',
  description: 'Quotes or reports a scam someone received ("someone DMed me saying …"), without vouching for it ("…and it actually worked").',
  group: 'frame',
  // Nor a message that steers the reader to a contact of its own ("…the real agent is on telegram @x"). Those
  // tests run only on a quote found: most messages have none.
  detect: (input) => {
    const quote = firstMatch(input, quotePatterns);
    return quote === undefined || vouchesFor(input.text) || steersToOwnContact(input) ? undefined : quote;
  },
});

const codePatterns = [
  // Backticks alone are not code: scammers wrap a link, a handle, a wallet address or "/validate" in them to
  // borrow a developer's look. Code in backticks has code's punctuation, a snake_case name or a file extension.
  gate("const let var require import function console process def npm yarn pnpm pip cargo #code", /`(?!@)[^`]{0,200}?(?:[=(){};]|\b[a-z0-9]+_[a-z0-9_]+\b|\.(?:env|js|ts|py|json|sol|toml|ya?ml)\b)[^`]{0,200}?`|\b(?:const|let|var) \w+ ?=|\brequire\(|\bimport (?:\{|\* as|\w+ from)|\bfunction ?\w*\(|\bconsole\.log|\bprocess\.env|\bdef \w+\(|=>|\b(?:npm|yarn|pnpm|pip|cargo) (?:install|i|add|run)\b/),
  gate("steps reproduce expected actual behavior behaviour describe bug stack trace version versions logs console", /\b(?:steps to reproduce|expected (?:behaviou?r|result)|actual (?:behaviou?r|result)|describe the bug|stack ?trace|version:? v?\d+\.\d+|state logs|console (?:error|log)s?)\b/),
  gate("ethers web3 web3js viem hardhat foundry anvil anvil's hardhat's ganache truffle bip39 bip32 bip44 hd hdwallet derivation frommnemonic fromphrase mnemonic keccak secp256k1 solidity testnet localhost unit test tests env var vars variable variables github ci actions", /\b(?:ethers|web3\.?js|viem|hardhat|foundry|anvil|ganache|truffle|bip39|bip32|bip44|hd ?wallet|derivation path|wallet\.frommnemonic|fromphrase|mnemonic\.phrase|keccak|secp256k1|solidity|(?:on|in|to|for) (?:the )?testnet\b|testnet (?:keys?|wallets?|accounts?|faucet|deploy\w*|rpc|nodes?|contracts?|eth)|localhost|unit tests?|env var(?:iable)?s?|github actions|ci)\b/),
  // A developer's problem, not a wallet's: "DM me your compose file", "it's the CORS header on your API gateway",
  // "which intents to toggle in the dev portal", "I'll check the SVG", "help you write the bug report".
  gate("docker compose cors api gateway graphql schema subgraph intents portal svg css font csv dockerfile nginx kubernetes k8s bug", /\b(?:docker(?:-?compose| image| container)?|compose file|cors|api gateway|graphql|schema\.graphql|subgraph mapping|intents|dev portal|svg|css|font rendering|csv|dockerfile|nginx|kubernetes|k8s|volume permissions?|bug report)\b/),
];
export const codeContext = defineSignal({
  id: 'code-context',
  description: 'Developers talking about keys in code (snippets, libraries, test keys) or filing a bug report.',
  group: 'frame',
  // Code talk never sends the reader to a lure-built host ("npm install fails? validate your wallet at x-fix.live"),
  // nor leaves a blank for the reader's own secret ("--seed \"your twelve words here\"", "'<your 24 words>'").
  detect: (input) => {
    const code = firstMatch(input, codePatterns);
    return code === undefined || urgesLureLink(input) || blankForSecret.test(input.text) ? undefined : code;
  },
});

/**
 * "dm me when you're free, want to go over the grant proposal", "sent you a friend request so we can play":
 * a pointer to DMs whose stated purpose is a game, a meetup, a collaboration or a document, in a message with
 * no word of help, problems, wallets or money. Fake support always points at the reader's problem or funds.
 */
const socialPurpose = gate(
  "co host cohost space pizzeria ristorante cena pranzo calcetto futsal futsalnya nongkrong bukber churrasco jantar almoco apero halisaha meme memes invite invites invitation recording video photos pics study club play playing game games gaming raid tournament match party dinner lunch coffee drinks beers meetup meet hangout carpool carpooling conference hackathon afterparty collab collaborate collaboration pair pairing grant proposal design designs mockup mockups figma spreadsheet notes podcast episode merch shirt shirts resume cv portfolio translation translations review pr slides deck res hi hires watermark wallpaper pfp artwork psd svg drawing sketch",
  /\b(?:co-?host|(?:twitter|x) space|pizzeria|ristorante|cena|pranzo|calcetto|futsal\w*|nongkrong|bukber|churrasco|jantar|almoco|apero|halisaha|memes?|invite|invites|invitation|recording|video|photos|pics|study group|book club|club|play(?:ing)?|games?|gaming|raid|tournament|party|dinner|lunch|coffee|drinks|beers|meetup|meet up|hangout|carpool(?:ing)?|conference|hackathon|afterparty|collab(?:orate|oration)?|pair(?:ing)? on|grant|proposal|designs?|mockups?|figma|spreadsheet|notes|podcast|episode|merch|shirts?|resume|cv|portfolio|translations?|review the pr|slides|deck|full res|hi-?res|high res|watermark|wallpaper|pfp|artwork|psd|svg|drawing|sketch)\b/,
);
/** Any other stated purpose: "check your dms for the secret santa assignment", "sent you a dm about the sword trade". */
const statedPurpose = gate("for about regarding re", /\b(?:for|about|regarding|re) (?:the|my|our|a|an|this|that|those|these|\w{2,20}'s) [a-z]{3,}/);
const pointsToPrivate = /\b(?:dm|dms|dm'?e?d|dm'?ing|pm|pms|pm'?e?d|pm'?ing|inbox|message|messaged|messaging|msg|friend request|privately|in private)\b/;
const troubleOrMoney = /\b(?:paid|salary|ambassadors?|help\w*|assist\w*|fix\w*|issues?|problems?|support|loss|security|complaints?|project|sort|recover\w*|wallet|funds?|seed|phrase|keys?|claim|airdrop|refund|stuck|lost|hacked|scam\w*|profits?|invest\w*|earn\w*|trad(?:e|er|ing)|signals?|eth|btc|usdt|sol|tokens?|crypto|money|pay|fee|whitelist|presale|mint|verify|validate|sync|account|tickets?|case|agent|admin|mods?|moderator|team|assigned|escalat\w*|urgent|solution|steps|instructions|guide|details|info|resolv\w*|resolution|form|opportunit\w*|method|process|procedure|compensat\w*|guarantee\w*|telegram|whats ?app|asap|dapp|link|access|unlock\w*|restore|error|transactions?|tx|deposit|withdraw\w*|balance)\b/;
/** Where to reach someone ("add me on telegram", "email is …") is the point of a reply to an invitation, not trouble. */
const contactApps = /\b(?:telegram|whats ?app)\b/g;
export const socialPurposeFrame = defineSignal({
  id: 'social-purpose',
  description: 'A pointer to DMs for a game, meetup, collaboration or document, with no word of help, wallets or money; or any contact given in reply to an invitation ("could we chat about a role?").',
  group: 'frame',
  detect: (input) => {
    const parent = input.context.replyToText;
    if (parent && isInvitation(parent) && !troubleOrMoney.test(input.text.replace(contactApps, ' '))) return `replying to an invitation ("${parent.slice(0, 60)}")`;
    // Neither purpose can match with both gates closed: then the two long tests below are not needed.
    if (!mayMatch(input, socialPurpose) && !mayMatch(input, statedPurpose)) return undefined;
    if (!pointsToPrivate.test(input.text) || troubleOrMoney.test(input.text)) return undefined;
    return firstMatch(input, [socialPurpose, statedPurpose]);
  },
});

/**
 * "I do tokenomics reviews … sent you a message request with my rate card": paid work offered in the open, with
 * the paperwork real freelancers use (an invoice, an NDA, a scope, a rate card). Fake support and recovery
 * "services" never send an engagement letter, and any word of secrets, recovery, claims or profits cancels it.
 */
const businessPaperwork = gate(
  "invoice invoices invoiced rate rates nda scope statement engagement past references retainer sample",
  /\b(?:invoice[sd]?|rate card|(?:my|our) (?:hourly |day )?rates|nda|scope (?:document|doc|of work)|statement of work|engagement letter|past (?:work|reviews|clients|audits|projects)|references|retainer|sample (?:report|audit|work))\b/,
);
const scamBusiness = /\b(?:seed|phrase|private key|keys|recover\w*|retriev\w*|hack\w*|support|validat\w*|sync\w*|claim\w*|airdrop|refund\w*|stolen|scammed|lost|guarantee\w*|profits?|returns|invest\w*|signals?|trading|double|rewards?|manag\w*|whats ?app|telegram)\b|%/;
export const serviceOffer = defineSignal({
  id: 'service-offer',
  description: 'Paid professional work offered with an invoice, NDA, scope or rate card, and no word of secrets, recovery, claims or profits.',
  group: 'frame',
  detect: (input) => {
    if (!mayMatch(input, businessPaperwork) || scamBusiness.test(input.text)) return undefined;
    return firstMatch(input, [businessPaperwork]);
  },
});

/**
 * Long-standing members rarely run fake-support scams; their "check your DMs" is usually just chat. Not with a
 * link that is not official: a cloned announcement or a "claim here" from an old account is a bought or hijacked
 * account at work, and an old member's chat needs no such link to stay clean.
 */
export const establishedMember = defineSignal({
  id: 'established-member',
  description: 'The author has been a member for 180+ days or has an account older than a year (unless replying to a help request).',
  group: 'frame',
  detect: ({ context, links, config }) => {
    if (context.replyToText !== undefined || context.authorIsStaff) return undefined;
    if (hasUnofficialLink(links, config.officialDomains)) return undefined;
    if ((context.memberAgeDays ?? 0) >= 180) return `member for ${Math.floor(context.memberAgeDays!)} days`;
    if ((context.accountAgeDays ?? 0) >= 365) return `account ${Math.floor(context.accountAgeDays!)} days old`;
    return undefined;
  },
});

export const staffAuthor = defineSignal({
  id: 'staff-author',
  description: 'Written by a member with a staff or moderator role.',
  group: 'frame',
  detect: ({ context }) => (context.authorIsStaff ? 'author has a staff role' : undefined),
});

/**
 * "please open a ticket in #support": sending people to one of the community's own channels, with no link and no
 * private or outside contact, is what real staff do. A fake helper needs the victim somewhere else.
 */
/** The brand's own app or site, named rather than linked: "contact coinbase support through the app". */
const ownAppOrSite = /\b(?:through|via|in|on|from|using) (?:the|their|its) (?:official )?(?:app|mobile app|website|web ?site|site|help ?cent(?:er|re)|support (?:page|site|portal)|dashboard|settings)\b|\b(?:the|their) only official (?:channel|way|support)\b/;
const contactingSupport = /\b(?:contact|reach|message|ask|email|e-mail|write to|talk to|open a ticket|submit a (?:ticket|request))\b[^.!?]{0,40}\b(?:support|help|team|customer (?:care|service))\b|\b(?:support|help) (?:button|page|center|centre|section|ticket)\b/;
const walletChore = /\b(?:validat|verif|sync|connect|migrat|claim|restor|import|approv|sign|unlock|rectif|whitelist|stake|bridge|withdraw|deposit|seed|phrase|private key)\w*/;
// Also "vào kênh #ho-tro", "sa #support", "ke channel #bantuan", "no canal #suporte", "nel canale #", "dans #", "#destek kanalına".
const ownChannel = /\b(?:in|to|at|use|via|check|see|visit|head to|go to|ask in|post in|over in|over at|the|vao kenh|kenh|sa|ke channel|ke|no canal|nel canale|dans|en el canal|im kanal) #[a-z][a-z-]{1,40}(?![\w-])(?! (?:is|are|has|have|users|platform|app))|#[a-z][a-z-]{1,40} kanal\w*/;
const elsewhere = /\b(?:dms?|pms?|inbox|privately|in private|private (?:message|chat|thread)|telegram|whats ?app|e-?mail|t\.me|wa\.me|call|number|phone|live (?:chat|desk|agent))\b|@|\d{3}[\s.-]?\d{4}/;
const pinnedInChannel = /\b(?:pinned|posted|linked) in #[a-z][a-z-]{1,40}(?![\w-])/;
export const communityChannel = defineSignal({
  id: 'community-channel',
  description: 'Sends people to one of the community\'s own channels ("#support") or a service\'s own app or site, with no link and no private or outside contact.',
  group: 'frame',
  detect: ({ text, links }) => {
    if (elsewhere.test(text)) return undefined;
    // "it's the link pinned in #announcements": the link is vouched for by the community's own channel.
    if (links.length > 0) return pinnedInChannel.exec(text)?.[0];
    const channel = text.includes('#') ? ownChannel.exec(text) : null; // a channel is named with "#"
    if (channel) return channel[0].trim();
    // The own app or site only when the advice is to reach its support, not to do something to a wallet there.
    if (!contactingSupport.test(text) || walletChore.test(text)) return undefined;
    return ownAppOrSite.exec(text)?.[0].trim();
  },
});

/** Pointing people at the project's own domain is what real support does. */
export const officialLinkOnly = defineSignal({
  id: 'official-link-only',
  description: 'Every link goes to an official domain (the community\'s or a known brand\'s real site).',
  group: 'frame',
  detect: ({ links, config }) => {
    if (links.length === 0) return undefined;
    return links.every((link) => isOfficial(link, config.officialDomains)) ? links[0]!.host : undefined;
  },
});
