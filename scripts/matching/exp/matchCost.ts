/**
 * CPU time of matching the bench article's claims (issue 18): 30 rounds after a warm-up, the
 * median and fastest round, and how many claims name an acronym. For A/B of a first-stage change
 * (run old and new alternately; the bench's wall-clock figure moves 2–5× with the machine's load):
 *   npx esbuild scripts/matching/exp/matchCost.ts --bundle --platform=node --outfile=out/scripts/matchCost.js && node out/scripts/matchCost.js
 */
import { resolve } from 'node:path';
import { analyze } from '../../../src/core/analysis';
import { acronymsOf } from '../../../src/core/matching/acronyms';
import { MatchIndex } from '../../../src/core/matching/matchIndex';
import { cleanClaimText } from '../../../src/core/matching/normalize';
import { loadCorpus } from '../../bench/corpus';
import { loadMatchingData } from '../data';

const data = loadMatchingData();
const index = new MatchIndex();
index.setSource(data.archiveFile, data.archive);
const claims = analyze(loadCorpus(resolve(__dirname, '../..')).take(30_000)).claims.map((c) => c.text);
const rounds: number[] = [];
for (let r = 0; r < 31; r++) {
  const c0 = process.cpuUsage();
  for (const c of claims) index.match(c, { top: 5 });
  const c1 = process.cpuUsage(c0);
  if (r > 0) rounds.push((c1.user + c1.system) / 1000);
}
rounds.sort((a, b) => a - b);
const withAcronym = claims.filter((c) => acronymsOf(cleanClaimText(c)).length > 0).length;
console.log(`${claims.length} claims (${withAcronym} with an acronym): CPU ms per article median ${rounds[15].toFixed(1)}, fastest ${rounds[0].toFixed(1)}, p95 ${rounds[28].toFixed(1)}`);
