import { gate } from './define.js';

/**
 * The same lures in the languages crypto communities most often chat in besides English (Spanish,
 * Portuguese, Italian, French, German, Russian, Chinese, Turkish, Vietnamese, Indonesian, Tagalog). They match normalized text, which has accents removed and keeps
 * Cyrillic and CJK as written. Each list extends the English signal of the same name.
 */
export const foreignSecretRequest = [
  gate("frase clave chave palabras palavras", /\b(?:envi[ea]s?|envia[rd]?|mande|cola|me passa|pasame|dame|mandame|comparte|compartir|ingresa|introduce|escribe|proporciona|manda|digite|insira|compartilhe|informe)\b[^.?!]{0,40}\b(?:frase (?:semilla|secreta|de recuperacion|de recuperacao|semente)|clave privada|chave privada|(?:12|24) palabras|(?:12|24) palavras|palavras de recuperacao)/),
  // "cola tua seed aqui no meu pv", "me passa a keystore".
  gate("seed keystore", /(?<!\b(?:nao|nunca|nem) )\b(?:cola|envia|manda|me passa|passa)\b[^.?!]{0,20}\b(?:tua|sua|teu|seu|a|o) (?:seed|keystore)\b/),
  gate("#cyrillic", /(?:пришлите|отправьте|скиньте|введите|напишите|сообщите|укажите|дайте)[^.?!]{0,40}(?:сид|seed|секретн\S* (?:фраз|слов)|(?:фраз|слов)\S* восстановлени|приватн\S* ключ|приватник|(?:12|24) слов)/),
  gate("#cjk", /(?:发送|提供|输入|发给|告诉|填写)[^。？！]{0,20}(?:助记词|私钥|恢复短语|种子短语)/),
  // "necesito que ingreses tu frase de recuperación", "necesitamos tu frase semilla".
  gate("frase clave chave", /\b(?:ingres|necesit|precis|requier|requer)\w*\b[^.?!]{0,30}\b(?:tu|su|sua|seu) (?:frase|clave privada|chave privada)\b/),
  // Turkish and Indonesian: "kurtarma ifadenizi gönderin", "kirim frasa pemulihan kamu".
  // Turkish puts the verb last; a negative imperative ("paylaşmayın", "göndermeyin") is a warning.
  gate("kurtarma gizli yedek ozel #digits", /\b(?:(?:kurtarma|gizli|yedek) (?:ifade|kelime)|(?:ozel|gizli) anahtar|(?:12|24) kelime)\w*\b[^.?!]{0,40}\b(?:gonder|paylas|gir|yaz|ver|ilet|yolla|atar|atin|atsana|atabilir|at(?= (?:bakayim|hemen|bana|kontrol|\d)))(?!m[ae]|[dt]i[mk]|mistim)\w*/),
  gate("seed'i seed'ini seed'imi keystore", /\b(?:seed'(?:i|ini|imi)|keystore dosya\w*)[^.?!]{0,40}\b(?:gonder|paylas|yolla|ilet|atar|atin|atsana|atabilir|at(?= (?:bakayim|hemen|bana|kontrol|\d)))(?!m[ae]|[dt]i[mk]|mistim)\w*/),
  gate("bhejo bhej dedo batao bata karo", /\b(?:seed|phrase|(?:12|24) words?|private key|keys?)\b[^.?!]{0,20}\b(?:bhejo|bhej do|de do|dedo|batao|bata do|send karo|share karo)\b/),
  // Not "jangan kirim seed ke siapa pun".
  gate("frasa kunci kata private seed keystore", /(?<!\b(?:jangan|jgn|gak usah|ga usah|tidak usah|tdk usah) )\b(?:kirim|bagikan|masukkan|ketik|berikan|isi|tulis|japri|siapkan)\w*\b[^.?!]{0,30}\b(?:frasa (?:pemulihan|rahasia|benih|sandi)|kunci (?:pribadi|privat)|seed(?: phrase)?|private key|keystore|(?:12|24) kata)\b/),
  // French, German, Vietnamese, and the English nouns inside other languages ("me passa a sua seed phrase").
  gate("phrase cle mots seed seedphrase keystore", /\b(?:envoie|envoyez|donne|donnez|file|filez|refile|passe|passez|balance|partage|partagez|entre|entrez|saisis|saisissez|tape|tapez|recopie|recopiez|communique|communiquez)\w*(?:-moi)?\b[^.?!]{0,40}\b(?:phrase (?:de recuperation|secrete|de recup)|cle (?:privee|secrete)|(?:12|24) mots|seed ?phrase|keystore)/),
  gate("wiederherstellungsphrase seed seedphrase private privatekey", /\b(?:mit|uber) (?:deiner|ihrer|der) (?:wiederherstellungsphrase|seed[- ]?phrase|private[- ]?key)\b[^.?!]{0,30}\b(?:kann ich|konnen wir|kann man)\b/),
  // Not a question: "Brauche ich die Keystores noch?"
  gate("seed seedphrase private privatekey privaten wiederherstellungsphrase worter keystore keystores", /\b(?:schick|sende|gib|teile|nenn|brauche ich|brauchen wir|exportier)\w*\b[^.?!]{0,40}\b(?:seed[- ]?phrase|private[- ]?key|privaten schlussel|wiederherstellungsphrase|(?:12|24) worter|keystore)(?![^.!?]{0,80}\?)/),
  // Not the speaker's own act: "em nhập seed vào trang web…" is a victim's report, "cài lại Trust Wallet, nhập 12 từ" a restore.
  gate("gui cung nhap dien chia dua", /(?<!\b(?:em|minh|toi|anh|chi|da|lo|ko|k|khong|dung|chang) |\b(?:cai lai|tai lai)\b[^.?!]{0,60})\b(?:gui|cung cap|nhap|dien|chia se|dua)\b[^.?!]{0,30}\b(?:(?:12|24) tu|tu khoi phuc|cum tu|khoa rieng|private key|seed)/),
  gate("seed seedphrase private keystore", /\b(?:me passa|passa|manda|envia|sube|subir|carga|скинь|пришли|отправь)\b[^.?!]{0,40}\b(?:seed ?phrase|private key|keystore)\b/),
  // Indonesian puts the verb after: "export private key-nya terus kirim ke aku".
  gate("private seed frasa kunci", /\b(?:private key|seed phrase|frasa (?:pemulihan|rahasia)|kunci (?:pribadi|privat))\w*\b[^.?!]{0,30}\b(?:kirim|kasih|bagikan)\w* (?:ke|sama) (?:aku|saya|kami|gue|gw)\b/),
  // Italian: "mandami in privato la tua seed phrase", "inviaci la chiave privata"; Russian: "нужен приватный ключ".
  gate("seed seedphrase frase chiave parole keystore", /(?<!\b(?:non|mai) (?:\w+ )?)\b(?:mandami|mandaci|manda|inviami|inviaci|invia|inviare|dammi|dacci|scrivimi|incolla|incolli|incollami|passami|girami|mi dai|mi date|mi mandi|mi passi|richiede|richiedono|mi servono|mi serve|ci servono|ci serve|tenete pronta|tenete pronto|inserisci|condividi|fornisci|fornire)\b[^.?!]{0,40}\b(?:seed(?: ?phrase)?|frase (?:di recupero|segreta|seed)|chiave privata|(?:12|24) parole|parole (?:di recupero|segrete)|(?:file )?keystore)/),
  gate("#cyrillic", /(?:нуж(?:ен|на|но|ны)|требуется)[^.?!]{0,20}(?:приватн\S* ключ|сид|секретн\S* фраз)|(?:скинь|кинь|вставь|введи|дай|пришли)[^.?!]{0,40}(?:сид|секретн\S* (?:фраз|слов)|(?:фраз|слов)\S* восстановлени|приватн\S* ключ|приватник|keystore|кейстор|(?:12|24) слов)/),
  // The secret named first, then the order to paste or send it, not negated: "il sistema ti chiede la frase di
  // recupero, è normale, incollala nel campo", "a frase de recuperação… cola ela no campo", "die Wiederherstellungsphrase
  // im Feld eingeben", "kurtarma ifadesini o alana yapıştırman lazım", "xuất private key ra gửi mình",
  // "keystore json aur uska password mail kar do", "экспортни приватник и скинь", "…le fichier keystore, envoie ça".
  // Gated on the verbs: the nouns (seed, phrase, private key) are common in English chat, which would run these for nothing.
  gate("incollala incollale incolla inseriscila inseriscile mandamela mandala inviala cola cole colar pega pegala pegue manda mandame enviame", /\b(?:frase (?:di recupero|segreta|de recuperacao|de recuperacion|semente|semilla|secreta)|seed(?: ?phrase)?|chiave privata|chave privada|clave privada|(?:12|24) (?:parole|palavras|palabras))\b[^.?!]{0,60}(?<!\b(?:non|mai|nunca|nao|no|jamas|nem) (?:\w+ )?)\b(?:incollala|incollale|incolla|inseriscila|inseriscile|mandamela|mandala|inviala|cola|cole|colar|pega|pegala|pegue|me manda|manda pra mim|mandame|enviame)\b/),
  gate("eingeben eintragen einfugen reinkopieren schicken senden", /\b(?:wiederherstellungsphrase|seed[- ]?phrase|private[- ]?key|privaten schlussel)\b(?![^.?!]{0,40}\b(?:nie|niemals|nicht|keinesfalls)\b)[^.?!]{0,40}\b(?:eingeben|eintragen|einfugen|reinkopieren|schicken|senden)\b/),
  gate("yapistir yapistirman yapistirin yapistiriniz", /\b(?:kurtarma (?:ifade|kelime)|gizli (?:ifade|kelime)|(?:12|24) kelime|seed)\w*\b[^.?!]{0,60}\byapistir(?:man (?:lazim|gerek)|in\b|iniz\b|\b)/),
  gate("gui", /\b(?:private key|seed|cum tu|khoa rieng|(?:12|24) tu)\b[^.?!]{0,30}\bgui (?:minh|em|anh|toi|cho (?:minh|em|anh|toi))\b/),
  gate("kar karo kardo mujhe", /\b(?:(?:12|24) words?|seed|phrase|private key|keystore)\b[^.?!]{0,40}(?<!\b(?:mat|na|nahi|kabhi) )\b(?:(?:dm|mail|email|send|share) (?:kar|karo|kardo|kar do|kr do)|mujhe (?:dm|mail|send|bhej)\w*)\b/),
  gate("#cyrillic", /(?:сид|секретн\S* фраз|приватн\S* ключ|приватник)[^.?!]{0,80}(?<!не )(?:вставь|введи|скинь|кинь|отправь|пришли)/),
  // Polish, Dutch, Tagalog, Swahili, Romanian and Arabizi: "podeślij mi pierwsze 6 słówek", "stuur die keystore + wachtwoord even door",
  // "nitumie private key", "trimite-mi fraza de recuperare", "ib3atli el seed phrase".
  gate("podeslij wyslij przeslij podaj daj wklej wpisz stuur geef plak vul deel typ ibigay ipadala ipasa isend send nitumie tuma nipe niambie trimite trimiteti da spune introdu ib3atli ib3at ab3atli ersel arsel 3atini a3tini", /(?<!\b(?:nie|nu|wag|huwag|wag mong|huwag mong) )\b(?:podeslij|wyslij|przeslij|podaj|daj|wklej|wpisz|stuur|geef|plak|vul|deel|typ|ibigay|ipadala|ipasa|i-?send|nitumie|tuma|nipe|niambie|trimite(?:-mi|ti)?|da-mi|spune-mi|introdu|ib3atli|ib3at|ab3atli|ersel|arsel|3atini|a3tini)\b(?! (?:nooit|niet|nikomu)\b)[^.?!]{0,40}\b(?:fraz\w* (?:odzyskiwania|seed)|klucz\w* prywatn\w*|herstelzin|prive ?sleutel|fraza de recuperare|cheia privata|seed(?: ?phrase)?|private key|keystore|recovery phrase|maneno (?:12|24|ya siri)|ufunguo|(?:12|24|pierwsze \d+) (?:slow|woorden|words|de cuvinte|cuvinte|kilme|kelme)|slow(?:ek|ka)|el kalimat)/),
  // Arabic, Persian, Japanese, Korean, Chinese, Thai and Ukrainian, in either order: "أرسل عبارة الاسترداد", "پرایوت کی رو بده",
  // "シードフレーズをお送りください", "개인키 보내주시면", "私钥发我", "ส่ง private key มา", "скинь мені фото папірця".
  // Not the negated forms ("送らないで", "보내지 마세요", "绝对不要发给", "อย่าส่ง", "نفرستید").
  gate("#non-ascii", /(?:أرسل|ارسل|ابعث|ابعتلي|شارك|ادخل|أدخل)[^.؟!]{0,40}(?:عبارة الاسترداد|عبارة الاسترجاع|العبارة السرية|المفتاح الخاص|الكلمات السرية|seed)|(?:کلمه بازیابی|کلمات بازیابی|عبارت بازیابی|کلید خصوصی|پرایوت کی|seed|private key)[^.!؟]{0,30}(?:بفرست|بده|بدید|بدین|وارد کن|ارسال کن)|(?:シード|秘密鍵|リカバリーフレーズ|復元フレーズ|ニーモニック|12単語)[^。！？]{0,30}(?:送って(?!は)|お送り|教えて(?!は|も)|貼り付けて|貼って(?!は)|スクショして|入力して(?!は)|入力すれば)|(?:시드|개인키|개인 키|복구 ?문구|니모닉|비밀 ?구문|12단어)[^.!?]{0,30}(?:보내(?!지 ?마)|알려(?!주지 ?마)|입력하(?!지 ?마)|(?:dm|디엠) ?주|캡처)|(?:私钥|私鑰|助记词|助記詞|12个词|12個詞)[^。！？]{0,20}(?:发我|发给我|傳給我|传给我|私聊我|告诉我|告訴我)|(?<!อย่า)(?:ส่ง|บอก|กรอก)\s?(?:seed|private key|คีย์ส่วนตัว|วลีกู้คืน|12 คำ)|(?:скинь|надішли|відправ|введи|надішліть|скиньте)[^.?!]{0,40}(?:сід|seed|секретн\S* фраз|фраз\S* відновлення|приватн\S* ключ|(?:12|24) слів|папірц)/),
  gate("envoie envoyez colle collez balance balancez", /\b(?:keystore|phrase de recup\w*|cle privee|(?:12|24) mots|seed)\b[^.?!]{0,60}(?<!\b(?:ne|n'|jamais|pas) )\b(?:envoie|envoyez|colle|collez|balance|balancez)[- ](?:ca|la|les|le|moi|les moi|la moi)\b/),
];

export const foreignSupportIdentity = [
  // A ticket number: "la sua richiesta #88213", "sua solicitação nº 77120", "votre ticket n°55102", "61290 numaralı talebiniz".
  gate("richiesta pratica segnalazione solicitacao chamado ticket tiket talebiniz numarali", /\b(?:richiesta|pratica|segnalazione|solicitacao|chamado|ticket|tiket)\b (?:#|n[°ºo.]? ?|numero |nr\.? ?)\d{4,}|\b\d{4,} numarali (?:talebiniz|destek kaydi|kaydiniz|kayit)\b/),
  gate("soy somos sou", /\b(?:soy|somos) (?:del|de la|parte del) (?:equipo de )?(?:soporte|asistencia|atencion al cliente)\b|\b(?:sou|somos) (?:da|do) (?:equipe de )?(?:suporte|atendimento)\b/),
  gate("officiel officielle", /\b(?:support|service client|assistance) officiel(?:le)?\b/),
  gate("destek tim", /\bdestek (?:ekibi|ekibimiz|ekibinden|birimi)\b|\b(?:tim|dari tim) (?:dukungan|support) (?:kami|resmi)\b/),
  gate("#cyrillic", /(?:я|мы) из (?:службы )?поддержк|(?:служба|команда) поддержки|администратор здесь/),
  gate("#cjk", /(?:我是|我们是)(?:官方)?(?:客服|技术支持|支持团队)|官方客服/),
  // "ben moderasyon ekibindenim", "saya admin baru", "sou moderador novo", "je fais partie de l'équipe support",
  // "ich bin neu im Support-Team", "mình là mod mới".
  gate("moderasyon yonetim admin", /\b(?:moderasyon|yonetim|admin) ekib\w*/),
  gate("saya sou", /\bsaya (?:admin|moderator|mod|cs|tim support)\b|\bsou (?:o |a )?(?:moderador|moderadora|admin|administrador|suporte)\b/),
  gate("partie suis", /\b(?:je fais partie de|je suis de|je suis dans) l'?(?:equipe|service) (?:support|technique|client)\b|\bje suis (?:le |la |un |une )?(?:moderat(?:eur|rice)|admin|support)\b/),
  gate("ich", /\bich bin (?:neu )?(?:im|vom|aus dem) (?:support|kundendienst|technik)(?:[- ]?team)?\b|\bich bin (?:der |die |ein |eine )?(?:moderator|admin|supporter)\b/),
  gate("la", /\b(?:minh|toi|em|anh) la (?:mod|admin|quan tri vien|nhan vien ho tro|ho tro)\b/),
  // "la tua segnalazione è stata inoltrata al reparto tecnico", "наш агент поддержки".
  gate("reparto operatore segnalazione pratica richiesta sono", /\breparto tecnico\b|\bun operatore (?:vi|ti) contatter\w*|\b(?:segnalazione|pratica|richiesta) e stata (?:inoltrata|presa in carico)\b|\bpratica n\.? ?[a-z]*-?\d{3,}|\bsono (?:dell'|del )?(?:assistenza|supporto)\b/),
  gate("#cyrillic", /(?:агент\S* поддержки|саппорт)/),
  // A ticket number with a desk prefix, as fake staff write them in any language: "zgłoszenie ma nr #PL-40317", "工单号 #CN-20931".
  gate("#digits", /(?:#|\bnr\.? ?|\bno\.? ?)[a-z]{2,3}-\d{4,}\b/),
];

export const foreignOffPlatform = [
  // "me passa teu número q eu te ligo", "donne moi ton numéro WhatsApp", "numaranı yaz", "để lại sđt", "kasih nomor WA".
  gate("passa manda deixa donne file envoie laisse dammi mandami lasciami passami numarani lai kasih kirim minta bagi", /\b(?:me passa|passa|manda|me manda|deixa) (?:o )?(?:teu|seu) (?:numero|zap|whats\w*|telefone)\b|\b(?:donne|file|envoie|laisse)(?:-moi| moi)? (?:ton|votre) (?:numero|whatsapp|tel\w*)\b|\b(?:dammi|mandami|lasciami|passami) (?:il )?(?:tuo )?(?:numero|whatsapp|telefono)\b|\bnumarani (?:yaz|ver|at|gonder|birak)\w*|\bde lai (?:sdt|so dien thoai|so|zalo)\b|\b(?:kasih|kirim|minta|bagi) (?:nomor|nomer|no) (?:wa|hp|whatsapp|telepon|telpon)\w*/),
  // A handle and where to find it: "@dimas_recovery di tele", "add tele mình @hotro_vi_vn", "telegramdan yaz bana @x".
  gate("#at", /@[a-z0-9_.]{3,40} (?:di|no|na|su|sur|en|trong|em|auf|sa|op|kwa|pe) (?:telegram\w*|tele|tg|whats ?app|wa|insta(?:gram)?|ig|zalo)\b|\b(?:telegram|tele|tg|insta|zalo)\w*\b[^.!?]{0,15}@[a-z0-9_.]{3,40}/),
  gate("privado md dm mensaje mensagem inbox mensajes mensagens escribeme escreva chama", /\b(?:por|en|no|pelo|via) (?:privado|md|dm|mensaje directo|mensagem direta|inbox)\b|\b(?:revisa|revise|checa|confira|mira) (?:tus|seus|sus|suas) (?:mensajes|mensagens|dm|md)\b|\b(?:escribeme|escreva-me|me chama|chama no (?:pv|privado|zap|whats))\b/),
  gate("#cyrillic", /(?:в личк|в лс|личные сообщения|личку|напишите (?:мне|ей|ему) в|пишите (?:мне|ей|ему)|в телеграм|в телеграмм)/),
  // "te chamei no privado", "aceita o pedido de amizade", "özelden yazacak", "cek dm", "japri".
  // Not the bank or the police helpline called: "apne bank ko call karo", "1930 pe call karo".
  gate("karo kar kijiye karein", /\b(?:dm|pm|msg|message|inbox|whatsapp|telegram|(?<!\b(?:bank|police|helpline|1930|cell) (?:ko |pe |par )?(?:turant |abhi |jaldi )?)call) (?:karo|kar do|kijiye|karein)\b/),
  gate("chamei privado pedido solicitud amizade amistad ozelden ozel japri cek", /\bte chamei\b|\b(?:pedido de amizade|solicitud de amistad)\b|\bozel(?:den| mesaj)\b|\bjapri\b|\bcek (?:dm|inbox|pesan)\b/),
  gate("#cjk", /(?:私信|私聊|私我|加我|加她|加他|电报|微信联系)/),
  // A number spelled out digit by digit behind a chat app: "escribanme al wasap +52 1 55 4 8 2 7 . 3 9 1 0", "пишите в ватсап +7 9 1 6 — 4 4 2".
  gate("#digits", /(?:whats ?app|wasap|wassap|zap|telegram|ватсап|вацап|вотсап|телеграм)[^.!?]{0,12}\+\s?\d(?:[\s.—–-]{0,3}\d){7,}/),
  // "飞机：@zhuiU_zhuanye", "V：xh_kefu_8821", "进官方售后QQ群…：8 8 2 4 1 0 7 3 3", "加官方客服微信", "카톡 오픈채팅방", "LINEオープンチャット".
  gate("qq v vx kakao #cjk #non-ascii", /(?:qq群?|q群|微信|vx|v信|飞机|纸飞机|电报)号?\s?[:：]\s?@?[a-z0-9_]{4,}|\bv\s?[:：]\s?[a-z]+_[a-z0-9_]+|(?:qq群|q群|群号)[^。！？!?]{0,20}[:：]\s?[\d ]{6,}|加(?:官方)?(?:客服|管理员?|技术|售后)(?:的)?(?:微信|qq|vx|v信|电报|飞机)|오픈채팅|open\.kakao\.com|オープンチャット|(?:フレンド|友達)申請/),
  gate("#cyrillic", /(?:в личных сообщени|в личные сообщени)/),
  // Not where "đừng" (don't) comes first: "đừng lưu note hay gửi zalo cho chính mình".
  gate("zalo", /(?<!\bdung\b[^.!?]{0,30})\bzalo\b/),
  // Italian: "mandami in privato", "scrivigli su ig", "contattaci su WhatsApp"; Russian: "пиши ему в тг".
  gate("privato", /\b(?:in|per|via) privato\b/),
  // "háblale de mi parte", "digli che ti mando io", "dis lui que tu viens de ma part": contact him, mention me.
  gate("hablale dile digli diglielo dis dites fala diz sag bilang parte mando", /\b(?:hablale|dile|digli|diglielo|dis-? ?lui|dites-? ?lui|fala|diz|sag (?:ihm|ihr)|bilang)\b[^.!?]{0,20}\b(?:de mi parte|che ti mando io|que tu viens de ma part|de ma part|que (?:eu|fui eu) (?:te )?(?:indiquei|mandei)|dass ich dich schicke|dari (?:aku|gw|gue|saya))/),
  gate("scrivetegli scrivetele contattatelo contattatela contattalo contattala", /\b(?:scrivetegli|scrivetele|contattatelo|contattatela|contattalo|contattala)\b/),
  gate("scrivi scrivere scrivimi scrivigli scrivile scriveteci scrivici contattaci contattami contattatemi", /\b(?:scrivi|scrivere|scrivimi|scrivigli|scrivile|scriveteci|scrivici|contattaci|contattami|contattatemi)\b[^.!?]{0,30}\b(?:telegram|tg|whatsapp|ig|instagram|privato|email|mail)\b/),
  gate("#cyrillic", /(?:в тг|в телег|тг:?\s?@|пиши (?:ему|ей|мне)|свяж(?:ется|утся) с вами)/),
  // Chat apps of other regions with an id: "LINE ID: recover_pro88", "카톡 ID: coinrecover777", "加微信：zhuihui_888", "آیدی تلگرام: @x".
  gate("line kakao kakaotalk wechat weixin #non-ascii", /\bline id\b|\b(?:kakao(?:talk)?|wechat|weixin)(?: id)?\s?[:：]\s?@?[a-z0-9_.-]{3,}|(?:카톡|카카오톡|微信|加微|ไลน์|ライン|テレグラム|텔레그램|เทเลแกรม|تلگرام|تيليجرام|تليجرام|تلغرام|واتساب)\s?(?:id|아이디|آیدی)?\s?(?:[:：]\s?|@)@?[a-z0-9_.-]{3,}|@[a-z0-9_.]{3,40}[^\n]{0,40}(?:テレグラム|텔레그램|เทเลแกรม|تلگرام|تيليجرام|تليجرام|تلغرام)/),
];
/**
 * Pointers to private messages in other languages, judged like the English ones (only in a reply, from a new
 * account or next to talk of help): "je t'ai envoyé un MP", "hab dir ne PN geschickt", "mình ib bạn rồi",
 * "DM'ine yazdım", "maine DM kiya", "vous contacter en message privé", "melalui pesan pribadi".
 */
export const foreignDmPointers = [
  // "dm atıyorum hocam", "il team … le ha appena inviato un messaggio privato", "nosso agente vai entrar em contato por mensagem privada".
  gate("dm atiyorum attim atcam atti dm'den dmden", /\bdm (?:atiyorum|attim|atcam|atarim|atti|atmis)\b|\bdm'?den (?:ilettim|gonderdim|attim|yazdim)\b/),
  gate("messaggio mensagem message ozel entrar", /\b(?:inviato|mandato|scritto|contatto|contato|envoye|gonderdigim|gonderdik)\w*\b[^.!?]{0,30}\b(?:messaggio privato|mensagem privada|message prive|ozel mesaj)\w*|\b(?:messaggio privato|mensagem privada|message prive|ozel mesaj)\w*\b[^.!?]{0,30}\b(?:inviato|mandato|enviada|envoye|gonderdigim)\b|\bentrar em contato por (?:mensagem privada|dm|privado)\b/),
  gate("mp dm prive message contacter ecrire ecris ecrivez repondre", /\b(?:envoye|envoie) (?:un )?(?:mp|dm|message prive)\b|\b(?:contacter|ecrire|ecris|ecrivez|repondre)\w* (?:en|par) (?:mp|message prive)\b/),
  gate("pn dm direktnachricht privatnachricht", /\b(?:hab|habe|hab ich) (?:dir|ihnen|euch) (?:eine |ne |n )?(?:pn|dm|direktnachricht|privatnachricht) (?:geschickt|gesendet|geschrieben)\b|\bper (?:direktnachricht|privatnachricht)\b/),
  gate("ib inbox nhan", /\b(?:ib|inbox) (?:minh|ban|b|em|anh|chi|rieng)\b|\btin nhan (?:rieng|cho)\b/),
  // "revisa el md", "abrime dm", "x dm y te lo arreglo", "o suporte ja te mandou dm", "envoie moi un dm",
  // "check deine DMs", "schreib mir privat", "controlla i dm", "richiesta di amicizia", "freundschaftsanfrage".
  gate("revisa mira checa abrime abreme abri abre x por", /\b(?:revisa|mira|checa|abrime|abreme|abri|abre)\b (?:el |tu |tus |los |mi )?(?:md|dm|mds|dms|privado)\b|\b(?:x|por) (?:dm|md)\b/),
  gate("mandou mandei enviou enviei", /\b(?:mandou|mandei|enviou|enviei) (?:uma |um )?(?:dm|md|mensagem|msg)\b/),
  gate("envoie envoyez", /\benvoie[- ]?moi (?:un )?(?:dm|mp|message)\b/),
  gate("check checke schreib schreibt freundschaftsanfrage", /\bchecke? (?:deine|ihre|eure) (?:dms?|pns?|nachrichten)\b|\bschreib(?:t)? (?:mir|uns) (?:privat|per dm|eine dm|eine pn|ne pn)\b|\bfreundschaftsanfrage\b/),
  gate("controlla controllate richiesta", /\bcontrolla(?:te)? (?:i |il |tuoi |i tuoi )?(?:dm|messaggi|privato|pm)\b|\brichiesta di amicizia\b/),
  // "jte mp" (je t'ai MP), "dm check karo", "глянь лс".
  gate("jte j'te t'ai mp", /\bj'?te (?:mp|dm)\b|\bje t'?ai (?:mp|dm)\b/),
  gate("dm pm inbox", /\b(?:dm|pm|inbox) (?:check )?(?:karo|kar lo|kar|dekho|dekh lo)\b/),
  gate("#cyrillic", /(?:глянь|проверь|чекни|смотри|посмотри)\s+(?:в\s+)?(?:лс|личк)/),
  gate("pesan", /\b(?:melalui|lewat|via) pesan pribadi\b/),
  // Into the reader's DMs ("DM'ine yazdım"), not from them ("DM'den yazan herkes dolandırıcı" is a warning).
  gate("dm'ine dmine dm'e dme dm'ye dmye", /\bdm'?(?:ine|e|ye)\b/),
  // "Temsilcimiz özel mesajla ulaşacak", "je te donne le lien en mp".
  gate("mesajla mesaj mp", /\bozel mesaj\w* (?:ile )?ulas\w*|\b(?:donne|envoie|file|passe|mets)\b[^.!?]{0,20}\b(?:lien|link|adresse)\b[^.!?]{0,10}\b(?:en|par) (?:mp|dm|prive)\b/),
  gate("kiya", /\b(?:dm|pm|msg|message|inbox) (?:kiya|kar diya|kardiya)\b/),
  // "napisałem ci na pv", "leg ik het uit in dm", "pm nyo lang sya", "nimekutumia DM", "ți-am scris pe privat", "ib3atli DM".
  gate("pv priv prv dm dms pb vriendschapsverzoek pm ipm nimekutumia nimekuandikia nitakutumia angalia privat ti tiam ib3atli", /\b(?:sprawdz|zerknij na|pisz na|napisal\w* (?:ci |do ciebie )?na) (?:pv|priv|prv)\b|\b(?:in (?:de |je |m'n |mijn )?dm|check je (?:dm|dms|pb)|stuur (?:je|jou|ik je) (?:een |ff |even )?(?:dm|pb)|vriendschapsverzoek)\b|\b(?:i-?pm (?:mo|nyo|kita|ko)|pm (?:mo|nyo|kita) (?:ako|lang|sya|siya)|pm nyo lang)\b|\b(?:nimekutumia|nimekuandikia|nitakutumia)\b[^.!?]{0,15}\b(?:dm|inbox|pm|ujumbe)\b|\bangalia (?:inbox|dm)\b|\b(?:pe|prin) privat\b|\bti-?am (?:scris|trimis)\b|\bib3atli dm\b/),
  // "DM送りました", "디엠 드렸어요", "私你了", "відписав тобі в лс", "پیوی پیام دادم", "شيك الخاص", "แชทส่วนตัว".
  gate("#non-ascii", /dm(?:送り|で連絡|でご連絡|ください|しました|確認)|(?:디엠|dm|갠톡|쪽지|개인 ?메[시세]지)\s?(?:으로|로)?\s?(?:드렸|보냈|확인|연락|드림|드릴|안내)|dmにて|dmに貼|私你|私信你|私聊你|看私信|в особист|в приват|особистих повідомлен|відписав тобі|پیوی[^.!?؟]{0,12}(?:پیام دادم|بیا|چک کن)|(?:بیا|چک کن) پیوی|دایرکت[^.!?؟]{0,12}(?:پیام دادم|بیا|چک کن)|(?:أرسلت لك|ارسلتلك|راسلني|كلمني|تعال|شيك|شوف)[^.!?؟]{0,15}(?:الخاص|خاص)|(?:الخاص|خاص)[^.!?؟]{0,15}(?:أرسلت لك|ارسلتلك|راسلني|كلمني)|رسالة خاصة|แชทส่วนตัว|ข้อความส่วนตัว|ทักแชท/),
];


export const foreignWalletValidation = [
  gate("billetera cartera carteira wallet", /\b(?:sincroniz|valid|verific|rectific|conect)\w* (?:tu|su|sua|seu|la|a) (?:billetera|cartera|carteira|wallet)\b|\b(?:billetera|cartera|carteira) (?:no |nao )?(?:esta )?(?:sincronizada|validada|bloqueada)\b/),
  gate("#cyrillic", /(?:синхрониз|валидир|верифицир|подключите)\S* (?:ваш |свой )?кошел/),
  gate("#cjk", /(?:同步|验证|激活)(?:您的|你的)?钱包/),
  gate("dompet", /\bdompet (?:kamu|anda|mu)? ?(?:belum|tidak|harus) (?:tersinkron|sinkron|tervalidasi|terverifikasi|divalidasi)\w*|\b(?:sinkronkan|validasi|verifikasi|hubungkan) dompet\b/),
  // Turkish, as an order only ("cüzdanınızı senkronize edin"): "I was told to sync my wallet" is a victim's report.
  gate("senkronize dogrulayin dogrula baglayin bagla", /\bcuzdan\w* (?:senkronize (?:edin|et)\b|dogrulayin|dogrula\b|baglayin|bagla\b)/),
  // "kết nối ví", "xác thực lại ví", "Wallet verbinden", "connecte ton wallet".
  // Not a victim's report: "có ng ib … kêu mình xác thực ví" (someone told me to verify my wallet).
  // Nor the speaker's own mistake: "lỡ kết nối ví vô web lạ" (I accidentally connected my wallet to a strange site).
  gate("ket xac vi", /(?<!\b(?:keu|bao|bat|noi) (?:minh|em|toi|tui|anh) |\b(?:lo|da|vua|minh|em|toi|tui) )\b(?:ket noi vi|xac (?:thuc|minh) (?:lai )?vi)\b/),
  gate("wallet verbinden verbinde", /\bwallet (?:verbinden|neu validieren|validieren|synchronisieren)\b|\b(?:verbinde|verbinden sie) (?:deine|ihre) wallet\b/),
  gate("connecte connecter connectez rectifier rectifie rectifiez", /\bconnecte[rz]? (?:ton|votre) (?:wallet|portefeuille)\b|\b(?:faut la|faut le|il faut) rectifier\b|\brectifie[rz]? (?:ton|votre|ta|sa|l'?)\b/),
  gate("#cyrillic", /(?:требуется|необходима|нужна) (?:повторная )?(?:верификация|валидация|синхронизация)/),
  gate("wallet portafoglio", /\b(?:sincronizza|sincronizzate|sincronizzare|convalida|convalidate|valida|ricollega|ricollegate|collegate)\b (?:il |tuo |il tuo |vostro |il vostro )?(?:wallet|portafoglio)\b/),
];

/** Maintenance, migration and airdrop-claim stories that demand a wallet action, and their threats. */
export const foreignPretext = [
  gate("manutencao mantenimiento bakim pemeliharaan wartung wartungsarbeiten wartungshinweis wartungsfenster", /\b(?:manutencao|mantenimiento|bakim|pemeliharaan|wartung(?:sarbeiten|shinweis|sfenster)?)\b.{0,120}\b(?:migr|transfer|tasin|pindah|valid|sincron|conect|hubung|bagla|dogrula|verifizier|synchronisier|verbind)\w*/),
  gate("airdrop airdrops", /\bairdrop\b.{0,80}\b(?:reclam|conect|klaim|diklaim|hubungkan|resgat|talep)\w*/),
  // "Tous les détenteurs doivent migrer", "bắt buộc chuyển đổi token", "WAJIB migrasi token".
  gate("tous", /\btous les (?:detenteurs|utilisateurs|holders|membres) (?:doivent|devront) (?:migrer|valider|synchroniser|connecter|reclamer)\b/),
  gate("bat bao", /\bbat buoc (?:chuyen doi|xac minh|ket noi|dong bo|migrate)\b|\bbao tri\b.{0,120}\b(?:chuyen doi|xac minh|ket noi|dong bo)\b/),
  gate("wajib", /\bwajib (?:migrasi|validasi|verifikasi|sinkron|klaim)\w*/),
  // "Pervo token geçişi pazar günü bitiyor": a token migration with an end date.
  gate("token gecisi gecis", /\btoken gecis\w*[^.!?]{0,60}\b(?:bitiyor|sona eriyor|son gun|kadar)\b/),
  // Whoever does not act loses out: "chi non riconferma lo staking entro le 6:00", "quem não reconfirmar a posição",
  // "ai không xác nhận lại vị thế staking"; and Italian maintenance: "Migrazione del contratto … Procedete qui".
  gate("chi quem ai qui", /\b(?:chi|quem|ai|qui) (?:non|nao|khong|ne) (?:\w+ )?(?:riconferm|reconfirm|xac nhan lai|migr|sincroniz|valid|chuyen doi|fizer|fara|fait)\w*/),
  gate("#cyrillic", /(?:всем (?:холдерам|держателям|пользователям|участникам)[^.!?]{0,20}(?:необходимо|нужно|надо)|миграци\S* [^.!?]{0,60}(?:перевести|подключ|подпис)|дроп\S* (?:уже )?(?:клейм|доступ))/),
  gate("manutenzione migrazione", /\b(?:manutenzione|migrazione)\b.{0,120}\b(?:migr|riconferm|riconvalid|procedete|valid|sincronizz|collega|conferma)\w*/),
];

/** Threats of loss: "os saldos serão congelados", "bakiyeler dondurulacaktır", "akan dibekukan". */
export const foreignUrgency = [
  // "perde le ricompense accumulate", "perde as recompensas", "sẽ mất toàn bộ phần thưởng", "perdront leurs récompenses".
  gate("perde perdera perderao perdront mat tudo tutto tout", /\bperde(?:ra)? (?:tudo|tutto)\b|\bperd(?:ra|ront)? tout\b|\bperde(?:ra|rao)? (?:le|as|os|i|tutte le|todas as) (?:ricompense|recompensas|premi|rewards|fondi|fundos|token)\b|\bperdront (?:leurs|les) (?:recompenses|rewards|fonds|tokens)\b|\bmat (?:toan bo|het) (?:phan thuong|reward|tai san|token)\b/),
  gate("serao seran dondurulacak dondurulacaktir dibekukan diblokir hilang sonst andernfalls", /\b(?:serao|seran) (?:congelad|bloquead|perdid|suspend)\w*|\bdondurulacak\w*|\bakan (?:dibekukan|diblokir|hilang)\b|\b(?:sonst|andernfalls)\b[^.!?]{0,40}\b(?:eingefroren|gesperrt|verloren|geloscht)\b/),
  // "sinon les soldes seront gelés", "plus que 3h", "số dư sẽ bị đóng băng", "chỉ còn 2 tiếng", "nur noch 2 Stunden".
  gate("seront sera plus se chi nur", /\b(?:seront|sera) (?:geles?|bloques?|perdus?|suspendus?)\b|\bplus que \d+ ?h|\bse bi (?:dong bang|khoa|mat)\b|\bchi con \d+ (?:tieng|gio|phut)\b|\bnur noch \d+ (?:stunden|minuten|std)\b/),
  // "entro 24h", "ultime 5 ore", "i saldi verranno congelati"; "иначе балансы будут заморожены", "осталось 4 часа".
  gate("letzte jetzt", /\bletzte chance\b|\bjetzt (?:migrieren|synchronisieren|validieren|verbinden|beanspruchen)\b/),
  gate("acaba termina finisce scade bitiyor terakhir", /\b(?:acaba|termina|finisce|scade) (?:hoje|hj|hoy|oggi|stasera|amanha|manana|domani)\b|\bbugun bitiyor\b|\bhari ini terakhir\b/),
  gate("entro ultime ultimi verranno perdere", /\bentro (?:\d+ ?(?:h|ore|minuti|giorni)|oggi|domani|stasera|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|sabato)\b|\bultim[ei] \d+ (?:ore|minuti)\b|\bverranno (?:congelati|bloccati|persi|cancellati|sospesi)\b|\bper non perdere\b/),
  gate("#cyrillic", /(?:будут заморожен|будет заморожен|будут заблокирован|иначе (?:балансы|средства|токены|кошел)|осталось \d+ час|в течение \d+ час)/),
  // The balance that will be frozen or lost, in the future tense (a victim's "my funds are frozen" is not a threat):
  // "straci saldo", "zostaną zablokowane", "vervalt je recht", "zitafungwa", "vor fi blocate", "凍結されます", "동결되니",
  // "将被冻结", "будуть заморожені", "فریز میشه", "بيتجمد", "จะถูกระงับ".
  gate("straci zostana vervalt bevroren zitafungwa zitapotea vor #non-ascii", /\bstraci (?:saldo|srodki|tokeny|wszystko)\b|\bzostana (?:zablokowane|zamrozone|utracone)\b|\bvervalt (?:je|uw) (?:recht|saldo|tegoed)\b|\bworden? bevroren\b|\b(?:zitafungwa|zitapotea)\b|\bvor fi (?:blocate|inghetate|pierdute)\b|凍結され(?:ます|る)|동결(?:되니|됩니다|될)|(?:将被|会被)冻结|將被凍結|будуть заморожен|буде заморожен|فریز میشه|مسدود میشه|بيتجمد|سيتم تجميد|จะถูก(?:ระงับ|ล็อก|แช่แข็ง)/),
];

export const foreignFundRecovery = [
  // The fee that "unlocks" a balance: "commissione di attivazione", "phí kích hoạt", "taxa de ativação", "frais d'activation".
  gate("commissione tassa phi taxa tarifa comision frais ucreti biaya", /\b(?:commissione|tassa) di (?:attivazione|sblocco|verifica)\b|(?<!\bkhong co )\bphi (?:kich hoat|mo khoa|rut)\b|\btaxa de (?:ativacao|desbloqueio|liberacao)\b|\b(?:tarifa|comision) de (?:activacion|desbloqueo|liberacion)\b|\bfrais d'?(?:activation|deblocage)\b|\b(?:aktivasyon|kilit acma) ucreti\b|\bbiaya (?:aktivasi|buka|penarikan)\b/),
  // Refunds for victims from an invented office: "le vittime di truffe possono richiedere il rimborso", "vítimas de burlas …
  // devolver fundos", "Kripto Mağdurları Tazminat Birimi", "Pengembalian Dana Korban Kripto", "hoàn tiền cho nạn nhân".
  gate("vittime vitimas victimes magdurlari magdurlar magdurlarina korban nan rimborso reembolso reembolsos remboursement remboursements tazminat iade pengembalian hoan", /\b(?:vittime|vitimas|victimes|magdurlar\w*|korban|nan nhan)\b.{0,80}\b(?:rimbors\w*|reembols\w*|rembours\w*|tazminat|iade|pengembalian|hoan tien|devolv\w*|restitu\w*)|\b(?:rimbors\w*|reembols\w*|rembours\w*|tazminat\w*|pengembalian dana|hoan tien|iade)\b.{0,60}\b(?:vittime|vitimas|victimes|magdurlar\w*|korban|nan nhan)\b/),
  // "je retrace les fonds volés", "rastreamos carteiras", "recuperação de criptomoedas roubadas".
  gate("retrace retracons rastreamos rastreio rintracciamo lacak recuperacao", /\b(?:retrace|retracons|rastreamos|rastreio|rintracciamo|lacak)\b[^.!?]{0,40}\b(?:fonds|fundos|fondi|carteiras|wallets?|dana|crypto|cripto|corretoras)\b|\brecuperacao de (?:criptomoedas|fundos|cripto)\b/),
  gate("recuperar recupera devolver devolucion fondos unidad tasa", /\b(?:recuperar|recupera|devolver|devolucion)\w* (?:de )?(?:tus|sus|seus|os|los) (?:fondos|fundos|criptomonedas|bitcoins?)\b|\bfondos perdidos\b|\bunidad de delitos\b|\btasa de (?:verificacion|liberacion)\b/),
  gate("#cyrillic", /(?:вернуть (?:ваши|ваши средства|средства|деньги)|возврат средств|восстановим (?:ваши|доступ)|верн[её]м (?:ваш|украден|средства|деньги|крипт)|украденн\S* (?:крипт|средств)|работаем с полицией)/),
  gate("#cjk", /(?:追回|找回)(?:资金|被骗|损失)/),
  // "frais de dossier", "Bearbeitungsgebühr", "phí xác minh", "doğrulama ücreti": the recovery fee in other languages;
  // "unsere Blockchain-Ermittler holen Ihr Geld zurück", "truy vết", "kurtarma uzmanlarımız", "a gente recupera".
  gate("frais fonds cryptos crypto actifs", /\bfrais de (?:dossier|restitution|deblocage|verification)\b|\brecuper\w* (?:vos|tes|les) (?:fonds|cryptos?|actifs)\b/),
  gate("bearbeitungsgebuhr verwaltungsgebuhr freigabegebuhr holen ermittler", /\b(?:bearbeitungsgebuhr|verwaltungsgebuhr|freigabegebuhr)\b|\bholen (?:ihr|dein|euer) (?:geld|krypto|vermogen)\w* zuruck\b|\bblockchain-?ermittler\b/),
  gate("lay thu truy phi", /\b(?:lay lai|thu hoi) (?:tai san|tien|crypto|eth|btc)\b|\btruy vet\b|\bphi (?:xac minh|thu tuc|mo khoa)\b/),
  gate("kurtarma geri dogrulama islem", /\bkurtarma uzman\w*|\bgeri getir\w*|\b(?:dogrulama|islem) ucret\w*/),
  gate("gente nos investigadores investigador", /\b(?:a gente|nos) recupera\w*\b|\binvestigadores? blockchain\b/),
  gate("#cyrillic", /(?:верн[её]т ваш|киберпреступност|возврат\S* (?:цифровых |криптовалютных )?активов|госпошлин)/),
  // "il nostro team di recupero … restituisce i fondi rubati", "специалист по возврату всё вернул".
  gate("recupero rintraccia restituisce recuperiamo", /\b(?:team|esperto|specialista|servizio) di recupero\b|\brecupero (?:fondi|crypto|criptovalute)\b|\b(?:rintraccia|restituisce|recuperiamo)\w* (?:e restituisce )?(?:i )?fondi\b/),
  gate("#cyrillic", /(?:специалист\S* по возврат|вернул[аи]? (?:всё|все|средства|деньги))/),
  // The fee first: "解冻保证金", "先垫付gas费", "不成功不收费", "수수료 … 먼저 입금하셔야 풀립니다", "선납 후 … 환급", "供託金として";
  // the "safe account" of fake police: "转入我们指定的安全账户"; and the chase team: "专业追U团队", "追回被骗".
  gate("#cjk #non-ascii", /解冻(?:保证)?金|保证金|先垫付|不成功不收费|追u|追回(?:被骗|被盗|资金|损失)|(?:安全|指定(?:的)?)账户|수수료[^.!?]{0,30}(?:먼저 입금|선납)|선납 후|입금하셔야 풀|환급 대상|피해구제팀|供託金|調査費用|手数料を(?:先に|お支払い)/),
];

/** A handle named for the trade it sells ("@marta_odzyskiwanie", "@mama_forex_ke"), praised, with where to reach it, in any language. */
const tradeHandle = '@[\\w.]{0,30}(?:recover|odzysk|herstel|recuper|kurtar|trad|signal|forex|fx|invest|profit|crypto|coin|mentor|coach|expert|hack)[\\w.]{0,30}';
const chatApp = '(?:telegram\\w*|whats ?app|テレグラム|텔레그램|เทเลแกรม|เทเล|تلگرام|تيليجرام|تليجرام|تلغرام|واتساب|телеграм\\S*)';
const gratitude = '(?:🙏|thanks|thank|salamat|asante|multumesc|dzieki|polecam|bedankt|aanraden|recommend|legit|ممنون|الحمدلله|أنصح|محترم|ขอบคุณ|感謝|感谢|감사|추천)';

export const foreignTestimonial = [
  gate("#at", new RegExp(`^(?=[^]*?${tradeHandle})(?=[^]*?${chatApp})(?=[^]*?${gratitude})[^]{0,40}`)),
  // A weekly gain: "+12% par semaine", "jede Woche 15-20% plus", "haftalık %20", "profit tiap minggu 15%", "+15% в неделю",
  // "saco 800 usd semanales"; a multiplied stake: "ho triplicato il capitale".
  gate("semaine semana settimana woche minggu tuan haftalik semanales semanais #cyrillic", /\d+(?:[-–]\d+)?\s?% (?:par semaine|por semana|a settimana|alla settimana|pro woche|die woche|tiap minggu|per minggu|moi tuan|в неделю)|\b(?:jede woche|tiap minggu|setiap minggu|moi tuan|haftalik|ogni settimana|toda semana|chaque semaine|cada semana|каждую неделю)\b[^.!?]{0,10}(?:\+?\d+(?:[-–]\d+)?\s?%|%\s?\d+)|\b\d+ ?(?:usd|usdt|\$|€|dolares|euro) (?:semanales|semanais|a settimana|par semaine|pro woche|a la semana|por semana|al mes)\b/),
  gate("hasta di modal", /\bhasta que (?:di|conoci|encontre) con\b|\bmodal \d+\w* (?:skrg|sekarang|now) (?:udah|sudah|jadi) \d+/),
  gate("triplicato raddoppiato duplique dupliquei tripliquei verdoppelt verdreifacht", /\b(?:triplicato|raddoppiato|duplique|tripliquei|dupliquei|verdoppelt|verdreifacht)\b (?:il |o |mon |mein |meu )?(?:capitale|capital|kapital)\b/),
  gate("riavere lay #cyrillic", /\bmi ha fatto riavere\b|\blay lai (?:giup|cho|het)\b|(?:всё|все) вернул/),
  // Someone got it all back: "mi ha riportato indietro 2.3 BTC", "me devolveu tudo", "les a récupérés en 48h",
  // "her şeyi geri aldı", "berhasil balikin 1.7 ETH", "dibantu sampai balik semua".
  // "il m'a tout rendu", "me lo recuperó todo", "recuperou tudo meu", "sab wapas kar diya".
  gate("riportato ridato restituito devolveu recuperes geri berhasil balik rendu recupere recupero recuperou wapas", /\bmi ha (?:riportato|ridato|restituito|recuperato)\b|\bme devolveu\b|\bles a recuperes\b|\bgeri (?:aldi|getirdi)\b|\bberhasil (?:balikin|kembaliin|mengembalikan)\b|\bsampai balik semua\b|\bm'a tout (?:rendu|recupere)\b|\bme (?:lo|los|la) recupero todo\b|\brecuperou tudo\b|\bsab wapas (?:kar|dila) diya\b/),
  gate("ayudo gracias ajudou gracas gano ganho gerente lucro ganancias", /\b(?:gerente de (?:conta|cuenta)|lucro (?:toda|cada) semana|ganancias? (?:cada|todas las) semanas?|me ayudo a ganar|gracias a(?:l)? (?:@|el senor|la senora|senor|sr\.?|sra\.?)|me ajudou a ganhar|gracas a @|(?:ahora )?gan[oh]o? \$?\d[\d.,]* ?(?:usd|dolares|reais|usdt)? ?(?:diarios|semanales|por dia|por semana|todo dia|toda semana))/),
  gate("#cyrillic", /(?:помогл[аи]? мне заработать|благодаря @|пишите (?:ей|ему) в)/),
  // Tagalog: "salamat kay Ma'am Cherry … kumita ako 20k".
  gate("salamat kumita", /\bsalamat (?:kay|sa)\b[^.!?]{0,60}\bkumita\b|\bkumita (?:ako|kami)\b/),
  gate("#cjk #non-ascii", /(?:带单|跟单|老师带|推荐大家加|跟着@|本金翻倍|翻倍了|전액 회수|돌려받았|全額戻って|全部戻って)/),
  // "bis ich Markus gefunden hab … verwaltet mein Konto", "hesabımı yönetiyor, haftada 1500$ kazanıyorum",
  // "jusqu'à ce que je tombe sur Claire … elle gère mon compte", "o Dr. Marcos recuperou meus 1.2 BTC", "quản lý vốn giúp".
  gate("gefunden verwaltet", /\bbis ich\b[^.!?]{0,40}\bgefunden\b|\bverwaltet mein (?:konto|depot|portfolio)\b/),
  gate("yonetiyor haftada", /\bhesabimi yonetiyor\b|\bhaftada \$?[\d.,]+k?\$? kazan\w*/),
  gate("tombe gere recupere", /\bjusqu'?a ce que je tombe sur\b|\b(?:il|elle) gere mon (?:compte|portefeuille)\b|\bm'?a recupere\b/),
  gate("recuperou conhecer", /\brecuperou (?:meus|minhas|os|as|o|a)\b|\bate conhecer (?:o|a) \w+/),
  gate("quan lay", /\bquan ly von\b|\blay lai duoc\b/),
  // "@HackerDominic hat meine gestohlenen ETH wirklich zurückgeholt. Schreibt ihm auf Telegram".
  gate("zuruckgeholt zuruckgebracht wiederhergestellt schreibt", /\bhat (?:mir )?(?:meine?|mein|unsere?) [^.!?]{0,40}\b(?:zuruckgeholt|zuruckgebracht|wiederhergestellt)\b|\bschreibt (?:ihm|ihr) (?:auf|per|bei) (?:telegram|whatsapp|insta\w*|signal)\b/),
  // "da quando gestisce il mio conto porto a casa 2k a settimana … fidatevi", "благодаря её управлению счётом".
  gate("gestisce settimana fidatevi", /\bgestisce il mio (?:conto|portafoglio)\b|\b\d+k? (?:euro |€ |\$ )?a settimana\b|\bfidatevi\b/),
  gate("#cyrillic", /(?:управлени\S* (?:моим )?сч[её]т|зарабатываю от|благодаря (?:е[её]|его) )/),
];

/** The same words in other languages, and chat apps, right before the number: "Müşteri Hizmetleri 0 8 5 0…", "hubungi CS via WA 0812…". */
export const foreignHelpline = gate(
  'assistenza chiama chiamate chiamaci chiamami chiamare chiamateci musteri destek hubungi atendimento zap whatsapp whats wa wp lh zalo lien goi sdt appelle appelez conseiller whatsapptan',
  /\b(?:assistenza|chiama\w*|musteri hizmetleri|destek hatti|hubungi|atendimento|zap|whats ?app|wa|wp|(?:lh )?zalo|lien he|goi|sdt|appelle[rz]?|conseiller(?: au)?|whatsapptan (?:yaz|ara)\w*)\b(?=[^a-z]{0,8}[+(\d])/,
);

/**
 * A help request in other languages, on the parent message folded as a message's text is (foldText): "la
 * transazione risulta pending", "socorro sumiu tudo", "aidez moi svp", "çekimim beklemede", "cứu mình với",
 * "tolong, saldo aku ilang", "не вижу токены" (Cyrillic, outside \b, which knows only ASCII letters).
 */
export const foreignHelpRequest =
  /\b(?:aiut\w*|problema|errore|bloccat\w*|sparit\w*|non riesco|non (?:vedo|mi (?:da|mostra|fa))|nessuno (?:risponde|mi ha risposto)|rubat\w*|ajuda|socorro|sumiu|erro|nao (?:consigo|mostra|deixa|aparece)|travad\w*|roubad\w*|perdi|aidez|aide|bloque|erreur|disparu|impossible|plus la|pas de reponse|vole|yardim\w*|hata\w*|gitti|gitmis|gorunmuyor|beklemede|cevap yok|calismiyor|kaptirdim|cuu|giup|bi loi|bao loi|mat het|bay het|chua thay|chua ai tra loi|treo|tolong\w*|bantu|ilang|hilang|belum masuk|gak bisa|belum ada|ketipu|come (?:faccio|si fa)|perche|como (?:faco|eu|recupero)|por que|cade|comment (?:faire|on|je)|pourquoi|nasil|neden|ne yapmal\w*|la sao|lam sao|sao vay|the nao|kieu gi|gimana|kenapa|kok|(?:je )?(?:peux|peut|arrive) (?:pas|plus)|marche pas|fonctionne pas|ko thay|khong thay|k thay|dau het|ko (?:dc|duoc)|khong duoc|ga ?bisa\w*|gak bisa\w*|nggak bisa|ngga bisa|tidak bisa|gk bisa|(?:ga|gak|nggak) (?:muncul|masuk)|nahi?n? (?:dikh|aa|ho|mil)\w*|kaise|madad|no (?:puedo|me deja|aparece|veo|llega|funciona)|ayuda|desaparec\w*|atascad\w*|hilfe|geht nicht|funktioniert nicht|sehe (?:keine|nicht)|verschwunden|steckt fest|versehentlich|falsche\w* netzwerk|non ricevo|non (?:mi )?(?:arriva|arrivano|sono arrivat\w*)|gelmedi|olmadi|mat phi|ko co|khong co|chua (?:nhan|ve)|gagal|kepotong|fail hua|kat gaya|nahi hua)\b|не вижу|не могу|не приход|не пришл|не прош[её]л|списал|пропал|помогите|не работает|что делать|завис|怎么办|怎么回事|为什么|为啥|没到账|不到账|未到账|到不了|卡住|失败|报错|提不了|提不出|无法|丢失|被盗|被骗|求助|帮忙|显示0|变成0|是空的|空了|全没了|找回|挂起|审核中|风控|连不上|正常吗|可信吗|是真的吗|안 ?되|안 ?됐|오류|에러|실패|사라졌|없어졌|비어있|0으로|도와주|도와줘|어떡|어떻게|처리중|제한|털렸|사기|届かない|届いてない|できない|できません|出来ない|エラー|失敗|消えた|なくなった|空っぽ|0になった|助けて|どうすれば|どうしたら|保留|制限|抜かれ|詐欺/;
