/**
 * Context features: what a sentence's neighbours in the same paragraph say and where it stands in
 * it. Check-worthiness depends on the surroundings (a statement after a question, a figure beside
 * another figure, a paragraph's opening courtesy); only the sentence's own paragraph counts, so an
 * edit re-scores only the paragraph it touches. Each is a named feature with a weight of its own
 * and a label a reader understands (`after a question`, `next sentence: number`).
 */
import type { FeatureId } from './featureIds';

export type ContextFeatureId =
  | `previous sentence: ${FeatureId}`
  | `next sentence: ${FeatureId}`
  | 'opens the paragraph'
  | 'closes the paragraph'
  | 'longest in the paragraph';

/** What the context of a sentence needs to know of each sentence of its paragraph. */
export interface SentenceSignals {
  /** Its own interpretable features (not context ones). */
  features: readonly string[];
  /** Length in tokens. */
  length: number;
}

export interface ContextHit {
  feature: ContextFeatureId;
  evidence: string;
}

/**
 * Context features of sentence `i` of a paragraph whose sentences are `all` (null: a sentence never
 * scored, such as a stage direction, which counts as no neighbour). A paragraph of one sentence
 * gives none: its sentence has no context to read.
 */
export function contextHits(all: readonly (SentenceSignals | null)[], i: number): ContextHit[] {
  const out: ContextHit[] = [];
  const scored = all.filter((s) => s !== null).length;
  if (scored < 2 || !all[i]) return out;
  const hit = (feature: ContextFeatureId) => out.push({ feature, evidence: '' });
  if (i === 0) hit('opens the paragraph');
  if (i === all.length - 1) hit('closes the paragraph');
  const own = all[i]!.length;
  if (all.every((s, k) => k === i || !s || s.length < own)) hit('longest in the paragraph');
  for (const f of new Set(all[i - 1]?.features ?? [])) hit(`previous sentence: ${f as FeatureId}`);
  for (const f of new Set(all[i + 1]?.features ?? [])) hit(`next sentence: ${f as FeatureId}`);
  return out;
}

/** How a context feature reads in a reason. */
export function contextLabel(feature: string): string | undefined {
  if (feature === 'previous sentence: question') return 'after a question';
  if (feature === 'next sentence: question') return 'before a question';
  return undefined;
}

export function isContextFeature(feature: string): boolean {
  return /^(previous sentence|next sentence): |^(opens|closes) the paragraph$|^longest in the paragraph$/.test(feature);
}
