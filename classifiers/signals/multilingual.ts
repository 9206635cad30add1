import { gate } from './define.js';

/**
 * The same lures in the languages crypto communities most often chat in besides English (Spanish,
 * Portuguese, Russian, Chinese). They match normalized text, which has accents removed and keeps
 * Cyrillic and CJK as written. Each list extends the English signal of the same name.
 */
export const foreignSecretRequest = [
  gate("frase clave chave palabras palavras", /\b(?:envi[ea]|envia[rd]?|comparte|compartir|ingresa|introduce|escribe|proporciona|manda|digite|insira|compartilhe|informe)\b[^.?!]{0,40}\b(?:frase (?:semilla|secreta|de recuperacion|de recuperacao|semente)|clave privada|chave privada|(?:12|24) palabras|(?:12|24) palavras)/),
  gate("#cyrillic", /(?:пришлите|отправьте|скиньте|введите|напишите|сообщите|укажите|дайте)[^.?!]{0,40}(?:сид|seed|секретн\S* фраз|фраз\S* восстановлени|приватн\S* ключ|(?:12|24) слов)/),
  gate("#cjk", /(?:发送|提供|输入|发给|告诉|填写)[^。？！]{0,20}(?:助记词|私钥|恢复短语|种子短语)/),
];

export const foreignSupportIdentity = [
  gate("soy somos sou", /\b(?:soy|somos) (?:del|de la|parte del) (?:equipo de )?(?:soporte|asistencia|atencion al cliente)\b|\b(?:sou|somos) (?:da|do) (?:equipe de )?(?:suporte|atendimento)\b/),
  gate("#cyrillic", /(?:я|мы) из (?:службы )?поддержк|(?:служба|команда) поддержки|администратор здесь/),
  gate("#cjk", /(?:我是|我们是)(?:官方)?(?:客服|技术支持|支持团队)|官方客服/),
];

export const foreignOffPlatform = [
  gate("privado md dm mensaje mensagem inbox mensajes mensagens escribeme escreva chama", /\b(?:por|en|no|pelo|via) (?:privado|md|dm|mensaje directo|mensagem direta|inbox)\b|\b(?:revisa|revise|checa|confira|mira) (?:tus|seus|sus|suas) (?:mensajes|mensagens|dm|md)\b|\b(?:escribeme|escreva-me|me chama|chama no (?:pv|privado|zap|whats))\b/),
  gate("#cyrillic", /(?:в личк|в лс|личные сообщения|личку|напишите (?:мне|ей|ему) в|пишите (?:мне|ей|ему)|в телеграм|в телеграмм)/),
  gate("#cjk", /(?:私信|私聊|加我|加她|加他|电报|微信联系)/),
];

export const foreignWalletValidation = [
  gate("billetera cartera carteira wallet", /\b(?:sincroniz|valid|verific|rectific|conect)\w* (?:tu|su|sua|seu|la|a) (?:billetera|cartera|carteira|wallet)\b|\b(?:billetera|cartera|carteira) (?:no esta|nao esta|esta) (?:sincronizada|validada|bloqueada)\b/),
  gate("#cyrillic", /(?:синхрониз|валидир|верифицир|подключите)\S* (?:ваш |свой )?кошел/),
  gate("#cjk", /(?:同步|验证|激活)(?:您的|你的)?钱包/),
];

export const foreignFundRecovery = [
  gate("recuperar recupera devolver devolucion fondos unidad tasa", /\b(?:recuperar|recupera|devolver|devolucion)\w* (?:de )?(?:tus|sus|seus|os|los) (?:fondos|fundos|criptomonedas|bitcoins?)\b|\bfondos perdidos\b|\bunidad de delitos\b|\btasa de (?:verificacion|liberacion)\b/),
  gate("#cyrillic", /(?:вернуть (?:ваши|ваши средства|средства|деньги)|возврат средств|восстановим (?:ваши|доступ))/),
  gate("#cjk", /(?:追回|找回)(?:资金|被骗|损失)/),
];

export const foreignTestimonial = [
  gate("ayudo gracias ajudou gracas", /\b(?:me ayudo a ganar|gracias a (?:@|el senor|la senora)|me ajudou a ganhar|gracas a @)/),
  gate("#cyrillic", /(?:помогл[аи]? мне заработать|благодаря @|пишите (?:ей|ему) в)/),
  gate("#cjk", /(?:带单|老师带|推荐大家加|跟着@)/),
];
