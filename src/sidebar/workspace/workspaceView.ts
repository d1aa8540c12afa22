/**
 * The "Workspace" view: every article with a sidecar or matching the articles glob, with
 * reviewed / total / disputed counts. Counts come from the sidecar JSON (no NLP on the host
 * thread); for an article the ArticleService has analysed (open in an editor) they come from
 * its live review queue, which also counts unreviewed detections. Scanning reads files
 * asynchronously in small batches, cancellable, with a progress notification when large.
 */
import * as vscode from 'vscode';
import { SIDEBAR_CMD } from '../../commands/ids';
import type { ArticleService } from '../../articles/contracts';
import { claimDefinition } from '../../l10n/countWords';
import { articlePathFor, isSidecarPath, SIDECAR_SUFFIX } from '../../core/review/sidecarPath';
import { readSettings } from '../../settings/settings';
import { folderRootGlobs } from './folderGlobs';
import { ArticleCounts, countArticleItems, countSidecar, describeCounts, emptyCounts, sameCounts } from './workspaceCounts';

export const WORKSPACE_VIEW_ID = 'claimlens.workspace';

/** Above this many files the scan shows a cancellable notification (a view progress bar otherwise). */
const NOTIFY_ABOVE = 200;
const BATCH = 16;
const MAX_FILES = 20_000;
const MAX_SIDECAR_BYTES = 20 * 1024 * 1024;
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/.vscode-test/**,**/out/**,**/dist/**}';

export interface ArticleEntry {
  uri: vscode.Uri;
  sidecar?: vscode.Uri;
  counts: ArticleCounts;
  error?: string;
  articleMissing: boolean;
}

export class WorkspaceViewProvider implements vscode.TreeDataProvider<ArticleEntry>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ArticleEntry | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly entries = new Map<string, ArticleEntry>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly treeView: vscode.TreeView<ArticleEntry>;
  private scanning: Promise<void> | undefined;
  private scanSource: vscode.CancellationTokenSource | undefined;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pendingSidecars = new Set<string>();
  /** Set after a cancelled or truncated scan: shown as the view message. */
  private note: string | undefined;
  /** A full scan has completed (open articles alone do not count). */
  private scanned = false;

  constructor(private readonly articles: ArticleService) {
    this.treeView = vscode.window.createTreeView(WORKSPACE_VIEW_ID, { treeDataProvider: this, showCollapseAll: false });
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    this.disposables.push(
      this.treeView,
      this.emitter,
      watcher,
      watcher.onDidCreate((u) => this.sidecarChanged(u)),
      watcher.onDidChange((u) => this.sidecarChanged(u)),
      watcher.onDidDelete((u) => this.sidecarChanged(u)),
      articles.onDidChangeArticle((uri) => this.articleChanged(uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('claimlens.seedGlob') || e.affectsConfiguration('claimlens.sidebar.articlesGlob')) void this.rescan();
      }),
      vscode.commands.registerCommand(SIDEBAR_CMD.refreshWorkspace, () => this.rescan()),
      // Scan lazily: only once the view is shown, never during activation.
      this.treeView.onDidChangeVisibility((e) => {
        if (e.visible && !this.scanning && !this.scanned) void this.rescan();
      }),
    );
    if (this.treeView.visible) void this.rescan();
  }

  // ── scanning ────────────────────────────────────────────────────────────────

  /** Globs for articles without a sidecar: the sidebar setting, else the seed glob. */
  private articleGlobs(): string[] {
    const c = vscode.workspace.getConfiguration('claimlens');
    const own = c.get<string>('sidebar.articlesGlob', '')?.trim();
    const seed = c.get<string>('seedGlob', '')?.trim();
    return [own || seed || '{**/*.article,**/seeds/**/*.txt}'];
  }

  /** The article globs, plus their remainder inside a workspace folder that is itself `seeds/` (./folderGlobs). */
  private articlePatterns(): vscode.GlobPattern[] {
    const globs = this.articleGlobs();
    const extra = (vscode.workspace.workspaceFolders ?? []).flatMap((folder) =>
      globs.flatMap((g) => folderRootGlobs(g, folder.uri.path.split('/').filter(Boolean).pop() ?? folder.name)).map((rest) => new vscode.RelativePattern(folder, rest)));
    return [...globs, ...extra];
  }

  /** Finds and counts everything again. Concurrent calls share one scan. */
  rescan(): Promise<void> {
    this.scanSource?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.scanSource = source;
    const run = this.scan(source.token).finally(() => {
      if (this.scanSource === source) {
        this.scanSource = undefined;
        this.scanning = undefined;
      }
      source.dispose();
    });
    this.scanning = run;
    return run;
  }

  /** Resolves when the running scan (if any) has finished. */
  async whenScanned(): Promise<void> {
    while (this.scanning) await this.scanning;
  }

  private async scan(token: vscode.CancellationToken): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) {
      this.entries.clear();
      this.treeView.message = vscode.l10n.t('Open a folder to see its articles.');
      this.emitter.fire();
      return;
    }
    const found = await this.findFiles(token);
    if (token.isCancellationRequested) return;
    const total = found.length;
    const work = async (progress: vscode.Progress<{ message?: string; increment?: number }>, cancel: vscode.CancellationToken) => {
      const next = new Map<string, ArticleEntry>();
      let done = 0;
      for (let i = 0; i < found.length; i += BATCH) {
        if (cancel.isCancellationRequested || token.isCancellationRequested) break;
        const batch = found.slice(i, i + BATCH);
        const results = await Promise.all(batch.map((f) => this.countOne(f.article, f.sidecar)));
        for (const r of results) next.set(r.uri.toString(), r);
        done += batch.length;
        progress.report({ message: vscode.l10n.t('{0} of {1}', done, total), increment: (batch.length / Math.max(1, total)) * 100 });
      }
      if (token.isCancellationRequested) return;
      const cancelled = cancel.isCancellationRequested;
      // A cancelled scan keeps what was counted so far; it never blanks the view.
      if (!cancelled) {
        // Keep open articles' live counts; everything else comes from this scan.
        for (const [k] of this.entries) if (!next.has(k) && !this.articles.get(vscode.Uri.parse(k))) this.entries.delete(k);
        this.scanned = true;
      }
      for (const [k, v] of next) this.entries.set(k, v);
      this.note = cancelled ? vscode.l10n.t('Scan cancelled after {0} of {1} files. Refresh to scan again.', done, total) : this.note;
      this.updateMessage();
      this.emitter.fire();
    };
    this.note = total >= MAX_FILES ? vscode.l10n.t('Showing the first {0} files only.', MAX_FILES) : undefined;
    if (total > NOTIFY_ABOVE) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('ClaimLens: counting reviews in the workspace'), cancellable: true },
        (progress, cancel) => work(progress, cancel),
      );
    } else {
      await vscode.window.withProgress({ location: { viewId: WORKSPACE_VIEW_ID } }, (progress) => work(progress, token));
    }
  }

  private async findFiles(token: vscode.CancellationToken): Promise<{ article: vscode.Uri; sidecar?: vscode.Uri }[]> {
    const [sidecars, ...articleLists] = await Promise.all([
      vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, EXCLUDE, MAX_FILES, token),
      ...this.articlePatterns().map((g) => vscode.workspace.findFiles(g, EXCLUDE, MAX_FILES, token).then(
        (r) => r,
        () => [] as vscode.Uri[], // a malformed glob in settings: show sidecars only
      )),
    ]);
    const byArticle = new Map<string, { article: vscode.Uri; sidecar?: vscode.Uri }>();
    for (const s of sidecars) {
      if (!isSidecarPath(s.path)) continue;
      const article = s.with({ path: articlePathFor(s.path)! });
      byArticle.set(article.toString(), { article, sidecar: s });
    }
    for (const list of articleLists) {
      for (const a of list) {
        if (isSidecarPath(a.path) || byArticle.has(a.toString())) continue;
        byArticle.set(a.toString(), { article: a });
      }
    }
    return [...byArticle.values()].slice(0, MAX_FILES);
  }

  private async countOne(article: vscode.Uri, sidecar?: vscode.Uri): Promise<ArticleEntry> {
    const entry: ArticleEntry = { uri: article, sidecar, counts: emptyCounts(), articleMissing: false };
    const live = this.articles.get(article);
    if (live) {
      entry.counts = countArticleItems(live.items);
    } else if (sidecar) {
      try {
        const stat = await vscode.workspace.fs.stat(sidecar);
        if (stat.size > MAX_SIDECAR_BYTES) {
          entry.error = vscode.l10n.t('sidecar is larger than {0} MB; not counted', MAX_SIDECAR_BYTES / 1024 / 1024);
        } else {
          const bytes = await vscode.workspace.fs.readFile(sidecar);
          const r = countSidecar(new TextDecoder('utf-8').decode(bytes));
          if (r.ok) entry.counts = r.counts;
          else entry.error = r.error;
        }
      } catch (err) {
        entry.error = vscode.l10n.t('could not read the sidecar ({0})', (err as Error).message);
      }
    }
    if (sidecar) entry.articleMissing = !(await fileExists(article));
    return entry;
  }

  private sidecarChanged(sidecar: vscode.Uri): void {
    if (!isSidecarPath(sidecar.path)) return;
    this.pendingSidecars.add(sidecar.toString());
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    // Coalesce: a review action writes once, git checkout may touch hundreds.
    this.rescanTimer = setTimeout(() => void this.flushSidecars(), 300);
  }

  private async flushSidecars(): Promise<void> {
    const list = [...this.pendingSidecars].map((s) => vscode.Uri.parse(s));
    this.pendingSidecars.clear();
    if (list.length > NOTIFY_ABOVE) return this.rescan();
    for (const s of list) {
      const article = s.with({ path: articlePathFor(s.path)! });
      const exists = await fileExists(s);
      const entry = await this.countOne(article, exists ? s : undefined);
      // Sidecar gone: keep the article (now unreviewed) if the file is still there.
      if (!exists && !(await fileExists(article))) this.entries.delete(article.toString());
      else this.entries.set(article.toString(), entry);
    }
    this.updateMessage();
    this.emitter.fire();
  }

  private articleChanged(uri: vscode.Uri): void {
    const state = this.articles.get(uri);
    if (!state) return;
    const key = uri.toString();
    const prev = this.entries.get(key);
    // An open article counts even when it matches no glob yet: it is being reviewed.
    const entry: ArticleEntry = { uri, sidecar: prev?.sidecar, counts: countArticleItems(state.items), articleMissing: false };
    // Most analysis updates (a keystroke) leave the counts as they were: no tree refresh in the tick that paints.
    if (prev && !prev.articleMissing && sameCounts(prev.counts, entry.counts)) return;
    this.entries.set(key, entry);
    this.updateMessage();
    this.emitter.fire();
  }

  private updateMessage(): void {
    const parts: string[] = [];
    if (this.entries.size === 0) parts.push(vscode.l10n.t('No articles found: open one, or set claimlens.sidebar.articlesGlob.'));
    if (this.note) parts.push(this.note);
    this.treeView.message = parts.length ? parts.join(' ') : undefined;
  }

  // ── tree ────────────────────────────────────────────────────────────────────

  get all(): ArticleEntry[] {
    return [...this.entries.values()].sort((a, b) => vscode.workspace.asRelativePath(a.uri).localeCompare(vscode.workspace.asRelativePath(b.uri)));
  }

  getChildren(element?: ArticleEntry): ArticleEntry[] {
    return element ? [] : this.all;
  }

  getTreeItem(e: ArticleEntry): vscode.TreeItem {
    const rel = vscode.workspace.asRelativePath(e.uri);
    const name = e.uri.path.slice(e.uri.path.lastIndexOf('/') + 1);
    const t = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.None);
    t.id = e.uri.toString();
    t.resourceUri = e.uri;
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    t.description = [e.error ? vscode.l10n.t('sidecar error') : e.articleMissing ? vscode.l10n.t('article missing') : describeCounts(e.counts), dir].filter(Boolean).join(' — ');
    if (e.error || e.articleMissing) {
      t.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('claimlens.sidebar.orphanedIcon'));
    } else if (e.counts.disputed > 0) {
      t.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('claimlens.sidebar.disputedIcon'));
    } else if (e.counts.total > 0 && e.counts.reviewed === e.counts.total && e.counts.basis === 'analysis') {
      t.iconPath = new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('claimlens.sidebar.sourcedIcon'));
    } else {
      t.iconPath = vscode.ThemeIcon.File;
    }
    const md = new vscode.MarkdownString();
    md.appendText(rel);
    md.appendMarkdown('\n\n');
    if (e.error) md.appendText(vscode.l10n.t('Sidecar problem: {0}', e.error));
    else if (e.articleMissing) md.appendText(vscode.l10n.t('The sidecar exists but the article file does not.'));
    else {
      md.appendText(describeCounts(e.counts));
      md.appendMarkdown('\n\n');
      md.appendText(e.counts.basis === 'analysis'
        ? vscode.l10n.t('Counts from the analysed article (includes unreviewed detections).')
        : vscode.l10n.t('Counts from the sidecar only (annotated items). Open the article to count unreviewed detections too.'));
      md.appendMarkdown('\n\n');
      md.appendText(claimDefinition(readSettings(e.uri).scoreThreshold, 'claimlens.scoreThreshold'));
    }
    t.tooltip = md;
    t.contextValue = e.articleMissing ? 'claimlens.workspaceArticle.missing' : 'claimlens.workspaceArticle';
    if (!e.articleMissing) t.command = { command: 'vscode.open', title: vscode.l10n.t('Open Article'), arguments: [e.uri] };
    else if (e.sidecar) t.command = { command: 'vscode.open', title: vscode.l10n.t('Open Sidecar'), arguments: [e.sidecar] };
    return t;
  }

  dispose(): void {
    this.scanSource?.cancel();
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    for (const d of this.disposables) d.dispose();
  }
}

async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
