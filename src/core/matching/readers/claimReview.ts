/**
 * schema.org ClaimReview JSON-LD as fact-checks: one object, an array, a `@graph` (also nested
 * in a page's other JSON-LD), and ClaimLens's own exports (src/core/export/claimReview.ts).
 * A JSON syntax error is reported with its line; an object typed ClaimReview without a claim
 * is reported by its place ("item 3") and skipped.
 */
import { verdictOf } from '../rating';
import type { ArchiveProblem, ArchiveReadResult, FactCheck } from '../types';
import { numberOf, textOf } from './records';
import { isJsonObject } from '../../jsonValue';

type Json = Record<string, unknown>;


function hasType(o: Json, type: string): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && (x === type || x.endsWith(`/${type}`) || x.endsWith(`:${type}`)));
}

/** Every ClaimReview object in the value, depth first, with a readable path ("item 2 › @graph 0"). */
export function findClaimReviews(value: unknown, path = ''): { review: Json; path: string }[] {
  const out: { review: Json; path: string }[] = [];
  const visit = (v: unknown, p: string, depth: number): void => {
    if (depth > 12) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, p ? `${p} › ${i + 1}` : `item ${i + 1}`, depth + 1));
      return;
    }
    if (!isJsonObject(v)) return;
    if (hasType(v, 'ClaimReview')) {
      out.push({ review: v, path: p || 'the object' });
      return;
    }
    for (const key of ['@graph', 'mainEntity', 'hasPart', 'itemListElement', 'item', 'review']) {
      if (key in v) visit(v[key], p ? `${p} › ${key}` : key, depth + 1);
    }
  };
  visit(value, path, 0);
  return out;
}

/** The headline when the name is the title, and the alternative headline, when they say something else. */
function otherHeadings(review: Json): string | undefined {
  const title = textOf(review.name) ?? textOf(review.headline);
  const seen = new Set([title?.toLowerCase()]);
  const out: string[] = [];
  for (const h of [textOf(review.headline), textOf(review.alternativeHeadline)]) {
    if (h === undefined || seen.has(h.toLowerCase())) continue;
    seen.add(h.toLowerCase());
    out.push(h);
  }
  return out.length > 0 ? out.join(' — ') : undefined;
}

/** One ClaimReview object as a fact-check, or why it cannot be one. */
export function factFromClaimReview(review: Json, file: string, fallbackId: string, line?: number): FactCheck | string {
  const item = isJsonObject(review.itemReviewed) ? review.itemReviewed : {};
  const claim = textOf(review.claimReviewed) ?? textOf(item.text) ?? textOf(item.name);
  if (!claim) return 'ClaimReview without claimReviewed';
  const rating = isJsonObject(review.reviewRating) ? review.reviewRating : Array.isArray(review.reviewRating) && isJsonObject(review.reviewRating[0]) ? review.reviewRating[0] : {};
  const ratingText = textOf(rating.alternateName) ?? textOf(rating.name);
  const value = numberOf(rating.ratingValue);
  const best = numberOf(rating.bestRating);
  const worst = numberOf(rating.worstRating);
  const fact: FactCheck = {
    id: textOf(review.identifier) ?? textOf(review['@id']) ?? textOf(review.url) ?? fallbackId,
    origin: 'archive',
    claim: claim.replace(/\s+/gu, ' '),
    verdict: verdictOf({ text: ratingText, value, worst, best }),
    file,
  };
  const optional: Partial<FactCheck> = {
    title: textOf(review.name) ?? textOf(review.headline),
    subtitle: otherHeadings(review),
    rating: ratingText,
    ratingValue: value,
    bestRating: best,
    worstRating: worst,
    url: textOf(review.url),
    date: textOf(review.datePublished) ?? textOf(review.dateCreated),
    publisher: textOf(review.author) ?? textOf(review.publisher),
    note: textOf(review.reviewBody),
    line,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (fact as unknown as Record<string, unknown>)[k] = v;
  return fact;
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line of a JSON.parse error, when V8 names a position. */
export function jsonErrorLine(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/u.exec(message);
  if (at) return lineAt(text, Number(at[1]));
  const lineCol = /line (\d+)/u.exec(message);
  return lineCol ? Number(lineCol[1]) : undefined;
}

export function readClaimReviewJson(text: string, file: string): ArchiveReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const line = jsonErrorLine(text, error);
    return { entries: [], problems: [{ file, ...(line ? { line } : {}), message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }] };
  }
  const entries: FactCheck[] = [];
  const problems: ArchiveProblem[] = [];
  const found = findClaimReviews(value);
  // Objects are found in text order, so the n-th `"@type": "ClaimReview"` gives the n-th line.
  const typeLines = [...text.matchAll(/"@type"\s*:\s*(?:\[[^\]]*?)?"(?:[^"]*[/:])?ClaimReview"/gu)].map((m) => lineAt(text, m.index));
  const lineOf = (i: number): number | undefined => (typeLines.length === found.length ? typeLines[i] : undefined);
  if (found.length === 0) problems.push({ file, message: 'no ClaimReview objects in this JSON (expected "@type": "ClaimReview", an array of them, or a "@graph")' });
  found.forEach(({ review, path }, i) => {
    const line = lineOf(i);
    const fact = factFromClaimReview(review, file, `item-${i + 1}`, line);
    if (typeof fact === 'string') problems.push({ file, ...(line ? { line } : {}), message: `${path}: ${fact}` });
    else entries.push(fact);
  });
  return { entries, problems };
}
