/**
 * Near-duplicate detection with 64-bit SimHash over word 3-shingles of normalized text.
 * Confirmed scams catch re-posts at once; confirmed false positives stop re-flagging the same benign text.
 */
import type { Fingerprint, ReviewStore } from '../review/store.js';

/** Texts this short give unstable fingerprints ("gm", "thanks"): never fingerprinted. */
const MIN_WORDS = 6;
/** Hamming distance at or under which two texts count as the same message. */
export const NEAR_DUPLICATE_BITS = 3;

/** FNV-1a 64-bit of a string, as a BigInt. */
function fnv1a64(text: string): bigint {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash;
}

/** The SimHash of already-normalized text, as 16 hex digits; undefined for texts too short to fingerprint. */
export function simhash(normalizedText: string): string | undefined {
  const words = normalizedText.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length < MIN_WORDS) return undefined;
  const counts = new Array<number>(64).fill(0);
  for (let i = 0; i + 2 < words.length; i++) {
    const h = fnv1a64(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
    for (let bit = 0; bit < 64; bit++) counts[bit]! += (h >> BigInt(bit)) & 1n ? 1 : -1;
  }
  let result = 0n;
  for (let bit = 0; bit < 64; bit++) if (counts[bit]! > 0) result |= 1n << BigInt(bit);
  return result.toString(16).padStart(16, '0');
}

export function hammingDistance(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let bits = 0;
  while (x) {
    x &= x - 1n;
    bits++;
  }
  return bits;
}

/** In-memory index of stored fingerprints, loaded at start and kept current as moderators decide. */
export class FingerprintIndex {
  private readonly entries: Fingerprint[] = [];

  static async load(store: ReviewStore): Promise<FingerprintIndex> {
    const index = new FingerprintIndex();
    for (const fp of await store.listFingerprints()) index.entries.push(fp);
    return index;
  }

  add(fp: Fingerprint): void {
    this.entries.push(fp);
  }

  get size(): number {
    return this.entries.length;
  }

  /** The closest stored fingerprint within NEAR_DUPLICATE_BITS; a benign match wins a tie (precision first). */
  match(hash: string): Fingerprint | undefined {
    let best: Fingerprint | undefined;
    let bestDistance = NEAR_DUPLICATE_BITS + 1;
    for (const fp of this.entries) {
      const d = hammingDistance(hash, fp.hash);
      if (d < bestDistance || (d === bestDistance && fp.kind === 'benign')) {
        best = fp;
        bestDistance = d;
      }
    }
    return best;
  }
}
