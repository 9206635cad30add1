/**
 * Near-duplicate detection with MinHash over the words and word pairs of normalized text. Confirmed scams
 * catch re-posts at once (in any channel or community); confirmed false positives stop the same benign
 * text being flagged again. MinHash rather than SimHash: chat messages are short, and one edited word
 * flips a third of a 64-bit SimHash, while it barely moves a Jaccard estimate.
 */
import type { Fingerprint, ReviewStore } from '../review/store.js';

/** Texts this short give unstable fingerprints ("gm", "thanks"): never fingerprinted. */
const MIN_WORDS = 6;
/** Hash functions in a signature: the Jaccard estimate's resolution is 1/HASHES. */
const HASHES = 32;
/** Estimated Jaccard similarity of word sets at or above which two texts count as the same message. */
export const NEAR_DUPLICATE_SIMILARITY = 0.7;

/** Deterministic per-hash constants (a fixed linear congruential sequence), so signatures are stable across runs. */
const multipliers = new Uint32Array(HASHES);
const offsets = new Uint32Array(HASHES);
for (let i = 0, x = 0x9e3779b9; i < HASHES; i++) {
  x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
  multipliers[i] = x | 1;
  x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
  offsets[i] = x;
}

function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The MinHash signature of already-normalized text, as hex; undefined for texts too short to fingerprint. */
export function minhash(normalizedText: string): string | undefined {
  const words = normalizedText.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length < MIN_WORDS) return undefined;
  const features = new Set([...words, ...words.slice(1).map((word, i) => `${words[i]} ${word}`)]);
  const minima = new Uint32Array(HASHES).fill(0xffffffff);
  for (const feature of features) {
    const h = fnv1a32(feature);
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h ^ offsets[k]!, multipliers[k]!) ^ (h >>> 15)) >>> 0;
      if (v < minima[k]!) minima[k] = v;
    }
  }
  return Array.from(minima, (v) => v.toString(16).padStart(8, '0')).join('');
}

/** Estimated Jaccard similarity of the texts behind two signatures (0..1). */
export function similarity(a: string, b: string): number {
  if (a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) same++;
  return same / (a.length / 8);
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

  /** The most similar stored fingerprint at or above NEAR_DUPLICATE_SIMILARITY; a benign match wins a tie (precision first). */
  match(signature: string): Fingerprint | undefined {
    let best: Fingerprint | undefined;
    let bestSimilarity = NEAR_DUPLICATE_SIMILARITY;
    for (const fp of this.entries) {
      const s = similarity(signature, fp.hash);
      if (s > bestSimilarity || (s === bestSimilarity && (!best || fp.kind === 'benign'))) {
        best = fp;
        bestSimilarity = s;
      }
    }
    return best;
  }
}
