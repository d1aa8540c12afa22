/**
 * Review actions: a status, note, source or speaker change on items, a hand-added claim, an orphan
 * re-attached to a chosen range. Each is checked against the current text and saved at once
 * through the sidecar sync; nothing lives only in memory.
 */
import * as path from 'node:path';
import { l10n } from '../l10n/l10n';
import type { Span } from '../core/types';
import { applyChange, createAnnotation } from '../core/review/annotations';
import { defaultReviewer } from '../core/review/reviewer';
import type { Annotation, ReviewChange } from '../core/review/types';
import type { ArticleSettings, DocumentUri } from './documents';
import type { SidecarSync } from './sidecarSync';
import type { ArticleEntry } from './state';
import type { DocumentTracker } from './tracker';

export class ReviewActions<U extends DocumentUri> {
  constructor(
    private readonly tracker: DocumentTracker<U>,
    private readonly sync: SidecarSync<U>,
    private readonly settings: ArticleSettings<U>,
    /** ISO 8601 time of a review (a parameter so tests can fix it). */
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** Per article, the review being applied: the next one waits for it (one detection never gets two annotations). */
  private readonly pending = new Map<string, Promise<void>>();
  /** Detection key → id of the annotation its first review made: a change still sent under the old key finds it. */
  private readonly madeFor = new Map<string, string>();

  /**
   * Applies a change to the items (by key) and saves the sidecar at once. Reviews of one article are applied one
   * after another: two sent together for a detection (Claim Details: a status, then a note) both reach the one
   * annotation the first made, however slow the file system's save is.
   */
  review(uri: U, keys: string[], change: ReviewChange): Promise<void> {
    const id = uri.toString();
    const run = (this.pending.get(id) ?? Promise.resolve()).then(() => undefined, () => undefined).then(() => this.reviewNow(uri, keys, change));
    const settled = run.then(() => undefined, () => undefined);
    this.pending.set(id, settled);
    void settled.then(() => this.pending.get(id) === settled && this.pending.delete(id));
    return run;
  }

  private async reviewNow(uri: U, keys: string[], change: ReviewChange): Promise<void> {
    const entry = await this.writableEntry(uri);
    const document = this.tracker.documentFor(uri);
    await this.tracker.whenCurrent(entry, document);
    const state = entry.state;
    if (!state) throw new Error(l10n.t('ClaimLens has not analysed this article yet.'));
    const text = document.getText();
    const by = this.reviewer(uri);
    const now = this.now();
    const changed: Annotation[] = [];
    for (const key of keys) {
      const made = this.madeFor.get(key);
      const item = state.items.find((i) => i.key === key) ?? (made ? state.items.find((i) => i.key === made) : undefined);
      if (!item) throw new Error(l10n.t('No claim or quote with key {0} in {1}.', key, path.basename(entry.articlePath)));
      let annotation = item.annotation;
      if (!annotation) {
        if (!item.range) throw new Error(l10n.t('This item has no position in the text.'));
        // Never attach a review to text that moved under a stale analysis.
        if (text.slice(item.range.start, item.range.end) !== item.text) {
          throw new Error(l10n.t('The article changed while it was being analysed; please try again.'));
        }
        annotation = createAnnotation({
          kind: item.kind, text, start: item.range.start, end: item.range.end, origin: 'detected', by, now,
        });
        this.madeFor.set(item.key, annotation.id);
      }
      changed.push(applyChange(annotation, change, by, now));
    }
    await this.sync.save(entry, changed);
  }

  /** Adds a hand-made claim for a range (surrounding whitespace left out); returns its key. */
  async addClaim(uri: U, start: number, end: number): Promise<string> {
    const entry = await this.writableEntry(uri);
    const text = this.tracker.documentFor(uri).getText();
    const span = trimSpan(text, start, end);
    if (span.end <= span.start) throw new Error(l10n.t('Select the text of the claim first.'));
    const annotation = createAnnotation({
      kind: 'claim', text, start: span.start, end: span.end, origin: 'manual', by: this.reviewer(uri), now: this.now(),
    });
    await this.sync.save(entry, [annotation]);
    return annotation.id;
  }

  /** Re-attaches a saved review (an orphan) to a range the user chose. */
  async reattach(uri: U, key: string, start: number, end: number): Promise<void> {
    const entry = await this.writableEntry(uri);
    const annotation = entry.annotations.find((a) => a.id === key);
    if (!annotation) throw new Error(l10n.t('No saved review with key {0}.', key));
    const text = this.tracker.documentFor(uri).getText();
    const span = trimSpan(text, start, end);
    if (span.end <= span.start) throw new Error(l10n.t('Select the text to attach the review to.'));
    const by = this.reviewer(uri);
    const now = this.now();
    // createAnnotation builds the W3C selectors for the new range; keep everything else.
    const fresh = createAnnotation({ kind: annotation.kind, text, start: span.start, end: span.end, origin: annotation.origin, by, now });
    // The reviewer chose this text: any "changed since review" flag no longer applies.
    const reattached: Annotation = { ...annotation, target: fresh.target, updated: { by, at: now } };
    delete reattached.changedSinceReview;
    await this.sync.save(entry, [reattached]);
  }

  private async writableEntry(uri: U): Promise<ArticleEntry<U>> {
    const entry = this.tracker.entry(uri);
    if (!entry) throw new Error(l10n.t('This file is not a ClaimLens article (see the claimlens.languages setting).'));
    await entry.loaded;
    if (entry.readOnlyReason) throw new Error(entry.readOnlyReason);
    return entry;
  }

  private reviewer(uri: U): string {
    return this.settings.reviewerName(uri) || defaultReviewer();
  }
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}
