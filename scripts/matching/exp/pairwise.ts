/**
 * The re-ranker's weights fitted with a pairwise loss (rankFits.ts: RankNet, LambdaRank) instead
 * of the shipped conditional logit (softmax per query, already listwise), issue 18; calibration
 * and threshold as shipped. Dev MAP@5 (trained on "train") beside 5-fold MAP@5 (harness.ts):
 *   npx esbuild scripts/matching/exp/pairwise.ts --bundle --platform=node --outfile=out/scripts/pairwise.js && node out/scripts/pairwise.js [name part]
 * Measured 2026-12-08 against the conditional logit's 0.858 / 0.874 (dev MAP@5 / 5-fold): RankNet
 * uniform 0.864 / 0.871, per query 0.857 / 0.872 (L2 0.1-10: 0.857-0.864 / 0.871-0.872); LambdaRank
 * for MRR from the logit's weights 0.860 / 0.877 (shipped; on three other fold splits,
 * MATCHING_FOLD_SEED 1-3, +0.0013 / +0.0008 / +0.0007), L2 0.3 0.866 / 0.875, L2 3 0.856 / 0.875, for
 * MAP@5 (gain 0 beyond the fifth) 0.861 / 0.875; half logit, half RankNet 0.860 / 0.874.
 */
import { fitConditionalLogit, fitLambdaRank } from '../logistic';
import { trainReranker, type RankFit } from '../training';
import { evaluate, setTrainer } from './harness';
import { blend, fitPairwise } from './rankFits';

const only = process.argv[2];
const rows: [string, RankFit][] = [
  ['conditional logit (shipped before LambdaRank)', fitConditionalLogit],
  ['LambdaRank (shipped: logistic.ts)', fitLambdaRank],
  ['pairwise, uniform', fitPairwise('uniform')],
  ['pairwise, per query', fitPairwise('query')],
  ['pairwise, lambda (MRR)', fitPairwise('lambda')],
  ['pairwise, lambda (MRR), 3 steps', fitPairwise('lambda', 3)],
  ['pairwise, lambda (MRR), l2 0.3', (g) => fitPairwise('lambda')(g, 0.3)],
  ['pairwise, lambda (MRR), l2 3', (g) => fitPairwise('lambda')(g, 3)],
  ['pairwise, lambda (MRR), 10 steps', fitPairwise('lambda', 10)],
  ['pairwise, lambda5 (MAP@5)', fitPairwise('lambda5')],
  ['pairwise, uniform, l2 3', (g) => fitPairwise('uniform')(g, 3)],
  ['pairwise, uniform, l2 10', (g) => fitPairwise('uniform')(g, 10)],
  ['pairwise, per query, l2 0.3', (g) => fitPairwise('query')(g, 0.3)],
  ['pairwise, per query, l2 0.1', (g) => fitPairwise('query')(g, 0.1)],
  ['blend 0.5 logit + pairwise per query', blend(fitPairwise('query'), 0.5)],
];
for (const [name, fit] of rows) {
  if (only && !name.includes(only)) continue;
  setTrainer((p, a, bm25) => trainReranker(p, a, bm25, 1, fit));
  evaluate(name);
}
