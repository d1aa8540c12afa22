/**
 * Re-attaching annotations to a text that changed outside the editor (git checkout, another
 * tool). Order, as in Hypothesis's anchoring:
 *   1. position + exact: the stored range still holds the quoted text and nothing else
 *      competes for it;
 *   2. exact + context: the quoted text occurs elsewhere; pick the occurrence whose prefix and
 *      suffix fit, or the only one if the quote is distinctive;
 *   3. fuzzy: approximate search (approx-string-match, Hypothesis's library) scored on quote,
 *      prefix, suffix and position with Hypothesis's weights (50/20/20/2).
 * An exact occurrence with weak context competes with fuzzy candidates (a verbatim copy
 * elsewhere must not win over the original with a typo fixed). Anything below the confidence
 * threshold, in foreign surroundings, ambiguous between two places, or stating other facts
 * (numbers, dates, names, negation: facts.ts) becomes an orphan with a reason: a review must
 * never slide onto look-alike text.
 */
import search from 'approx-string-match';
import { prefixSimilarity, suffixSimilarity } from './contextSimilarity';
import { factChange } from './facts';
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
/** Share of the quote that must match in a fuzzy match found anywhere (at most 25% of characters differ). */
const MIN_FUZZY_QUOTE_SCORE = 0.75;
/**
 * A more heavily edited text (up to half its characters, Hypothesis's bound) is accepted only
 * where it still sits between its own prefix and suffix (each side at least this similar).
 */
const MIN_QUOTE_SCORE_IN_PLACE = 0.5;
const MIN_SIDE_CONTEXT_IN_PLACE = 0.6;
/** Context (average of prefix and suffix similarity) needed to trust a fuzzy match. */
const MIN_FUZZY_CONTEXT = 0.5;
/**
 * Below STRONG_CONTEXT, a fuzzy match needs support on both sides, not one side only
 * (unrelated English text next to the quote scores about 0.2–0.3 on the side that changed).
 */
const MIN_SIDE_CONTEXT = 0.3;
/** A near copy at least this similar elsewhere makes a verbatim copy in weak surroundings doubtful. */
const NEAR_COPY_QUOTE = 0.6;
/** Context an exact occurrence needs to be chosen among several, or to skip the fuzzy comparison. */
const STRONG_CONTEXT = 0.75;
/** A rival place scoring within this margin makes the match ambiguous. */
const AMBIGUITY_MARGIN = 0.1;

interface Candidate {
  start: number;
  end: number;
  /** 1 − errors / quote length */
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
  /** Hypothesis's weighted score, 0–1. */
  score: number;
}

const contextOf = (c: Candidate) => (c.prefix + c.suffix) / 2;
const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;

function candidate(text: string, annotation: Annotation, start: number, end: number, errors: number): Candidate {
  const { exact, prefix, suffix } = annotation.target.quote;
  const quote = Math.max(0, 1 - errors / exact.length);
  const p = prefixSimilarity(prefix, text, start);
  const s = suffixSimilarity(suffix, text, end);
  const position = 1 - Math.min(1, Math.abs(start - annotation.target.position.start) / Math.max(1, text.length));
  const score = (50 * quote + 20 * p + 20 * s + 2 * position) / 92;
  return { start, end, quote, prefix: p, suffix: s, position, score };
}

function exactOccurrences(text: string, exact: string, limit = 1000): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1 && found.length < limit; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

/** Rounds of approximate search; each round masks what the previous ones found. */
const FUZZY_ROUNDS = 4;

function mask(text: string, ranges: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of ranges) out = out.slice(0, start) + '\u0000'.repeat(end - start) + out.slice(end);
  return out;
}

/**
 * approx-string-match reports only the lowest-error matches, so a verbatim copy elsewhere would
 * hide the edited original. Searching again with earlier finds masked out collects the next
 * best places too, so that all of them can be scored on context and compared.
 */
function fuzzyCandidates(
  text: string,
  annotation: Annotation,
  exclude: readonly { start: number; end: number }[],
  maxErrorShare = 1 - MIN_FUZZY_QUOTE_SCORE,
): Candidate[] {
  const { exact } = annotation.target.quote;
  if (exact.trim().length < MIN_FUZZY_LENGTH) return [];
  const maxErrors = Math.min(256, Math.floor(exact.length * maxErrorShare));
  const out: Candidate[] = [];
  let haystack = exclude.length ? mask(text, exclude) : text;
  for (let round = 0; round < FUZZY_ROUNDS; round++) {
    const matches = search(haystack, exact, maxErrors).filter((m) => m.errors > 0);
    if (!matches.length) break;
    out.push(...matches.map((m) => candidate(text, annotation, m.start, m.end, m.errors)));
    haystack = mask(haystack, matches);
  }
  return out;
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}…` : oneLine;
}

function orphan(annotation: Annotation, reason: string): AnchorResult {
  return { annotationId: annotation.id, range: null, confidence: 0, method: 'orphan', reason };
}

function found(annotation: Annotation, c: Candidate, confidence: number, method: AnchorResult['method']): AnchorResult {
  return { annotationId: annotation.id, range: { start: c.start, end: c.end }, confidence: Math.round(confidence * 1000) / 1000, method };
}

/** The best candidate, unless another place (not overlapping it) scores about as well. */
function pickBest(candidates: Candidate[], rank: (c: Candidate) => number, margin: number): { best: Candidate; rival?: Candidate } {
  const sorted = [...candidates].sort((a, b) => rank(b) - rank(a) || b.position - a.position);
  const best = sorted[0];
  const rival = sorted.find((c) => c !== best && !overlaps(c, best) && rank(c) >= rank(best) - margin);
  return rival ? { best, rival } : { best };
}

/** Characters of stored context used to find the place where the annotated text used to be. */
const SLOT_CONTEXT = 12;

/**
 * Where the annotated text used to stand: the stored prefix's end followed, within a
 * reasonable distance, by the stored suffix's start. When that place still exists and holds
 * a passage of similar length, a verbatim copy elsewhere is not "the" reviewed passage.
 */
function originalSlot(text: string, annotation: Annotation): { start: number; end: number } | undefined {
  const { exact, prefix, suffix } = annotation.target.quote;
  const before = prefix.slice(-SLOT_CONTEXT);
  const after = suffix.slice(0, SLOT_CONTEXT);
  if (before.trim().length < SLOT_CONTEXT / 2 || after.trim().length < SLOT_CONTEXT / 2) return undefined;
  const maxGap = exact.length * 2 + 64;
  for (let p = text.indexOf(before); p !== -1; p = text.indexOf(before, p + 1)) {
    const start = p + before.length;
    const q = text.indexOf(after, start);
    // A near-empty gap means the text moved away (its neighbours closed up), not that it was rewritten here.
    if (q !== -1 && q - start <= maxGap && q - start >= exact.length / 2) return { start, end: q };
  }
  return undefined;
}

export function anchorAnnotation(text: string, annotation: Annotation, options: AnchorOptions = {}): AnchorResult {
  const threshold = options.threshold ?? DEFAULT_ANCHOR_THRESHOLD;
  const { exact } = annotation.target.quote;
  if (!exact) return orphan(annotation, 'the annotation has no quoted text');
  const exacts = exactOccurrences(text, exact).map((start) => candidate(text, annotation, start, start + exact.length, 0));

  // 1. position + exact
  const atPosition = exacts.find((c) => c.start === annotation.target.position.start);
  if (atPosition && (exacts.length === 1 ? contextOf(atPosition) >= MIN_FUZZY_CONTEXT || exact.trim().length >= DISTINCTIVE_LENGTH : contextOf(atPosition) >= STRONG_CONTEXT)) {
    const rivalled = exacts.some((c) => c !== atPosition && contextOf(c) >= contextOf(atPosition) - 0.2);
    if (!rivalled) return found(annotation, atPosition, 1, 'position');
  }

  // 2. exact + context, competing with fuzzy candidates when the context is weak
  if (exacts.length) {
    const { best, rival } = pickBest(exacts, contextOf, 0.25);
    if (!rival && contextOf(best) >= STRONG_CONTEXT) return found(annotation, best, 0.8 + 0.2 * contextOf(best), 'context');
    if (exacts.length > 1) {
      // Identical text in several places: only strong surroundings may decide.
      return orphan(annotation, `"${excerpt(exact)}" appears ${exacts.length} times and the surrounding text does not show which one was reviewed`);
    }
    const only = exacts[0];
    const slot = originalSlot(text, annotation);
    if (slot && !(slot.start <= only.start && only.end <= slot.end)) {
      return orphan(
        annotation,
        `the reviewed passage was changed where it stood, and the same text "${excerpt(exact)}" now also appears elsewhere; re-attach it by hand`,
      );
    }
    if (contextOf(only) < STRONG_CONTEXT) {
      // A heavily edited original still in its own surroundings (Hypothesis's looser 50% bound)
      // makes a verbatim copy in foreign surroundings doubtful.
      // So does a near copy at least as close to the stored position: the original edited where it
      // stood (its fuzzy match often has misaligned ends, hence weak context) and a copy elsewhere.
      // And in surroundings foreign on both sides, any half-similar passage elsewhere may be the
      // original, edited and moved: the copy cannot be told from it.
      const foreign = Math.max(only.prefix, only.suffix) < MIN_SIDE_CONTEXT;
      const original = fuzzyCandidates(text, annotation, exacts, 0.5).find(
        (c) => foreign || (contextOf(c) >= MIN_FUZZY_CONTEXT && contextOf(c) >= contextOf(only) - 0.2) || (c.quote >= NEAR_COPY_QUOTE && c.position >= only.position),
      );
      if (original) {
        return orphan(annotation, `the reviewed passage was changed where it stood, and the same text "${excerpt(exact)}" now also appears elsewhere; re-attach it by hand`);
      }
    }
    const all = [only, ...fuzzyCandidates(text, annotation, exacts, 1 - MIN_QUOTE_SCORE_IN_PLACE)];
    const overall = pickBest(all, (c) => c.score, AMBIGUITY_MARGIN);
    if (overall.best === only && !overall.rival) {
      if (contextOf(only) >= MIN_FUZZY_CONTEXT || exact.trim().length >= DISTINCTIVE_LENGTH) {
        return found(annotation, only, 0.8 + 0.2 * contextOf(only), 'exact');
      }
      return orphan(annotation, `the short text "${excerpt(exact)}" was found, but the text around it changed`);
    }
    if (overall.rival) {
      return orphan(annotation, `the annotated text changed and two places match it about equally well`);
    }
    // An edited original in its own surroundings beats a verbatim copy elsewhere: fall through to fuzzy rules.
    return acceptFuzzy(annotation, overall.best, threshold, text);
  }

  // 3. fuzzy
  const fuzzy = fuzzyCandidates(text, annotation, [], 1 - MIN_QUOTE_SCORE_IN_PLACE);
  if (!fuzzy.length) {
    return orphan(
      annotation,
      exact.trim().length < MIN_FUZZY_LENGTH
        ? `the text "${excerpt(exact)}" is no longer in the article`
        : `the annotated text "${excerpt(exact)}" was deleted or rewritten (nothing at least ${Math.round(MIN_QUOTE_SCORE_IN_PLACE * 100)}% similar)`,
    );
  }
  const { best, rival } = pickBest(fuzzy, (c) => c.score, AMBIGUITY_MARGIN);
  if (rival) return orphan(annotation, 'the annotated text changed and two places match it about equally well');
  return acceptFuzzy(annotation, best, threshold, text);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a range starts and ends at word edges (between a word character and a non-word one). */
function edges(text: string, start: number, end: number): { start: boolean; end: boolean } {
  const isWord = (i: number) => i >= 0 && i < text.length && WORD_CHAR.test(text[i]);
  return { start: !(isWord(start - 1) && isWord(start)), end: !(isWord(end - 1) && isWord(end)) };
}

/** How far a fuzzy match's ends may lie from its stored surroundings and still be checked with them. */
const EDGE_SLACK = 40;
const EDGE_CONTEXT = 8;

/**
 * The text between the stored prefix and suffix around a fuzzy match: the match itself may stop
 * short of words typed at its edges ("… values are" of "… values are not."), which belong to the
 * claim when the surroundings follow right after them.
 */
function betweenContexts(text: string, annotation: Annotation, best: Candidate): { start: number; end: number } {
  const { prefix, suffix } = annotation.target.quote;
  let { start, end } = best;
  const before = prefix.slice(-EDGE_CONTEXT);
  const after = suffix.slice(0, EDGE_CONTEXT);
  const p = before ? text.lastIndexOf(before, start - before.length) : 0;
  if (p !== -1 && start - (p + before.length) <= EDGE_SLACK) start = p + before.length;
  const q = after ? text.indexOf(after, end) : text.length;
  if (q !== -1 && q - end <= EDGE_SLACK) end = q;
  return { start, end };
}

function acceptFuzzy(annotation: Annotation, best: Candidate, threshold: number, text: string): AnchorResult {
  const similar = `${Math.round(best.quote * 100)}% similar`;
  // Reviewers select whole words; a match cutting a word where the original did not is
  // another passage that merely shares letters ("Rep|ublican primary voters…").
  const { exact, prefix, suffix } = annotation.target.quote;
  const stored = edges(prefix + exact + suffix, prefix.length, prefix.length + exact.length);
  const actual = edges(text, best.start, best.end);
  if ((stored.start && !actual.start) || (stored.end && !actual.end)) {
    return orphan(annotation, `the closest text "${excerpt(text.slice(best.start, best.end))}" (${similar}) does not line up with whole words; it is probably a different passage`);
  }
  if (contextOf(best) < MIN_FUZZY_CONTEXT || (contextOf(best) < STRONG_CONTEXT && Math.min(best.prefix, best.suffix) < MIN_SIDE_CONTEXT)) {
    return orphan(annotation, `the closest text "${excerpt(text.slice(best.start, best.end))}" (${similar}) sits in different surroundings; it may be a different passage`);
  }
  if (best.quote < MIN_FUZZY_QUOTE_SCORE && Math.min(best.prefix, best.suffix) < MIN_SIDE_CONTEXT_IN_PLACE) {
    return orphan(annotation, `the annotated text "${excerpt(annotation.target.quote.exact)}" was rewritten (closest text only ${similar})`);
  }
  if (best.score < threshold) {
    return orphan(annotation, `the annotated text changed too much (best match ${best.score.toFixed(2)} < ${threshold.toFixed(2)})`);
  }
  // Similar wording is not the same claim: a review never moves to text stating other facts.
  const slot = betweenContexts(text, annotation, best);
  const change = factChange(exact, text.slice(slot.start, slot.end));
  if (change) {
    const reason = `the text in its place, "${excerpt(text.slice(slot.start, slot.end))}", states other facts (${change}); the review may not hold for it: re-attach it by hand if it does`;
    return { ...orphan(annotation, reason), factChange: change };
  }
  return found(annotation, best, best.score, 'fuzzy');
}

export function anchorAnnotations(text: string, annotations: readonly Annotation[], options: AnchorOptions = {}): AnchorResult[] {
  return annotations.map((annotation) => anchorAnnotation(text, annotation, options));
}
