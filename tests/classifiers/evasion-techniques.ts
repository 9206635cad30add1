/** Obfuscation techniques scammers use, each a function from plain text to evaded text. */
const homoglyphs: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' };
const leet: Record<string, string> = { e: '3', a: '4', o: '0', s: '5' };

/** Applies a per-letter substitution to words of 4+ letters, as evaders do. */
function perWord(text: string, change: (word: string) => string): string {
  return text.replace(/[A-Za-z]{4,}/g, change);
}

export const techniques: Record<string, (text: string) => string> = {
  'cyrillic homoglyphs': (t) => perWord(t, (w) => [...w].map((c) => homoglyphs[c] ?? c).join('')),
  'greek homoglyphs': (t) => t.replace(/o/g, 'ο').replace(/A/g, 'Α').replace(/v/g, 'ν'),
  fullwidth: (t) => t.replace(/[A-Za-z]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)),
  'math alphanumerics': (t) => t.replace(/[a-z]/g, (c) => String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97)),
  'zero-width characters': (t) => perWord(t, (w) => [...w].join('\u200b')),
  'bidi controls': (t) => perWord(t, (w) => `\u202d${w}\u202c`),
  leetspeak: (t) => perWord(t, (w) => [...w].map((c, i) => (i % 2 === 1 ? (leet[c] ?? c) : c)).join('')),
  'spaced letters': (t) => t.replace(/\b(recovery|phrase|validate|wallet|seed)\b/gi, (w) => [...w].join(' ')),
  'dotted letters': (t) => t.replace(/\b(recovery|phrase|validate|seed)\b/gi, (w) => [...w].join('.')),
  'html entities': (t) => t.replace(/[ae]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/'/g, '&#39;'),
  'percent-encoding': (t) => t.replace(/https?:\/\/\S+/g, (url) => url.replace(/[a-z]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)),
  'masked markdown link': (t) => t.replace(/https?:\/\/(\S+?)([.,]?)(\s|$)/g, '[official site](https://$1)$2$3'),
};

