/**
 * Prints the dev queries the shipped matcher does not rank right first (issue 18): the tweet
 * as matched, its relevant fact-check(s) with their BM25 rank, and what came first. For reading,
 * not for a figure:
 *   npx esbuild scripts/matching/exp/failures.ts --bundle --platform=node --outfile=out/scripts/failures.js && node out/scripts/failures.js
 */
import { MatchIndex } from '../../../src/core/matching/matchIndex';
import { cleanClaimText } from '../../../src/core/matching/normalize';
import { loadMatchingData } from '../data';

const data = loadMatchingData();
const byId = new Map(data.archive.map((f) => [f.id, f]));
const index = new MatchIndex();
index.setSource(data.archiveFile, data.archive);
const split = process.argv[2] ?? 'dev';
let n = 0;
for (const q of data.queries.filter((x) => (x.split ?? 'dev') === split)) {
  const ranked = index.match(q.text, { top: 12 }).map((m) => m.fact.id);
  const first = ranked.findIndex((id) => q.relevant.includes(id));
  if (first === 0) continue;
  const deep = index.candidates(q.text, undefined, 1000).map((c) => c.fact.id);
  n++;
  console.log(`\n### ${q.id} rank ${first < 0 ? 'none' : first + 1}  bm25 ${q.relevant.map((r) => deep.indexOf(r) + 1).join(',')}`);
  console.log(`  Q: ${cleanClaimText(q.text)}`);
  for (const r of q.relevant) console.log(`  R: ${byId.get(r)!.claim}  || ${byId.get(r)!.title}`);
  const top = byId.get(ranked[0]);
  if (top) console.log(`  1: ${top.claim}  || ${top.title}`);
}
console.log(`\n${n} not first`);
