/**
 * W3C Web Annotation Data Model JSON-LD (https://www.w3.org/TR/annotation-model/): every
 * annotation a reviewer made, as an AnnotationCollection. Each annotation targets the article
 * with a TextQuoteSelector and a TextPositionSelector (counted in code points, as the model
 * says); its bodies are the status (a tag, purpose "tagging"), the note (purpose "commenting")
 * and each source (purpose "linking").
 * Orphans keep the selectors stored in the sidecar, so nothing a reviewer did is dropped.
 */
import { basename } from 'node:path';
import { quoteSelector } from '../review/selectors';
import { utf16ToCodePoints } from './codePoints';
import { jsonLdText } from './jsonLd';
import type { ReviewItem } from '../review/types';
import { quoteSpeaker } from './speakers';
import type { ExportInput } from './types';

type Body =
  | { type: 'TextualBody'; purpose: 'tagging' | 'commenting' | 'describing'; value: string; format?: string }
  | { type: 'SpecificResource'; purpose: 'linking'; source: string; name?: string };

export interface WebAnnotationJson {
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created?: string;
  modified?: string;
  creator?: { type: 'Person'; name: string };
  body: Body[];
  target: {
    source: string;
    selector: (
      | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
    )[];
  };
}

export interface AnnotationCollectionJson {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotationJson[] };
}

/**
 * The article's identity: its public URL when configured; else its file name as a relative IRI
 * reference (resolving beside the export, where both the editor and `report --out` put it by
 * default), never a file:// URL, which would publish the user's folder layout. The editor passes
 * an absolute path and the CLI a typed one: both give the same name.
 */
export function articleSource(input: ExportInput): string {
  return input.url?.trim() || encodeURIComponent(basename(input.articlePath));
}

/**
 * `codePoint` converts the item's UTF-16 offsets (ClaimLens's own, kept in the sidecar) to the
 * code points the model counts. An orphan's stored offsets point into an older text: converted
 * through the current one, they stay the hint they were (consumers anchor by the quote).
 */
export function buildWebAnnotation(item: ReviewItem, input: ExportInput, source: string, codePoint = utf16ToCodePoints(input.text)): WebAnnotationJson {
  const a = item.annotation;
  const quote = item.range ? quoteSelector(input.text, item.range.start, item.range.end) : a!.target.quote;
  const utf16 = item.range ?? a!.target.position;
  const position = { start: codePoint(utf16.start), end: codePoint(utf16.end) };
  const body: Body[] = [{ type: 'TextualBody', purpose: 'tagging', value: item.status }];
  if (a?.changedSinceReview) body.push({ type: 'TextualBody', purpose: 'tagging', value: 'changed-since-review' });
  const note = a?.note?.trim();
  if (note) body.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' });
  const speaker = item.kind === 'quote' ? quoteSpeaker(item) : undefined;
  if (speaker) body.push({ type: 'TextualBody', purpose: 'describing', value: `speaker: ${speaker}`, format: 'text/plain' });
  for (const s of a?.sources ?? []) body.push({ type: 'SpecificResource', purpose: 'linking', source: s.url, ...(s.title ? { name: s.title } : {}) });
  return {
    id: `urn:claimlens:${encodeURIComponent(item.key)}`,
    type: 'Annotation',
    motivation: 'assessing',
    ...(a ? { created: a.created.at, modified: a.updated.at, creator: { type: 'Person' as const, name: a.updated.by } } : {}),
    body,
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

/** Items a person touched (they have an annotation in the sidecar), in text order, orphans last. */
export function annotatedItems(items: readonly ReviewItem[]): ReviewItem[] {
  return items.filter((i) => i.annotation !== undefined);
}

export function buildAnnotationCollection(input: ExportInput): AnnotationCollectionJson {
  const source = articleSource(input);
  const codePoint = utf16ToCodePoints(input.text);
  const items = annotatedItems(input.items).map((i) => buildWebAnnotation(i, input, source, codePoint));
  const id = `${source}#claimlens-annotations`;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: `ClaimLens review of ${input.headline || basename(input.articlePath)}`,
    total: items.length,
    first: { id: `${id}-page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function webAnnotationJson(input: ExportInput): string {
  return jsonLdText(buildAnnotationCollection(input));
}
