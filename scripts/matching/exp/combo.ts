/**
 * LambdaRank (rankFits.ts) beside extra candidate columns that each came within noise of a gain
 * alone (issue 18): the share of the tweet's names and numbers the candidate holds, word pairs
 * per field (featNew.ts). Dev MAP@5 (trained on "train") beside 5-fold MAP@5 (harness.ts);
 * MATCHING_FOLD_SEED=n for another 5-fold split:
 *   npx esbuild scripts/matching/exp/combo.ts --bundle --platform=node --outfile=out/scripts/combo.js && node out/scripts/combo.js [name part]
 * Measured 2026-12-08 (dev / 5-fold on fold splits 0, 1, 2): logit 0.858 / 0.874, 0.875, 0.874;
 * + key share 0.862 / 0.874, 0.875, 0.874; + pairs per field 0.860 / 0.877, 0.877, 0.878; + both
 * 0.863 / 0.877, 0.876, 0.878; LambdaRank 0.860 / 0.877, 0.876, 0.875, and with the columns
 * 0.863-0.864 / 0.876-0.878: they do not add up. In the shipped code (features.ts, prepared.ts)
 * with LambdaRank: pairs per field + key share 0.857 / 0.876 (split 1: 0.876 vs 0.876). Not shipped.
 */
import { cleanClaimText } from '../../../src/core/matching/normalize';
import { claimSignals } from '../../../src/core/matching/signals';
import { terms } from '../../../src/core/matching/tokens';
import { fitConditionalLogit } from '../logistic';
import { trainReranker, type RankFit } from '../training';
import { bothFeatures, byId, evaluate, fTerms, qTerms, setTrainer, wordPairs, type ListFeatures } from './harness';
import { fitPairwise } from './rankFits';

/** Share of the tweet's name stems, numbers and years found in the candidate's claim and title. */
const keyShare: ListFeatures = (g) => {
  const s = claimSignals(cleanClaimText(g.query.text));
  const keys = [...s.entities, ...s.numbers, ...s.years];
  return g.ids.map((id) => {
    if (keys.length === 0) return [0];
    const f = byId.get(id)!;
    const text = `${f.claim} ${f.title ?? ''}`;
    const c = claimSignals(text);
    const have = new Set([...terms(text), ...c.numbers, ...c.years]);
    return [keys.filter((k) => have.has(k)).length / keys.length];
  });
};
/** Consecutive word pairs the tweet shares with the candidate's claim and title apart (log). */
const pairsPerField: ListFeatures = (g) => {
  const q = wordPairs(qTerms.get(g.query.id)!);
  return g.ids.map((id) => fTerms(id).map((f) => Math.log1p([...wordPairs(f)].filter((p) => q.has(p)).length)));
};

const only = process.argv[2];
const fits: [string, RankFit][] = [
  ['logit', fitConditionalLogit],
  ['lambda', fitPairwise('lambda')],
];
const lists: [string, ListFeatures | undefined][] = [
  ['shipped', undefined],
  ['+ key share', keyShare],
  ['+ pairs per field', pairsPerField],
  ['+ key share + pairs per field', bothFeatures(keyShare, pairsPerField)],
];
for (const [fn, fit] of fits)
  for (const [ln, list] of lists) {
    const name = `${fn} ${ln}`;
    if (only && !name.includes(only)) continue;
    setTrainer((p, a, bm25) => trainReranker(p, a, bm25, 1, fit));
    evaluate(name, undefined, [], list);
  }
