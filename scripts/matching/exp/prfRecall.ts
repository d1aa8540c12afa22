/**
 * Pool recall of pseudo-relevance feedback (issue 18): the share of queries whose relevant
 * fact-check is among the first stage's 12, against pools that keep the first 12 − m and fill
 * the rest from a second search with the best terms (claim-field tf × idf) of the first
 * stage's best `fb` candidates added at weight `w`. For reading:
 *   npx esbuild scripts/matching/exp/prfRecall.ts --bundle --platform=node --outfile=out/scripts/prfRecall.js && node out/scripts/prfRecall.js
 */
import { Bm25Index } from '../../../src/core/matching/bm25Index';
import { MatchIndex, headingsOf } from '../../../src/core/matching/matchIndex';
import { cleanClaimText } from '../../../src/core/matching/normalize';
import { gluedWords } from '../../../src/core/matching/gluedWords';
import { terms } from '../../../src/core/matching/tokens';
import { loadMatchingData } from '../data';

const data = loadMatchingData();
const index = new MatchIndex();
index.setSource(data.archiveFile, data.archive);
const bm25 = (index as unknown as { bm25: Bm25Index }).bm25;
const docFact = (index as unknown as { facts: { get(d: number): { id: string; claim: string; title?: string } } }).facts;

function pools(text: string, fb: number, nTerms: number, w: number, keep: number): { base: string[]; prf: string[] } {
  const cleaned = cleanClaimText(text);
  const glued = gluedWords(text, (t) => bm25.termId(t) !== undefined);
  const qTerms = terms(glued.length ? `${cleaned} ${glued.join(' ')}` : cleaned);
  const ids = bm25.queryIds(qTerms);
  const hits = bm25.search(ids, 12);
  const score = new Map<number, number>();
  for (const h of hits.slice(0, fb)) {
    const f = docFact.get(h.doc);
    for (const t of terms(`${f.claim} ${headingsOf(f as never)}`)) {
      const id = bm25.termId(t);
      if (id === undefined || ids.includes(id)) continue;
      score.set(id, (score.get(id) ?? 0) + bm25.idf(0, id) * (h.score / hits[0].score));
    }
  }
  const extra = [...score.entries()].sort((a, b) => b[1] - a[1]).slice(0, nTerms).map((e) => e[0]);
  const all = [...ids, ...extra];
  const second = bm25.search(all, 24, all.map((_, i) => (i < ids.length ? 1 : w)));
  const base = hits.map((h) => docFact.get(h.doc).id);
  const kept = base.slice(0, keep);
  for (const h of second) {
    if (kept.length >= 12) break;
    const id = docFact.get(h.doc).id;
    if (!kept.includes(id)) kept.push(id);
  }
  return { base, prf: kept };
}

for (const [fb, nTerms, w, keep] of [[3, 10, 0.3, 12], [3, 10, 0.3, 10], [3, 10, 0.3, 8], [3, 20, 0.2, 10], [1, 10, 0.3, 10], [5, 10, 0.3, 10], [3, 10, 0.5, 9], [3, 10, 0.3, 0]]) {
  let b = 0;
  let p = 0;
  let bd = 0;
  let pd = 0;
  for (const q of data.queries) {
    const r = pools(q.text, fb, nTerms, w, keep);
    const hit = (l: string[]): number => (l.some((id) => q.relevant.includes(id)) ? 1 : 0);
    b += hit(r.base);
    p += hit(r.prf);
    if (q.split !== 'train') {
      bd += hit(r.base);
      pd += hit(r.prf);
    }
  }
  console.log(`fb ${fb} terms ${nTerms} w ${w} keep ${keep}: all ${b} → ${p} of ${data.queries.length}; dev ${bd} → ${pd}`);
}
