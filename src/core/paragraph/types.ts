/**
 * The per-paragraph result: plain JSON (cached by paragraph content, sent across a worker
 * thread). Offsets are relative to the paragraph start; linkParagraphs shifts them.
 */
import type { AnalysisError, ClaimType, Entities, Mention, QuoteKind, Span } from '../types';

/** 'm'/'f' for he/she, 'p' for they/we, 'n' for it, '' when unknown. */
export type Gender = 'm' | 'f' | 'p' | 'n' | '';

export interface ParagraphSpeaker {
  mention: Mention;
  /** Resolved name; for pronouns the linker replaces it with the antecedent's name. */
  name: string;
  /** Set when the mention is a pronoun that the linker must resolve. */
  pronoun?: Gender;
}

export interface ParagraphQuote extends Span {
  kind: QuoteKind;
  speaker: ParagraphSpeaker | null;
  cue: Mention | null;
  /** The paragraph opens with this quote's mark: it may continue a quote left open in the previous paragraph. */
  reopens: boolean;
  /** The quote's mark is never closed in this paragraph (a multi-paragraph quote, or a stray mark). */
  unclosed: boolean;
  /** Quoted between single marks (absent otherwise). */
  single?: true;
  /** Source to use when the linker finds none in context: the sentence subject and its verb. */
  fallback?: { speaker: ParagraphSpeaker; cue: Mention };
  /** Ids of the rules that shaped it (rules/registry.ts), in order; the linker adds its own. */
  rules: string[];
}

/** A paragraph ending in `he declared:`: the speaker and cue of the quote opening the next paragraph. */
export interface ParagraphIntro {
  speaker: ParagraphSpeaker;
  cue: Mention;
  /** Ids of the rules that found it. */
  rules: string[];
}

export interface ParagraphPerson extends Span {
  name: string;
  gender: Gender;
}

export interface ParagraphClaim extends Span {
  score: number;
  type: ClaimType;
  reasons: string[];
  entities: Entities;
}

export interface ParagraphSentence extends Span {
  /** Check-worthiness score of the sentence (0 for boilerplate lines). */
  score: number;
}

export interface ParagraphAnalysis {
  sentences: ParagraphSentence[];
  claims: ParagraphClaim[];
  quotes: ParagraphQuote[];
  /** A paragraph ending in `he declared:` introduces the quote that opens the next paragraph. */
  intro: ParagraphIntro | null;
  /** Named people in text order, with gender hints, for pronoun resolution across paragraphs. */
  persons: ParagraphPerson[];
  /** Steps that failed on this paragraph (absent when none did); the linker adds the paragraph's offset. */
  errors?: ParagraphError[];
}

/** A failed step of one paragraph's analysis: an AnalysisError before the linker places it. */
export type ParagraphError = Omit<AnalysisError, 'offset'>;
