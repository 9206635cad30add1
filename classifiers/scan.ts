/**
 * One pass over the normalized text that does what three steps used to (tokenize, open signal gates, sum
 * the language model's weights), without building a token array or cutting out substrings: every word is
 * hashed where it stands and looked up in one Lexicon of all gate words and model features.
 *
 * It reads words exactly as `tokenPattern` (tokens.ts) splits them, so training (which uses tokenize) and
 * scoring see the same words; tests/classifiers/scan.test.ts checks that against the plain implementation.
 */
import { HASH_SEED, hashStep, Lexicon, PairTable } from './lexicon.js';
import type { TokenModel } from './model.js';
import { MAX_NORMALIZED_CHARS } from './normalize.js';
import { isModelToken, URL_SCAFFOLDING } from './tokens.js';

export interface TextScan {
  /** Which gated patterns may match (see `gate` in signals/define.ts); reused by the next scan. */
  openGates: Uint8Array;
  /** The language model's log-odds that the text is a scam. */
  logOdds: number;
  /** The (at most two) features that pushed most towards scam, for the explanation. */
  topFeatures: string[];
}

/** Marks for what words cannot show, the gate "words" of patterns that look for symbols or scripts. */
export const MARKERS = ['#non-ascii', '#at', '#digits', '#gt', '#quote', '#code', '#cyrillic', '#cjk'] as const;

// Any digit as written (fullwidth, mathematical, circled too): leetspeak folding may have turned some into letters.
const ANY_DIGIT_RE = /[\p{Nd}\u2460-\u24ff\u2070-\u209f\u00b2\u00b3\u00b9]/u;

/**
 * Whether the message as written has a digit (ASCII, fullwidth, mathematical, circled…) in the head that
 * normalization examined: leetspeak folding may have turned it into a letter ("s33d" → "seed").
 */
function writtenWithDigits(original: string): boolean {
  const end = Math.min(original.length, 2 * MAX_NORMALIZED_CHARS);
  for (let i = 0; i < end; i++) {
    const c = original.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c > 0x7f) return ANY_DIGIT_RE.test(original.slice(i, end));
  }
  return false;
}

const isLetter = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const thousandths = (weight: number) => Math.round(weight * 1000);
const MODEL_WORD = 1;
const STARTS_PAIR = 2;

export class TextScanner {
  private readonly lexicon = new Lexicon();
  /**
   * Four Int32 per word id, side by side so a word costs one cache line: [first gate in gateList, end of
   * its gates, flags (MODEL_WORD, STARTS_PAIR), its model weight in thousandths]. train.ts exports
   * weights to three decimals, so whole thousandths add up exactly.
   */
  private readonly info: Int32Array;
  private readonly gateList: Int32Array;
  private readonly alwaysOpen: number[] = [];
  private readonly markerIds: number[];
  /** (first word id, second word id) → pair index; pair features are numbered after the words. */
  private readonly pairs = new PairTable();
  private readonly pairWeight: Int32Array;
  private readonly pairName: string[] = [];
  /** Per feature: the scan that last counted it, so each feature counts once per message. */
  private readonly counted: Int32Array;
  private scanNumber = 0;
  private readonly open: Uint8Array;
  private readonly prior: number;

  constructor(model: TokenModel, gateWords: readonly (readonly string[])[]) {
    const lexicon = this.lexicon;
    this.markerIds = MARKERS.map((marker) => lexicon.add(marker));
    for (const word of URL_SCAFFOLDING) lexicon.add(word);
    for (const words of gateWords) for (const word of words) lexicon.add(word);
    const wordWeights: Array<[number, number]> = [];
    const pairWeights: number[] = [];
    const pairStarts: number[] = [];
    for (const [feature, weight] of Object.entries(model.weights)) {
      const space = feature.indexOf(' ');
      if (space < 0) {
        wordWeights.push([lexicon.add(feature), weight]);
        continue;
      }
      const first = lexicon.add(feature.slice(0, space));
      pairStarts.push(first);
      this.pairs.set(first, lexicon.add(feature.slice(space + 1)), pairWeights.length);
      pairWeights.push(weight);
      this.pairName.push(feature);
    }
    this.pairWeight = Int32Array.from(pairWeights, thousandths);

    const size = lexicon.size;
    const gatesOf: number[][] = Array.from({ length: size }, () => []);
    gateWords.forEach((words, gate) => {
      if (words.length === 0) this.alwaysOpen.push(gate);
      for (const word of words) gatesOf[lexicon.add(word)]!.push(gate);
    });
    this.info = new Int32Array(4 * size);
    let gateEnd = 0;
    for (let id = 0; id < size; id++) {
      this.info[4 * id] = gateEnd;
      gateEnd += gatesOf[id]!.length;
      this.info[4 * id + 1] = gateEnd;
      this.info[4 * id + 2] = isModelToken(lexicon.word(id)) ? MODEL_WORD : 0;
    }
    for (const id of pairStarts) this.info[4 * id + 2] = this.info[4 * id + 2]! | STARTS_PAIR;
    for (const [id, weight] of wordWeights) this.info[4 * id + 3] = thousandths(weight);
    this.gateList = Int32Array.from(gatesOf.flat());
    this.open = new Uint8Array(gateWords.length);
    this.counted = new Int32Array(size + pairWeights.length);
    this.prior = model.prior;
  }

  scan(text: string, original: string): TextScan {
    const scan = ++this.scanNumber;
    const size = this.lexicon.size;
    const open = this.open.fill(0);
    for (const gate of this.alwaysOpen) open[gate] = 1;
    let logOddsThousandths = 0;
    let best = -1;
    let second = -1;
    let bestWeight = 0;
    let secondWeight = 0;
    let previous = -1;
    let nonAscii = false;
    let atSign = false;
    let quote = false;
    let code = false;
    let digit = false;
    let cyrillic = false;
    let cjk = false;

    const n = text.length;
    // Reads never go past the end: an out-of-bounds charCodeAt (NaN) makes V8 compile this loop far slower.
    const at = (k: number) => (k < n ? text.charCodeAt(k) : 0);
    const { lexicon, info, gateList, pairs, pairWeight, counted } = this;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (!isLetter(c) && !isDigit(c)) {
        if (c === 32) {
          // most characters between words are spaces
        } else if (c === 64) atSign = true;
        else if (c === 96 || (c === 61 && at(i + 1) === 62)) code = true;
        else if (c === 34 || c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d) quote = true;
        if (c > 0x7f) {
          nonAscii = true;
          if (c >= 0x400 && c <= 0x52f) cyrillic = true;
          else if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) cjk = true;
        }
        i++;
        continue;
      }
      // A word: [a-z0-9]+, then optionally ' and letters ("don't").
      const start = i;
      let hash = HASH_SEED;
      let allDigits = true;
      do {
        if (isDigit(c)) digit = true;
        else allDigits = false;
        hash = hashStep(hash, c);
        c = at(++i);
      } while (isLetter(c) || isDigit(c));
      if (c === 39 && isLetter(at(i + 1))) {
        quote = true;
        allDigits = false;
        hash = hashStep(hash, c);
        c = at(++i);
        do {
          hash = hashStep(hash, c);
          c = at(++i);
        } while (isLetter(c));
      }

      const id = lexicon.find(text, start, i, hash);
      if (id < 0) {
        // An unknown word still breaks a pair, unless the model skips it (one letter, or a bare number).
        if (i - start >= 2 && !allDigits) previous = -1;
        continue;
      }
      for (let k = info[4 * id]!, end = info[4 * id + 1]!; k < end; k++) open[gateList[k]!] = 1;
      if ((info[4 * id + 2]! & MODEL_WORD) === 0) continue;
      // The pair this word closes ("check" + "dm"), then the word itself. Most words start no pair: their
      // flag (in a cache line just read) spares a lookup in the pair table.
      const pair = previous >= 0 && (info[4 * previous + 2]! & STARTS_PAIR) !== 0 ? pairs.get(previous, id) : -1;
      for (let k = 0; k < 2; k++) {
        const feature = k === 0 ? (pair < 0 ? -1 : size + pair) : id;
        if (feature < 0 || counted[feature] === scan) continue;
        const weight = feature < size ? info[4 * feature + 3]! : pairWeight[feature - size]!;
        if (weight === 0) continue;
        counted[feature] = scan;
        logOddsThousandths += weight;
        if (weight > bestWeight) {
          second = best;
          secondWeight = bestWeight;
          best = feature;
          bestWeight = weight;
        } else if (weight > secondWeight) {
          second = feature;
          secondWeight = weight;
        }
      }
      previous = id;
    }

    const markers = this.markerIds;
    const hasDigits = digit || writtenWithDigits(original);
    const present = [nonAscii, atSign, hasDigits, at(0) === 62, quote, code, cyrillic, cjk];
    for (let m = 0; m < markers.length; m++) {
      if (!present[m]) continue;
      const id = markers[m]!;
      for (let k = info[4 * id]!, end = info[4 * id + 1]!; k < end; k++) open[gateList[k]!] = 1;
    }
    const topFeatures: string[] = [];
    if (best >= 0) topFeatures.push(this.featureName(best));
    if (second >= 0) topFeatures.push(this.featureName(second));
    return { openGates: open, logOdds: this.prior + logOddsThousandths / 1000, topFeatures };
  }

  private featureName(feature: number): string {
    const size = this.lexicon.size;
    return feature < size ? this.lexicon.word(feature) : this.pairName[feature - size]!;
  }
}
