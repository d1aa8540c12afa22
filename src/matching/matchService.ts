/**
 * "Checked before" in the editor: keeps the match worker's index in step with the workspace's
 * review files and the archives of `claimlens.archives`, and holds, per open article, the
 * earlier fact-checks of each claim. Starts with the first article (activation stays lazy);
 * a long (re)index shows a progress notification; the index is cached in workspace storage.
 */
import * as vscode from 'vscode';
import type { ArticleService } from '../articles/contracts';
import type { Match } from '../core/matching/matchIndex';
import type { ReviewItem } from '../core/review/types';
import type { MatchSourceFile } from '../worker/matchProtocol';
import { MatchClient, type MatchThread } from './matchClient';
import { collectSourceFiles, sourceFileOf, type SourceFileAccess } from './sourceFiles';

/** How a build runs "checked before" (src/extension.ts: a Node worker thread; src/web/extension.ts: a Web Worker). */
export interface MatchPlatform extends SourceFileAccess<vscode.Uri> {
  start(): MatchThread;
  /** Where the index is cached between sessions, given the workspace storage; undefined: not cached. */
  cachePath(storage: vscode.Uri): string | undefined;
}

export const REVIEW_FILES_GLOB = '**/*.claimlens.json';
const EXCLUDE = '**/{node_modules,.git}/**';
/** A sync still running after this long gets a progress notification. */
const PROGRESS_AFTER_MS = 800;
const REFRESH_DELAY_MS = 300;

interface ArticleMatches {
  byKey: Map<string, { text: string; matches: Match[] }>;
}

export class MatchService implements vscode.Disposable {
  private readonly client: MatchClient;
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChangeMatches = this.emitter.event;
  private readonly results = new Map<string, ArticleMatches>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private watchers: vscode.Disposable[] = [];
  private started = false;
  private readonly indexing: boolean;
  private readonly log: vscode.LogOutputChannel;
  private progress: { report: (done: number, total: number) => void; done: () => void } | undefined;
  private syncedOnce!: Promise<void>;
  private resolveSynced: () => void = () => undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly articles: ArticleService,
    log: vscode.LogOutputChannel,
    private readonly platform: MatchPlatform | undefined,
  ) {
    this.indexing = platform !== undefined;
    this.log = log;
    this.syncedOnce = new Promise((resolve) => (this.resolveSynced = resolve));
    this.client = new MatchClient(platform && (() => platform.start()), {
      progress: (done, total) => this.progress?.report(done, total),
      synced: (m) => {
        this.progress?.done();
        for (const p of m.problems) log.warn(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
        this.resolveSynced();
        if (m.read > 0 || m.fromCache) this.refreshAll();
      },
      log: (message) => log.warn(message),
      // A worker that cannot run: no progress left on screen, and whoever waits for the index gets empty matches.
      stopped: () => {
        this.progress?.done();
        this.resolveSynced();
      },
    });
    this.disposables.push(
      articles.onDidChangeArticle((uri) => this.onArticle(uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('claimlens.archives') && this.started && this.indexing) void this.scan();
      }),
    );
  }

  private onArticle(uri: vscode.Uri): void {
    this.ensureStarted();
    this.schedule(uri);
  }

  private ensureStarted(): void {
    if (this.started) return;
    this.started = true;
    // Without a match worker there is nothing to index and no progress to show.
    if (!this.indexing) return this.resolveSynced();
    void this.scan();
  }

  /** Resolves once the index has been built or loaded at least once (tests, commands). */
  whenIndexed(): Promise<void> {
    this.ensureStarted();
    return this.syncedOnce;
  }

  private archivesGlob(): string {
    return vscode.workspace.getConfiguration('claimlens').get<string>('archives', '').trim();
  }

  private async sourceFiles(platform: MatchPlatform): Promise<MatchSourceFile[]> {
    const globs = [REVIEW_FILES_GLOB, this.archivesGlob()].filter(Boolean);
    const uris = (await Promise.all(globs.map((g) => vscode.workspace.findFiles(g, EXCLUDE)))).flat();
    return collectSourceFiles(uris, platform, (file, message) => this.log.warn(`${file}: ${message}`));
  }

  private async scan(): Promise<void> {
    if (!this.platform) return;
    this.watch(this.platform);
    const timer = setTimeout(() => this.showProgress(), PROGRESS_AFTER_MS);
    const clear = this.progressDone(timer);
    this.progress = { report: () => undefined, done: clear };
    const files = await this.sourceFiles(this.platform);
    const storage = this.context.storageUri;
    this.client.sync(files, storage && this.platform.cachePath(storage));
  }

  private progressDone(timer: NodeJS.Timeout): () => void {
    return () => {
      clearTimeout(timer);
      this.progress = undefined;
    };
  }

  private showProgress(): void {
    if (!this.progress) return;
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('ClaimLens: indexing fact-checks for "checked before"') },
      (progress) =>
        new Promise<void>((resolve) => {
          let last = 0;
          this.progress = {
            report: (done, total) => {
              progress.report({ message: vscode.l10n.t('{0} of {1} files', done, total), increment: ((done - last) / Math.max(1, total)) * 100 });
              last = done;
            },
            done: () => {
              this.progress = undefined;
              resolve();
            },
          };
        }),
    );
  }

  private watch(platform: MatchPlatform): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [REVIEW_FILES_GLOB, this.archivesGlob()].filter(Boolean).map((glob) => {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      const changed = (uri: vscode.Uri) => void sourceFileOf(uri, platform).then((r) => {
        if (r && 'file' in r) this.client.changed(r.file);
        else if (r && 'gone' in r) this.client.removed(r.gone);
        else if (r) this.log.warn(`${r.path}: ${r.error}`);
      });
      const deleted = (uri: vscode.Uri) => {
        const path = platform.pathOf(uri);
        if (path !== undefined) this.client.removed(path);
      };
      return vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(deleted));
    });
  }

  /** The article's name in the index (its own reviews are left out of its matches). */
  private articleName(uri: vscode.Uri | undefined): string | undefined {
    return uri && (this.platform?.pathOf(uri) ?? uri.toString());
  }

  private schedule(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.refresh(uri);
    }, REFRESH_DELAY_MS));
  }

  private refreshAll(): void {
    for (const key of this.results.keys()) this.schedule(vscode.Uri.parse(key));
  }

  private async refresh(uri: vscode.Uri): Promise<void> {
    const state = this.articles.get(uri);
    if (!state) {
      this.results.delete(uri.toString());
      return;
    }
    const claims = state.items.filter((i) => i.kind === 'claim' && !i.orphaned && i.status !== 'dismissed' && i.range);
    const found = await this.client.match(claims.map((c) => c.text), this.articleName(uri));
    const byKey = new Map(claims.map((c, i) => [c.key, { text: c.text, matches: found[i] ?? [] }]));
    this.results.set(uri.toString(), { byKey });
    this.emitter.fire(uri);
  }

  /** The earlier fact-checks of a claim of an open article, best first (undefined: not computed yet). */
  matchesOf(uri: vscode.Uri, item: ReviewItem): Match[] | undefined {
    const hit = this.results.get(uri.toString())?.byKey.get(item.key);
    return hit && hit.text === item.text ? hit.matches : undefined;
  }

  /** Matches for any text (a selection), its article's own reviews left out. */
  async find(text: string, article: vscode.Uri | undefined, top = 5): Promise<Match[]> {
    await this.whenIndexed();
    return (await this.client.match([text], this.articleName(article), top))[0] ?? [];
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    this.client.dispose();
  }
}
