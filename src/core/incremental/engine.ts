/** What the incremental analyzer runs: the engine's three steps (or a test's instrumented ones), and its options. */
import { Linker, linkParagraphs, type LinkTails } from '../link/linker';
import { analyzeParagraph } from '../paragraph/analyzeParagraph';
import type { ParagraphAnalysis } from '../paragraph/types';
import type { Analysis, Span } from '../types';
import type { ParagraphCacheLimits } from './paragraphCache';
import { splitParagraphs } from './paragraphSplit';

export interface AnalysisEngine<R> {
  /**
   * Must be prefix-stable: for any prefix of a text, the prefix's paragraphs but its last are the
   * text's, and the text after one of them splits into the text's remaining ones (lazy splitting).
   */
  splitParagraphs(text: string): Span[];
  analyzeParagraph(paragraphText: string): R;
  linkParagraphs(text: string, parts: { start: number; result: R }[]): Analysis;
  /**
   * An incremental linker for one document (optional): it is given the same paragraph objects
   * from call to call and re-links only what an edit changed.
   */
  createLinker?(): IncrementalLinker<R>;
}

export interface IncrementalLinker<R> {
  link(text: string, parts: readonly { start: number; result: R; text: string }[]): Analysis;
  /** Trailing items of the last result that are the previous result's, moved by the text length change. */
  tails?(): LinkTails;
}

/**
 * Analyses paragraphs elsewhere (another worker thread, with the same engine), so a large visible
 * range is analysed on two cores. One result per text; undefined where the engine failed there.
 */
export interface ParagraphAssistant<R> {
  analyze(texts: string[]): Promise<(R | undefined)[]>;
}

/** What the last update of a document shares with the one before: lets the worker skip comparing. */
export interface PatchHint {
  from: Analysis;
  tails: LinkTails;
}

export const defaultEngine: AnalysisEngine<ParagraphAnalysis> = {
  splitParagraphs,
  analyzeParagraph,
  linkParagraphs,
  createLinker: () => new Linker(),
};

export interface IncrementalOptions<R> {
  /** The analysis engine; tests may pass an instrumented one. */
  engine?: AnalysisEngine<R>;
  cache?: Partial<ParagraphCacheLimits>;
  /** Longest stretch of work before yielding to the event loop. */
  sliceMs?: number;
  /** While analysing a long document in the background, send a partial update at most this often. */
  progressMs?: number;
  /** Priority range used when the caller gives none: the top of the document. */
  defaultVisibleChars?: number;
  /**
   * A newly opened document whose visible paragraphs take longer than one time slice gets a first paint after
   * that slice: the claims of the paragraphs done so far (default true). See IncrementalAnalyzer.work.
   */
  firstPaint?: boolean;
  /** Called when the engine throws on a paragraph (that paragraph is left out). */
  onError?: (error: unknown, docId: string) => void;
  /** Takes over part of the visible paragraphs when there are many (see assistMinChars). */
  assistant?: ParagraphAssistant<R>;
  /** Visible paragraphs still to analyse must total at least this many characters to be shared. */
  assistMinChars?: number;
  /** Longer documents are split around the visible range first, the rest after its update. */
  lazySplitChars?: number;
}
