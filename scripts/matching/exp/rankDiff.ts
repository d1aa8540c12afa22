/**
 * Per-query diff of two MATCHING_DUMP files of harness.ts (issue 18): the queries whose first
 * right rank changed, dev and 5-fold, with the tweet as matched.
 *   npx esbuild scripts/matching/exp/rankDiff.ts --bundle --platform=node --outfile=out/scripts/rankDiff.js \
 *     && node out/scripts/rankDiff.js before.json after.json
 */
import { readFileSync } from 'node:fs';
import { cleanClaimText } from '../../../src/core/matching/normalize';
import { loadMatchingData } from '../data';

interface Row { id: string; split?: string; cv: number; dev: number }
const read = (f: string): Map<string, Row> => new Map((JSON.parse(readFileSync(f, 'utf8')) as Row[]).map((r) => [r.id, r]));
const [a, b] = [read(process.argv[2]), read(process.argv[3])];
const text = new Map(loadMatchingData().queries.map((q) => [q.id, cleanClaimText(q.text)]));
const show = (r: number): string => (r === 0 ? '-' : String(r));
for (const [id, x] of a) {
  const y = b.get(id)!;
  if (x.cv === y.cv && x.dev === y.dev) continue;
  const better = (r0: number, r1: number): boolean => r1 !== 0 && (r0 === 0 || r1 < r0);
  const mark = better(x.cv, y.cv) ? '+' : better(y.cv, x.cv) ? '-' : ' ';
  console.log(`${mark} ${id.padEnd(10)} ${(x.split ?? '').padEnd(5)} cv ${show(x.cv)}→${show(y.cv)} dev ${show(x.dev)}→${show(y.dev)}  ${text.get(id)!.slice(0, 110)}`);
}
