/**
 * The review queue: detections joined with what reviewers did. An annotation whose anchored
 * range overlaps a detection of the same kind takes it over (one detection per annotation,
 * the largest overlap first); dismissed annotations stay in with status 'dismissed' so each
 * client decides whether to hide them; detected claims under the threshold are left out
 * unless annotated; orphans come last with range null.
 */
import type { Analysis, Claim, Quote, Span } from '../types';
import type { AnchorResult, Annotation, ReviewItem } from './types';

export interface BuildReviewItemsArgs {
  text: string;
  analysis: Analysis;
  annotations: readonly Annotation[];
  anchors: readonly AnchorResult[];
  /** Minimum claim score (0–1) for an unreviewed detected claim to be listed. */
  threshold: number;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * The spans of a list, by start, to find the ones overlapping a range without a scan of the whole
 * list per annotation (hundreds of annotations × thousands of detections on a long article).
 */
class SpanIndex {
  /** Indices into the list, by start. */
  private readonly order: number[];
  /** maxEnd[k]: the largest end among order[0..k], so a backward scan knows when to stop. */
  private readonly maxEnd: number[];

  constructor(private readonly spans: readonly Span[]) {
    this.order = spans.map((_, i) => i);
    let sorted = true;
    for (let i = 1; i < spans.length && sorted; i++) sorted = spans[i - 1].start <= spans[i].start;
    if (!sorted) this.order.sort((a, b) => spans[a].start - spans[b].start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const i of this.order) this.maxEnd.push((max = Math.max(max, spans[i].end)));
  }

  /** Indices (ascending) of the spans sharing at least one character with `range`. */
  overlapping(range: Span): number[] {
    const { order, spans } = this;
    // First position whose span starts at or after range.end: none from there on can overlap.
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[order[mid]].start < range.end) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo - 1; k >= 0 && this.maxEnd[k] > range.start; k--) {
      if (overlap(range, spans[order[k]]) > 0) out.push(order[k]);
    }
    return out.sort((a, b) => a - b);
  }
}

export function buildReviewItems(args: BuildReviewItemsArgs): ReviewItem[] {
  const { text, analysis, annotations, threshold } = args;
  const anchorsById = new Map(args.anchors.map((a) => [a.annotationId, a]));
  const takenClaims = new Set<Claim>();
  const takenQuotes = new Set<Quote>();
  const placed: ReviewItem[] = [];
  const orphans: ReviewItem[] = [];

  // Candidate pairs (annotation, detection) by overlap, best first, so each detection goes to the annotation covering it most.
  const pairs: { annotation: Annotation; detection: Claim | Quote; amount: number }[] = [];
  const claimIndex = new SpanIndex(analysis.claims);
  const quoteIndex = new SpanIndex(analysis.quotes);
  for (const annotation of annotations) {
    const range = anchorsById.get(annotation.id)?.range;
    if (!range) continue;
    const pool: readonly (Claim | Quote)[] = annotation.kind === 'claim' ? analysis.claims : analysis.quotes;
    // In pool order, as a scan of the whole pool would list them (ties in the sort below keep it).
    for (const i of (annotation.kind === 'claim' ? claimIndex : quoteIndex).overlapping(range)) {
      pairs.push({ annotation, detection: pool[i], amount: overlap(range, pool[i]) });
    }
  }
  pairs.sort((a, b) => b.amount - a.amount);
  const detectionOf = new Map<Annotation, Claim | Quote>();
  for (const { annotation, detection } of pairs) {
    if (detectionOf.has(annotation)) continue;
    const taken = annotation.kind === 'claim' ? takenClaims : takenQuotes;
    if (taken.has(detection as never)) continue;
    (taken as Set<Claim | Quote>).add(detection);
    detectionOf.set(annotation, detection);
  }

  for (const annotation of annotations) {
    const anchor = anchorsById.get(annotation.id);
    const range = anchor?.range ?? null;
    if (!range) {
      orphans.push({
        key: annotation.id,
        kind: annotation.kind,
        range: null,
        text: annotation.target.quote.exact,
        status: annotation.status,
        annotation,
        anchor: anchor ?? { annotationId: annotation.id, range: null, confidence: 0, method: 'orphan', reason: 'not anchored yet' },
        orphaned: true,
      });
      continue;
    }
    const detection = detectionOf.get(annotation);
    const item: ReviewItem = {
      key: annotation.id,
      kind: annotation.kind,
      range: { start: range.start, end: range.end },
      text: text.slice(range.start, range.end),
      status: annotation.status,
      annotation,
      anchor,
      orphaned: false,
    };
    if (detection) {
      if (annotation.kind === 'claim') item.claim = detection as Claim;
      else item.quote = detection as Quote;
    }
    placed.push(item);
  }

  for (const claim of analysis.claims) {
    if (takenClaims.has(claim) || claim.score < threshold) continue;
    placed.push({ key: claim.id, kind: 'claim', range: { start: claim.start, end: claim.end }, text: claim.text, status: 'unreviewed', claim, orphaned: false });
  }
  for (const quote of analysis.quotes) {
    if (takenQuotes.has(quote)) continue;
    placed.push({ key: quote.id, kind: 'quote', range: { start: quote.start, end: quote.end }, text: quote.text, status: 'unreviewed', quote, orphaned: false });
  }

  placed.sort((a, b) => a.range!.start - b.range!.start || a.range!.end - b.range!.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  orphans.sort((a, b) => a.annotation!.target.position.start - b.annotation!.target.position.start || (a.key < b.key ? -1 : 1));
  return [...placed, ...orphans];
}
