/**
 * Keystroke to updated decorations (issue 4): after a one-character edit, the time until the
 * worker's analysis is up to date AND the host has run what the extension runs before painting —
 * moving the sidecar's annotations with the edit (shiftAnnotations, as ArticleService.onEdit),
 * the refresh (refreshItems: live anchors, retargeting, review items, disabled regions) and the
 * per-style range lists (decorationBuckets). The same functions the extension calls; the only
 * stand-in is positionAt, a line-start index kept up to date per edit like VS Code's document.
 * Not counted: VS Code sending the ranges to the renderer and painting them.
 */
import { createAnnotation, anchorAnnotations, shiftAnnotations } from '../../src/core/review';
import type { AnchorResult, Annotation, ReviewStatus } from '../../src/core/review/types';
import type { Analysis } from '../../src/core/types';
import type { AnalysisUpdate, TextEdit } from '../../src/core/incremental/service';
import { decorationBuckets } from '../../src/decorations/decorationBuckets';
import { WorkerAnalysisService } from '../../src/worker/analysisClient';
import { refreshItems } from '../../src/articles/refreshItems';
import { median, percentile, prng, round } from './stats';

/** The extension's default claimlens.scoreThreshold. */
const THRESHOLD = 0.5;
const STATUSES: ReviewStatus[] = ['sourced', 'disputed', 'unverified', 'dismissed', 'unreviewed'];

/** Line starts, shifted per edit (VS Code's document keeps a prefix sum of line lengths the same way). */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** An insertion without line breaks. */
  insert(at: number, chars: number): void {
    for (let i = this.starts.length - 1; i > 0 && this.starts[i] > at; i--) this.starts[i] += chars;
  }
  positionAt(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}

/** A reviewed article: `count` annotations spread evenly over the detections, a few by hand, a few orphaned. */
export function sidecarFor(text: string, analysis: Analysis, count: number): Annotation[] {
  const detections = [...analysis.claims, ...analysis.quotes].sort((a, b) => a.start - b.start);
  const step = Math.max(1, Math.floor(detections.length / count));
  const now = new Date(0).toISOString();
  const out: Annotation[] = [];
  for (let i = 0; i < detections.length && out.length < count; i += step) {
    const d = detections[i];
    const kind = analysis.claims.includes(d as never) ? 'claim' : 'quote';
    out.push(createAnnotation({ kind, text, start: d.start, end: d.end, origin: 'detected', by: 'bench', now, status: STATUSES[out.length % STATUSES.length] }));
  }
  // Claims added by hand: the first words of some paragraphs, not necessarily a detection.
  for (let k = 1; k <= 10; k++) {
    const at = text.indexOf('\n\n', Math.floor((k / 11) * text.length)) + 2;
    out.push(createAnnotation({ kind: 'claim', text, start: at, end: at + 40, origin: 'manual', by: 'bench', now, status: 'disputed' }));
  }
  // Reviews whose text was deleted: orphans, searched once at load and then kept.
  for (let k = 0; k < 3; k++) {
    const a = createAnnotation({ kind: 'claim', text, start: 0, end: 20, origin: 'detected', by: 'bench', now, status: 'sourced' });
    out.push({ ...a, target: { quote: { exact: `a sentence long gone from this article, number ${k}`, prefix: '', suffix: '' }, position: { start: 5, end: 60 } } });
  }
  return out;
}

/** The service's next complete update (subscribe before posting what causes it). */
export function nextComplete(service: WorkerAnalysisService): Promise<AnalysisUpdate> {
  return new Promise((resolve) => {
    const sub = service.onDidUpdate((u) => {
      if (u.complete) {
        sub.dispose();
        resolve(u);
      }
    });
  });
}

export async function keystrokeToDecorations(workerScript: string, text: string, visibleEnd: number, count: number) {
  const service = new WorkerAnalysisService(workerScript);
  await service.ready();
  const docId = 'decorations';
  let next = nextComplete(service);
  service.open(docId, text, { start: 0, end: visibleEnd });
  let analysis = (await next).analysis;

  // As ArticleService.load: the sidecar is anchored in full once, then moves with the edits.
  let annotations = sidecarFor(text, analysis, 300);
  let anchors: AnchorResult[] = anchorAnnotations(text, annotations);
  const lines = new LineIndex(text);
  const toRange = (start: number, end: number) => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
  const first = refreshItems({ text, analysis, annotations, previousAnchors: anchors, retryOrphans: false, threshold: THRESHOLD });
  ({ anchors, annotations } = first);

  const total: number[] = [];
  const analysisMs: number[] = [];
  const hostMs: number[] = [];
  const shiftMs: number[] = [];
  const refreshMs: number[] = [];
  const bucketsMs: number[] = [];
  let items = 0;
  let ranges = 0;
  const rand = prng(13);
  let current = text;
  while (total.length < count) {
    let at = Math.max(current.lastIndexOf(' ', Math.floor(rand() * current.length)), 0);
    for (const ch of ' checked') {
      if (total.length >= count) break;
      const edit: TextEdit = { start: at, end: at, text: ch };
      next = nextComplete(service);
      const t0 = performance.now();
      // ArticleService.onEdit: annotations follow the edit at once (orphans stay), then the worker is told.
      current = current.slice(0, at) + ch + current.slice(at);
      const orphans = new Set(anchors.filter((a) => a.range === null).map((a) => a.annotationId));
      annotations = shiftAnnotations(annotations, [edit], current, orphans).annotations;
      lines.insert(at, ch.length);
      const t1 = performance.now();
      service.update(docId, [edit]);
      analysis = (await next).analysis;
      // onAnalysis schedules the refresh with setImmediate, as here.
      await new Promise((resolve) => setImmediate(resolve));
      const t2 = performance.now();
      const r = refreshItems({ text: current, analysis, annotations, previousAnchors: anchors, retryOrphans: false, threshold: THRESHOLD });
      ({ anchors, annotations } = r);
      const t3 = performance.now();
      const buckets = decorationBuckets(r.items, current.length, toRange);
      const t4 = performance.now();
      total.push(t4 - t0);
      shiftMs.push(t1 - t0);
      analysisMs.push(t2 - t1);
      refreshMs.push(t3 - t2);
      bucketsMs.push(t4 - t3);
      hostMs.push(t1 - t0 + (t4 - t2));
      items = r.items.length;
      ranges = buckets.reduce((n, b) => n + b.ranges.length, 0);
      at++;
    }
  }
  service.dispose();
  const p = (xs: number[]) => ({ p50: round(median(xs), 2), p95: round(percentile(xs, 95), 2) });
  return {
    p50: round(median(total)),
    p95: round(percentile(total, 95)),
    details: {
      keystrokes: total.length,
      annotations: annotations.length,
      orphans: anchors.filter((a) => a.range === null).length,
      items,
      decorated_ranges: ranges,
      // analysis: edit posted to the worker until its complete update is back (plus the zero timeout).
      analysis_ms: p(analysisMs),
      // host: what the extension thread runs (shift + refresh + buckets), i.e. what blocks typing.
      host_ms: p(hostMs),
      shift_ms: p(shiftMs),
      refresh_ms: p(refreshMs),
      buckets_ms: p(bucketsMs),
    },
  };
}
