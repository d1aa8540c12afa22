/**
 * Dev rows whose score crosses the threshold between two model files (in-sample: both trained on the
 * whole dev file), with a fixed-seed sample to read: what a training change moves, sentence by sentence.
 *
 *   esbuild scripts/train/exp/changedSides.ts --bundle --platform=node --outfile=out/scripts/changedSides.js
 *   node out/scripts/changedSides.js old.json new.json [sample size]
 */
import { readFileSync } from 'node:fs';
import { loadModel, type ClaimModelFile } from '../../../src/core/claims/claimModel';
import { readClaimRows } from '../dataset';
import { rowScore } from '../rowScores';
import { defaultClaimsFile } from '../../evalPaths';
import { fnv1a32 } from '../../../src/core/claims/hashing';
import { cachedVectors } from './vectorCache';

function main(): void {
  const [fileA, fileB, size] = process.argv.slice(2);
  const data = readClaimRows(defaultClaimsFile());
  const [a, b] = [fileA, fileB].map((f) => loadModel(JSON.parse(readFileSync(f, 'utf8')) as ClaimModelFile));
  const [va, vb] = [a, b].map((m) => cachedVectors(data.rows, m.hashing, data.sha256));
  const changed = data.rows
    .map((r, i) => ({ r, before: rowScore(a, va[i]), after: rowScore(b, vb[i]) }))
    .filter((x) => x.before >= a.threshold !== x.after >= b.threshold);
  const count = (up: boolean, label: boolean) => changed.filter((x) => x.after >= b.threshold === up && x.r.label === label).length;
  console.log(`${changed.length} rows change sides: up ${count(true, true)} gold-yes / ${count(true, false)} gold-no, down ${count(false, true)} gold-yes / ${count(false, false)} gold-no`);
  const sample = changed.sort((x, y) => fnv1a32(x.r.id) - fnv1a32(y.r.id)).slice(0, Number(size ?? 40));
  for (const x of sample) console.log(`${x.before.toFixed(2)}→${x.after.toFixed(2)}\t${x.r.label ? 'gold-yes' : 'gold-no'}\t${x.r.dataset.slice(0, 4)}\t${x.r.text.slice(0, 160)}`);
}

main();
