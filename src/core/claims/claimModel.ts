/**
 * The learned claim model as stored (claimModel.generated.json, written by `npm run train`) and
 * as loaded for scoring. Hashed weights are stored sparse and quantised (signed bytes times one
 * scale): bucket distances and weight sizes Golomb–Rice coded in one stream of bits, written 13 bits to
 * two printable characters — about 1.6 characters a weight (base64 of bytes took 2.7).
 */
import type { HashingConfig } from './sentenceVector';

export interface ModelProvenance {
  trainedBy: string;
  data: { file: string; sha256: string; rows: Record<string, { rows: number; positive: number }> };
  sources: { dataset: string; source: string; licence: string }[];
  note: string;
}

export interface ClaimModelFile {
  format: 'claimlens-claim-model';
  version: 2;
  provenance: ModelProvenance;
  /** Training settings, so `npm run train` can be read back from the file alone. */
  training: Record<string, number | string | boolean>;
  hashing: HashingConfig;
  /** Score at or above which a sentence is check-worthy: the editor's default, the CLI's and the eval's. */
  threshold: number;
  bias: number;
  /** Weights of the interpretable features by name. */
  named: Record<string, number>;
  hashed: { count: number; scale: number; gapK: number; weightK: number; data: string };
}

export interface ClaimModel {
  readonly hashing: HashingConfig;
  readonly threshold: number;
  readonly bias: number;
  readonly named: ReadonlyMap<string, number>;
  /** Quantised weight of every bucket (0 where the model has none); the weight is q × scale. */
  readonly table: Int8Array;
  readonly scale: number;
}

/**
 * Printable ASCII but the four quote and escape characters, so the stored string needs no escaping
 * in JSON or in the bundle's string literal: 91 symbols, 13 bits in every two (91² ≥ 2¹³).
 */
const ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter((c) => !`"'\\\``.includes(c)).join('');

/** Bits, least significant first, as text of ALPHABET. */
function toText(bits: number[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 13) {
    let v = 0;
    for (let j = 0; j < 13 && i + j < bits.length; j++) v |= bits[i + j] << j;
    out += ALPHABET[v % 91] + ALPHABET[Math.floor(v / 91)];
  }
  return out;
}

class BitReader {
  private readonly words: Uint16Array;
  private at = 0;
  constructor(text: string) {
    const index = new Int16Array(128).fill(-1);
    for (let i = 0; i < ALPHABET.length; i++) index[ALPHABET.charCodeAt(i)] = i;
    this.words = new Uint16Array(text.length >> 1);
    for (let i = 0; i < this.words.length; i++) {
      const lo = index[text.charCodeAt(2 * i) & 127];
      const hi = index[text.charCodeAt(2 * i + 1) & 127];
      if (lo < 0 || hi < 0) throw new Error('Claim model: a character outside its encoding');
      this.words[i] = lo + 91 * hi;
    }
  }
  bit(): number {
    const w = (this.at / 13) | 0;
    if (w >= this.words.length) throw new Error('Claim model: weights cut short');
    return (this.words[w] >> (this.at++ - 13 * w)) & 1;
  }
  /** Golomb–Rice code with parameter k: the quotient in unary, then k bits. */
  rice(k: number): number {
    let q = 0;
    while (this.bit()) q++;
    let r = 0;
    for (let j = 0; j < k; j++) r |= this.bit() << j;
    return (q << k) | r;
  }
}

function riceBits(x: number, k: number, out: number[]): void {
  for (let q = x >> k; q > 0; q--) out.push(1);
  out.push(0);
  for (let j = 0; j < k; j++) out.push((x >> j) & 1);
}

/** The parameter that codes these numbers shortest (the smaller on a tie). */
function bestK(xs: number[]): number {
  let best = 0;
  let bestLen = Infinity;
  for (let k = 0; k < 12; k++) {
    const len = xs.reduce((s, x) => s + (x >> k) + 1 + k, 0);
    if (len < bestLen) [best, bestLen] = [k, len];
  }
  return best;
}

/** A non-zero signed byte as a natural number: 1 → 0, −1 → 1, 2 → 2, −2 → 3… */
const zigzag = (q: number) => (q > 0 ? 2 * q - 2 : -2 * q - 1);
const unzigzag = (z: number) => (z & 1 ? -(z + 1) / 2 : z / 2 + 1);

/**
 * Sparse quantised weights → the stored string. `quantised[i]` (a non-zero signed byte) is the weight
 * of `buckets[i]` (ascending). Each bucket is stored as its distance from the previous one and each
 * weight by its size, both Golomb–Rice coded (small numbers in few bits), in one stream of bits.
 */
export function encodeHashed(buckets: number[], quantised: number[], scale: number): ClaimModelFile['hashed'] {
  const gaps: number[] = [];
  let prev = -1;
  for (const b of buckets) {
    if (b <= prev) throw new Error('encodeHashed: buckets must ascend');
    gaps.push(b - prev - 1);
    prev = b;
  }
  for (const q of quantised) if (q === 0 || q !== Math.trunc(q) || Math.abs(q) > 127) throw new Error('encodeHashed: weights are non-zero signed bytes');
  const sizes = quantised.map(zigzag);
  const gapK = bestK(gaps);
  const weightK = bestK(sizes);
  const bits: number[] = [];
  gaps.forEach((g, i) => {
    riceBits(g, gapK, bits);
    riceBits(sizes[i], weightK, bits);
  });
  return { count: buckets.length, scale, gapK, weightK, data: toText(bits) };
}

/** What scoring reads of a model file: all but its provenance and training settings. */
export type ScoredModelFile = Omit<ClaimModelFile, 'provenance' | 'training'>;

export function loadModel(file: ScoredModelFile): ClaimModel {
  if (file.format !== 'claimlens-claim-model' || file.version !== 2) throw new Error('Unknown claim model format');
  const size = 1 << file.hashing.bits;
  const table = new Int8Array(size);
  const bits = new BitReader(file.hashed.data);
  let at = -1;
  for (let k = 0; k < file.hashed.count; k++) {
    at += bits.rice(file.hashed.gapK) + 1;
    if (at >= size) throw new Error('Claim model bucket out of range');
    table[at] = unzigzag(bits.rice(file.hashed.weightK));
  }
  return { hashing: file.hashing, threshold: file.threshold, bias: file.bias, named: new Map(Object.entries(file.named)), table, scale: file.hashed.scale };
}
