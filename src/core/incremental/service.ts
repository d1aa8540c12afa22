/**
 * The incremental analysis API used by the extension (through a worker thread), the
 * benchmark and the tests. Offsets in TextEdit refer to the text *before* the edit;
 * several edits in one call are applied like VS Code content changes (each against the
 * text produced by the previous ones).
 */
import type { Analysis, Span } from '../types';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface AnalysisUpdate {
  docId: string;
  /** Monotonic per document; drop updates older than the last one applied. */
  revision: number;
  analysis: Analysis;
  /** false while only the priority (visible) range has been analysed. */
  complete: boolean;
}

export interface Disposable {
  dispose(): void;
}

export interface AnalysisService {
  open(docId: string, text: string, visible?: Span): void;
  update(docId: string, edits: TextEdit[], visible?: Span): void;
  /** Re-prioritise after scrolling. */
  setVisible(docId: string, visible: Span): void;
  onDidUpdate(listener: (update: AnalysisUpdate) => void): Disposable;
  /** Latest analysis, possibly partial. */
  get(docId: string): Analysis | undefined;
  close(docId: string): void;
  dispose(): void;
}
