/**
 * schema.org ClaimReview JSON-LD: one per claim with a final verdict (sourced, disputed), and
 * per unverified claim only when asked (textual rating only). `url` is the fact-check's own page
 * (from a template), `itemReviewed` the claim: who made it, where it appeared (the article's
 * URL and headline). Every review is validated field by field (claimReviewValidation.ts) and
 * what is missing or wrong is reported by name with the setting that fixes it, instead of
 * producing markup search engines reject.
 */
import type { ReviewItem } from '../review/types';
import { articleBaseName, expandUrlTemplate } from './claimReviewUrl';
import { ClaimReviewValidationError, claimReviewProblems, type FieldProblem } from './claimReviewValidation';
import { jsonLdText } from './jsonLd';
import { isIsoDate, localDateOf } from './localDate';
import { BEST_RATING, isRated, RATINGS, WORST_RATING } from './rating';
import { claimAuthorName } from './speakers';
import type { ExportInput } from './types';

export { ClaimReviewValidationError } from './claimReviewValidation';

export interface ClaimReviewRatingJson {
  '@type': 'Rating';
  /** ratingValue, bestRating and worstRating: a final verdict's numeric rating; absent for a textual one. */
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  alternateName: string;
}

export interface ClaimReviewJson {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { '@type': 'Organization'; name: string; url?: string };
  reviewRating: ClaimReviewRatingJson;
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person'; name: string };
    appearance: { '@type': 'CreativeWork'; url?: string; headline?: string };
  };
  reviewBody?: string;
  citation?: { '@type': 'CreativeWork'; url: string; name?: string }[];
  identifier: string;
}

/**
 * Claims that get a ClaimReview: reviewed with a verdict, anchored in the text, unchanged since
 * the review (a rating published for text it was not given to would be wrong), and final
 * unless `includeUnverified`.
 */
export function claimReviewClaims(items: readonly ReviewItem[], includeUnverified = false): ReviewItem[] {
  return items.filter((i) => i.kind === 'claim' && !i.orphaned && isRated(i.status) && !i.annotation?.changedSinceReview
    && (includeUnverified || RATINGS[i.status].final));
}

function reviewRating(item: ReviewItem): ClaimReviewRatingJson {
  if (!isRated(item.status)) throw new Error(`Claim ${item.key} has status ${item.status}, which has no rating.`);
  const rating = RATINGS[item.status];
  if (rating.ratingValue === undefined) return { '@type': 'Rating', alternateName: rating.alternateName };
  return { '@type': 'Rating', ratingValue: rating.ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName: rating.alternateName };
}

function reviewUrl(item: ReviewItem, input: ExportInput): string {
  const expanded = expandUrlTemplate(input.claimReviewUrlTemplate ?? '', { id: item.annotation?.id ?? item.key, article: articleBaseName(input.articlePath) });
  return expanded.ok ? expanded.url : '';
}

export function buildClaimReview(item: ReviewItem, input: ExportInput): ClaimReviewJson {
  const author = claimAuthorName(item, input.items);
  const articleUrl = input.url?.trim();
  const organizationUrl = input.organizationUrl?.trim();
  const review: ClaimReviewJson = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: reviewUrl(item, input),
    claimReviewed: item.text.replace(/\s+/g, ' ').trim(),
    datePublished: input.datePublished ?? localDateOf(item.annotation?.updated.at) ?? input.date,
    author: { '@type': 'Organization', name: input.organization?.trim() ?? '', ...(organizationUrl ? { url: organizationUrl } : {}) },
    reviewRating: reviewRating(item),
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author: { '@type': 'Person' as const, name: author } } : {}),
      appearance: { '@type': 'CreativeWork', ...(articleUrl ? { url: articleUrl } : {}), ...(input.headline ? { headline: input.headline } : {}) },
    },
    identifier: item.key,
  };
  const note = item.annotation?.note?.trim();
  if (note) review.reviewBody = note;
  const sources = item.annotation?.sources ?? [];
  if (sources.length > 0) {
    review.citation = sources.map((s) => ({ '@type': 'CreativeWork' as const, url: s.url, ...(s.title ? { name: s.title } : {}) }));
  }
  return review;
}

/** Problems of the export's configuration, found even when no claim is rated yet (so a CI job fails early). */
export function claimReviewConfigProblems(input: ExportInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const template = input.claimReviewUrlTemplate?.trim() ?? '';
  if (!template) problems.push({ field: 'url', problem: 'missing' });
  else {
    const expanded = expandUrlTemplate(template, { id: 'a-0', article: articleBaseName(input.articlePath) });
    if (!expanded.ok) problems.push({ field: 'url', problem: `template ${expanded.error}` });
  }
  if (!input.organization?.trim()) problems.push({ field: 'author.name', problem: 'missing' });
  if (input.datePublished !== undefined && !isIsoDate(input.datePublished)) {
    problems.push({ field: 'datePublished', problem: `"${input.datePublished}" is not a date (YYYY-MM-DD)` });
  }
  return problems;
}

/** All ClaimReviews of the article; throws ClaimReviewValidationError naming every problem. */
export function buildClaimReviews(input: ExportInput): ClaimReviewJson[] {
  const config = claimReviewConfigProblems(input);
  if (config.length > 0) throw new ClaimReviewValidationError(config);
  const reviews = claimReviewClaims(input.items, input.includeUnverified).map((item) => buildClaimReview(item, input));
  const problems = new Map<string, FieldProblem>();
  for (const review of reviews) for (const p of claimReviewProblems(review)) problems.set(`${p.field}\n${p.problem}`, p);
  if (problems.size > 0) throw new ClaimReviewValidationError([...problems.values()]);
  return reviews;
}

export function claimReviewJson(input: ExportInput): string {
  return jsonLdText(buildClaimReviews(input));
}
