/**
 * The agreement penalties as ranking factors (issue 18): the re-ranker trained as trainReranker
 * trains it (dev: on "train"; 5-fold over all 997), then its lists ranked by the calibrated
 * similarity times each grid point's factors for numbers, names and negation.
 *   npx esbuild scripts/matching/exp/penalties.ts --bundle --platform=node --outfile=out/scripts/penalties.js && node out/scripts/penalties.js
 */
import { DEFAULT_BM25 } from '../../../src/core/matching/bm25Index';
import { rerankScore, similarities, type RerankerModel } from '../../../src/core/matching/reranker';
import { rankingFigures } from '../../eval/rankingMetrics';
import { trainReranker, type CandidateGroup } from '../training';
import { absent, data, present } from './harness';

type Factors = [number, number, number];
const all = data.queries.map((_, i) => i);
const folds: { model: RerankerModel; test: number[] }[] = [];
const fit = (train: number[]): RerankerModel => trainReranker(train.map((i) => present[i]), train.map((i) => absent[i]), DEFAULT_BM25);
const devTest = all.filter((i) => data.queries[i].split !== 'train');
const devModel = fit(all.filter((i) => data.queries[i].split === 'train'));
for (let k = 0; k < 5; k++) folds.push({ model: fit(all.filter((i) => i % 5 !== k)), test: all.filter((i) => i % 5 === k) });

function ranked(model: RerankerModel, g: CandidateGroup, f: Factors): string[] {
  const scores = g.rows.map((x) => rerankScore(model, x));
  const sims = similarities(model, scores);
  const final = sims.map((s, i) => {
    const a = g.agreements[i];
    return s * (a.numbersConflict ? f[0] : 1) * (a.namesConflict ? f[1] : 1) * (a.negationDiffers ? f[2] : 1);
  });
  return scores.map((_, i) => i).sort((a, b) => final[b] - final[a] || scores[b] - scores[a] || a - b).map((i) => g.ids[i]);
}
const map5 = (model: (i: number) => RerankerModel, idx: number[], f: Factors): number =>
  rankingFigures(idx.map((i) => ({ ranked: ranked(model(i), present[i], f), relevant: present[i].query.relevant })))['map@5'];
const foldOf = (i: number): RerankerModel => folds[i % 5].model;
const grid: Factors[] = [];
for (const n of [0.3, 0.5, 0.7, 1]) for (const m of [0.5, 0.7, 0.85, 1]) for (const g of [0.7, 0.85, 1]) grid.push([n, m, g]);
for (const f of grid) console.log(`numbers ${f[0]} names ${f[1]} negation ${f[2]}: dev ${map5(() => devModel, devTest, f).toFixed(4)} 5-fold ${map5(foldOf, all, f).toFixed(4)}`);
