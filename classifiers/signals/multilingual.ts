import { gate } from './define.js';

/**
 * The same lures in the languages crypto communities most often chat in besides English (Spanish,
 * Portuguese, Russian, Chinese, Turkish, Indonesian). They match normalized text, which has accents removed and keeps
 * Cyrillic and CJK as written. Each list extends the English signal of the same name.
 */
export const foreignSecretRequest = [
  gate("frase clave chave palabras palavras", /\b(?:envi[ea]|envia[rd]?|comparte|compartir|ingresa|introduce|escribe|proporciona|manda|digite|insira|compartilhe|informe)\b[^.?!]{0,40}\b(?:frase (?:semilla|secreta|de recuperacion|de recuperacao|semente)|clave privada|chave privada|(?:12|24) palabras|(?:12|24) palavras)/),
  gate("#cyrillic", /(?:пришлите|отправьте|скиньте|введите|напишите|сообщите|укажите|дайте)[^.?!]{0,40}(?:сид|seed|секретн\S* фраз|фраз\S* восстановлени|приватн\S* ключ|(?:12|24) слов)/),
  gate("#cjk", /(?:发送|提供|输入|发给|告诉|填写)[^。？！]{0,20}(?:助记词|私钥|恢复短语|种子短语)/),
  // "necesito que ingreses tu frase de recuperación", "necesitamos tu frase semilla".
  gate("frase clave chave", /\b(?:ingres|necesit|precis|requier|requer)\w*\b[^.?!]{0,30}\b(?:tu|su|sua|seu) (?:frase|clave privada|chave privada)\b/),
  // Turkish and Indonesian: "kurtarma ifadenizi gönderin", "kirim frasa pemulihan kamu".
  // Turkish puts the verb last; a negative imperative ("paylaşmayın", "göndermeyin") is a warning.
  gate("kurtarma gizli yedek ozel #digits", /\b(?:(?:kurtarma|gizli|yedek) (?:ifade|kelime)|(?:ozel|gizli) anahtar|(?:12|24) kelime)\w*\b[^.?!]{0,40}\b(?:gonder|paylas|gir|yaz|ver|ilet)(?!m[ae])\w*/),
  gate("bhejo bhej dedo batao bata karo", /\b(?:seed|phrase|(?:12|24) words?|private key|keys?)\b[^.?!]{0,20}\b(?:bhejo|bhej do|de do|dedo|batao|bata do|send karo|share karo)\b/),
  gate("frasa kunci kata", /\b(?:kirim|bagikan|masukkan|ketik|berikan|isi|tulis)\w*\b[^.?!]{0,30}\b(?:frasa (?:pemulihan|rahasia|benih|sandi)|kunci (?:pribadi|privat)|seed phrase|(?:12|24) kata)\b/),
];

export const foreignSupportIdentity = [
  gate("soy somos sou", /\b(?:soy|somos) (?:del|de la|parte del) (?:equipo de )?(?:soporte|asistencia|atencion al cliente)\b|\b(?:sou|somos) (?:da|do) (?:equipe de )?(?:suporte|atendimento)\b/),
  gate("officiel officielle", /\b(?:support|service client|assistance) officiel(?:le)?\b/),
  gate("destek dukungan", /\bdestek (?:ekibi|ekibimiz|ekibinden|birimi)\b|\b(?:tim|dari tim) (?:dukungan|support) (?:kami|resmi)\b/),
  gate("#cyrillic", /(?:я|мы) из (?:службы )?поддержк|(?:служба|команда) поддержки|администратор здесь/),
  gate("#cjk", /(?:我是|我们是)(?:官方)?(?:客服|技术支持|支持团队)|官方客服/),
];

export const foreignOffPlatform = [
  gate("privado md dm mensaje mensagem inbox mensajes mensagens escribeme escreva chama", /\b(?:por|en|no|pelo|via) (?:privado|md|dm|mensaje directo|mensagem direta|inbox)\b|\b(?:revisa|revise|checa|confira|mira) (?:tus|seus|sus|suas) (?:mensajes|mensagens|dm|md)\b|\b(?:escribeme|escreva-me|me chama|chama no (?:pv|privado|zap|whats))\b/),
  gate("#cyrillic", /(?:в личк|в лс|личные сообщения|личку|напишите (?:мне|ей|ему) в|пишите (?:мне|ей|ему)|в телеграм|в телеграмм)/),
  // "te chamei no privado", "aceita o pedido de amizade", "özelden yazacak", "cek dm", "japri".
  gate("karo kar kijiye karein", /\b(?:dm|pm|msg|message|inbox|whatsapp|telegram|call) (?:karo|kar do|kijiye|karein)\b/),
  gate("chamei privado pedido solicitud amizade amistad ozelden ozel japri cek", /\bte chamei\b|\b(?:pedido de amizade|solicitud de amistad)\b|\bozel(?:den| mesaj)\b|\bjapri\b|\bcek (?:dm|inbox|pesan)\b/),
  gate("#cjk", /(?:私信|私聊|加我|加她|加他|电报|微信联系)/),
];

export const foreignWalletValidation = [
  gate("billetera cartera carteira wallet", /\b(?:sincroniz|valid|verific|rectific|conect)\w* (?:tu|su|sua|seu|la|a) (?:billetera|cartera|carteira|wallet)\b|\b(?:billetera|cartera|carteira) (?:no |nao )?(?:esta )?(?:sincronizada|validada|bloqueada)\b/),
  gate("#cyrillic", /(?:синхрониз|валидир|верифицир|подключите)\S* (?:ваш |свой )?кошел/),
  gate("#cjk", /(?:同步|验证|激活)(?:您的|你的)?钱包/),
  gate("dompet", /\bdompet (?:kamu|anda|mu)? ?(?:belum|tidak|harus) (?:tersinkron|sinkron|tervalidasi|terverifikasi|divalidasi)\w*|\b(?:sinkronkan|validasi|verifikasi|hubungkan) dompet\b/),
  // Turkish, as an order only ("cüzdanınızı senkronize edin"): "I was told to sync my wallet" is a victim's report.
  gate("senkronize dogrulayin dogrula baglayin bagla", /\bcuzdan\w* (?:senkronize (?:edin|et)\b|dogrulayin|dogrula\b|baglayin|bagla\b)/),
];

/** Maintenance, migration and airdrop-claim stories that demand a wallet action, and their threats. */
export const foreignPretext = [
  gate("manutencao mantenimiento bakim pemeliharaan wartungsarbeiten wartung", /\b(?:manutencao|mantenimiento|bakim|pemeliharaan|wartung\w*)\b.{0,120}\b(?:migr|transfer|tasin|pindah|valid|sincron|conect|hubung|bagla|dogrula|verifizier|synchronisier|verbind)\w*/),
  gate("airdrop airdrops", /\bairdrop\b.{0,80}\b(?:reclam|conect|klaim|diklaim|hubungkan|resgat|talep)\w*/),
];

/** Threats of loss: "os saldos serão congelados", "bakiyeler dondurulacaktır", "akan dibekukan". */
export const foreignUrgency = [
  gate("serao seran dondurulacak dondurulacaktir dibekukan diblokir hilang sonst andernfalls", /\b(?:serao|seran) (?:congelad|bloquead|perdid|suspend)\w*|\bdondurulacak\w*|\bakan (?:dibekukan|diblokir|hilang)\b|\b(?:sonst|andernfalls)\b[^.!?]{0,40}\b(?:eingefroren|gesperrt|verloren|geloscht)\b/),
];

export const foreignFundRecovery = [
  gate("recuperar recupera devolver devolucion fondos unidad tasa", /\b(?:recuperar|recupera|devolver|devolucion)\w* (?:de )?(?:tus|sus|seus|os|los) (?:fondos|fundos|criptomonedas|bitcoins?)\b|\bfondos perdidos\b|\bunidad de delitos\b|\btasa de (?:verificacion|liberacion)\b/),
  gate("#cyrillic", /(?:вернуть (?:ваши|ваши средства|средства|деньги)|возврат средств|восстановим (?:ваши|доступ)|верн[её]м (?:ваш|украден|средства|деньги|крипт)|украденн\S* (?:крипт|средств)|работаем с полицией)/),
  gate("#cjk", /(?:追回|找回)(?:资金|被骗|损失)/),
];

export const foreignTestimonial = [
  gate("ayudo gracias ajudou gracas gano ganho gerente lucro ganancias", /\b(?:gerente de (?:conta|cuenta)|lucro (?:toda|cada) semana|ganancias? (?:cada|todas las) semanas?|me ayudo a ganar|gracias a(?:l)? (?:@|el senor|la senora|senor|sr\.?|sra\.?)|me ajudou a ganhar|gracas a @|(?:ahora )?gan[oh]o? \$?\d[\d.,]* ?(?:usd|dolares|reais|usdt)? ?(?:diarios|semanales|por dia|por semana|todo dia|toda semana))/),
  gate("#cyrillic", /(?:помогл[аи]? мне заработать|благодаря @|пишите (?:ей|ему) в)/),
  // Tagalog: "salamat kay Ma'am Cherry … kumita ako 20k".
  gate("salamat kumita", /\bsalamat (?:kay|sa)\b[^.!?]{0,60}\bkumita\b|\bkumita (?:ako|kami)\b/),
  gate("#cjk", /(?:带单|老师带|推荐大家加|跟着@)/),
];
