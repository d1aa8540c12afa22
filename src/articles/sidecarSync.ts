/**
 * Sidecar sync: reads an article's reviews from its sidecar (reporting malformed, newer,
 * unreadable files and read-only folders once), saves every review action through the store at
 * once together with the positions edits have moved, writes those positions when the article is
 * saved, and reloads when the sidecar changes outside this window (but not after our own write).
 */
import * as path from 'node:path';
import { l10n } from '../l10n/l10n';
import type { FileStore } from '../core/review/fileStore';
import { isUntitledDocument, unsavedReason } from './documents';
import { serializeSidecar } from '../core/review/format';
import type { LoadResult, ReviewStore } from '../core/review/reviewStore';
import type { Annotation, Sidecar } from '../core/review/types';
import type { ArticleHost, DocumentUri } from './documents';
import type { ArticleEntry } from './state';
import type { DocumentTracker } from './tracker';
import { traceMark } from '../trace/timingTrace';

export class SidecarSync<U extends DocumentUri> {
  constructor(
    private readonly host: ArticleHost<U>,
    private readonly store: ReviewStore,
    /** The files the store uses: an external change is told from our own write by its content. */
    private readonly files: FileStore,
    private readonly tracker: DocumentTracker<U>,
    private readonly trackingChanged: () => void,
  ) {}

  /** (Re)reads the sidecar; reports malformed / newer / unreadable files and read-only folders once. */
  async load(entry: ArticleEntry<U>): Promise<void> {
    if (isUntitledDocument(entry)) {
      // An unsaved buffer has no review file and no place for one: analysed, not reviewable until saved.
      entry.annotations = [];
      entry.readOnlyReason = unsavedReason();
      this.tracker.reanchor(entry);
      this.tracker.refresh(entry);
      this.trackingChanged();
      return;
    }
    let result: LoadResult;
    try {
      result = await this.store.load(entry.articlePath);
    } catch (e) {
      result = { state: 'unreadable', sidecar: { version: 1, annotations: [] }, message: errorMessage(e), sidecarPath: entry.sidecarPath };
    }
    const previousReason = entry.readOnlyReason;
    entry.annotations = result.sidecar.annotations;
    const usable = result.state === 'ok' || result.state === 'missing';
    entry.readOnlyReason = usable
      ? this.host.unwritableReason(entry.sidecarPath)
      // Malformed or newer: show what can be shown, never overwrite the file.
      : result.message || l10n.t('The review file {0} cannot be used.', path.basename(entry.sidecarPath));
    if (entry.readOnlyReason && entry.readOnlyReason !== previousReason) {
      this.host.report(entry.readOnlyReason, usable ? undefined : entry.sidecarPath);
    }
    traceMark('host.sidecar.loaded');
    this.tracker.reanchor(entry);
    this.tracker.refresh(entry);
    this.trackingChanged();
  }

  /** Writes changed annotations (and the current positions of all others) through the store. */
  async save(entry: ArticleEntry<U>, changed: Annotation[]): Promise<void> {
    const changedIds = new Set(changed.map((a) => a.id));
    const live = new Map(entry.annotations.map((a) => [a.id, a]));
    let written: Sidecar;
    try {
      written = await this.store.update(entry.articlePath, (onDisk) => [
        ...onDisk
          .filter((a) => !changedIds.has(a.id))
          .map((a) => withLivePlace(a, live.get(a.id))),
        ...changed,
      ]);
    } catch (e) {
      throw new Error(l10n.t('Could not save the review: {0}', errorMessage(e)), { cause: e });
    }
    entry.lastWritten = serializeSidecar(written);
    entry.positionsDirty = false;
    // Annotations another window added meanwhile arrive with their saved positions: re-anchor.
    entry.annotations = written.annotations;
    this.tracker.reanchor(entry);
    this.tracker.refresh(entry, true);
  }

  /** Writes positions moved by edits (after the article is saved, after a change from disk). */
  async persist(entry: ArticleEntry<U>): Promise<void> {
    if (!entry.positionsDirty || entry.readOnlyReason) return;
    try {
      await this.save(entry, []);
    } catch (e) {
      this.host.report(errorMessage(e));
    }
  }

  /** A sidecar changed on disk: reload the articles it belongs to, unless it holds what we wrote. */
  async onSidecarChanged(sidecarPath: string): Promise<void> {
    for (const entry of [...this.tracker.all()]) {
      if (path.resolve(entry.sidecarPath) !== path.resolve(sidecarPath)) continue;
      if (entry.lastWritten !== undefined && (await this.readOrUndefined(sidecarPath)) === entry.lastWritten) continue;
      entry.loaded = this.load(entry);
      await entry.loaded;
    }
  }

  private async readOrUndefined(file: string): Promise<string | undefined> {
    try {
      return await this.files.read(file);
    } catch {
      return undefined;
    }
  }
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * What this window's text says about an annotation on disk: where it is now, and whether its words were edited since the
 * review (set by edits here; only a status change, written as a changed annotation, clears it).
 */
function withLivePlace(onDisk: Annotation, live: Annotation | undefined): Annotation {
  if (!live) return onDisk;
  const placed = { ...onDisk, target: live.target };
  if (live.changedSinceReview) placed.changedSinceReview = true;
  return placed;
}
