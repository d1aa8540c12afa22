/**
 * The article hub without vscode: the document tracker, the sidecar sync and the review actions
 * over one ArticleHost (documents, settings, sidecar changes, reporting). The extension wraps it
 * in the ArticleService (./articleService.ts); the unit tests drive it with in-memory documents.
 */
import type { AnalysisService } from '../core/incremental/service';
import type { FileStore } from '../core/review/fileStore';
import { ReviewStore } from '../core/review/reviewStore';
import type { ReviewItem } from '../core/review/types';
import { isUntitledDocument, type ArticleHost, type Disposable, type DocumentUri } from './documents';
import { ReviewActions } from './reviewActions';
import { SidecarSync } from './sidecarSync';
import type { ArticleStateOf } from './state';
import { DEFAULT_TIMING, DocumentTracker, type TrackerTiming } from './tracker';

export interface ArticleHubOptions<U> {
  /** The article's items changed (or it is no longer tracked). */
  onDidChange?: (uri: U) => void;
  /** An article started or stopped being tracked, or became read-only. */
  onDidChangeTracking?: () => void;
  timing?: Partial<TrackerTiming>;
  /** ISO time stamped on reviews (default: now). */
  now?: () => string;
}

export class ArticleHub<U extends DocumentUri> implements Disposable {
  readonly tracker: DocumentTracker<U>;
  readonly sync: SidecarSync<U>;
  readonly actions: ReviewActions<U>;
  private readonly disposables: Disposable[] = [];

  constructor(host: ArticleHost<U>, analysis: AnalysisService, files: FileStore, options: ArticleHubOptions<U> = {}) {
    const trackingChanged = () => options.onDidChangeTracking?.();
    this.tracker = new DocumentTracker(host, analysis, {
      load: (entry) => this.sync.load(entry),
      persist: (entry) => this.sync.persist(entry),
      changed: (uri) => options.onDidChange?.(uri),
      trackingChanged,
    }, { ...DEFAULT_TIMING, ...options.timing });
    this.sync = new SidecarSync(host, new ReviewStore(files), files, this.tracker, trackingChanged);
    this.actions = new ReviewActions(this.tracker, this.sync, host.settings, options.now);
    this.disposables.push(this.tracker, host.onDidChangeSidecar((p) => void this.sync.onSidecarChanged(p)));
  }

  /** Tracks the documents already open; call once the owner is ready for the callbacks. */
  start(): void {
    this.tracker.start();
  }

  get(uri: U): ArticleStateOf<U> | undefined {
    return this.tracker.get(uri);
  }

  /** Items whose range contains (a caret) or intersects (a selection) the given offsets. */
  itemsAt(uri: U, start: number, end: number): ReviewItem[] {
    const items = this.get(uri)?.items ?? [];
    return items.filter((i) => i.range && (start === end
      ? i.range.start <= start && start <= i.range.end
      : i.range.start < end && start < i.range.end));
  }

  sidecarPath(uri: U): string | undefined {
    const entry = this.tracker.entry(uri);
    return entry && !isUntitledDocument(entry) ? entry.sidecarPath : undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
