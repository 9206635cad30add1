/**
 * The scanner's two lookup tables: words by their position in a text (Lexicon) and word pairs by their
 * ids (PairTable). Both are open-addressing tables in flat typed arrays, kept at most half full.
 *
 * Why not Map<string, …>: it needs a fresh substring per token and hashes it, and its entries sit all over
 * the heap; measured here that was ~150 ns a token, mostly cache misses. The scanner hashes a word's
 * characters in place, and a lookup touches one slot (hash, id and where the characters are, side by
 * side) and the characters in one pool.
 */
export class Lexicon {
  private readonly words: string[] = [];
  /** Four Int32 per slot: [hash, id + 1 (0: empty), first char in `chars`, length]. */
  private slots = new Int32Array(4 * 1024);
  /** Every word's UTF-16 code units, back to back. */
  private chars: Uint16Array = new Uint16Array(4096);
  private charsUsed = 0;

  get size(): number {
    return this.words.length;
  }

  word(id: number): string {
    return this.words[id]!;
  }

  /** The word's id, adding it when new. */
  add(word: string): number {
    const hash = hashRange(word, 0, word.length);
    const found = this.find(word, 0, word.length, hash);
    if (found >= 0) return found;
    const id = this.words.length;
    this.words.push(word);
    if (this.charsUsed + word.length > this.chars.length) this.chars = grow(this.chars, 2 * (this.charsUsed + word.length));
    for (let i = 0; i < word.length; i++) this.chars[this.charsUsed + i] = word.charCodeAt(i);
    this.place(hash, id, this.charsUsed, word.length);
    this.charsUsed += word.length;
    if (8 * this.words.length > this.slots.length) this.rehash();
    return id;
  }

  /** The id of text.slice(from, to), or -1; `hash` must be hashRange(text, from, to). */
  find(text: string, from: number, to: number, hash: number): number {
    const { slots, chars } = this;
    const mask = (slots.length >> 2) - 1;
    const length = to - from;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const entry = slots[at + 1]!;
      if (entry === 0) return -1;
      if (slots[at] !== hash || slots[at + 3] !== length) continue;
      const first = slots[at + 2]!;
      let i = 0;
      while (i < length && chars[first + i] === text.charCodeAt(from + i)) i++;
      if (i === length) return entry - 1;
    }
  }

  private place(hash: number, id: number, first: number, length: number): void {
    const mask = (this.slots.length >> 2) - 1;
    let slot = hash & mask;
    while (this.slots[(slot << 2) + 1] !== 0) slot = (slot + 1) & mask;
    this.slots.set([hash, id + 1, first, length], slot << 2);
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    for (let at = 0; at < old.length; at += 4) if (old[at + 1] !== 0) this.place(old[at]!, old[at + 1]! - 1, old[at + 2]!, old[at + 3]!);
  }
}

/** (first id, second id) → a non-negative number. */
export class PairTable {
  /** Four Int32 per slot: [first, second, value + 1 (0: empty), unused]. */
  private slots = new Int32Array(4 * 1024);
  private count = 0;

  set(first: number, second: number, value: number): void {
    if (8 * (this.count + 1) > this.slots.length) this.rehash();
    const at = this.slotOf(first, second);
    if (this.slots[at + 2] === 0) this.count++;
    this.slots.set([first, second, value + 1], at);
  }

  /** The value, or -1. */
  get(first: number, second: number): number {
    return this.slots[this.slotOf(first, second) + 2]! - 1;
  }

  private slotOf(first: number, second: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    for (let slot = (Math.imul(first, 0x9e3779b1) ^ second) & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      if (slots[at + 2] === 0 || (slots[at] === first && slots[at + 1] === second)) return at;
    }
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 2] !== 0) this.slots.set([old[at]!, old[at + 1]!, old[at + 2]!], this.slotOf(old[at]!, old[at + 1]!));
    }
  }
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
