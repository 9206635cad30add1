/**
 * The scanner's two lookup tables: words by their position in a text (Lexicon) and word pairs by their
 * ids (PairTable). Both are open-addressing tables in flat typed arrays, kept at most half full.
 *
 * Why not Map<string, …>: it needs a fresh substring per token and hashes it, and its entries sit all over
 * the heap; measured here that was ~150 ns a token, mostly cache misses. The scanner hashes a word's
 * characters in place and looks it up here.
 *
 * Why everything sits in the slot: between two messages the signal regexes push these tables out of the
 * CPU caches, so a message's first scan pays a cache miss for nearly every line it touches (measured: 2.4×
 * slower than scanning the same text again). A slot of 32 bytes holds the hash, a short word's characters
 * and the owner's data for that word (the scanner's gates, weight and counter), so a word costs one line.
 */

/** Int32s per Lexicon slot: [hash, id + 1 (0: empty), where, chars 0–3, chars 4–7, owner × 3]. */
export const SLOT = 8;
const SLOT_SHIFT = 3;
/** The first of the three Int32s in a slot that the owner may use. */
export const OWNER = 5;
const ID = 1;
const WHERE = 2; // length (12 bits) | INLINE | offset in `chars` << 13
const CHARS = 3; // the first 8 code units, 8 bits each, when the word has at most 8 and all are below 256
const INLINE = 1 << 12;
const MAX_WORD_LENGTH = 4095;

export class Lexicon {
  private readonly words: string[] = [];
  /** SLOT Int32s per slot; the owner's data lives in them (see OWNER), so slots never move once built. */
  slots = new Int32Array(SLOT * 1024);
  /** Every word's UTF-16 code units, back to back: compared for words the slot cannot hold. */
  private chars: Uint16Array = new Uint16Array(4096);
  private charsUsed = 0;
  /** One bit per value of a hash's top 16 bits (8 KB, stays in cache): clear means no such word, no slot read. */
  private readonly maybe = new Int32Array(2048);

  get size(): number {
    return this.words.length;
  }

  word(id: number): string {
    return this.words[id]!;
  }

  /** The word's id, adding it when new. Adding may move slots: the owner fills its data after the last add. */
  add(word: string): number {
    const hash = hashRange(word, 0, word.length);
    const found = this.find(word, 0, word.length, hash);
    if (found >= 0) return this.slots[found + ID]! - 1;
    if (word.length > MAX_WORD_LENGTH || this.charsUsed + word.length >= 2 ** 18) throw new Error(`lexicon full or word too long: ${word.slice(0, 40)}`);
    const id = this.words.length;
    this.words.push(word);
    if (this.charsUsed + word.length > this.chars.length) this.chars = grow(this.chars, 2 * (this.charsUsed + word.length));
    let inline = word.length <= 8;
    const packed = [0, 0];
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      this.chars[this.charsUsed + i] = c;
      if (c > 255) inline = false;
      else if (i < 8) packed[i >> 2]! |= c << (8 * (i & 3));
    }
    this.maybe[hash >>> 21]! |= 1 << ((hash >>> 16) & 31);
    const slot = this.emptySlot(hash);
    this.slots.set([hash, id + 1, word.length | (inline ? INLINE : 0) | (this.charsUsed << 13), packed[0]!, packed[1]!], slot);
    this.charsUsed += word.length;
    if (2 * SLOT * this.words.length > this.slots.length) this.rehash();
    return id;
  }

  /** The slot (an index into `slots`) of text.slice(from, to), or -1; `hash` must be hashRange(text, from, to). */
  find(text: string, from: number, to: number, hash: number): number {
    if ((this.maybe[hash >>> 21]! & (1 << ((hash >>> 16) & 31))) === 0) return -1;
    const slots = this.slots;
    const wrap = slots.length - 1;
    const length = to - from;
    for (let at = (hash << SLOT_SHIFT) & wrap; ; at = (at + SLOT) & wrap) {
      if (slots[at + ID] === 0) return -1;
      if (slots[at] !== hash) continue;
      const where = slots[at + WHERE]!;
      if ((where & MAX_WORD_LENGTH) !== length) continue;
      let i = 0;
      if (where & INLINE) {
        while (i < length && ((slots[at + CHARS + (i >> 2)]! >>> (8 * (i & 3))) & 255) === text.charCodeAt(from + i)) i++;
      } else {
        const first = where >>> 13;
        while (i < length && this.chars[first + i] === text.charCodeAt(from + i)) i++;
      }
      if (i === length) return at;
    }
  }

  private emptySlot(hash: number): number {
    const wrap = this.slots.length - 1;
    let at = (hash << SLOT_SHIFT) & wrap;
    while (this.slots[at + ID] !== 0) at = (at + SLOT) & wrap;
    return at;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    for (let at = 0; at < old.length; at += SLOT) if (old[at + ID] !== 0) this.slots.set(old.subarray(at, at + SLOT), this.emptySlot(old[at]!));
  }
}

/** (first id, second id) → a slot; ids below 65,536. */
export class PairTable {
  /** Four Int32 per slot: [first << 16 | second, value + 1 (0: empty), owner × 2]. */
  slots = new Int32Array(4 * 1024);
  private count = 0;
  /**
   * One bit per hash value (65,536 bits, 8 KB): clear means the pair is absent. Most pairs looked up are
   * absent, and this small array stays in cache where the table's slots do not.
   */
  private readonly maybe = new Int32Array(2048);

  /** Adds the pair with its value. Adding may move slots: the owner fills its data after the last set. */
  set(first: number, second: number, value: number): void {
    if (first >= 65536 || second >= 65536) throw new Error('PairTable: word ids must be below 65,536');
    if (8 * (this.count + 1) > this.slots.length) this.rehash();
    const key = (first << 16) | second;
    const bit = filterBit(key);
    this.maybe[bit >>> 5]! |= 1 << (bit & 31);
    const at = this.slotOf(key);
    if (this.slots[at + 1] === 0) this.count++;
    this.slots[at] = key;
    this.slots[at + 1] = value + 1;
  }

  /** The pair's slot (an index into `slots`; the value is slots[slot + 1] - 1), or -1. */
  find(first: number, second: number): number {
    const key = (first << 16) | second;
    const bit = filterBit(key);
    if ((this.maybe[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const at = this.slotOf(key);
    return this.slots[at + 1] === 0 ? -1 : at;
  }

  private slotOf(key: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const mixed = Math.imul(key, 0x9e3779b1);
    for (let slot = (mixed ^ (mixed >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      if (slots[at + 1] === 0 || slots[at] === key) return at;
    }
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    for (let at = 0; at < old.length; at += 4) if (old[at + 1] !== 0) this.slots.set(old.subarray(at, at + 4), this.slotOf(old[at]!));
  }
}

/** 16 bits of a pair key's hash, other bits than slotOf starts from. */
function filterBit(key: number): number {
  return Math.imul(key, 0x85ebca6b) >>> 16;
}

function grow(array: Uint16Array, length: number): Uint16Array {
  const bigger = new Uint16Array(length);
  bigger.set(array);
  return bigger;
}

/** FNV-1a over UTF-16 code units; the scanner computes the same value incrementally with hashStep. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619);

export function hashRange(text: string, from: number, to: number): number {
  let hash = HASH_SEED;
  for (let i = from; i < to; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}
