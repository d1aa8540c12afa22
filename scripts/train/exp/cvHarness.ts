/**
 * Tuning harness for the claim model (issue 19; not shipped, never a headline): the same folds,
 * training and metrics as `npm run eval -- --cv`, with the row vectors cached on disk across runs
 * (vectorizing is a minute of the machine's time) and several training settings in one run.
 *
 *   esbuild scripts/train/exp/cvHarness.ts --bundle --platform=node --outfile=out/scripts/cvHarness.js
 *   node out/scripts/cvHarness.js [--debates N] '{"l2":3e-4}' '{…}'
 * --debates 0: leave one debate out; N > 0: N folds of debates; absent: ClaimBuster folds only.
 * CV_PART=k/n runs a share of the debates; CV_DUMP=FILE writes the ClaimBuster out-of-fold scores.
 */
import { writeFileSync } from 'node:fs';
import { loadModel } from '../../../src/core/claims/claimModel';
import { readClaimRows, type LabelledRow } from '../dataset';
import { cachedVectors } from './vectorCache';
import { CT_DATASET, DEFAULT_TRAIN_CONFIG, hashingOf, trainModel, type TrainConfig } from '../trainModel';
import { provenanceOf } from '../provenance';
import { rowScore } from '../rowScores';
import { cbFold, debateGroups, debatesOf, figuresOf } from '../../eval/crossValidation';
import { averagePrecision } from '../../eval/metrics';
import { defaultClaimsFile } from '../../evalPaths';

const CB = 'claimbuster-2.5xNCS';

const normalised = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function trainingRows(rows: LabelledRow[], own: number[], other: number[], heldOut: number[]): number[] {
  const held = new Set(heldOut.map((i) => normalised(rows[i].text)));
  return own.concat(other.filter((i) => !held.has(normalised(rows[i].text)))).sort((a, b) => a - b);
}

/** Best F1 over every threshold of the scores. */
function bestF1(items: { score: number; label: boolean }[]): { f1: number; at: number } {
  const sorted = [...items].sort((a, b) => b.score - a.score);
  const positives = items.filter((x) => x.label).length;
  let tp = 0;
  let best = { f1: 0, at: 1 };
  sorted.forEach((x, k) => {
    if (x.label) tp++;
    if (k + 1 < sorted.length && sorted[k + 1].score === x.score) return;
    const f1 = (2 * tp) / (k + 1 + positives);
    if (f1 > best.f1) best = { f1, at: x.score };
  });
  return best;
}

/**
 * F1 when each ClaimBuster fold's cut is the best-F1 cut of the other folds' out-of-fold scores: what a
 * threshold chosen by cross-validation is worth on sentences it was not chosen on (the nested estimate).
 */
function nestedF1(items: { score: number; label: boolean; fold: number }[], folds: number): number {
  let tp = 0;
  let predicted = 0;
  for (let f = 0; f < folds; f++) {
    const cut = bestF1(items.filter((x) => x.fold !== f)).at;
    for (const x of items) {
      if (x.fold !== f || x.score < cut) continue;
      predicted++;
      if (x.label) tp++;
    }
  }
  return (2 * tp) / (predicted + items.filter((x) => x.label).length);
}

function main(): void {
  const args = process.argv.slice(2);
  const dIdx = args.indexOf('--debates');
  const debateFolds = dIdx >= 0 ? Number(args[dIdx + 1]) : -1;
  const configs = dIdx < 0 ? args : args.filter((_, i) => i !== dIdx && i !== dIdx + 1);
  const data = readClaimRows(defaultClaimsFile());
  const rows = data.rows;
  const provenance = provenanceOf(data);
  const ct = rows.map((_, i) => i).filter((i) => rows[i].dataset === CT_DATASET);
  const cb = rows.map((_, i) => i).filter((i) => rows[i].dataset === CB);
  for (const text of configs.length ? configs : ['{}']) {
    const cfg: TrainConfig = { ...DEFAULT_TRAIN_CONFIG, ...(JSON.parse(text) as Partial<TrainConfig>) };
    const vectors = cachedVectors(rows, hashingOf(cfg), data.sha256);
    const t0 = Date.now();
    // CV_FULL_MODEL=FILE: also the model of these settings trained on every row, as `npm run train` would write it.
    if (process.env.CV_FULL_MODEL) {
      const all = rows.map((r, i) => ({ vector: vectors[i].unit, label: r.label, dataset: r.dataset }));
      writeFileSync(process.env.CV_FULL_MODEL, JSON.stringify(trainModel(all, cfg, provenance), null, 1) + '\n');
    }
    const scores = new Map<number, number>();
    const fit = (train: number[], test: number[]) => {
      const model = loadModel(trainModel(train.map((i) => ({ vector: vectors[i].unit, label: rows[i].label, dataset: rows[i].dataset })), cfg, provenance));
      for (const i of test) scores.set(i, rowScore(model, vectors[i]));
    };
    // CV_PART=k/n: this process takes the k-th of n shares of the debate groups (ClaimBuster folds in share 0 only).
    const [part, parts] = (process.env.CV_PART ?? '0/1').split('/').map(Number);
    for (let f = 0; f < (part === 0 ? 5 : 0); f++) {
      const heldOut = cb.filter((i) => cbFold(rows[i], 5) === f);
      fit(trainingRows(rows, cb.filter((i) => cbFold(rows[i], 5) !== f), ct, heldOut), heldOut);
    }
    // A share without the ClaimBuster folds scores ClaimBuster rows 0 (its line's ClaimBuster figures mean nothing).
    const items = cb.map((i) => ({ score: scores.get(i) ?? 0, label: rows[i].label }));
    const best = bestF1(items);
    const nested = nestedF1(items.map((x, k) => ({ ...x, fold: cbFold(rows[cb[k]], 5) })), 5);
    let map = NaN;
    if (debateFolds >= 0) {
      const aps: number[] = [];
      debateGroups(debatesOf(rows, CT_DATASET), debateFolds).forEach((group, g) => {
        if (g % parts !== part) return;
        const held = new Set(group);
        const heldOut = ct.filter((i) => held.has(rows[i].doc ?? ''));
        fit(trainingRows(rows, ct.filter((i) => !held.has(rows[i].doc ?? '')), cb, heldOut), heldOut);
        if (heldOut.some((i) => rows[i].label)) aps.push(averagePrecision(heldOut.map((i) => ({ score: scores.get(i)!, label: rows[i].label }))));
      });
      console.log(`debate APs (share ${part}/${parts}): ${JSON.stringify(aps)}`);
      map = figuresOf(rows, scores, { threshold: cfg.threshold, pool: true, ctDataset: CT_DATASET, cbDataset: CB, folds: 5 }).ct19_lodo_map;
    }
    const fig = figuresOf(rows, new Map(items.map((x, k): [number, number] => [cb[k], x.score]).concat(ct.map((i): [number, number] => [i, 0]))), { threshold: cfg.threshold, pool: true, ctDataset: CT_DATASET, cbDataset: CB, folds: 5 });
    if (process.env.CV_DUMP) writeFileSync(process.env.CV_DUMP, cb.map((i) => JSON.stringify({ score: scores.get(i), label: rows[i].label, text: rows[i].text })).join('\n'));
    const r4 = (x: number) => x.toFixed(4);
    console.log(`${text}\tCB F1 ${r4(fig.cb_f1)} AP ${r4(averagePrecision(items))} best F1 ${r4(best.f1)}@${best.at.toFixed(3)} nested ${r4(nested)}\tCT MAP(${debateFolds}) ${r4(map)}\t${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
}

main();
