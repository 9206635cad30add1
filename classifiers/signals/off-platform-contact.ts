import { hasUnofficialLink, isOfficial } from '../links.js';
import type { ExtractedLink } from '../normalize.js';
import { defineSignal, firstMatch, gate, mayMatch, symbolsOnly, type SignalInput } from './define.js';
import { foreignDmPointers, foreignOffPlatform } from './multilingual.js';

/** Moves the victim to DMs: "dm me", "check your inbox", "sent you a friend request", "continue in private". */
const dmPointers = [
  gate("dm pm inbox message text msg ping", /\b(?:dm|pm|inbox|message|text|msg|ping) (?:me|us|him|her|them|our (?:agent|team|support|admin)|any of the (?:admins|mods|team))\b/),
  gate("check see open look checking", /\b(?:check|see|open|look at|checking) (?:your |ur |the |my )?(?:dms?|pms?|inbox|direct messages?|private messages?|message requests?)\b/),
  gate("sent send sending dropped replied responded reply respond answered messaged dm'd dmed dm'ed pm'd pmed pm'ed pinged texted", /\b(?:sent|send|sending|dropped|replied|responded|reply|respond|answered|messaged|pinged|texted|dm'?e?d|pm'?e?d) (?:you |u )?(?:a |the )?(?:in |to |via )?(?:your |ur |a |my )?(?:dms?|pms?|inbox|direct message|private message|friend request|message request|private|privately)\b/),
  gate("sent dm'd dmd dmed dm'ed pm'd pmd pmed pm'ed messaged texted inboxed pinged", /(?<!\btell (?:her|him|them) )\b(?:i|we)(?:'ve| have)? (?:just )?(?:sent|dm'?e?d|pm'?e?d|messaged|texted|inboxed|pinged) (?:you|u)\b|(?:^|[,.!;:] ?)(?:just |already )?(?:dm'?e?d|pm'?e?d|messaged|texted|inboxed|pinged) (?:you|u)\b/),
  // The request to accept: "sent you a request", "accept my request", "you should already have a message from them".
  gate("request requests accept message dm pm msg passed", /\b(?:sent|send|sending) (?:you|u) a request\b|\baccept (?:my|the|our) (?:friend |message |chat |dm )?request\b|\b(?:you should|you'?ll|you will) (?:already |soon |shortly )?(?:have|get|receive|see) a (?:message|dm|pm|msg) from\b|\bpassed (?:your|ur) (?:username|details|case|ticket|handle) (?:on )?to\b/),
  gate("privately private directly via", /\b(?:reach(?:ed)?|contact(?:ed)?|message[ds]?|assist|help|guide|talk to|speak (?:to|with)|get back to) (?:out to )?(?:you|u) (?:privately|in private|directly|via (?:dm|pm|direct message))\b/),
  gate("dm dms pm pms direct request accept", /\b(?:keep|leave|open|turn on|enable|allow) (?:your )?(?:dms?|pms?|direct messages?) (?:open|on|enabled|from)\b|\baccept (?:the |my |our )?(?:dm|friend|message|chat) request\b|\baccept (?:the|my|our) (?:dm|message|chat) from\b/),
  gate("dm dms pm pms private direct discuss continue talk chat sort", /\b(?:in|via|through|to) (?:a )?(?:dms?|pms?|private (?:thread|channel|chat|message|messages)|direct messages?)\b.{0,40}\b(?:help|assist|guide|fix|resolve|sort|discuss|solution|support)\w*|\b(?:discuss|continue|talk|chat|sort (?:it|this) out) (?:this |it )?(?:in|on|via) (?:dms?|pms?|private)\b/),
  // "d m me for wallet fix", "dm i tell u fix".
  gate("d m dm", /\bd m (?:me|us)\b|\bdm (?:i|ill|i'?ll|i will|and i'?ll) (?:tell|send|show|explain|help|fix|give)\b/),
  gate("send drop shoot", /\b(?:send|drop|shoot) (?:me|us) (?:a )?(?:dm|pm|direct message|private message|message|mail|email)\b/),
  // "Pls DM, need to check something": not "please dm the mods", which is the advice to give.
  gate("pls please plz kindly", /\b(?:pls|please|plz|kindly) (?:dm|pm|inbox)\b(?! (?:the |an? |our |any )?(?:mods?|admins?|moderators?|support|team|staff))/),
  // Terse replies that only point at private messages: "sent u a msg", "pm sent ✅", "👋📩 dm", "reply to my message".
  gate("sent msg message dm pm dms pms inbox dm'd dmd dmed dm'ed pm'd pmd pmed pm'ed messaged inboxed", new RegExp(String.raw`\b(?:sent|send|dropped) (?:u|you) (?:a )?(?:msg|message)\b|\b(?:dm|pm|msg|message|request) sent\b|^${symbolsOnly}(?:dm|pm|inbox|dm me|pm me|msg me|check dms?|check (?:ur|your) (?:dms?|inbox)|(?:dm'?e?d|pm'?e?d|messaged|inboxed)(?: (?:you|u))?)${symbolsOnly}$|\b(?:reply|respond|answer) to my (?:message|msg|dm|pm)\b|\b(?:text|message|msg) me\b[^.!?]{0,30}\bprivately\b`)),
  // Any pointer to the reader's DMs or a private chat: "check dm", "fix is in ur dm", "come to private".
  gate("dm dms pm pms inbox private direct", /(?<!\b(?:not|never|no) )\b(?:check|in|to|into|see|open|via|your|ur|(?<!\b(?:in|from|on|into|of|through|at|got) )my|the) (?:dms?|pms?|inbox|dm box|private chat|private messages?|private msgs?|direct messages?)\b(?![^.!?]{0,20}\b(?:scam|never|fake)\b| (?:closed|off|disabled|shut|locked))/),
  gate("dm pm inbox message", new RegExp(String.raw`\b(?:dm|pm|inbox|message) (?:for|with) (?:help|assistance|support|the fix|a fix|details|more info|contact)\b|^(?:dm|pm|dm me|check dm|check dms|inbox)${symbolsOnly}$`)),
  // "write me in private", "ping me via pm", "contact me privately".
  gate("private privately pm dm direct", /\b(?:write|ping|message|text|contact|reach|talk to|inbox|hit) (?:me|us)(?: up)? (?:(?:in|via|on|through) (?:private|pm|dm|direct)|privately)\b/),
  // "look at your requests", "check your message requests tab".
  gate("requests", /\b(?:check|see|look at|open|accept) (?:your |ur |the )?(?:message |friend |chat |dm )?requests\b/),
  // "A team member has opened a private thread with you": the private channel already exists.
  gate("opened created started open create start", /\b(?:opened|created|started|open|create|start) (?:a |an )?(?:private|support|direct|separate) (?:thread|channel|ticket|chat|room|conversation) (?:with|for) (?:you|u)\b/),
];

/** Moves the victim somewhere else moderators can't see: Telegram, WhatsApp, e-mail, a phone, an outside "ticket". */
const channels = [
  gate("telegram tele tg whatsapp whats app wa signal wechat email e mail gmail instagram ig facebook fb snapchat skype discord", /\b(?:reach|contact|message|text|write|chat with|talk to|add|find|ping|hit up|connect with|continue|follow up|dm) (?:me|us|him|her|them|our (?:agent|team|support|admin)|the (?:agent|admin|support(?: team)?|team))?\s?(?:on|via|through|at|@|using|in)\s(?:telegram|tele|tg|whats ?app|wa|signal|wechat|email|e-mail|gmail|instagram|ig|facebook|fb|snapchat|skype|discord\.gg)\b/),
  // "tg: @x", "telegram @ x", and without the @ where the name is plainly a handle: "hit me on tg: zeke_onchain".
  gate("telegram tg whatsapp whats wechat signal ig instagram", /\b(?:telegram|tg|whats ?app|wechat|signal|ig|instagram)\s?(?:handle|username|id|number|contact|group|channel)?\s?[:-]?\s?\(?(?:@ ?|\+|t\.me\/|wa\.me\/)[\w+]|\b(?:telegram|tg|wechat|signal|ig|instagram)(?: handle| username| id)?\s?[:：]\s?(?=[a-z0-9_]*[a-z])[a-z0-9]*[_\d][a-z0-9_]{2,31}\b/),
  gate("me telegram wa whatsapp", /\b(?:t\.me|telegram\.me|wa\.me|chat\.whatsapp\.com)\/[\w+-]+/),
  gate("link links link's invite invites invite's contact number telegram whatsapp", /\b(?:links?|invites?|contact|number|telegram|whatsapp)(?:'s| is| are)? in (?:my|our|the) (?:bio|profile)\b/),
  // Spelled-out e-mail addresses: "name at gmail dot com".
  gate("gmail yahoo proton protonmail outlook hotmail icloud mail gmx aol", /\b[a-z0-9._-]{1,64} ?(?:at|\[at\]|\(at\)) ?(?:gmail|yahoo|proton(?:mail)?|outlook|hotmail|icloud|mail|gmx|aol)(?: ?(?:dot|\[dot\]|\(dot\)|\.) ?(?:com|me|net|org))\b/),
  // A handle named for a desk: "@brinefi_support_247", "@lumora_ticketbot", "@MetaMask_Live_Agent".
  gate("#at", /@[a-z0-9_.]{3,40}(?:_?support|_?help(?:desk|line)?|_?care|_?admin|_?official|_?recovery|_?assist\w*|_?desk|_?team|_?service|_?agent|_?ticket|_?appeal|[._]?(?:supporto|soporte|suporte|assistenza|asistencia|destek|bantuan|vozvrat|recupero|recuperacion|recuperacao))[a-z0-9_.]{0,12}\b/),
  // A handle and where to find it: "@lumora_ticketbot on telegram", "hit up @x on tele".
  gate("#at", /@[a-z0-9_.]{3,40} (?:on|via|at|in) (?:telegram|tele|tg|whats ?app|wa|signal|insta(?:gram)?|ig)\b/),
  // "there's a support group on tg".
  gate("telegram tele tg whatsapp whats wa signal", /\b(?:support|help|helpdesk|admin|official|recovery) (?:group|channel|chat|line|desk|team)s? (?:on|in|via) (?:telegram|tele|tg|whats ?app|wa|signal)\b/),
  // Not a Discord mention or channel ("<@4410293384>", "<#1045678901>"): those are ids.
  gate("#digits", /(?<![\w.$,@#&!])(?:\+\s?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d|[.,]\d)/),
  // "give me your number and I'll call you", "drop your whatsapp number": the number asked for, to call the reader.
  gate("number numbers digits", /\b(?:give|send|drop|dm|text|share|leave|post) (?:me |us )?(?:your|ur) (?:phone |whatsapp |wa |telegram |tg |cell |mobile )?(?:number|digits)\b/),
  // An offer of help that ends on a bare pointer to private messages: "i can help u, inbox", "we can fix it, dm".
  gate("inbox dm dms pm pms", /\b(?:i|we) (?:can|will|'ll|could) (?:help|assist|fix|sort|guide|solve)\b[^.!?]{0,25}\b(?:inbox|dms?|pms?)\b/),
  ...foreignOffPlatform,
];

/**
 * Everyday ways of moving a conversation to private messages ("I'll dm you", "dming you now", "add me up",
 * "check your mailbox", "write to me", "message the admin"). Friends say these too, so they count only where
 * fake support uses them: in a reply to someone, or next to an offer of help or talk of the reader's problem.
 */
const privateInvites = [
  gate("dm pm message msg text inbox write contact reach ping send", /\b(?:i'?ll|i will|i'?m going to|i'?m gonna|let me|lemme|i can|we'?ll|we will|we can) (?:now |just |quickly )?(?:dm|pm|message|msg|text|inbox|write(?: to)?|contact|reach out to|reach|ping|send) (?:you|u)\b/),
  // Asking leave to move private: "can I dm you?", "mind if I send you a DM?".
  gate("dm pm message msg text inbox write contact reach ping send", /\b(?:can|may|could|shall|should) (?:i|we) (?:dm|pm|message|msg|text|inbox|write(?: to)?|contact|reach out to|reach|ping|send) (?:you|u)\b|\bmind if (?:i|we) (?:dm|pm|message|msg|text|inbox|send|write|reach)\b/),
  gate("dming pming dm'ing pm'ing messaging texting inboxing sending reaching reached", /\b(?:dm'?ing|pm'?ing|messaging|texting|inboxing|sending) (?:you|u)\b|\b(?:reached|reaching) out (?:to )?(?:you|u)\b/),
  gate("mailbox mail email notifications notification requests request box got", /\b(?:check|see|look at|open|look in|check out) (?:your |ur )?(?:mail ?box|message ?box|dm ?box|inbox box|mail|e-?mail|notifications?|requests?)\b|\byou'?ve got (?:mail|a message|a dm)\b/),
  gate("add", /\badd me (?:up|now|for|as (?:a )?friend|on (?:discord|here|telegram|whatsapp))\b|\badd\b[^.!?]{0,20}\b[a-z0-9_.]{3,32}#\d{4}\b/),
  gate("write talk chat speak touch", /\b(?:write|talk|chat|speak)(?: to| with)? (?:me|us)\b|\bchat me up\b|\bget in touch(?: with)? (?:me|us)\b/),
  gate("message dm pm contact text write reach ping inbox", /\b(?:message|dm|pm|contact|text|write to|reach out to|ping|inbox) (?:the |an? |our |any )?(?:admins?|mods?|moderators?|support|agent|staff|(?:admin|mod) in charge)\b/),
  gate("drop", /\bdrop (?:me|us) a (?:message|line|dm|pm|msg|text|mail)\b/),
  gate("hmu slide hit drop hop jump come", /\bhmu\b|\bhit (?:me|us) up\b|\b(?:slide|drop|hop|jump|come) (?:into|in|to) (?:my|your|ur|the) (?:dms?|pms?|inbox)\b/),
  // Help offered in private, over voice or a call: "tell me in private, I'll help", "easier to explain over voice",
  // "let's take this somewhere quieter", "I'll call you on here if you accept".
  gate("private privately voice call calls screen screenshare dm dms pm pms", /\b(?:help\w*|assist\w*|explain\w*|show\w*|look at (?:it|this)|talk|tell me|reach me|fix\w*|guide|walk)\b[^.!?]{0,30}\b(?:in private|privately|over (?:voice|a call|dms?|pms?)|on a (?:call|voice call)|in (?:voice|dms?|pms?)|via (?:voice|call))\b|\b(?:in private|privately|in (?:dms?|pms?))\b[^.!?]{0,20}\b(?:i'?ll|i will|i can) (?:help|assist|fix|explain|guide|show)\b|\b(?:i'?ll|i will|i can|let me) (?:call|ring|voice call|video call|screen ?share with) (?:you|u)\b|\b(?:voice|video|screen ?share) (?:calls?|chats?|sessions?)\b|\bscreen ?share\b/),
  gate("take move continue chat talk", /\b(?:let'?s|lets|want to|wanna|shall we|should we|can we|could we) (?:take|move|continue|chat|talk)\b[^.!?]{0,30}\b(?:private|privately|dms?|pms?|somewhere (?:quieter|else|private)|off (?:the )?(?:main )?(?:channel|chat))\b/),
  // The contact already made: "dropped you a note", "I added you", "sent a request your way", "left you a message".
  gate("added dropped left sent shot slid fired requests request", /\b(?:added|dropped|left|sent|shot|slid|fired) (?:you|u|ya) (?:a |an )?(?:note|message|msg|dm|pm|request|invite|friend request|line)\b|\b(?:i|just|i'?ve|i have) added (?:you|u)\b|\bsent (?:a |the )?(?:friend |message |dm )?requests? (?:your way|to (?:you|u|everyone|all))\b/),
  // "reply with 'help' and I'll get in touch", "react and I'll reach out", "drop a 👍 and I'll call you".
  gate("reach touch call message dm contact", /\b(?:i'?ll|i will|and i'?ll) (?:reach out|get in touch|call (?:you|u)|message (?:you|u)|dm (?:you|u)|contact (?:you|u))\b/),
  gate("reply respond answer", /\b(?:reply|respond|answer)(?: to)? (?:my|the) (?:message|msg|dm|pm|request|text|mail)\b/),
  gate("checked check seen see read got get", /\b(?:have you|did you|did u|have u|u|you) (?:checked|check|seen|see|read|got|get) (?:my|your|ur|the) (?:dms?|pms?|message|msg|inbox|request|mail)\b/),
  gate("come", /\bcome (?:to )?(?:dm|pm|inbox|private|my dm|my inbox)\b/),
  // "contact me", "reach us", "my dms are open", "check your messages", "open my message", "friend me".
  gate("contact reach write text call email mail", /\b(?:contact|reach|write|text|call|e-?mail|mail) (?:me|us)\b/),
  gate("dm dms pm pms inbox", /\b(?:my |our )?(?:dms?|pms?|inbox) (?:is |are )?(?:open|always open|available)\b/),
  gate("check see open read messages message chat chats private privates sent dropped left from replied reply", /\b(?:check|see|open|read) (?:your |ur |the )?(?:messages?|chats?|privates?|private chat)\b|\b(?:check|see|open|read) my (?:message|msg|dm|pm|text|request|reply)\b|\bthe (?:message|msg|dm|pm|text|request) (?:i|we) (?:sent|dropped|left)\b|\ba (?:message|msg|dm|pm) from me\b|\brepl(?:ied|y) (?:to )?(?:your|ur) (?:message|msg|dm|pm)\b/),
  gate("got", /\b(?:you'?ve|you have|u have|u|you) got (?:a |an )?(?:new )?(?:dm|pm|message|msg|mail|text)\b/),
  // Another server or workspace "for support": "join our overflow help server", "support runs in a dedicated workspace now".
  gate("help support helpdesk center centre overflow ticket tickets partner", /(?<!\b(?:fake|scam|phishing) ["“']?)\b(?:help|support|helpdesk|help ?cent(?:er|re)|overflow|ticket|partner)(?: \w+)? (?:server|workspace)\b(?![^.!?]{0,40}\b(?:scam|fake|never)\b)/),
  gate("friend", /\bfriend me\b|\bsend (?:me )?(?:a |my )?friend request\b|\b(?:sent|send) (?:you|u) (?:a )?friend req(?:uest)?\b/),
  gate("privately private dm dms pm pms", /\b(?:walk|guide|take|talk) (?:you|u) through (?:it|this|that|the \w+) (?:privately|in private|in (?:dms?|pms?)|via (?:dm|pm))\b/),
  gate("dm pm message text inbox dmd dmed pmd pmed messaged messagd texted textd inboxed inboxd", /\b(?:i|we) (?:have|has|just|already) (?:dm|pm|message|text|inbox)(?:e?d)? (?:you|u)\b/),
  // Opening on a DM pointer: "📩 check it", "👋📩 dm" (normalization spells 📩 and 📨 out as "dm").
  gate("#non-ascii", new RegExp(String.raw`^${symbolsOnly}(?:check |see |open )?(?:📥|✉)`)),
  gate("dm", new RegExp(String.raw`^${symbolsOnly}(?:check |see |open )?dm(?![\w'])(?!\W+(?:is|are|scams?)\b)`)),
  gate("te mande envie escribi mandei enviei chamei revisa mira checa confira veja", /\bte (?:mande|envie|escribi|mandei|enviei|chamei)\b|\b(?:revisa|mira|checa|confira|veja) (?:tu|seu|sua|tus|seus|suas) (?:bandeja|inbox|caixa|privado|pv|mensajes|mensagens)\b/),
  // Someone else will make contact: "an agent will contact you shortly", "the admin just messaged you",
  // "expect a message from our support", "I opened a thread for you".
  gate("agent agents admin admins mod mods moderator moderators support team dev devs developer engineer engineers specialist rep representative bot helpdesk colleague manager technician someone", /\b(?:agents?|admins?|mods?|moderators?|support|team|devs?|developer|engineers?|specialist|rep|representative|bot|helpdesk|colleague|manager|technician|someone from (?:the|our) \w+)(?: member)?(?: (?:will|'ll|would|is going to|has|have|just|already|now)){0,2} ?(?:be )?(?:contact|contacted|message|messaged|text|texted|dm|dmed|dm'd|pm|pmed|reach out to|reached out to|reach|get in touch with|write to|wrote to|call|email|emailed|sent) (?:you|u)\b/),
  gate("he'll she'll they'll he she they", /\b(?:he|she|they)(?:'ll| will| is going to) (?:dm|pm|message|text|contact|reach out to|call|email) (?:you|u)\b/),
  gate("message messages msg dm text mail", /\b(?:a |the )?(?:message|messages|msg|dm|text|mail) from (?:our|an|the|a) (?:support|admin|agent|team|bot|helpdesk|help desk|moderator|mod|technician|engineer|specialist)\b/),
  gate("opened created started", /\b(?:opened|created|started) (?:a |an )?(?:support )?(?:thread|ticket|case|chat|room) for (?:you|u)\b/),
  gate("have get let", /\b(?:i'?ll|i will|let me|i can) (?:have|get|let) (?:the |an? |our |my )?(?:dev|developer|admin|mod|agent|support|engineer|colleague|team|specialist|manager) (?:to )?(?:message|contact|text|dm|call|email|reach out to|reach) (?:you|u)\b/),
  // The fix travels privately: "I'll send you the fix", "sent you the steps", "sending the details your way", "let's take this offline".
  gate("send sending sent forward forwarding share sharing dropped drop way offline outside expect replied responded answered wrote explained texted forwarded given shared", /\b(?:i'?ll|i will|let me|i can|i'?ve|i have|just) (?:send|forward|share|drop)(?:ed)? (?:you|u) (?:the|a|my) (?:fix|solution|guide|steps|link|details|instructions|form|procedure|method)\b|\bsent (?:you|u) (?:the|a|my) (?:fix|solution|guide|steps|details|instructions|procedure|method)\b|\b(?:send|sending|sent|drop|dropped|forwarding) (?:it|them|the \w+|a (?:message|dm|note|msg)) your way\b|\btake (?:this|it) (?:offline|outside|elsewhere)\b|\bexpect (?:my|a) (?:message|msg|dm|pm|text)\b|\b(?:replied|responded|answered|wrote|explained|texted) (?:you )?privately\b|\b(?:be|get|gets|been) (?:sent|forwarded|given|shared) (?:to )?(?:you|u) (?:privately|in private|in (?:dms?|pms?)|via (?:dm|pm))\b/),
  // A bare pointer closing the message: "it's recoverable, dm", "easy fix - inbox me".
  gate("dm pm inbox", new RegExp(String.raw`[,.!?;:-] ?(?:dm|pm|inbox)(?: me)?${symbolsOnly}$`)),
  ...foreignDmPointers,
];
/** Talk of the reader's problem, of help, or of money to be made: what a private channel is wanted for in a lure. */
const replyOrHelpTalk = /\b(?:help\w*|assist\w*|fix\w*|unlock\w*|airdrop|vesting|bridge|migration|rewards?|staking|presale|mint\w*|reveal|approvals?|revoke|refund|deposit|withdraw\w*|position|epoch|solution|solve\w*|guide|support|resolv\w*|steps?|walk (?:you|u) through|sort|issues?|problems?|recover\w*|funds|wallet|admins?|agent|error|stuck|lost|hacked|scam\w*|trad(?:e|er|ers|es|ing)|vip|alpha|signals?|profits?|invest\w*|earn\w*|crypto|giveaway|prize|bonus|opportunit\w*|income|returns|refund\w*|verif\w*|compensat\w*|missing|thru|tx|logs?|\d+x)\b|\blook (?:at|into) (?:your|ur|it)\b|\bknows? (?:exactly )?(?:what'?s|whats|what is) wrong\b|\bhad the same (?:thing|issue|problem|error)\b/;

/** An e-mail address counts unless it belongs to an official domain ("support@trezor.io" is the real desk). */
const emailAddress = gate("#at", /\b[a-z0-9._%+-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,5}\.[a-z]{2,24})\b/);
const everyEmailAddress = new RegExp(emailAddress.pattern.source, 'g');
function unofficialEmail(input: SignalInput): string | undefined {
  if (!mayMatch(input, emailAddress)) return undefined;
  everyEmailAddress.lastIndex = 0;
  for (let match = everyEmailAddress.exec(input.text); match; match = everyEmailAddress.exec(input.text)) {
    const host = match[1]!;
    const domain = host.split('.').slice(-2).join('.');
    if (!isOfficial({ host, domain } as ExtractedLink, input.config.officialDomains)) return match[0];
  }
  return undefined;
}
/** "open a ticket at <link>": only a ticket desk on an unofficial link is an outside one ("open a ticket with them" is advice). */
const ticketAt = gate("open create submit raise file book", /\b(?:open|create|submit|raise|file|book) (?:a )?(?:support )?(?:ticket|request|case|complaint|slot|session|call) (?:at|on|via|here|through|using|with)\b/);
function ticketOnUnofficialLink(input: SignalInput): string | undefined {
  return hasUnofficialLink(input.links, input.config.officialDomains) ? firstMatch(input, [ticketAt]) : undefined;
}

/**
 * Where a pointer to DMs is a lure rather than chat: in a reply, next to talk of help, problems or money, or
 * from a new account or a first message. "check your dms bro" on its own is how friends talk.
 */
function dmPointerCounts({ text, context, config }: SignalInput): boolean {
  if (context.replyToText !== undefined || context.isFirstMessage) return true;
  if ((context.accountAgeDays !== undefined && context.accountAgeDays < config.newAccountDays) || (context.memberAgeDays !== undefined && context.memberAgeDays < config.newAccountDays)) return true;
  return replyOrHelpTalk.test(text);
}

export const offPlatformContact = defineSignal({
  id: 'off-platform-contact',
  description: 'Moves the conversation off-platform: DM me, Telegram/WhatsApp handles, e-mail, phone numbers, "open a ticket at <link>".',
  group: 'contact',
  detect: (input) => {
    // dmPointerCounts (a long regex) only matters when a DM pointer or invite may match; usually none can.
    const counts = (dmPointers.some((p) => mayMatch(input, p)) || privateInvites.some((p) => mayMatch(input, p))) && dmPointerCounts(input);
    return firstMatch(input, counts ? dmPointers : []) ?? firstMatch(input, channels) ?? unofficialEmail(input) ?? ticketOnUnofficialLink(input) ?? (counts ? firstMatch(input, privateInvites) : undefined);
  },
});
