/**
 * In-memory implementations of the article hub's host interfaces (src/articles/documents.ts):
 * documents a test opens, edits, saves, scrolls and closes; settings it changes; sidecar changes
 * and read-only folders it announces; and the reports the hub makes, kept for the assertions.
 */
import type {
  ArticleDocument, ArticleHost, ArticleSettings, Disposable, DocumentChange, Documents, DocumentUri, TextEdit,
} from '../../../src/articles/documents';
import type { Span } from '../../../src/core/types';

export class MemoryUri implements DocumentUri {
  constructor(readonly fsPath: string, readonly scheme = 'file') {}
  toString(): string {
    return `${this.scheme}://${this.fsPath}`;
  }
}

class Emitter<A extends unknown[]> {
  private readonly listeners = new Set<(...args: A) => void>();
  on(listener: (...args: A) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }
  fire(...args: A): void {
    for (const l of [...this.listeners]) l(...args);
  }
}

export class MemoryDocument implements ArticleDocument<MemoryUri> {
  version = 1;
  isDirty = false;
  constructor(readonly uri: MemoryUri, readonly languageId: string, public text: string) {}
  getText(): string {
    return this.text;
  }
}

export class MemoryDocuments implements Documents<MemoryUri> {
  private readonly open_ = new Map<string, MemoryDocument>();
  private readonly visible = new Map<string, Span>();
  private readonly opened = new Emitter<[MemoryDocument]>();
  private readonly changed = new Emitter<[DocumentChange<MemoryUri>]>();
  private readonly closed = new Emitter<[MemoryDocument]>();
  private readonly saved = new Emitter<[MemoryDocument]>();
  private readonly scrolled = new Emitter<[MemoryDocument, Span]>();

  all(): MemoryDocument[] {
    return [...this.open_.values()];
  }
  onDidOpen(l: (d: ArticleDocument<MemoryUri>) => void): Disposable { return this.opened.on(l); }
  onDidChange(l: (c: DocumentChange<MemoryUri>) => void): Disposable { return this.changed.on(l); }
  onDidClose(l: (d: ArticleDocument<MemoryUri>) => void): Disposable { return this.closed.on(l); }
  onDidSave(l: (d: ArticleDocument<MemoryUri>) => void): Disposable { return this.saved.on(l); }
  onDidScroll(l: (d: ArticleDocument<MemoryUri>, s: Span) => void): Disposable { return this.scrolled.on(l); }
  visibleSpan(document: ArticleDocument<MemoryUri>): Span | undefined {
    return this.visible.get(document.uri.toString());
  }

  open(path: string, text: string, options: { languageId?: string; scheme?: string } = {}): MemoryDocument {
    const doc = new MemoryDocument(new MemoryUri(path, options.scheme), options.languageId ?? 'plaintext', text);
    this.open_.set(doc.uri.toString(), doc);
    this.opened.fire(doc);
    return doc;
  }

  /** Edits against the text before the change, as an editor reports them. Typing leaves it dirty. */
  edit(doc: MemoryDocument, edits: TextEdit[], options: { reason?: 'undo' | 'redo'; dirty?: boolean } = {}): void {
    let text = doc.text;
    for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    doc.text = text;
    doc.version++;
    doc.isDirty = options.dirty ?? true;
    this.changed.fire({ document: doc, edits, reason: options.reason });
  }

  type(doc: MemoryDocument, at: number, text: string): void {
    this.edit(doc, [{ start: at, end: at, text }]);
  }

  /** The file changed on disk and the editor reloaded it: a clean document, no undo. */
  reloadFromDisk(doc: MemoryDocument, text: string): void {
    this.edit(doc, [{ start: 0, end: doc.text.length, text }], { dirty: false });
  }

  save(doc: MemoryDocument): void {
    doc.isDirty = false;
    this.saved.fire(doc);
  }

  close(doc: MemoryDocument): void {
    this.open_.delete(doc.uri.toString());
    this.visible.delete(doc.uri.toString());
    this.closed.fire(doc);
  }

  scroll(doc: MemoryDocument, span: Span): void {
    this.visible.set(doc.uri.toString(), span);
    this.scrolled.fire(doc, span);
  }
}

export class MemorySettings implements ArticleSettings<MemoryUri> {
  private readonly emitter = new Emitter<[{ languages: boolean; scoreThreshold: boolean }]>();
  languageIds: string[] = ['plaintext', 'markdown', 'news-article'];
  threshold = 0.5;
  reviewer = 'tester';

  languages(): readonly string[] { return this.languageIds; }
  scoreThreshold(): number { return this.threshold; }
  reviewerName(): string { return this.reviewer; }
  onDidChange(l: (c: { languages: boolean; scoreThreshold: boolean }) => void): Disposable { return this.emitter.on(l); }

  set(change: { languages?: string[]; threshold?: number }): void {
    if (change.languages) this.languageIds = change.languages;
    if (change.threshold !== undefined) this.threshold = change.threshold;
    this.emitter.fire({ languages: change.languages !== undefined, scoreThreshold: change.threshold !== undefined });
  }
}

export class MemoryHost implements ArticleHost<MemoryUri> {
  readonly documents = new MemoryDocuments();
  readonly settings = new MemorySettings();
  readonly reports: { message: string; sidecarPath?: string }[] = [];
  /** Sidecar paths whose folder is read-only. */
  readonly readOnly = new Set<string>();
  private readonly sidecars = new Emitter<[string]>();

  onDidChangeSidecar(l: (sidecarPath: string) => void): Disposable { return this.sidecars.on(l); }
  sidecarChanged(sidecarPath: string): void { this.sidecars.fire(sidecarPath); }
  report(message: string, sidecarPath?: string): void {
    this.reports.push(sidecarPath === undefined ? { message } : { message, sidecarPath });
  }
  unwritableReason(sidecarPath: string): string | undefined {
    return this.readOnly.has(sidecarPath) ? `The folder of ${sidecarPath} is read-only.` : undefined;
  }
}
