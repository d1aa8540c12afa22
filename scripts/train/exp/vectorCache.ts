/**
 * Row vectors of the dev file for a training configuration's hashing, cached on disk across runs
 * (vectorizing is a minute of the machine's time). Whole 32-bit hashes, so any table size can use them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { vectorizeRows, type LabelledRow, type RowVectors } from '../dataset';
import type { HashingConfig } from '../../../src/core/claims/sentenceVector';

export function cachedVectors(rows: LabelledRow[], hashingOfModel: HashingConfig, sha: string): RowVectors[] {
  const hashing = { ...hashingOfModel, bits: 32 };
  const key = createHash('sha256').update(sha + JSON.stringify(hashing)).digest('hex').slice(0, 16);
  const file = resolve(process.env.CV_CACHE_DIR ?? '/tmp/claim-cv-cache', `${key}.bin`);
  if (existsSync(file)) return deserialize(readFileSync(file)) as RowVectors[];
  const t0 = Date.now();
  const vectors = vectorizeRows(rows, hashing);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, serialize(vectors));
  console.error(`vectorized in ${((Date.now() - t0) / 1000).toFixed(0)} s → ${file}`);
  return vectors;
}
