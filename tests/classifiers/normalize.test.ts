/** normalize(): one case per technique, combinations, link extraction, skeleton(), and properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NORMALIZED_CHARS, normalize, skeleton, type ExtractedLink } from '../../classifiers/normalize.js';

const text = (input: string): string => normalize(input).text;
const links = (input: string): ExtractedLink[] => normalize(input).links;
const ADDRESS = '0x742d35cc6634c0532925a3b844bc454e4438f44e';

describe('normalize: one technique at a time', () => {
  it('lowercases and collapses whitespace', () => {
    expect(text('  Send  YOUR\tseed\n\nphrase \u0000 now  ')).toBe('send your seed phrase now');
    expect(text('Send\u00a0your\u2003seed\u2028phrase\u3000now')).toBe('send your seed phrase now');
  });

  it('NFKC: fullwidth, math alphanumerics, ligatures', () => {
    expect(text('Ｍｅｔａｍａｓｋ 𝐬𝐮𝐩𝐩𝐨𝐫𝐭 ﬁx')).toBe('metamask support fix');
  });

  it('homoglyphs: Cyrillic lookalikes inside Latin words', () => {
    expect(text('Меtа\u200bMаsk Suppоrt')).toBe('metamask support');
  });

  it('homoglyphs: Greek lookalikes', () => {
    expect(text('ΜΕΤΑΜΑSΚ wallet, recονery')).toBe('metamask wallet, recovery');
  });

  it('homoglyphs: a whole word of Cyrillic lookalikes in an English message', () => {
    expect(text('Pay with РАУРАL')).toBe('pay with paypal');
  });

  it('homoglyphs: accents and combining marks are dropped in Latin words', () => {
    expect(text('café crème, s\u0338e\u0338e\u0338d\u0338')).toBe('cafe creme, seed');
  });

  it('homoglyphs: Russian text stays Russian', () => {
    expect(text('Привет, как дела? Всё хорошо.')).toBe('привет, как дела? всё хорошо.');
  });

  it('homoglyphs: Latin letters hidden in Russian words become Cyrillic', () => {
    expect(text('Cpeдний дoxoд в нeдeлю, кpuптовaлюта')).toBe('средний доход в неделю, криптовалюта');
  });

  it('zero-width characters are removed', () => {
    expect(text('s\u200be\u200ce\u200dd p\u2060h\ufeffr\u00ada\u180ese')).toBe('seed phrase');
  });

  it('bidi controls are removed', () => {
    expect(text('\u202eseed\u202c \u2066phrase\u2069 \u200ekey\u200f \u202aa\u202bb\u202dc')).toBe('seed phrase key abc');
  });

  it('leetspeak inside words mixing letters and digits/symbols', () => {
    expect(text('S33d phr4se, pr1v4te k3y, wa11et c1aim, 0wner, u$dt, pr1v@te, t0 hell0')).toBe(
      'seed phrase, private key, wallet claim, owner, usdt, private, to hello',
    );
  });

  it('leetspeak leaves numbers, quantities and crypto tokens alone', () => {
    const plain = `24 words, 1000 usdt, +1 805 555 0134, web3 24h 2fa 1inch erc20 10x 7days 3rd 5eth 3massive $eth @metamask ${ADDRESS} code d4929f`;
    expect(text(plain)).toBe(plain.toLowerCase());
  });

  it('leetspeak: a trailing 0/3/5 is a letter, a trailing number is not', () => {
    expect(text('admin5 hell0 t0 phras3 web3 gpt4 user123')).toBe('admins hello to phrase web3 gpt4 user123');
  });

  it('leetspeak: a URL host is folded, its path (IDs, referral codes) is not', () => {
    expect(text('m3tamask-supp0rt.xyz/cl41m pump.fun/coin/6kbh3fEt3')).toBe('metamask-support.xyz/cl41m pump.fun/coin/6kbh3fet3');
  });

  it('spaced letters are joined; a wider gap separates words', () => {
    expect(text('s e e d  p h r a s e')).toBe('seed phrase');
    expect(text('send your s e e d.')).toBe('send your seed.');
  });

  it('spaced letters with single gaps throughout: known words are split again', () => {
    expect(text('(r e c o v e r y p h r a s e)')).toBe('(recovery phrase)');
    expect(text('t h e m e')).toBe('theme');
  });

  it('dotted and dashed letters are joined', () => {
    expect(text('s.e.e.d and p-r-i-v-a-t-e k_e_y')).toBe('seed and private key');
  });

  it('spaced/dotted joining leaves ordinary text alone', () => {
    expect(text('e.g. 1.2.3.4 a b, 1 2 3, 2 x 3, t-shirt')).toBe('e.g. 1.2.3.4 a b, 1 2 3, 2 x 3, t-shirt');
    expect(text('а я в шоке')).toBe('а я в шоке'); // Russian one-letter words
    expect(text('п р и в е т')).toBe('привет');
  });

  it('percent-encoding is decoded', () => {
    expect(text('metamask%2Eio%2Ffix %E2%9C%85')).toBe('metamask.io/fix ✅');
    expect(text('seed%20phrase')).toBe('seed phrase');
  });

  it('a percentage written before its number is not percent-encoding', () => {
    expect(text('haftalık %20 kazanç, (%15 komisyon)')).toBe('haftalik %20 kazanc, (%15 komisyon)');
  });

  it('invalid percent-encoding is left as it is', () => {
    // %ED%BF%BF would be a lone surrogate (decodeURIComponent throws); %E2%80 is a truncated sequence.
    expect(text('50% off, 100%, %zz, %ff%41, %ED%BF%BF, %E2%80')).toBe('50% off, 100%, %zz, %ffa, %ed%bf%bf, %e2%80');
  });

  it('HTML entities are decoded (named and numeric)', () => {
    expect(text('&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; a&nbsp;b &#x73;&#101;ed metamask&period;io')).toBe(
      '<b> & "x" \'y\' a b seed metamask.io',
    );
  });

  it('unknown or invalid HTML entities are left as they are', () => {
    expect(text('&bogus; &#x110000; &#xD800; &#0; &amp')).toBe('&bogus; &#x110000; &#xd800; &#0; &amp');
  });

  it('markdown links are unmasked to "text url"', () => {
    expect(text('[Claim here](https://evil.xyz/claim)!')).toBe('claim here https://evil.xyz/claim !');
  });

  it('Slack links are unmasked to "text url"', () => {
    expect(text('<https://evil.xyz/x|Open ticket> and <https://a.io>')).toBe('open ticket https://evil.xyz/x and https://a.io');
  });

  it('markdown that is not a link stays', () => {
    expect(text('[1](2) and [a](b)')).toBe('[1](2) and [a](b)');
  });
});

describe('normalize: links written with lookalike letters', () => {
  it('a host that is only a domain once its lookalike letters fold is extracted and marked', () => {
    const links = normalize('official staking dashboard → nymbus.netwοrk/stake').links; // Greek ο in the TLD
    expect(links).toEqual([expect.objectContaining({ host: 'nymbus.network', lookalikeLetters: true })]);
  });

  it('hosts found as written are not added again, and real internationalized names are left alone', () => {
    expect(normalize('go to mеtamask.io now').links.map((l) => l.lookalikeLetters)).toEqual([undefined]);
    expect(normalize('the docs are at münchen.de').links.map((l) => l.host)).toEqual(['münchen.de']);
  });
});

describe('normalize: techniques combined', () => {
  it('entities + fullwidth + markdown + homoglyphs + leet + zero-width + percent + spaced letters', () => {
    const input =
      '&#91;Ｃｌａｉｍ ｙｏｕｒ ａｉｒｄｒｏｐ&#93;(https://rnetamask.io/fix) — send your Ѕ3ЕD ph\u200bra%73e t0 the  s u p p o r t  t e a m';
    const result = normalize(input);
    expect(result.text).toBe('claim your airdrop https://rnetamask.io/fix — send your seed phrase to the support team');
    expect(result.links).toEqual([
      { url: 'https://rnetamask.io/fix', host: 'rnetamask.io', domain: 'rnetamask.io', maskedText: 'Claim your airdrop', spelledOut: false },
    ]);
    expect(result.original).toBe(input);
  });

  it('leet spread out with spaces', () => {
    expect(text('your s 3 3 d  p h r 4 s 3')).toBe('your seed phrase');
  });

  it('homoglyphs + leet + bidi', () => {
    expect(text('\u202dМ3tаМаsk\u202c pr1vаtе kеy')).toBe('metamask private key');
    expect(text('your sЗЗd')).toBe('your seed'); // Cyrillic "З" passing for a "3" passing for an "e"
  });

  it('emoji written for "seed", "key", "wallet" and "dm"', () => {
    expect(text('send me your 🌱 phrase')).toBe('send me your seed phrase');
    expect(text('what is your private 🔑')).toBe('what is your private key');
    expect(text('all 👛 must sync')).toBe('all wallet must sync');
    expect(text("I'll slide in 📩 with the steps, 📨 me")).toBe("i'll slide in dm with the steps, dm me");
    expect(text('gm 🌞 📬')).toBe('gm 🌞 📬');
  });
});

describe('normalize: links', () => {
  it('URL with a scheme (sentence punctuation trimmed)', () => {
    expect(links('go to https://rnetamask.io/fix.')).toEqual([
      { url: 'https://rnetamask.io/fix', host: 'rnetamask.io', domain: 'rnetamask.io', spelledOut: false },
    ]);
  });

  it('registrable domain via the public suffix list', () => {
    expect(links('https://App.Uniswap-Claim.co.uk/x')[0]).toMatchObject({ host: 'app.uniswap-claim.co.uk', domain: 'uniswap-claim.co.uk' });
  });

  it('URL with an IP host', () => {
    expect(links('http://192.168.0.1:8080/x')[0]).toMatchObject({ host: '192.168.0.1', domain: '192.168.0.1' });
  });

  it('parentheses: balanced ones belong to the URL, a closing one to the sentence', () => {
    expect(links('(see https://en.wikipedia.org/wiki/Foo_(bar)) or (https://x.io)').map((l) => l.url)).toEqual([
      'https://en.wikipedia.org/wiki/Foo_(bar)',
      'https://x.io',
    ]);
  });

  it('bare domain, with and without a path; www.-prefixed', () => {
    expect(links('visit metamask-fix.xyz now')).toEqual([
      { url: 'metamask-fix.xyz', host: 'metamask-fix.xyz', domain: 'metamask-fix.xyz', spelledOut: false },
    ]);
    expect(links('metamask-fix.xyz/claim?id=1, ok')[0]).toMatchObject({ url: 'metamask-fix.xyz/claim?id=1', host: 'metamask-fix.xyz' });
    expect(links('go to www.example.com')[0]).toMatchObject({ host: 'www.example.com', domain: 'example.com' });
  });

  it('spelled-out domains', () => {
    expect(links('metamask-fix dot com')).toEqual([
      { url: 'metamask-fix.com', host: 'metamask-fix.com', domain: 'metamask-fix.com', spelledOut: true },
    ]);
    expect(links('site[.]xyz')).toEqual([{ url: 'site.xyz', host: 'site.xyz', domain: 'site.xyz', spelledOut: true }]);
    expect(links('site (dot) io')).toEqual([{ url: 'site.io', host: 'site.io', domain: 'site.io', spelledOut: true }]);
    for (const written of ['hack-refund(point)com', 'hack-refund(nokta)com', 'hack-refund[titik]com', 'hack-refund(chấm)com', 'hack-refund (punto) com']) {
      expect(links(written), written).toEqual([{ url: 'hack-refund.com', host: 'hack-refund.com', domain: 'hack-refund.com', spelledOut: true }]);
    }
    expect(links('the (point) is moot')).toEqual([]);
    for (const written of ['hack-refund punto com', 'hack-refund nokta com', 'hack-refund chấm com', 'hack-refund точка com', 'hack-refund Punkt com']) {
      expect(links(written), written).toEqual([{ url: 'hack-refund.com', host: 'hack-refund.com', domain: 'hack-refund.com', spelledOut: true }]);
    }
    // Spoken, a word for "dot" needs a common top-level domain after it, and "point" counts only in brackets.
    expect(links('buen punto pero no, good point com on')).toEqual([]);
    expect(links('hxxps://evil[.]com/x')[0]).toMatchObject({ host: 'evil.com', spelledOut: true });
  });

  it('"dot" as an ordinary word is not a domain', () => {
    expect(links('the dot com era, sell DOT at 5 dot com, stake your dot on kraken')).toEqual([]);
  });

  it('masked markdown link records the visible text', () => {
    expect(links('[metamask.io](https://evil.xyz/claim)')).toEqual([
      { url: 'https://evil.xyz/claim', host: 'evil.xyz', domain: 'evil.xyz', maskedText: 'metamask.io', spelledOut: false },
      { url: 'metamask.io', host: 'metamask.io', domain: 'metamask.io', spelledOut: false },
    ]);
  });

  it('Slack <url|text> records the visible text', () => {
    expect(links('<https://evil.xyz/t|Open a ticket>')).toEqual([
      { url: 'https://evil.xyz/t', host: 'evil.xyz', domain: 'evil.xyz', maskedText: 'Open a ticket', spelledOut: false },
    ]);
  });

  it('deduplicates, keeping the masked text', () => {
    const found = links('https://evil.xyz and [here](https://evil.xyz) and again https://evil.xyz.');
    expect(found).toEqual([{ url: 'https://evil.xyz', host: 'evil.xyz', domain: 'evil.xyz', maskedText: 'here', spelledOut: false }]);
  });

  it('e-mail addresses are not links', () => {
    expect(links('mail support@metamask.io or john.doe@gmail.com, <mailto:a@b.io|a@b.io>')).toEqual([]);
  });

  it('file names are not links', () => {
    expect(links('see README.md, index.js, package.json, notes.txt, logo.png, Token.sol, app.ts, e.g. this')).toEqual([]);
  });

  it('a sentence missing its space is not a link', () => {
    expect(links('Hi.My name is Bob')).toEqual([]);
  });

  it('0x addresses are untouched and are not links', () => {
    const result = normalize(`send to ${ADDRESS}.`);
    expect(result.text).toBe(`send to ${ADDRESS}.`);
    expect(result.links).toEqual([]);
  });

  it('a homoglyph host keeps its real characters while the text is folded', () => {
    const result = normalize('https://mеtamask.io/login'); // Cyrillic "е"
    expect(result.text).toBe('https://metamask.io/login');
    expect(result.links[0]?.host).toBe('mеtamask.io');
    expect(result.links[0]?.host).not.toBe('metamask.io');
  });

  it('percent-encoded and fullwidth links are found', () => {
    expect(links('https://evil%2Exyz/a')[0]?.host).toBe('evil.xyz');
    expect(links('ｒｎｅｔａｍａｓｋ．ｉｏ')[0]?.host).toBe('rnetamask.io');
    expect(links('rnetamask％２Ｅio')[0]?.host).toBe('rnetamask.io');
  });
});

describe('skeleton', () => {
  it('compares display names across homoglyphs, invisible characters and styling', () => {
    expect(skeleton('MetaMask Support | Team')).toBe('metamasksupportteam');
    expect(skeleton('Меtа\u200bMаsk Suppоrt')).toBe('metamasksupport');
    expect(skeleton('MetaMask Support | Team').startsWith(skeleton('Меtа\u200bMаsk Suppоrt'))).toBe(true);
  });

  it('folds fullwidth, math letters and leetspeak to the same skeleton', () => {
    for (const name of ['ＭｅｔａＭａｓｋ', '𝓜𝓮𝓽𝓪𝓜𝓪𝓼𝓴', 'M3taMask', 'Meta-Mask', 'm e t a m a s k', 'MΕTAMASK']) {
      expect(skeleton(name)).toBe('metamask');
    }
  });

  it('is empty for names without letters or digits', () => {
    expect(skeleton('')).toBe('');
    expect(skeleton('\u200b\u3164 ✨')).toBe('');
  });
});

describe('normalize: robustness', () => {
  it('never throws on lone surrogates and other broken input', () => {
    for (const input of ['\ud800', '\udc00abc', 'a\ud800%ED%A0%80&#xD800;', '\u0000\u0001', '%', '&#', '[', '<', '](', 'dot']) {
      expect(typeof normalize(input).text).toBe('string');
      expect(typeof skeleton(input)).toBe('string');
    }
  });

  it(`examines only the first ${MAX_NORMALIZED_CHARS} characters but keeps the original`, () => {
    const input = 'a'.repeat(MAX_NORMALIZED_CHARS) + ' seed https://late.example.com';
    const result = normalize(input);
    expect(result.original).toBe(input);
    expect(result.text.length).toBe(MAX_NORMALIZED_CHARS);
    expect(result.links).toEqual([]);
  });

  // Any UTF-16 code unit, lone surrogates included, mixed with whole code points from all of Unicode.
  const anyUnit = fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('.', ' ', '[', ']', '(', ')', '<', '>', '|', '%', '&', '#', ';', '@', '$', '/', ':', '3', '0', 'a', 'е', '\u200b'),
  );

  it('property: any string → a string, never a throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyUnit, maxLength: 2000 }), (input) => {
        const result = normalize(input);
        expect(typeof result.text).toBe('string');
        expect(result.original).toBe(input);
        expect(Array.isArray(result.links)).toBe(true);
        expect(typeof skeleton(input)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('property: long strings (up to 100k characters) → a string, never a throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyUnit, minLength: 20_000, maxLength: 100_000, size: 'max' }), (input) => {
        expect(typeof normalize(input).text).toBe('string');
      }),
      { numRuns: 10 },
    );
  });

  it('property: idempotent on ASCII letters, digits, spaces and . - @ $', () => {
    const unit = fc.constantFrom('a', 'b', 's', 'e', 'd', 'x', '0', '1', '3', '5', ' ', ' ', ' ', '.', '-', '@', '$');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (input) => {
        const once = normalize(input).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
