/**
 * The shipped matcher's dev MAP@5 (re-ranker trained on "train") and 5-fold MAP@5, for A/B of a
 * code change (issue 18); MATCHING_DUMP=file also writes per-query ranks for rankDiff.ts:
 *   npx esbuild scripts/matching/exp/base.ts --bundle --platform=node --outfile=out/scripts/base.js \
 *     && MATCHING_DUMP=/tmp/after.json node out/scripts/base.js "label"
 */
import { evaluate } from './harness';

evaluate(process.argv[2] ?? 'current code');
