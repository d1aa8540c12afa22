/**
 * schema.org ClaimReview JSON-LD: one per reviewed claim (status sourced, unverified or
 * disputed). Validated against the fields Google's fact-check markup requires, so a missing
 * organisation or fact-check URL is reported by name instead of producing markup search engines
 * reject. `url` is the fact-check's own page (a template with the review's id), the article is the
 * claim's `itemReviewed.appearance`, `datePublished` the review's date in local time.
 */
import type { ReviewItem } from '../review/types';
import { jsonLdText } from './jsonLd';
import { BEST_RATING, isRated, RATINGS, WORST_RATING } from './rating';
import { claimSpeaker } from './speakers';
import type { ExportInput } from './types';

export interface ClaimReviewJson {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url?: string;
  claimReviewed: string;
  datePublished: string;
  author?: { '@type': 'Organization'; name: string; url?: string };
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person'; name: string };
    appearance?: { '@type': 'CreativeWork'; url?: string; headline?: string };
  };
  reviewBody?: string;
  citation?: { '@type': 'CreativeWork'; url: string; name?: string }[];
  identifier: string;
}

export class ClaimReviewValidationError extends Error {
  constructor(readonly missing: string[]) {
    super(
      `ClaimReview export is missing required fields: ${missing.join(', ')}. ` +
        'Set the organisation and the fact-check page URL (settings claimlens.export.organization / claimlens.export.factCheckUrl, ' +
        'or CLI --org / --fact-check-url; e.g. https://example.org/checks/{id}).',
    );
    this.name = 'ClaimReviewValidationError';
  }
}

/**
 * Claims that get a ClaimReview: reviewed with a rating, anchored in the text, and unchanged since
 * the review (a rating published for text it was not given to would be wrong).
 */
export function ratedClaims(items: readonly ReviewItem[]): ReviewItem[] {
  return items.filter((i) => i.kind === 'claim' && !i.orphaned && isRated(i.status) && !i.annotation?.changedSinceReview);
}

/**
 * The fact-check page of one review: `{id}` in the template replaced by the review's id (URI-encoded);
 * undefined unless the result is an http(s) URL.
 */
export function factCheckUrlFor(template: string | undefined, id: string): string | undefined {
  const t = template?.trim();
  if (!t) return undefined;
  const url = t.replace(/\{id\}/g, encodeURIComponent(id));
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** YYYY-MM-DD of an instant in a time zone (default: this machine's), or undefined for a malformed date. */
export function localDate(iso: string, timeZone?: string): string | undefined {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...(timeZone ? { timeZone } : {}) }).format(d);
}

export function buildClaimReview(item: ReviewItem, input: ExportInput, timeZone?: string): ClaimReviewJson {
  if (!isRated(item.status)) throw new Error(`Claim ${item.key} has status ${item.status}, which has no rating.`);
  const rating = RATINGS[item.status];
  const speaker = claimSpeaker(item, input.items);
  const organization = input.organization?.trim();
  const articleUrl = input.url?.trim();
  const id = item.annotation?.id ?? item.key;
  const url = factCheckUrlFor(input.factCheckUrl, id);
  const reviewed = item.annotation ? localDate(item.annotation.updated.at, timeZone) : undefined;
  const review: ClaimReviewJson = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: item.text.replace(/\s+/g, ' ').trim(),
    datePublished: input.datePublished ?? reviewed ?? input.date,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.ratingValue,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: rating.alternateName,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(speaker ? { author: { '@type': 'Person' as const, name: speaker } } : {}),
      appearance: {
        '@type': 'CreativeWork',
        ...(articleUrl ? { url: articleUrl } : {}),
        ...(input.headline ? { headline: input.headline } : {}),
      },
    },
    identifier: item.key,
  };
  if (url) review.url = url;
  if (organization) {
    review.author = { '@type': 'Organization', name: organization, ...(input.organizationUrl?.trim() ? { url: input.organizationUrl.trim() } : {}) };
  }
  const note = item.annotation?.note?.trim();
  if (note) review.reviewBody = note;
  const sources = item.annotation?.sources ?? [];
  if (sources.length > 0) {
    review.citation = sources.map((s) => ({ '@type': 'CreativeWork' as const, url: s.url, ...(s.title ? { name: s.title } : {}) }));
  }
  return review;
}

const nonEmpty = (v: unknown): boolean => typeof v === 'string' ? v.trim().length > 0 : typeof v === 'number' && Number.isFinite(v);

/**
 * Names (dotted paths) of the required fields a ClaimReview lacks: Google requires
 * claimReviewed, reviewRating (with alternateName; ratingValue/bestRating/worstRating for a
 * numeric rating) and url; author.name and datePublished are needed for publishing too.
 */
export function missingClaimReviewFields(review: Partial<ClaimReviewJson>): string[] {
  const missing: string[] = [];
  if (!nonEmpty(review.claimReviewed)) missing.push('claimReviewed');
  if (!nonEmpty(review.url)) missing.push('url');
  if (!nonEmpty(review.author?.name)) missing.push('author.name');
  if (!nonEmpty(review.datePublished) || Number.isNaN(Date.parse(String(review.datePublished)))) missing.push('datePublished');
  const r = review.reviewRating;
  if (!r) missing.push('reviewRating');
  else {
    if (!nonEmpty(r.alternateName)) missing.push('reviewRating.alternateName');
    for (const key of ['ratingValue', 'bestRating', 'worstRating'] as const) if (!nonEmpty(r[key])) missing.push(`reviewRating.${key}`);
  }
  return missing;
}

/** All ClaimReviews of the article; throws ClaimReviewValidationError naming every missing field. */
export function buildClaimReviews(input: ExportInput, timeZone?: string): ClaimReviewJson[] {
  const reviews = ratedClaims(input.items).map((item) => buildClaimReview(item, input, timeZone));
  const missing = new Set<string>();
  for (const review of reviews) for (const field of missingClaimReviewFields(review)) missing.add(field);
  // Configuration problems are reported even when nothing is rated yet, so a CI job fails early.
  if (!factCheckUrlFor(input.factCheckUrl, 'id')) missing.add('url');
  if (!input.organization?.trim()) missing.add('author.name');
  if (missing.size > 0) throw new ClaimReviewValidationError([...missing]);
  return reviews;
}

export function claimReviewJson(input: ExportInput): string {
  return jsonLdText(buildClaimReviews(input));
}
