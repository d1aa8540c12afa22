/**
 * The analysis engine: text in, sentences/claims/quotes out, with exact offsets.
 * analyze = splitParagraphs → analyzeParagraph (expensive, per paragraph, cacheable) → linkParagraphs (cheap).
 */
import type { Analysis } from './types';
import { splitParagraphs } from './paragraphs';
import { analyzeParagraph } from './paragraph';
import { linkParagraphs } from './link';

export type { Analysis, Claim, ClaimType, Entities, Mention, Quote, QuoteKind, Sentence, Span, Speaker } from './types';
export type { ParagraphAnalysis, ParagraphSentence, ParagraphClaim, ParagraphPerson, ParagraphQuote, ParagraphSpeaker, Gender } from './paragraphTypes';
export type { PlacedParagraph } from './link';
export { splitParagraphs, MAX_BLOCK } from './paragraphs';
export { analyzeParagraph, MIN_CLAIM_SCORE } from './paragraph';
export { linkParagraphs } from './link';
export { fnv1a } from './hash';

/** Default check-worthiness threshold: claims at or above it are reported as check-worthy. */
export { MIN_CLAIM_SCORE as DEFAULT_CLAIM_THRESHOLD } from './paragraph';

export function analyze(text: string): Analysis {
  const src = typeof text === 'string' ? text : '';
  const parts = splitParagraphs(src).map((p) => ({ start: p.start, result: analyzeParagraph(src.slice(p.start, p.end)) }));
  return linkParagraphs(src, parts);
}
