/**
 * The learned claim model as stored (claimModel.generated.json, written by `npm run train`) and
 * as loaded for scoring. Hashed weights are stored sparse and quantised: bucket numbers as
 * LEB128 deltas and weights as signed bytes times one scale, both base64 — about 3 bytes a weight.
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
  version: 1;
  provenance: ModelProvenance;
  /** Training settings, so `npm run train` can be read back from the file alone. */
  training: Record<string, number | string | boolean>;
  hashing: HashingConfig;
  /** Score at or above which a sentence is check-worthy: the editor's default, the CLI's and the eval's. */
  threshold: number;
  bias: number;
  /** Weights of the interpretable features by name. */
  named: Record<string, number>;
  hashed: { count: number; scale: number; buckets: string; weights: string };
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

function toBase64(bytes: ArrayBufferView): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function fromBase64(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'base64'));
}

/** Sparse quantised weights → the stored strings. `quantised[i]` is the signed byte of `buckets[i]` (ascending). */
export function encodeHashed(buckets: number[], quantised: number[], scale: number): ClaimModelFile['hashed'] {
  const deltas: number[] = [];
  let prev = -1;
  for (const b of buckets) {
    if (b <= prev) throw new Error('encodeHashed: buckets must ascend');
    let d = b - prev;
    prev = b;
    while (d >= 0x80) {
      deltas.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    deltas.push(d);
  }
  return { count: buckets.length, scale, buckets: toBase64(Uint8Array.from(deltas)), weights: toBase64(Int8Array.from(quantised)) };
}

export function loadModel(file: ClaimModelFile): ClaimModel {
  if (file.format !== 'claimlens-claim-model' || file.version !== 1) throw new Error('Unknown claim model format');
  const size = 1 << file.hashing.bits;
  const table = new Int8Array(size);
  const deltas = fromBase64(file.hashed.buckets);
  const weights = new Int8Array(fromBase64(file.hashed.weights).buffer);
  let at = -1;
  let k = 0;
  for (let i = 0; i < deltas.length && k < weights.length; ) {
    let d = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = deltas[i++];
      d |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    at += d;
    if (at >= size) throw new Error('Claim model bucket out of range');
    table[at] = weights[k++];
  }
  if (k !== file.hashed.count) throw new Error('Claim model weights do not match their buckets');
  return { hashing: file.hashing, threshold: file.threshold, bias: file.bias, named: new Map(Object.entries(file.named)), table, scale: file.hashed.scale };
}
