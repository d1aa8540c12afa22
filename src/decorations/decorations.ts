/**
 * Paints the review items of every visible article editor. Items arrive from the ArticleService
 * once the worker's analysis matches the text, re-anchored; between updates VS Code moves the
 * existing decorations along with the typed text. After a keystroke's update only the types whose
 * ranges changed are sent (./decorationMemo.ts): usually those with a range on the edited line.
 */
import * as vscode from 'vscode';
import type { ReviewItem } from '../core/review/types';
import type { ArticleService } from '../articles/contracts';
import { readSettings } from '../settings/settings';
import type { VerdictScales } from '../verdicts/verdictScales';
import { escapeMarkdown } from '../core/export/escapeMarkdown';
import { firstWords, withoutEdgeMarks } from '../core/review/firstWords';
import { decorationBuckets } from './decorationBuckets';
import { gutterMarks, gutterSummary } from './gutterMarks';
import { problemOf } from '../diagnostics/problems';
import { createDecorationStyles, type DecorationStyles } from './decorationStyles';
import { DecorationMemo } from './decorationMemo';
import { documentLength } from './documentLength';
import type { ScaleStyles } from './styleRegistry';
import type { VerdictScale } from '../core/review/verdictScale';
import { traceMark } from '../trace/timingTrace';
import { AFTER_PAINT_MS } from '../articles/changeRelay';

export class DecorationController implements vscode.Disposable {
  private readonly styles: DecorationStyles;
  private readonly disposables: vscode.Disposable[] = [];
  /** Per editor, what each decoration type holds (editors shown anew are new objects, with no memo). */
  private memos = new WeakMap<vscode.TextEditor, DecorationMemo<vscode.TextEditorDecorationType>>();
  /** Editors sent any decoration so far: the others hold none of ours, so they need no empty lists. */
  private readonly given = new WeakSet<vscode.TextEditor>();
  /** Editors whose gutter is painted a timer turn after their highlights (paint()). */
  private readonly gutterDue = new Set<vscode.TextEditor>();
  private gutterTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(extensionUri: vscode.Uri, private readonly articles: ArticleService, private readonly scales: VerdictScales) {
    // Styles per look: each article is painted in its own workspace folder's scale.
    this.styles = createDecorationStyles(extensionUri);
    this.disposables.push(
      this.styles,
      scales.onDidChange(() => this.restyle()),
      articles.onDidChangeArticleForPaint((uri) => this.paintUri(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        traceMark('host.visibleEditors', editors.length);
        // Only editors shown anew: the others keep what they hold (VS Code makes a new editor object whenever an
        // editor shows another document, and the decorations of the one it showed go with it).
        for (const editor of editors) if (!this.memos.has(editor)) this.paint(editor);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('claimlens.decorations.enabled') || e.affectsConfiguration('claimlens.diagnostics')) {
          this.paintAll();
        }
      }),
    );
    this.paintAll();
  }

  /** Repaints every visible editor in full (restyled, settings changed): every type is sent again, empty ones too. */
  paintAll(): void {
    this.memos = new WeakMap();
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  /**
   * A scale changed: clear every style (an editor may hold a style its folder's scale no longer uses but another
   * folder's still does), drop the styles no scale shown uses, and paint again. Rare, so the simple way.
   */
  private restyle(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      for (const t of this.styles.all()) editor.setDecorations(t, []);
    }
    this.styles.retain(vscode.window.visibleTextEditors.map((e) => this.scales.scaleFor(e.document.uri)));
    this.paintAll();
  }

  /** VS Code moves the decorations with the edit: forget the types whose ranges it may have moved. */
  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    const key = e.document.uri.toString();
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === key) this.memos.get(editor)?.noteEdits(e.contentChanges);
    }
  }

  /** Sends `type` its ranges unless the editor holds exactly these already. */
  private set(editor: vscode.TextEditor, type: vscode.TextEditorDecorationType, ranges: readonly vscode.Range[], options?: readonly vscode.DecorationOptions[], labels?: readonly string[]): void {
    if (this.memoOf(editor).shouldSet(type, ranges, labels)) {
      traceMark('host.setDecorations', ranges.length);
      this.given.add(editor);
      editor.setDecorations(type, options ?? ranges);
    }
  }

  /** The editor's memo; a new one starts empty for an editor never given a decoration (it holds none of ours). */
  private memoOf(editor: vscode.TextEditor): DecorationMemo<vscode.TextEditorDecorationType> {
    let memo = this.memos.get(editor);
    if (!memo) this.memos.set(editor, (memo = new DecorationMemo(!this.given.has(editor))));
    return memo;
  }

  private paintUri(uri: vscode.Uri): void {
    const key = uri.toString();
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === key) this.paint(editor);
    }
  }

  private paint(editor: vscode.TextEditor): void {
    // An editor shown before its article's analysis exists (or showing no article) and given nothing yet: there is
    // nothing to paint or to clear (this was a round of empty lists to the window before every first highlight).
    if (this.articles.get(editor.document.uri) === undefined && !this.given.has(editor)) return;
    traceMark('host.paint');
    const settings = readSettings(editor.document.uri);
    const items = this.itemsToPaint(editor, settings);
    const doc = editor.document;
    const length = documentLength(doc);
    const toRange = (start: number, end: number) => new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    const scale = this.scales.scaleFor(doc.uri);
    const styles = this.styles.of(scale);

    // With diagnostics on, a claim the Problems panel underlines is not highlighted too (its gutter icon stays).
    const stepAside = settings.diagnostics !== 'off' ? (item: ReviewItem) => problemOf(item) !== undefined : undefined;
    for (const { kind, status, ranges } of decorationBuckets(items, length, toRange, stepAside, styles.statuses)) {
      // A style never made has nothing to clear.
      const type = ranges.length > 0 ? styles.type(kind, status) : styles.existing(kind, status);
      if (type) this.set(editor, type, ranges);
    }
    // The gutter a little later: the extension host sends the highlights to the window only after this task (VS Code's
    // protocol writer flushes on a timer, then deflates in a later I/O turn: src/articles/changeRelay.ts), and the
    // gutter's hover texts were the paint's slowest part (traced: 30-90 ms on a fresh extension host).
    this.gutterDue.add(editor);
    this.gutterTimer ??= setTimeout(() => this.paintDueGutters(), AFTER_PAINT_MS);
  }

  /** The article's review items, or none while it is untracked or decorations are off. */
  private itemsToPaint(editor: vscode.TextEditor, settings = readSettings(editor.document.uri)): readonly ReviewItem[] {
    const state = this.articles.get(editor.document.uri);
    return state !== undefined && settings.decorationsEnabled ? state.items : [];
  }

  private paintDueGutters(): void {
    this.gutterTimer = undefined;
    const due = [...this.gutterDue];
    this.gutterDue.clear();
    const visible = new Set(vscode.window.visibleTextEditors);
    for (const editor of due) {
      if (!visible.has(editor)) continue;
      const scale = this.scales.scaleFor(editor.document.uri);
      this.paintGutter(editor, this.itemsToPaint(editor), documentLength(editor.document), scale, this.styles.of(scale));
    }
  }

  /**
   * One gutter icon per line, its most urgent claim's; a line of several claims lists them in its hover.
   * The icon sits on an empty range at the line's start: a range over the whole line would repeat the
   * icon on every row of a wrapped line. The hover goes on a separate, invisible whole-line decoration.
   */
  private paintGutter(editor: vscode.TextEditor, items: readonly ReviewItem[], length: number, scale: VerdictScale, styles: ScaleStyles<vscode.TextEditorDecorationType>): void {
    const doc = editor.document;
    // Every style made so far gets its list, empty ones too, so an icon whose last claim changed goes.
    // Plain ranges, not DecorationOptions: VS Code sends those to the renderer as a flat number array.
    const byStyle = new Map<vscode.TextEditorDecorationType, vscode.Range[]>(styles.existingGutters().map((t) => [t, []]));
    const hovers: vscode.DecorationOptions[] = [];
    const hoverTexts: string[] = [];
    for (const mark of gutterMarks(items, length, (offset) => doc.positionAt(offset).line, scale)) {
      const style = styles.type('gutter', mark.status);
      if (!byStyle.has(style)) byStyle.set(style, []);
      byStyle.get(style)!.push(new vscode.Range(mark.line, 0, mark.line, 0));
      const summary = gutterSummary(mark, (text) => firstWords(withoutEdgeMarks(text)), scale);
      if (!summary) continue;
      // Codicon ids are ours (statusLook); the article's words are escaped, `$(` included.
      const md = new vscode.MarkdownString(`${vscode.l10n.t('**ClaimLens** · {0} claims on this line, the gutter shows the first:', mark.claims.length)}\n\n${summary.map((l) => `- $(${l.codicon}) ${escapeMarkdown(l.text, 'line')}`).join('\n')}`, true);
      md.isTrusted = false;
      hovers.push({ range: doc.lineAt(mark.line).range, hoverMessage: md });
      hoverTexts.push(md.value);
    }
    this.set(editor, this.styles.gutterHover, hovers.map((h) => h.range), hovers, hoverTexts);
    for (const [style, ranges] of byStyle) this.set(editor, style, ranges);
  }

  dispose(): void {
    clearTimeout(this.gutterTimer);
    for (const editor of vscode.window.visibleTextEditors) {
      for (const t of this.styles.all()) editor.setDecorations(t, []);
    }
    for (const d of this.disposables) d.dispose();
  }
}
