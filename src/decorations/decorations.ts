/**
 * Paints the review items of every visible article editor. Items arrive from the
 * ArticleService already debounced and re-anchored; between updates VS Code moves the existing
 * decorations along with the typed text, so nothing here runs per keystroke.
 */
import * as vscode from 'vscode';
import type { ReviewItem } from '../core/review/types';
import type { ArticleService } from '../articles/contracts';
import { readSettings } from '../settings/settings';
import type { VerdictScales } from '../verdicts/verdictScales';
import { escapeMarkdown } from '../core/export/escapeMarkdown';
import { inlineName } from '../core/quotes/speakerName';
import { firstWords } from '../core/review/firstWords';
import { decorationBuckets, UNKNOWN_STYLE } from './decorationBuckets';
import { gutterMarks, gutterSummary } from './gutterMarks';
import { problemOf } from '../diagnostics/problems';
import { createDecorationStyles, type DecorationStyles } from './decorationStyles';

const CLOSING_QUOTES = new Set(['"', '\u201d', '\u2019', "'", '\u00bb']);

export class DecorationController implements vscode.Disposable {
  private readonly styles: DecorationStyles;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(extensionUri: vscode.Uri, private readonly articles: ArticleService, private readonly scales: VerdictScales) {
    // One set of styles: the (first) workspace folder's scale.
    this.styles = createDecorationStyles(extensionUri, scales.scaleFor());
    this.disposables.push(
      this.styles,
      scales.onDidChange(() => {
        this.styles.setScale(scales.scaleFor());
        this.paintAll();
      }),
      articles.onDidChangeArticle((uri) => this.paintUri(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.paintAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e.textEditor)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('claimlens.decorations.enabled') || e.affectsConfiguration('claimlens.showSpeakers')
          || e.affectsConfiguration('claimlens.diagnostics')) {
          this.paintAll();
        }
      }),
    );
    this.paintAll();
  }

  private scrollTimer: ReturnType<typeof setTimeout> | undefined;

  private onScroll(editor: vscode.TextEditor): void {
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => {
      const state = this.articles.get(editor.document.uri);
      const settings = readSettings(editor.document.uri);
      if (state && settings.decorationsEnabled && settings.showSpeakers) this.paintSpeakers(editor, state.items);
    }, 100);
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
    const length = documentLength(doc);
    const toRange = (start: number, end: number) => new vscode.Range(doc.positionAt(start), doc.positionAt(end));

    // With diagnostics on, a claim the Problems panel underlines is not highlighted too (its gutter icon stays).
    const stepAside = settings.diagnostics !== 'off' ? (item: ReviewItem) => problemOf(item) !== undefined : undefined;
    for (const { kind, status, ranges } of decorationBuckets(items, length, toRange, stepAside, this.styles.statuses())) {
      editor.setDecorations(this.styles.type(kind, status), ranges);
    }
    this.paintGutter(editor, items, length);
    this.paintSpeakers(editor, show && settings.showSpeakers ? items : []);
  }

  /**
   * One gutter icon per line, its most urgent claim's; a line of several claims lists them in its hover.
   * The icon sits on an empty range at the line's start: a range over the whole line would repeat the
   * icon on every row of a wrapped line. The hover goes on a separate, invisible whole-line decoration.
   */
  private paintGutter(editor: vscode.TextEditor, items: readonly ReviewItem[], length: number): void {
    const doc = editor.document;
    const scale = this.scales.scaleFor(doc.uri);
    // Every style gets its list, empty ones too, so an icon whose last claim changed goes.
    const byStyle = new Map<vscode.TextEditorDecorationType, vscode.DecorationOptions[]>(
      [...this.styles.statuses(), UNKNOWN_STYLE].map((s) => [this.styles.gutter(s), []]));
    const hovers: vscode.DecorationOptions[] = [];
    for (const mark of gutterMarks(items, length, (offset) => doc.positionAt(offset).line, scale)) {
      byStyle.get(this.styles.gutter(mark.status))!.push({ range: new vscode.Range(mark.line, 0, mark.line, 0) });
      const summary = gutterSummary(mark, (text) => firstWords(text), scale);
      if (!summary) continue;
      const md = new vscode.MarkdownString(`${vscode.l10n.t('**ClaimLens** · {0} claims on this line, the gutter shows the first:', mark.claims.length)}\n\n${summary.map((l) => `- ${escapeMarkdown(l, 'line')}`).join('\n')}`);
      md.isTrusted = false;
      hovers.push({ range: doc.lineAt(mark.line).range, hoverMessage: md });
    }
    editor.setDecorations(this.styles.gutterHover, hovers);
    for (const [style, options] of byStyle) editor.setDecorations(style, options);
  }

  /**
   * Speaker after-texts only near the visible part: each distinct text costs the renderer a CSS
   * rule, and nobody reads them off screen (they have no overview-ruler mark). Repainted on scroll.
   */
  private paintSpeakers(editor: vscode.TextEditor, items: readonly ReviewItem[]): void {
    const doc = editor.document;
    const length = documentLength(doc);
    const margin = 200; // lines above and below the viewport
    const spans = editor.visibleRanges.map((r) => ({
      start: doc.offsetAt(new vscode.Position(Math.max(0, r.start.line - margin), 0)),
      end: doc.offsetAt(new vscode.Position(r.end.line + margin, 0)),
    }));
    const near = (at: number) => spans.length === 0 || spans.some((s) => s.start <= at && at <= s.end);
    const speakers: vscode.DecorationOptions[] = [];
    for (const item of items) {
      if (item.kind !== 'quote' || item.status === 'dismissed' || !item.range || item.range.end > length) continue;
      // An unresolved `he`/`who` shows as `— ?`, never as a name (the hover says which word and offers the correction).
      const name = item.annotation?.speaker || inlineName(item.quote?.speaker);
      if (!name || !near(item.range.end)) continue;
      // After the closing quotation mark, not inside the quote.
      let at = item.range.end;
      if (at < length && CLOSING_QUOTES.has(doc.getText(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 1))))) at += 1;
      const pos = doc.positionAt(at);
      speakers.push({ range: new vscode.Range(pos, pos), renderOptions: { after: { contentText: `\u2014 ${name}` } } });
    }
    editor.setDecorations(this.styles.speaker, speakers);
  }

  dispose(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      for (const t of this.styles.all()) editor.setDecorations(t, []);
    }
    clearTimeout(this.scrollTimer);
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * The document's length without getText(), which joins every line into a new string (about 1 ms
 * on a 1 MB article, and painting follows every keystroke's analysis update).
 */
function documentLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}
