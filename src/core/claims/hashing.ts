/**
 * Feature hashing for the learned claim scorer: a word, phrase or character n-gram is never stored,
 * only the bucket its FNV-1a hash falls in, so the model file carries no vocabulary and no sentence.
 */

export const FNV_OFFSET = 0x811c9dc5;

/**
 * FNV-1a continued over `text[from, to)` from the state `h` (FNV_OFFSET to start): a key made of
 * pieces hashes as the pieces in turn, with no string built. Signed; `>>> 0` gives fnv1a32's value.
 */
export function fnv1aOver(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** FNV-1a (32-bit) over UTF-16 code units, as an unsigned integer. */
export function fnv1a32(text: string): number {
  return fnv1aOver(FNV_OFFSET, text, 0, text.length) >>> 0;
}

/** The bucket of a 32-bit hash in a table of 2^bits buckets (bits ≥ 32: the whole hash, for training caches). */
export function bucketOfHash(h: number, bits: number): number {
  return bits >= 32 ? h : h & ((1 << bits) - 1);
}

/** The bucket of a feature key in a table of 2^bits buckets (bits ≥ 32: the whole hash, for training caches). */
export function bucketOf(key: string, bits: number): number {
  return bucketOfHash(fnv1a32(key), bits);
}
