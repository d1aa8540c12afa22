/**
 * One article as the CLI sees it: text, analysis, the sidecar (read only — the CLI never
 * writes it) and the joined review items, exactly as the editor builds them.
 */
import { analyze, DEFAULT_CLAIM_THRESHOLD, describeAnalysisError } from '../core/analysis';
import type { Analysis } from '../core/types';
import { buildReviewItems, NodeFileStore, reanchorAnnotations, ReviewStore, type SidecarState } from '../core/review';
import type { ReviewItem } from '../core/review/types';
import { InputError } from './errors';
import { readArticle } from './files';
import { lineIndex } from './text';

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
  /** Shown on stderr: engine steps that failed on a paragraph, a sidecar from a newer ClaimLens (read as far as possible). */
  warnings: string[];
}

export interface AnalyzedArticle {
  text: string;
  analysis: Analysis;
  /** One per engine step that failed on a paragraph (what it lost is missing from the analysis), for stderr. */
  warnings: string[];
}

export async function loadAnalysis(path: string): Promise<AnalyzedArticle> {
  const text = await readArticle(path);
  const analysis = analyze(text);
  return { text, analysis, warnings: engineWarnings(path, text, analysis) };
}

/** `FILE:LINE:COLUMN: the quotes step failed on the paragraph at offset N (rule …): TypeError: …; its quotes are missing`. */
export function engineWarnings(path: string, text: string, analysis: Analysis): string[] {
  if (!analysis.errors?.length) return [];
  const at = lineIndex(text);
  return analysis.errors.map((e) => {
    const { line, column } = at(e.offset);
    return `${path}:${line}:${column}: ${describeAnalysisError(e)}`;
  });
}

/**
 * The article with its reviews. A review file that cannot be read is an input error, unless
 * `ignoreBadSidecar` (claimlens analyze, which only counts): then the items are the detections alone
 * and a warning says why.
 */
export async function loadArticle(path: string, threshold = DEFAULT_THRESHOLD, ignoreBadSidecar = false): Promise<LoadedArticle> {
  const { text, analysis, warnings } = await loadAnalysis(path);
  const loaded = await new ReviewStore(new NodeFileStore()).load(path);
  if (loaded.state === 'malformed' || loaded.state === 'invalid' || loaded.state === 'unreadable') {
    const problem = `Review file problem: ${loaded.message ?? loaded.sidecarPath}.`;
    if (!ignoreBadSidecar) throw new InputError(`${problem} It was not changed; fix or move it, then run again.`);
    const items = buildReviewItems({ text, analysis, annotations: [], anchors: [], threshold });
    return { path, text, analysis, items, reviewedText: new Map(), sidecarState: loaded.state, warnings: [...warnings, `${problem} Counted without its reviews.`] };
  }
  const saved = loaded.sidecar.annotations;
  // As the editor does on opening: reviews found in edited text are flagged changed since review.
  const { anchors, annotations } = reanchorAnnotations(text, saved);
  const items = buildReviewItems({ text, analysis, annotations, anchors, threshold });
  const reviewedText = new Map(saved.map((a) => [a.id, a.target.quote.exact]));
  if (loaded.state === 'newer') warnings.push(`${loaded.message ?? loaded.sidecarPath} (read as far as this version understands)`);
  return { path, text, analysis, items, reviewedText, sidecarState: loaded.state, warnings };
}
