/**
 * Feature hashing for the learned claim scorer: a word, phrase or character n-gram is never stored,
 * only the bucket its FNV-1a hash falls in, so the model file carries no vocabulary and no sentence.
 */

/** FNV-1a (32-bit) over UTF-16 code units, as an unsigned integer. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The bucket of a feature key in a table of 2^bits buckets (bits ≥ 32: the whole hash, for training caches). */
export function bucketOf(key: string, bits: number): number {
  const h = fnv1a32(key);
  return bits >= 32 ? h : h & ((1 << bits) - 1);
}
