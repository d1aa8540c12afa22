/**
 * Re-runs the term-association and list-feature experiments of README "Accuracy" (claim matching):
 *   npx esbuild scripts/matching/exp/run.ts --bundle --platform=node --outfile=out/scripts/matchingExp.js \
 *     && node out/scripts/matchingExp.js
 * About 10 minutes on an idle 2-core machine (the Model 1 rows fit 36 models each); `--slow` adds
 * Model 1 fed the archive's 10,389 title → claim pairs besides (about 25 minutes more).
 */
import { cooc } from './cooc';
import { evaluate, fTerms, qTerms, type ListFeatures } from './harness';
import { archiveOnly, idf, setPrune, supervised } from './model1';

/** Per candidate: idf share of the claim's matched stems no other candidate has ('u'), or each divided by how many have it ('w'). */
const unique =
  (mode: string): ListFeatures =>
  (g) => {
    const q = new Set(qTerms.get(g.query.id)!);
    const sets = g.ids.map((id) => new Set([...fTerms(id)[0], ...fTerms(id)[1]]));
    const count = new Map<string, number>();
    for (const s of sets) for (const t of s) if (q.has(t)) count.set(t, (count.get(t) ?? 0) + 1);
    let total = 0;
    for (const t of q) total += idf(t);
    return sets.map((s) => {
      let u = 0;
      let w = 0;
      for (const t of s) {
        if (!q.has(t)) continue;
        if (count.get(t) === 1) u += idf(t);
        w += idf(t) / count.get(t)!;
      }
      return [...(mode.includes('u') ? [total ? u / total : 0] : []), ...(mode.includes('w') ? [total ? w / total : 0] : [])];
    });
  };

evaluate('shipped features');
evaluate('Model 1 (train pairs): bridge', supervised('b'));
evaluate('Model 1 (train pairs): log-likelihood', supervised('l'));
evaluate('Model 1 (train pairs): bridge, largest', supervised('bm'));
setPrune(0.05);
evaluate('Model 1 (train pairs): bridge, t >= 0.05', supervised('b'));
setPrune(0);
if (process.argv.includes('--slow')) evaluate('Model 1 (train + archive pairs): both', supervised('bl', true, 5));
evaluate('Model 1 (archive title -> claim): both', archiveOnly('bl'));
evaluate('archive co-occurrence PPMI: largest', cooc('max'));
evaluate('archive co-occurrence PPMI: mean', cooc('mean'));
evaluate('matched stems unique in the list', undefined, [], unique('u'));
evaluate('matched stems unique + list-weighted', undefined, [], unique('uw'));
setPrune(0.05);
evaluate('Model 1 bridge (t >= 0.05) + both list features', supervised('b'), [], unique('uw'));
