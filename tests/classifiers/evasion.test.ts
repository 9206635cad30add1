/** Every obfuscation technique, alone and combined, must give the same label as the plain text. */
import { describe, expect, it } from 'vitest';
import { classify } from '../../classifiers/classify.js';
import { HARD_NEGATIVE_TEXT, SCAM_TEXT } from '../fixtures/messages.js';
import { techniques } from './evasion-techniques.js';

const combinations: Array<[string, string[]]> = [
  ['homoglyphs + zero-width', ['cyrillic homoglyphs', 'zero-width characters']],
  ['leetspeak + spaced letters', ['leetspeak', 'spaced letters']],
  ['fullwidth + bidi + html entities', ['html entities', 'fullwidth', 'bidi controls']],
  ['markdown + percent + homoglyphs', ['percent-encoding', 'masked markdown link', 'cyrillic homoglyphs']],
];

const texts = {
  scam: SCAM_TEXT,
  'second scam': 'URGENT: your wallet is not whitelisted. Validate your wallet at https://walletconnect-sync.xyz within 12 hours or your assets will be frozen.',
  'hard negative': HARD_NEGATIVE_TEXT,
  'victim question': 'I think I entered my recovery phrase on a fake site, is my wallet gone? what should I do?',
};

describe('evasion', () => {
  for (const [name, plain] of Object.entries(texts)) {
    const expected = classify(plain).label;
    describe(`${name} (plain label: ${expected})`, () => {
      for (const [technique, apply] of Object.entries(techniques)) {
        const evaded = apply(plain);
        // Link techniques only apply to texts with links.
        if (evaded === plain) continue;
        it(technique, () => {
          expect(classify(evaded).label).toBe(expected);
        });
      }
      for (const [combo, names] of combinations) {
        it(combo, () => {
          const evaded = names.reduce((t, n) => techniques[n]!(t), plain);
          expect(classify(evaded).label).toBe(expected);
        });
      }
    });
  }

  it('the scam texts are scams and the look-alikes clean, so the suite tests something', () => {
    expect(classify(texts.scam).label).toBe('scam');
    expect(classify(texts['second scam']).label).not.toBe('clean');
    expect(classify(texts['hard negative']).label).toBe('clean');
    expect(classify(texts['victim question']).label).toBe('clean');
  });
});
