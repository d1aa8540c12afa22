/**
 * Failed engine steps as data (AnalysisError) and as words: what the CLI prints on stderr and the extension writes
 * to the ClaimLens log (Output → ClaimLens).
 */
import type { AnalysisError } from '../types';
import type { ParagraphError } from './types';
import { ruleOfFailure } from '../rules/rule';

/** What a step loses when it fails: the paragraph's part of the result it would have produced. */
const LOST: Record<string, string> = {
  marks: "its wire-style quotation marks (''…'', ``…'') were not recognised",
  tokenize: 'nothing in it was analysed',
  claims: 'its claims are missing',
  quotes: 'its quotes are missing',
  persons: 'later pronouns cannot refer to the people it names',
};

/** The record of `error`, thrown by `step`: the innermost rule it was thrown in, its name and message. */
export function stepError(step: string, error: unknown): ParagraphError {
  const rule = ruleOfFailure(error);
  const message = error instanceof Error ? `${error.name}: ${error.message}` : `thrown: ${String(error)}`;
  return rule ? { step, rule, message } : { step, message };
}

/** One line: `the quotes step failed on the paragraph at offset 120 (rule span.reported-clause): TypeError: …; its quotes are missing`. */
export function describeAnalysisError(e: AnalysisError): string {
  const where = e.rule ? ` (rule ${e.rule})` : '';
  return `the ${e.step} step failed on the paragraph at offset ${e.offset}${where}: ${e.message}; ${LOST[e.step] ?? 'its results are incomplete'}`;
}

/** A failed step as an Error, for callers that report engine exceptions (the incremental analyzer's onError). */
export class AnalysisStepError extends Error {
  constructor(readonly detail: AnalysisError) {
    super(describeAnalysisError(detail));
    this.name = 'AnalysisStepError';
  }
}
