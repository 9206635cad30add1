/**
 * One pass over the normalized text that does what three steps used to (tokenize, open signal gates, sum
 * the language model's weights), without building a token array or cutting out substrings: every word is
 * hashed where it stands and looked up in one Lexicon of all gate words and model features.
 *
 * It reads words exactly as `tokenPattern` (tokens.ts) splits them, so training (which uses tokenize) and
 * scoring see the same words; tests/classifiers/scan.test.ts checks that against the plain implementation.
 */
import { HASH_SEED, hashRange, hashStep, Lexicon, OWNER, PairTable } from './lexicon.js';
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
export const MARKERS = ['#non-ascii', '#at', '#digits', '#quote', '#code', '#cyrillic', '#cjk'] as const;

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
// The scanner's data in a word's lexicon slot (OWNER in lexicon.ts), so a word found costs one cache line:
/** First gate in gateList (16 bits) and how many (16 bits). */
const GATES = OWNER;
/** Model weight in thousandths × 4 + flags (MODEL_WORD, STARTS_PAIR); train.ts exports weights to three decimals. */
const WEIGHT_FLAGS = OWNER + 1;
/** The scan that last counted the word, so each feature counts once per message. */
const COUNTED = OWNER + 2;
// And in a pair's slot: its weight in thousandths and the scan that last counted it.
const PAIR_WEIGHT = 2;
const PAIR_COUNTED = 3;

export class TextScanner {
  private readonly lexicon = new Lexicon();
  /** The lexicon's slots, once every word is in. */
  private readonly slots: Int32Array;
  private readonly gateList: Uint16Array;
  private readonly alwaysOpen: number[] = [];
  /** Each marker's lexicon slot. */
  private readonly markerSlots: number[];
  /** (first word id, second word id) → pair index, with the pair's weight and counter in its slot. */
  private readonly pairs = new PairTable();
  private readonly pairName: string[] = [];
  private scanNumber = 0;
  private readonly open: Uint8Array;
  private readonly prior: number;

  constructor(model: TokenModel, gateWords: readonly (readonly string[])[]) {
    const lexicon = this.lexicon;
    for (const marker of MARKERS) lexicon.add(marker);
    for (const word of URL_SCAFFOLDING) lexicon.add(word);
    for (const words of gateWords) for (const word of words) lexicon.add(word);
    // Flat lists and a map for the few gate words, not an array per feature or per word: building the tables
    // should not leave tens of thousands of short-lived arrays behind (resident memory the process keeps).
    const wordIds: number[] = [];
    const wordValues: number[] = [];
    const pairFirst: number[] = [];
    const pairSecond: number[] = [];
    const pairValues: number[] = [];
    for (const feature in model.weights) {
      const weight = model.weights[feature]!;
      const space = feature.indexOf(' ');
      if (space < 0) {
        wordIds.push(lexicon.add(feature));
        wordValues.push(weight);
        continue;
      }
      pairFirst.push(lexicon.add(feature.slice(0, space)));
      pairSecond.push(lexicon.add(feature.slice(space + 1)));
      pairValues.push(weight);
      this.pairName.push(feature);
    }
    for (let index = 0; index < pairFirst.length; index++) this.pairs.set(pairFirst[index]!, pairSecond[index]!, index);
    // Every word and pair is in: slots no longer move, so their data can be written into them.
    const pairSlots = this.pairs.slots;
    for (let index = 0; index < pairFirst.length; index++) {
      pairSlots[this.pairs.find(pairFirst[index]!, pairSecond[index]!) + PAIR_WEIGHT] = thousandths(pairValues[index]!);
    }

    const gatesOf = new Map<number, number[]>();
    gateWords.forEach((words, gate) => {
      if (words.length === 0) this.alwaysOpen.push(gate);
      for (const word of words) {
        const id = lexicon.add(word);
        const gates = gatesOf.get(id);
        if (gates) gates.push(gate);
        else gatesOf.set(id, [gate]);
      }
    });
    if (gateWords.length > 65536) throw new Error('TextScanner: at most 65,536 gates');
    const size = lexicon.size;
    const flags = new Uint8Array(size);
    for (const first of pairFirst) flags[first] = STARTS_PAIR;
    const weights = new Int32Array(size);
    for (let index = 0; index < wordIds.length; index++) weights[wordIds[index]!] = thousandths(wordValues[index]!);
    const slots = (this.slots = lexicon.slots);
    const gateList: number[] = [];
    for (let id = 0; id < size; id++) {
      const word = lexicon.word(id);
      const slot = lexicon.find(word, 0, word.length, hashRange(word, 0, word.length));
      const gates = gatesOf.get(id) ?? [];
      if (gateList.length >= 65536 || gates.length >= 65536) throw new Error('TextScanner: too many gate words');
      slots[slot + GATES] = gateList.length | (gates.length << 16);
      gateList.push(...gates);
      slots[slot + WEIGHT_FLAGS] = weights[id]! * 4 + (flags[id]! | (isModelToken(word) ? MODEL_WORD : 0));
    }
    this.gateList = Uint16Array.from(gateList);
    this.markerSlots = MARKERS.map((marker) => lexicon.find(marker, 0, marker.length, hashRange(marker, 0, marker.length)));
    this.open = new Uint8Array(gateWords.length);
    this.prior = model.prior;
  }

  scan(text: string, original: string): TextScan {
    const scan = ++this.scanNumber;
    const open = this.open.fill(0);
    for (const gate of this.alwaysOpen) open[gate] = 1;
    let logOddsThousandths = 0;
    // The two features that pushed most towards scam: a word id, or -2 - pair index.
    let best = -1;
    let second = -1;
    let bestWeight = 0;
    let secondWeight = 0;
    let previous = -1; // the previous model word's id…
    let previousSlot = -1; // …and its lexicon slot
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
    const { lexicon, slots, gateList, pairs } = this;
    const pairSlots = pairs.slots;
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

      const slot = lexicon.find(text, start, i, hash);
      if (slot < 0) {
        // An unknown word still breaks a pair, unless the model skips it (one letter, or a bare number).
        if (i - start >= 2 && !allDigits) previous = -1;
        continue;
      }
      const gates = slots[slot + GATES]!;
      for (let k = gates & 0xffff, end = k + (gates >>> 16); k < end; k++) open[gateList[k]!] = 1;
      const weightFlags = slots[slot + WEIGHT_FLAGS]!;
      if ((weightFlags & MODEL_WORD) === 0) continue;
      const id = slots[slot + 1]! - 1;
      // The pair this word closes ("check" + "dm"), then the word itself. Most words start no pair: their
      // flag (in the previous word's slot) spares a lookup in the pair table.
      const pair = previous >= 0 && (slots[previousSlot + WEIGHT_FLAGS]! & STARTS_PAIR) !== 0 ? pairs.find(previous, id) : -1;
      for (let k = 0; k < 2; k++) {
        // A feature: a word id, or -2 - pair index; each counts in its own slot.
        let feature = -1;
        let weight = 0;
        if (k === 0) {
          if (pair >= 0 && pairSlots[pair + PAIR_COUNTED] !== scan) {
            pairSlots[pair + PAIR_COUNTED] = scan;
            feature = -1 - pairSlots[pair + 1]!;
            weight = pairSlots[pair + PAIR_WEIGHT]!;
          }
        } else if (slots[slot + COUNTED] !== scan) {
          slots[slot + COUNTED] = scan;
          feature = id;
          weight = weightFlags >> 2;
        }
        if (weight === 0) continue;
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
      previousSlot = slot;
    }

    const markers = this.markerSlots;
    const hasDigits = digit || writtenWithDigits(original);
    const present = [nonAscii, atSign, hasDigits, quote, code, cyrillic, cjk];
    for (let m = 0; m < markers.length; m++) {
      if (!present[m]) continue;
      const gates = slots[markers[m]! + GATES]!;
      for (let k = gates & 0xffff, end = k + (gates >>> 16); k < end; k++) open[gateList[k]!] = 1;
    }
    const topFeatures: string[] = [];
    if (best !== -1) topFeatures.push(this.featureName(best));
    if (second !== -1) topFeatures.push(this.featureName(second));
    return { openGates: open, logOdds: this.prior + logOddsThousandths / 1000, topFeatures };
  }

  private featureName(feature: number): string {
    return feature >= 0 ? this.lexicon.word(feature) : this.pairName[-2 - feature]!;
  }
}
