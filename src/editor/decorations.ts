/**
 * Paints the review items of every visible article editor. Items arrive from the
 * ArticleService already debounced and re-anchored; between updates VS Code moves the existing
 * decorations along with the typed text, so nothing here runs per keystroke.
 */
import * as vscode from 'vscode';
import type { ReviewItem } from '../core/review/types';
import type { ArticleService } from '../workspace/contracts';
import { readSettings } from '../workspace/config';
import { createDecorationStyles, type DecorationStyles, VISIBLE_STATUSES } from './decorationStyles';

const CLOSING_QUOTES = new Set(['"', '\u201d', '\u2019', "'", '\u00bb']);

export class DecorationController implements vscode.Disposable {
  private readonly styles: DecorationStyles;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(extensionUri: vscode.Uri, private readonly articles: ArticleService) {
    this.styles = createDecorationStyles(extensionUri);
    this.disposables.push(
      this.styles,
      articles.onDidChangeArticle((uri) => this.paintUri(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.paintAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('claimlens.decorations.enabled') || e.affectsConfiguration('claimlens.showSpeakers')) {
          this.paintAll();
        }
      }),
    );
    this.paintAll();
  }

  paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  private paintUri(uri: vscode.Uri): void {
    const key = uri.toString();
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === key) this.paint(editor);
    }
  }

  private paint(editor: vscode.TextEditor): void {
    const state = this.articles.get(editor.document.uri);
    const settings = readSettings(editor.document.uri);
    const show = state !== undefined && settings.decorationsEnabled;
    const items = show ? state.items : [];
    const doc = editor.document;
    const toRange = (start: number, end: number) => new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    const text = doc.getText();
    const inDoc = (i: ReviewItem) => i.range !== null && i.range.end <= text.length;

    for (const kind of ['claim', 'quote'] as const) {
      for (const status of VISIBLE_STATUSES) {
        const ranges = items
          .filter((i) => i.kind === kind && i.status === status && !i.orphaned && inDoc(i))
          .map((i) => toRange(i.range!.start, i.range!.end));
        editor.setDecorations(this.styles.type(kind, status), ranges);
      }
    }

    const speakers: vscode.DecorationOptions[] = [];
    if (show && settings.showSpeakers) {
      for (const item of items) {
        if (item.kind !== 'quote' || item.status === 'dismissed' || !item.range || !inDoc(item)) continue;
        const name = item.annotation?.speaker || item.quote?.speaker?.name;
        if (!name) continue;
        // After the closing quotation mark, not inside the quote.
        let at = item.range.end;
        if (CLOSING_QUOTES.has(text[at])) at += 1;
        speakers.push({
          range: toRange(at, at),
          renderOptions: { after: { contentText: `\u2014 ${name}` } },
        });
      }
    }
    editor.setDecorations(this.styles.speaker, speakers);
  }

  dispose(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      for (const t of this.styles.all()) editor.setDecorations(t, []);
    }
    for (const d of this.disposables) d.dispose();
  }
}
