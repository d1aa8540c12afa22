/**
 * 5-fold MAP@5 of the shipped re-ranker with folds by query position (as the eval) and with
 * folds that keep tweets sharing a relevant fact-check together (grouped), to see whether the
 * eval's 5-fold figure gains from the same fact-check on both sides, and 2-10 folds as a
 * learning curve (issue 18):
 *   npx esbuild scripts/matching/exp/groupedCv.ts --bundle --platform=node --outfile=out/scripts/groupedCv.js && node out/scripts/groupedCv.js
 * Measured 2026-12-07: by position 0.874, grouped 0.875 (785 groups) — no leak; 2 / 3 / 10 folds
 * 0.877 / 0.872 / 0.875 — flat, so training the shipped re-ranker on all 997 would not help.
 */
import { DEFAULT_BM25 } from '../../../src/core/matching/bm25Index';
import { rankingFigures, type RankingFigures } from '../../eval/rankingMetrics';
import { rankGroup, trainReranker } from '../training';
import { absent, data, present } from './harness';

/** Each query's group: queries linked through a shared relevant fact-check (union-find). */
function groups(): number[] {
  const parent = data.queries.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstWith = new Map<string, number>();
  data.queries.forEach((q, i) => {
    for (const r of q.relevant) {
      const j = firstWith.get(r);
      if (j === undefined) firstWith.set(r, i);
      else parent[find(i)] = find(j);
    }
  });
  return data.queries.map((_, i) => find(i));
}

function cv(foldOf: (i: number) => number, folds = 5): RankingFigures {
  const ranked: string[][] = [];
  for (let k = 0; k < folds; k++) {
    const train = (_: unknown, i: number): boolean => foldOf(i) !== k;
    const model = trainReranker(present.filter(train), absent.filter(train), DEFAULT_BM25);
    present.forEach((g, i) => {
      if (foldOf(i) === k) ranked[i] = rankGroup(model, g);
    });
  }
  return rankingFigures(present.map((g, i) => ({ ranked: ranked[i], relevant: g.query.relevant })));
}

const group = groups();
const roots = [...new Set(group)];
const foldOfRoot = new Map(roots.map((r, n) => [r, n % 5]));
console.log(`${roots.length} groups for ${data.queries.length} queries; largest ${Math.max(...roots.map((r) => group.filter((g) => g === r).length))}`);
const show = (name: string, f: RankingFigures): void => console.log(`${name.padEnd(26)} MAP@5 ${f['map@5'].toFixed(4)} MAP@1 ${f['map@1'].toFixed(4)} MRR@10 ${f['mrr@10'].toFixed(4)}`);
show('by position (i % 5)', cv((i) => i % 5));
show('grouped by fact-check', cv((i) => foldOfRoot.get(group[i])!));
// A learning curve: does a re-ranker trained on more queries rank better (train on all 997 to ship)?
for (const folds of [2, 3, 10]) show(`by position, ${folds} folds`, cv((i) => i % folds, folds));
