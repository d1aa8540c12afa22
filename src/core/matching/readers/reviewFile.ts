/**
 * The team's own past reviews as fact-checks: every claim or quote a reviewer marked sourced,
 * disputed or unverified in a review file (`article.txt.claimlens.json`), with its note,
 * sources, reviewer, date and article. Unreviewed and dismissed items are not verdicts.
 */
import { BEST_RATING, isRated, RATINGS, WORST_RATING } from '../../export/rating';
import { parseSidecar } from '../../review/parse';
import { articlePathFor } from '../../review/sidecarPath';
import type { Annotation } from '../../review/types';
import { verdictOfStatus } from '../rating';
import type { ArchiveReadResult, FactCheck } from '../types';

export function factFromAnnotation(a: Annotation, file: string, article: string): FactCheck | undefined {
  const claim = a.target.quote.exact.replace(/\s+/gu, ' ').trim();
  if (!isRated(a.status) || !claim) return undefined;
  // The same rating words and values ClaimLens's ClaimReview export gives these statuses.
  const { alternateName: rating, ratingValue } = RATINGS[a.status];
  const fact: FactCheck = {
    id: a.id,
    origin: 'review',
    claim,
    rating,
    // Unverified has a textual rating only (no number that would read as "half true").
    ...(ratingValue !== undefined ? { ratingValue, worstRating: WORST_RATING, bestRating: BEST_RATING } : {}),
    verdict: verdictOfStatus(a.status),
    date: a.updated.at,
    reviewer: a.updated.by,
    article,
    sources: a.sources,
    file,
  };
  if (a.note.trim()) fact.note = a.note.trim();
  if (a.sources[0]) fact.url = a.sources[0].url;
  return fact;
}

export function readReviewFile(text: string, file: string): ArchiveReadResult {
  const parsed = parseSidecar(text);
  const sidecar = parsed.ok ? parsed.sidecar : parsed.sidecar;
  if (!sidecar) return { entries: [], problems: [{ file, message: parsed.ok ? 'unreadable review file' : parsed.message }] };
  const article = articlePathFor(file) ?? file;
  const entries = sidecar.annotations.flatMap((a) => factFromAnnotation(a, file, article) ?? []);
  // A review file from a newer ClaimLens is read as far as this version understands it.
  const problems = parsed.ok ? [] : [{ file, message: `${parsed.message} (read as far as this version understands)` }];
  return { entries, problems };
}
