/**
 * Re-attaching annotations to a text that changed outside the editor (git checkout, another
 * tool). Order, as in Hypothesis's anchoring:
 *   1. position + exact: the stored range still holds the quoted text (and, if that text
 *      occurs more than once, its surroundings still fit);
 *   2. exact + context: the quoted text occurs elsewhere; pick the occurrence whose prefix and
 *      suffix fit, or the only one if the quote is distinctive;
 *   3. fuzzy: approximate search (approx-string-match, Hypothesis's library) scored on quote,
 *      prefix, suffix and position with Hypothesis's weights (50/20/20/2).
 * Anything below the confidence threshold, or ambiguous between two places, becomes an
 * orphan with a reason: a review must never slide onto look-alike text.
 */
import search from 'approx-string-match';
import type { AnchorResult, Annotation } from './types';

export interface AnchorOptions {
  /** Minimum confidence (0–1) for a fuzzy match; below it the annotation is an orphan. */
  threshold?: number;
}

export const DEFAULT_ANCHOR_THRESHOLD = 0.75;
/** A quote this long (trimmed) is distinctive enough to trust a unique exact occurrence without context. */
const DISTINCTIVE_LENGTH = 20;
/** Fuzzy matching needs a quote at least this long; shorter ones match too much by chance. */
const MIN_FUZZY_LENGTH = 12;
/** Share of the quote that must match in a fuzzy match (at most 25% of characters differ). */
const MIN_FUZZY_QUOTE_SCORE = 0.75;
/** Context (average of prefix and suffix scores) needed to trust a fuzzy match at all. */
const MIN_FUZZY_CONTEXT = 0.5;
/** A rival place scoring within this margin makes the match ambiguous. */
const AMBIGUITY_MARGIN = 0.1;

/** How well a stored context matches the actual one (1 = same), via the fewest edits. */
function contextScore(stored: string, actual: string): number {
  if (stored.length === 0) return actual.length === 0 ? 1 : 0.5;
  if (actual.length === 0) return 0;
  const matches = search(actual, stored, stored.length);
  if (matches.length === 0) return 0;
  const errors = Math.min(...matches.map((m) => m.errors));
  return Math.max(0, 1 - errors / stored.length);
}

interface Scored {
  start: number;
  end: number;
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
  score: number;
}

function scorePlace(text: string, annotation: Annotation, start: number, end: number, errors: number): Scored {
  const { exact, prefix, suffix } = annotation.target.quote;
  const quote = 1 - errors / exact.length;
  const p = contextScore(prefix, text.slice(Math.max(0, start - prefix.length), start));
  const s = contextScore(suffix, text.slice(end, end + suffix.length));
  const position = 1 - Math.min(1, Math.abs(start - annotation.target.position.start) / Math.max(1, text.length));
  // Hypothesis's weights (match-quote.js).
  const score = (50 * quote + 20 * p + 20 * s + 2 * position) / 92;
  return { start, end, quote, prefix: p, suffix: s, position, score };
}

function occurrences(text: string, exact: string, limit = 1000): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1 && found.length < limit; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}…` : oneLine;
}

function orphan(annotation: Annotation, reason: string): AnchorResult {
  return { annotationId: annotation.id, range: null, confidence: 0, method: 'orphan', reason };
}

function found(annotation: Annotation, start: number, end: number, confidence: number, method: AnchorResult['method']): AnchorResult {
  return { annotationId: annotation.id, range: { start, end }, confidence: Math.round(confidence * 1000) / 1000, method };
}

function anchorExact(text: string, annotation: Annotation, places: number[]): AnchorResult {
  const { exact } = annotation.target.quote;
  const { start } = annotation.target.position;
  const scored = places.map((p) => scorePlace(text, annotation, p, p + exact.length, 0));
  const context = (s: Scored) => (s.prefix + s.suffix) / 2;
  const atPosition = scored.find((s) => s.start === start);
  if (atPosition && (scored.length === 1 || context(atPosition) >= 0.5)) {
    const unrivalled = scored.every((s) => s === atPosition || context(s) < context(atPosition));
    if (unrivalled) return found(annotation, atPosition.start, atPosition.end, 1, 'position');
  }
  if (scored.length === 1) {
    const only = scored[0];
    if (context(only) >= 0.5 || exact.trim().length >= DISTINCTIVE_LENGTH) {
      return found(annotation, only.start, only.end, 0.9 + 0.1 * context(only), 'exact');
    }
    return orphan(annotation, `the short text "${excerpt(exact)}" was found once, but the text around it changed`);
  }
  const ranked = [...scored].sort((a, b) => context(b) - context(a) || b.position - a.position);
  const [best, second] = ranked;
  if (context(best) >= 0.5 && context(best) - context(second) >= 0.2) {
    return found(annotation, best.start, best.end, 0.8 + 0.2 * context(best), 'context');
  }
  return orphan(
    annotation,
    `"${excerpt(exact)}" appears ${scored.length} times and the surrounding text does not show which one was reviewed`,
  );
}

function anchorFuzzy(text: string, annotation: Annotation, threshold: number): AnchorResult {
  const { exact } = annotation.target.quote;
  if (exact.trim().length < MIN_FUZZY_LENGTH) {
    return orphan(annotation, `the text "${excerpt(exact)}" is no longer in the article`);
  }
  const maxErrors = Math.min(256, Math.floor(exact.length * (1 - MIN_FUZZY_QUOTE_SCORE)));
  const matches = search(text, exact, maxErrors);
  if (matches.length === 0) {
    return orphan(annotation, `the annotated text "${excerpt(exact)}" was deleted or rewritten (nothing at least ${Math.round(MIN_FUZZY_QUOTE_SCORE * 100)}% similar)`);
  }
  const scored = matches.map((m) => scorePlace(text, annotation, m.start, m.end, m.errors)).sort((a, b) => b.score - a.score);
  const best = scored[0];
  const rival = scored.find((s) => s.end <= best.start || s.start >= best.end);
  const bestContext = (best.prefix + best.suffix) / 2;
  const similar = `${Math.round(best.quote * 100)}% similar`;
  if (bestContext < MIN_FUZZY_CONTEXT) {
    return orphan(
      annotation,
      `the closest text "${excerpt(text.slice(best.start, best.end))}" (${similar}) sits in different surroundings; it may be a different passage`,
    );
  }
  if (best.score < threshold) {
    return orphan(annotation, `the annotated text changed too much (best match ${best.score.toFixed(2)} < ${threshold.toFixed(2)})`);
  }
  if (rival && rival.score >= best.score - AMBIGUITY_MARGIN) {
    return orphan(annotation, `the annotated text changed and two places match it about equally well`);
  }
  return found(annotation, best.start, best.end, best.score, 'fuzzy');
}

export function anchorAnnotation(text: string, annotation: Annotation, options: AnchorOptions = {}): AnchorResult {
  const threshold = options.threshold ?? DEFAULT_ANCHOR_THRESHOLD;
  const { exact } = annotation.target.quote;
  if (!exact) return orphan(annotation, 'the annotation has no quoted text');
  const places = occurrences(text, exact);
  if (places.length > 0) return anchorExact(text, annotation, places);
  return anchorFuzzy(text, annotation, threshold);
}

export function anchorAnnotations(text: string, annotations: readonly Annotation[], options: AnchorOptions = {}): AnchorResult[] {
  return annotations.map((annotation) => anchorAnnotation(text, annotation, options));
}
