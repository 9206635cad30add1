import { MAX_NORMALIZED_CHARS } from '../normalize.js';
import { decodeHtmlEntities, decodePercentEncoding } from '../normalize/decode.js';
import { defineSignal, firstMatch, gate, mayMatch } from './define.js';
import { foreignHelpline } from './multilingual.js';

/**
 * "MetaMask support number +1 (8O5) 555…": helpline words and a phone number, whose digits are often
 * split, spelled out ("eight zero five") or written with letters (O for 0) to dodge filters.
 */
const helpline =
  /\b(?:support|help|helpline|help ?desk|customer (?:care|service|support)|recovery|toll[- ]?free|hotline|service|phone|contact|care|call|refund|billing)(?: department| team| desk)?(?:\W{1,3}phone)?\W{1,3}(?:number|no\.?|#|line|phone|center|centre)\b|\b(?:tele)?phone (?:support|desk|line|helpline|hotline)\b|\btelephone\b|\bdial\b|\bring\b(?=\W{1,4}[+\d])|\b(?:suporte|soporte|assistance|numero du support|numero de (?:soporte|suporte|telefono|telefone)|ligue|llame|appelez|anrufen)\b(?=[^a-z]{0,6}[+(\d])|☎|☏|📞|📱|\bcall (?:us|now|the|our|(?:\w+ ){1,3}(?:support|customer|help|helpline|hotline|care))\b|\bcall(?: (?:us|now|today|asap))?\W{1,4}(?:\+|1\W?8[0-9o]{2}\b|\(?8[0-9o]{2}\b)|helpline|hotline|customercare|supportnumber|phonenumber|\btoll[- ]?free\b|\b(?:support|help ?desk|customer (?:care|service|support)|care|service|helpdesk)\b(?=[^a-z]{0,4}[+(\d])/;
/** A phone number needs digits, or number words when spelled out. */
const needsNumber = gate('#digits zero oh one two three four five six seven eight nine plus hundred', /\d/);
const numberWords: Record<string, string> = { hundred: '00', zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', plus: '+' };
const phoneDigits = /(?<!\d[^a-z0-9]{0,3})\+?(?:\d[^a-z0-9]{0,3}){10,13}(?!\d)/;

/** The text as written (before leetspeak folding), with spelled-out numbers and letter-for-digit swaps undone. */
export function phoneView(original: string): string {
  return decodePercentEncoding(decodeHtmlEntities(original.slice(0, MAX_NORMALIZED_CHARS)))
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '')
    .replace(/\b(?:hundred|zero|oh|one|two|three|four|five|six|seven|eight|nine|plus)\b/g, (w) => numberWords[w] ?? w)
    .replace(/(?<=\d) x (?=\d)/g, ' ')
    // Dingbat digits NFKC leaves alone: ➊…➓, ❶…❿, ➀…➉, ⓿.
    .replace(/[\u2776-\u2793\u24ff]/g, (d) => (d === '\u24ff' ? '0' : String((d.charCodeAt(0) - 0x2776 + 1) % 10)))
    // Runs of digits and their stand-ins (O for 0, l or I for 1, Z for 2) split by spaces, dots, brackets, arrows, stars or bullets.
    .replace(/\b[0-9oliz][0-9oliz\s().\-[\]→•·*✱|/_~:]{8,40}[0-9oliz]\b/g, (run) => (/\d/.test(run) ? run.replace(/o/g, '0').replace(/[li]/g, '1').replace(/z/g, '2').replace(/[^\d+]+/g, ' ') : run));
}

export const phoneSupportSpam = defineSignal({
  id: 'phone-support-spam',
  description: 'A support or helpline phone number, often with digits split, spelled out or written with letters.',
  group: 'contact',
  detect: (input) => {
    if (!mayMatch(input, needsNumber)) return undefined;
    const { text, original } = input;
    const line = helpline.exec(text)?.[0].trim() ?? firstMatch(input, [foreignHelpline]);
    if (!line) return undefined;
    const digits = phoneDigits.exec(phoneView(original));
    return digits ? `${line} … ${digits[0].trim()}` : undefined;
  },
});
