/**
 * An AnalysisService for the hub's unit tests: it keeps each document's text from the opens and
 * edits it receives (so a wrong edit order shows as a wrong text) and answers with the real
 * engine's analysis — at once (the next turn) or only when the test says so.
 */
import { analyze } from '../../../src/core/analysis';
import type { AnalysisService, AnalysisUpdate, Disposable, TextEdit } from '../../../src/core/incremental/service';
import { applyTextEdits } from '../../../src/core/incremental/textEdits';
import type { Analysis, Span } from '../../../src/core/types';

export class ScriptedAnalysis implements AnalysisService {
  readonly texts = new Map<string, string>();
  readonly visible = new Map<string, Span>();
  /** What the hub asked for, in order: `open:<docId>`, `update:<docId>`, `close:<docId>`. */
  readonly calls: string[] = [];
  /** Answer every open and update on the next turn; false: only when answer() is called. */
  auto = true;
  private revision = 0;
  private readonly revisions = new Map<string, number>();
  private readonly listeners = new Set<(u: AnalysisUpdate) => void>();

  open(docId: string, text: string, visible?: Span): void {
    this.calls.push(`open:${docId}`);
    this.texts.set(docId, text);
    if (visible) this.visible.set(docId, visible);
    this.bump(docId);
  }

  update(docId: string, edits: TextEdit[], visible?: Span): void {
    this.calls.push(`update:${docId}`);
    this.texts.set(docId, applyTextEdits(this.texts.get(docId) ?? '', edits));
    if (visible) this.visible.set(docId, visible);
    this.bump(docId);
  }

  setVisible(docId: string, visible: Span): void {
    this.visible.set(docId, visible);
  }

  onDidUpdate(listener: (u: AnalysisUpdate) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get(docId: string): Analysis | undefined {
    const text = this.texts.get(docId);
    return text === undefined ? undefined : analyze(text);
  }

  close(docId: string): void {
    this.calls.push(`close:${docId}`);
    this.texts.delete(docId);
    this.revisions.delete(docId);
  }

  dispose(): void {
    this.listeners.clear();
  }

  /** Sends the analysis of the document's current text. */
  answer(docId: string): void {
    const text = this.texts.get(docId);
    const revision = this.revisions.get(docId);
    if (text === undefined || revision === undefined) return;
    for (const l of [...this.listeners]) l({ docId, revision, analysis: analyze(text), complete: true });
  }

  private bump(docId: string): void {
    this.revisions.set(docId, ++this.revision);
    if (this.auto) setImmediate(() => this.answer(docId));
  }
}
