/**
 * Joining two versions of the same sidecar (two windows, a git pull): by id, the newer
 * `updated.at` wins per annotation; an annotation present on one side only is kept.
 * Nothing is ever dropped. Ties keep `ours`.
 */
import { sortAnnotations } from './format';
import type { Annotation } from './types';

function time(annotation: Annotation): number {
  const t = Date.parse(annotation.updated.at);
  return Number.isNaN(t) ? -Infinity : t;
}

export function mergeAnnotations(ours: readonly Annotation[], theirs: readonly Annotation[]): Annotation[] {
  const byId = new Map<string, Annotation>();
  for (const annotation of ours) byId.set(annotation.id, annotation);
  for (const annotation of theirs) {
    const mine = byId.get(annotation.id);
    if (!mine || time(annotation) > time(mine)) byId.set(annotation.id, annotation);
  }
  return sortAnnotations([...byId.values()]);
}
