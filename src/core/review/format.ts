/**
 * Writing the sidecar so that git diffs stay small: annotations sorted by position, every
 * object with a fixed key order, 2-space indent, trailing newline. Serializing the same
 * sidecar twice gives identical bytes, and nothing here invents timestamps.
 */
import type { Annotation, Sidecar, Source, Stamp } from './types';

/** The sidecar format this build reads and writes. */
export const SIDECAR_VERSION = 1;

export function compareAnnotations(a: Annotation, b: Annotation): number {
  return (
    a.target.position.start - b.target.position.start ||
    a.target.position.end - b.target.position.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function sortAnnotations(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort(compareAnnotations);
}

function stamp(s: Stamp): Stamp {
  return { by: s.by, at: s.at };
}

function source(s: Source): Source {
  return s.title === undefined ? { url: s.url } : { url: s.url, title: s.title };
}

/** Fixed key order; optional keys only when present. */
function orderedAnnotation(a: Annotation): Annotation {
  const out: Annotation = {
    id: a.id,
    kind: a.kind,
    origin: a.origin,
    status: a.status,
    note: a.note,
    sources: a.sources.map(source),
    target: {
      quote: { exact: a.target.quote.exact, prefix: a.target.quote.prefix, suffix: a.target.quote.suffix },
      position: { start: a.target.position.start, end: a.target.position.end },
    },
    created: stamp(a.created),
    updated: stamp(a.updated),
  };
  // Inserted in a fixed place so key order does not depend on the caller.
  const ordered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(out)) {
    ordered[key] = value;
    if (key === 'sources' && a.speaker !== undefined) ordered.speaker = a.speaker;
    if (key === 'target' && a.changedSinceReview) ordered.changedSinceReview = true;
  }
  return ordered as unknown as Annotation;
}

export function serializeSidecar(sidecar: Sidecar): string {
  const doc = {
    ...(sidecar.$schema === undefined ? {} : { $schema: sidecar.$schema }),
    version: sidecar.version,
    annotations: sortAnnotations(sidecar.annotations).map(orderedAnnotation),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export function emptySidecar(): Sidecar {
  return { version: SIDECAR_VERSION, annotations: [] };
}
