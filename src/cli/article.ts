/**
 * One article as the CLI sees it: text, analysis, the sidecar (read only — the CLI never
 * writes it) and the joined review items, exactly as the editor builds them.
 */
import { analyze, DEFAULT_CLAIM_THRESHOLD } from '../core/analysis';
import type { Analysis } from '../core/types';
import { buildReviewItems, NodeFileStore, reanchorAnnotations, ReviewStore, type SidecarState } from '../core/review';
import type { ReviewItem } from '../core/review/types';
import { InputError } from './errors';
import { readArticle } from './files';

/** The editor's default `claimlens.scoreThreshold`: the claim model's own threshold. */
export const DEFAULT_THRESHOLD = DEFAULT_CLAIM_THRESHOLD;

export interface LoadedArticle {
  path: string;
  text: string;
  analysis: Analysis;
  items: ReviewItem[];
  /** The text each annotation had when it was saved (its id → exact), to say what changed since. */
  reviewedText: ReadonlyMap<string, string>;
  sidecarState: SidecarState;
  /** Shown on stderr (e.g. a sidecar from a newer ClaimLens, read as far as possible). */
  warning?: string;
}

export async function loadAnalysis(path: string): Promise<{ text: string; analysis: Analysis }> {
  const text = await readArticle(path);
  return { text, analysis: analyze(text) };
}

/**
 * The article with its reviews. A review file that cannot be read is an input error, unless
 * `ignoreBadSidecar` (claimlens analyze, which only counts): then the items are the detections alone
 * and `warning` says why.
 */
export async function loadArticle(path: string, threshold = DEFAULT_THRESHOLD, ignoreBadSidecar = false): Promise<LoadedArticle> {
  const { text, analysis } = await loadAnalysis(path);
  const loaded = await new ReviewStore(new NodeFileStore()).load(path);
  if (loaded.state === 'malformed' || loaded.state === 'invalid' || loaded.state === 'unreadable') {
    const problem = `Review file problem: ${loaded.message ?? loaded.sidecarPath}.`;
    if (!ignoreBadSidecar) throw new InputError(`${problem} It was not changed; fix or move it, then run again.`);
    const items = buildReviewItems({ text, analysis, annotations: [], anchors: [], threshold });
    return { path, text, analysis, items, reviewedText: new Map(), sidecarState: loaded.state, warning: `${problem} Counted without its reviews.` };
  }
  const saved = loaded.sidecar.annotations;
  // As the editor does on opening: reviews found in edited text are flagged changed since review.
  const { anchors, annotations } = reanchorAnnotations(text, saved);
  const items = buildReviewItems({ text, analysis, annotations, anchors, threshold });
  const reviewedText = new Map(saved.map((a) => [a.id, a.target.quote.exact]));
  const warning = loaded.state === 'newer' ? `${loaded.message ?? loaded.sidecarPath} (read as far as this version understands)` : undefined;
  return { path, text, analysis, items, reviewedText, sidecarState: loaded.state, ...(warning ? { warning } : {}) };
}
