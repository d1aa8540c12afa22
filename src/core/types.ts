/**
 * The analysis contract shared by the editor, the sidebar, the exporters and the CLI.
 * All offsets are JS string indices (UTF-16 code units) into the analysed text:
 * `text.slice(start, end)` equals the reported text.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

/** Full Fact's claim taxonomy. */
export type ClaimType = 'quantity' | 'prediction' | 'causation' | 'law' | 'personal' | 'other';

export const CLAIM_TYPES: readonly ClaimType[] = ['quantity', 'prediction', 'causation', 'law', 'personal', 'other'];

export interface Entities {
  people: string[];
  organizations: string[];
  places: string[];
}

export interface Sentence extends Span {
  text: string;
  /**
   * Check-worthiness of the sentence, 0–1 (present on engine output). Claims are the sentences
   * scoring at or above the default threshold; the score ranks the rest too.
   */
  score?: number;
}

export interface Claim extends Span {
  /** Deterministic for the same sentence text (content hash), not for its position. */
  id: string;
  text: string;
  /** Check-worthiness, 0–1. */
  score: number;
  type: ClaimType;
  /** Short human-readable reasons, e.g. `number: "more than 80 people"`. */
  reasons: string[];
  entities: Entities;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Speaker {
  /** The mention in the text: "he", "France's U.N. Ambassador Francois Delattre", "Assad". */
  mention: Mention;
  /** The resolved name: "Francois Delattre"; for a pronoun, the most recent compatible person. */
  name: string;
  /**
   * `false` when the mention is a pronoun or relative word ("he", "who") that no rule could tie to a person or
   * group: it names no one, `name` is the mention itself, and it is shown as `unresolved (“he”)` / `— ?`
   * (quotes/speakerName.ts). Absent when resolved.
   */
  resolved?: false;
}

export interface Quote extends Span {
  id: string;
  /** The quoted content, without quotation marks. */
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: Mention | null;
  /**
   * Ids of the rules that shaped it, in order: which found it, attributed it, set its kind and its span
   * (see src/core/rules/registry.ts).
   */
  rules: string[];
}

/**
 * A step of the engine that failed on one paragraph. What it would have found there is missing from the
 * result: the error says so instead of the loss passing unnoticed.
 */
export interface AnalysisError {
  /** Document offset of the paragraph where the step failed. */
  offset: number;
  /** The step: `marks`, `tokenize`, `claims`, `quotes` or `persons`. */
  step: string;
  /** The innermost named rule that was running (src/core/rules/registry.ts), when the failure was inside one. */
  rule?: string;
  /** The error's name and message, e.g. `TypeError: Cannot read properties of undefined (reading 'lower')`. */
  message: string;
}

export interface Analysis {
  sentences: Sentence[];
  claims: Claim[];
  quotes: Quote[];
  /** Present only when a step failed on some paragraph (see AnalysisError); absent on a clean analysis. */
  errors?: AnalysisError[];
}
