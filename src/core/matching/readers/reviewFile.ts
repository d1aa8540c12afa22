/**
 * The team's own past reviews as fact-checks: every claim or quote a reviewer gave a verdict (sourced,
 * disputed, unverified or a workspace scale's verdict) in a review file (`article.txt.claimlens.json`), with its
 * note, sources, reviewer, date and article. Unreviewed and dismissed items are not verdicts.
 *
 * A lenient reader, not the review store's validator (core/review/parse.ts): it checks only the fields matching
 * uses, so the match worker does not carry the generated schema validator (14 KB). An annotation missing one of
 * them is skipped and reported (file, which annotation, why); the rest of the file is still read.
 */
import { BEST_RATING, RATINGS, WORST_RATING, type RatedStatus } from '../../export/rating';
import { SIDECAR_VERSION } from '../../review/format';
import { migrate } from '../../review/migrations';
import { articlePathFor } from '../../review/sidecarPath';
import { isReviewed } from '../../review/statuses';
import { STATUS_ID, type Annotation } from '../../review/types';
import { verdictOfStatus } from '../rating';
import type { ArchiveProblem, ArchiveReadResult, FactCheck } from '../types';
import { isJsonObject } from '../../jsonValue';

/** What matching reads of an annotation. */
export type ReviewedAnnotation = Pick<Annotation, 'id' | 'status' | 'note' | 'sources' | 'updated'> & { target: { quote: { exact: string } } };

export function factFromAnnotation(a: ReviewedAnnotation, file: string, article: string): FactCheck | undefined {
  const claim = a.target.quote.exact.replace(/\s+/gu, ' ').trim();
  if (!isReviewed(a.status) || !claim) return undefined;
  // The default scale's verdicts take the rating words and values ClaimLens's ClaimReview export gives them; a
  // workspace scale's verdict (the worker does not know the scale) is named by its id.
  const { alternateName: rating, ratingValue } = RATINGS[a.status as RatedStatus] ?? { alternateName: a.status };
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

const isString = (v: unknown): v is string => typeof v === 'string';
/**
 * The sidecar schema's rules (schemas/sidecar.schema.json; a unit test holds them equal) for a stored source address
 * and a date-time: an address becomes a link in the hover.
 */
export const STORED_SOURCE_URL = /^https?:\/\/\S+$/iu;
export const MAX_STORED_SOURCE_URL = 4_096;
export const STORED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/u;
const storedUrl = (v: unknown): boolean => isString(v) && v.length <= MAX_STORED_SOURCE_URL && STORED_SOURCE_URL.test(v);

/** The annotation's fields matching uses, or why it cannot be read. Unreviewed and dismissed ones: undefined. */
function reviewedAnnotation(v: unknown): ReviewedAnnotation | undefined | string {
  if (!isJsonObject(v)) return 'is not an object';
  if (!isString(v.status) || !STATUS_ID.test(v.status)) return 'has no valid "status"';
  if (!isReviewed(v.status)) return undefined;
  if (!isString(v.id) || !v.id) return 'has no "id"';
  const quote = isJsonObject(v.target) && isJsonObject(v.target.quote) ? v.target.quote : undefined;
  if (!quote || !isString(quote.exact)) return 'has no "target.quote.exact" text';
  if (!isString(v.note)) return 'has no "note" text';
  if (!Array.isArray(v.sources) || !v.sources.every((s) => isJsonObject(s) && storedUrl(s.url) && (s.title === undefined || isString(s.title)))) {
    return 'has "sources" that are not a list of http:// or https:// addresses';
  }
  if (!isJsonObject(v.updated) || !isString(v.updated.by) || !isString(v.updated.at) || !STORED_DATE_TIME.test(v.updated.at)) return 'has no valid "updated" reviewer and date';
  return v as unknown as ReviewedAnnotation;
}

/** The annotations of a review file, upgraded to this version's format; or why they cannot be read. */
function annotationsOf(text: string): { annotations: unknown[]; newer?: number } | string {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    // V8 quotes the start of the text: the message names where the error is, never what the file says.
    return `The review file is not valid JSON: ${(error as Error).message.replace(/,\s*(?:\.\.\.)?".*$/su, '')}`;
  }
  if (!isJsonObject(doc) || !Number.isInteger(doc.version) || (doc.version as number) < 1) return 'The review file has no valid format "version".';
  const version = doc.version as number;
  const current = version < SIDECAR_VERSION ? migrate(doc, version, SIDECAR_VERSION) : doc;
  if (typeof current === 'string') return `The review file (format version ${version}) cannot be upgraded: ${current}.`;
  if (!Array.isArray(current.annotations)) return 'The review file has no "annotations" list.';
  return { annotations: current.annotations, ...(version > SIDECAR_VERSION ? { newer: version } : {}) };
}

export function readReviewFile(text: string, file: string): ArchiveReadResult {
  const read = annotationsOf(text);
  if (typeof read === 'string') return { entries: [], problems: [{ file, message: read }] };
  const problems: ArchiveProblem[] = [];
  // A review file from a newer ClaimLens is read as far as this version understands it.
  if (read.newer) problems.push({ file, message: `The review file was written by a newer ClaimLens (format version ${read.newer}): read as far as this version understands.` });
  const article = articlePathFor(file) ?? file;
  const entries: FactCheck[] = [];
  const ids = new Set<string>();
  read.annotations.forEach((value, index) => {
    const a = reviewedAnnotation(value);
    if (a === undefined) return;
    if (typeof a === 'string' || ids.has(a.id)) {
      const id = isJsonObject(value) && isString(value.id) ? ` (annotation "${value.id.slice(0, 200)}")` : '';
      problems.push({ file, message: `annotations[${index}]${id} ${typeof a === 'string' ? a : 'repeats an id'}: not used for "checked before".` });
      return;
    }
    ids.add(a.id);
    const fact = factFromAnnotation(a, file, article);
    if (fact) entries.push(fact);
  });
  return { entries, problems };
}
