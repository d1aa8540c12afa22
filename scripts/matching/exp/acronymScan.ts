/**
 * How often a tweet's acronym (an all-caps word of 2–5 letters, in a tweet not written in
 * capitals) is spelled out by its relevant fact-check, or the reverse (issue 18). For reading:
 *   npx esbuild scripts/matching/exp/acronymScan.ts --bundle --platform=node --outfile=out/scripts/acronymScan.js && node out/scripts/acronymScan.js
 */
import { acronymsOf, spelledOut } from '../../../src/core/matching/acronyms';
import { cleanClaimText } from '../../../src/core/matching/normalize';
import { headingsOf } from '../../../src/core/matching/matchIndex';
import { loadMatchingData } from '../data';

const data = loadMatchingData();
const byId = new Map(data.archive.map((f) => [f.id, f]));
let withAcr = 0;
let spelled = 0;
let reverse = 0;
for (const q of data.queries) {
  const text = cleanClaimText(q.text);
  const acr = acronymsOf(text);
  const facts = q.relevant.map((id) => byId.get(id)!).map((f) => `${f.claim} ${headingsOf(f)}`);
  if (acr.length > 0) withAcr++;
  const hits = facts.flatMap((f) => spelledOut(acr, f));
  if (hits.length > 0) {
    spelled++;
    console.log(`${q.id} ${q.split} ${acr.join(',')} → ${hits.join(' | ')}`);
  }
  const back = facts.flatMap((f) => spelledOut(acronymsOf(f), text));
  if (back.length > 0) {
    reverse++;
    console.log(`${q.id} ${q.split} reverse → ${back.join(' | ')}`);
  }
}
console.log(`${withAcr} tweets with an acronym; ${spelled} spelled out by their fact-check; ${reverse} the reverse`);
