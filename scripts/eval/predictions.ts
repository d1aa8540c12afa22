/**
 * `npm run eval -- --predictions FILE`: every prediction the engine makes on the eval data, one JSON
 * line per article or sentence, so a behaviour-preserving change can be checked with `diff`, not only
 * by its figures.
 */
import { writeFileSync } from 'node:fs';
import { analyze } from '../../src/core/analysis';
import type { QuoteArticle } from './quotesEval';
import type { ClaimSentence } from './claimsEval';

export function predictionLines(quoteArticles: QuoteArticle[], claimRows: ClaimSentence[]): string[] {
  const lines: string[] = [];
  for (const art of quoteArticles) {
    const a = analyze(art.text);
    lines.push(JSON.stringify({
      article: art.id,
      quotes: a.quotes.map((q) => [q.start, q.end, q.kind, q.speaker?.mention.start ?? null, q.speaker?.mention.end ?? null, q.speaker?.name ?? null, q.cue?.start ?? null, q.cue?.end ?? null]),
    }));
  }
  for (const row of claimRows) {
    const a = analyze(row.text);
    lines.push(JSON.stringify({
      sentence: row.id,
      scores: (a.sentences ?? []).map((s) => s.score ?? null),
      claims: a.claims.map((c) => [c.start, c.end, c.score, c.type, c.reasons]),
    }));
  }
  return lines;
}

export function writePredictions(file: string, quoteArticles: QuoteArticle[], claimRows: ClaimSentence[]): void {
  writeFileSync(file, predictionLines(quoteArticles, claimRows).join('\n') + '\n');
}
