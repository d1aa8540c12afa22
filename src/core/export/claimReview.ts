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
import { DEFAULT_VERDICT_SCALE, RESERVED_VERDICT_IDS, verdictById, VERDICTS_FILE, type VerdictScale } from '../review/verdictScale';
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

/** Claims that can carry a ClaimReview: a verdict given, anchored, unchanged since the review (a rating given to other text would be wrong). */
function verdictClaims(items: readonly ReviewItem[]): ReviewItem[] {
  return items.filter((i) => i.kind === 'claim' && !i.orphaned && !RESERVED_VERDICT_IDS.includes(i.status) && !i.annotation?.changedSinceReview);
}

/**
 * Claims that get a ClaimReview: those with a verdict of the scale that is final, or any verdict
 * with `includeUnverified`.
 */
export function claimReviewClaims(items: readonly ReviewItem[], includeUnverified = false, scale: VerdictScale = DEFAULT_VERDICT_SCALE): ReviewItem[] {
  return verdictClaims(items).filter((i) => {
    const verdict = verdictById(scale, i.status);
    return verdict !== undefined && (includeUnverified || verdict.final);
  });
}

function reviewRating(item: ReviewItem, scale: VerdictScale): ClaimReviewRatingJson {
  const verdict = verdictById(scale, item.status);
  if (!verdict) throw new Error(`Claim ${item.key} has the verdict "${item.status}", which the verdict scale does not define.`);
  const { ratingValue, alternateName } = verdict.claimReview;
  if (ratingValue === undefined) return { '@type': 'Rating', alternateName };
  return { '@type': 'Rating', ratingValue, bestRating: scale.bestRating, worstRating: scale.worstRating, alternateName };
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
    reviewRating: reviewRating(item, input.scale ?? DEFAULT_VERDICT_SCALE),
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
  const problems = new Map<string, FieldProblem>();
  // A verdict the scale no longer defines is named, not dropped: its review stays in the review file.
  const unknown = new Map<string, string[]>();
  for (const item of verdictClaims(input.items)) {
    if (!verdictById(input.scale ?? DEFAULT_VERDICT_SCALE, item.status)) unknown.set(item.status, [...(unknown.get(item.status) ?? []), item.key]);
  }
  for (const [id, keys] of unknown) {
    const claims = `${keys.length} claim${keys.length === 1 ? '' : 's'}: ${keys.slice(0, 3).join(', ')}${keys.length > 3 ? '…' : ''}`;
    const problem = `verdict "${id}" (${claims}) is not in the verdict scale (${VERDICTS_FILE}): add it there or re-mark those claims`;
    problems.set(`reviewRating\n${problem}`, { field: 'reviewRating', problem });
  }
  const reviews = claimReviewClaims(input.items, input.includeUnverified, input.scale).map((item) => buildClaimReview(item, input));
  for (const review of reviews) for (const p of claimReviewProblems(review)) problems.set(`${p.field}\n${p.problem}`, p);
  if (problems.size > 0) throw new ClaimReviewValidationError([...problems.values()]);
  return reviews;
}

export function claimReviewJson(input: ExportInput): string {
  return jsonLdText(buildClaimReviews(input));
}
