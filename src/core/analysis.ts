/**
 * The analysis engine's one public entry: text in, sentences/claims/quotes out, with exact offsets.
 * analyze = splitParagraphs → analyzeParagraph (expensive, per paragraph, cacheable) → linkParagraphs (cheap).
 * The incremental analyzer (worker), the host ↔ worker patches and the shared types are exported here too.
 */
import type { Analysis } from './types';
import { splitParagraphs } from './incremental/paragraphSplit';
import { analyzeParagraph } from './paragraph/analyzeParagraph';
import { linkParagraphs } from './link/linker';
import { ruleSet } from './rules/registry';

export type { Analysis, AnalysisError, Claim, ClaimType, Entities, Mention, Quote, QuoteKind, Sentence, Span, Speaker } from './types';
export { CLAIM_TYPES } from './types';
export type { ParagraphAnalysis, ParagraphError, ParagraphSentence, ParagraphClaim, ParagraphPerson, ParagraphQuote, ParagraphSpeaker, Gender } from './paragraph/types';
export type { LinkPart, PlacedParagraph } from './link/linker';
export { splitParagraphs, MAX_BLOCK } from './incremental/paragraphSplit';
export { analyzeParagraph, MIN_CLAIM_SCORE } from './paragraph/analyzeParagraph';
export { AnalysisStepError, describeAnalysisError } from './paragraph/stepErrors';
export { Linker, linkParagraphs } from './link/linker';
export { fnv1a } from './text/hash';
export { IncrementalAnalyzer } from './incremental/analyzer';
export type { AnalysisEngine, IncrementalOptions, ParagraphAssistant, PatchHint } from './incremental/analyzer';
export { applyAnalysisPatch, diffAnalysis } from './incremental/analysisPatch';
export type { AnalysisPatch } from './incremental/analysisPatch';
export type { AnalysisService, AnalysisUpdate, Disposable, TextEdit } from './incremental/service';
export { applyTextEdits } from './incremental/textEdits';
export { warmUpText } from './incremental/warmUpText';

/** Default check-worthiness threshold: claims at or above it are reported as check-worthy. */
export { MIN_CLAIM_SCORE as DEFAULT_CLAIM_THRESHOLD } from './paragraph/analyzeParagraph';

export { ALL_RULES, QUOTE_RULES, ruleSet, type RuleSet } from './rules/registry';
export type { Rule } from './rules/rule';

export interface AnalyzeOptions {
  /** Rule ids to switch off (see ALL_RULES), for tests; an unknown id throws a RangeError. */
  disabledRules?: readonly string[];
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const src = typeof text === 'string' ? text : '';
  const rules = ruleSet(options.disabledRules);
  const parts = splitParagraphs(src).map((p) => ({ start: p.start, result: analyzeParagraph(src.slice(p.start, p.end), rules) }));
  return linkParagraphs(src, parts, rules);
}
