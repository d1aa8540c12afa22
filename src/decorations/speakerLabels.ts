/** Where the quote speakers' inline labels go and what they say (no vscode: unit-tested; ./speakerHints.ts shows them). */
import type { ReviewItem } from '../core/review/types';
import { inlineName } from '../core/quotes/speakerName';

const CLOSING_QUOTES = new Set(['"', '\u201d', '\u2019', "'", '\u00bb']);

/**
 * After the quote's closing mark, and after the punctuation its words end with (a quote's text leaves out the
 * `,` of `"…," he said`): `"We won," — Ann Lee he said`, not `"We won — Ann Lee,"`.
 */
function labelAt(end: number, text: (start: number, end: number) => string, length: number): number {
  let at = end;
  if (at < length && /[,.;:!?\u2026]/.test(text(at, at + 1))) at += 1;
  if (at < length && CLOSING_QUOTES.has(text(at, at + 1))) at += 1;
  return at;
}

/** Where a quote's speaker label goes, and what it says. */
export interface SpeakerLabel {
  at: number;
  label: string;
}

/** The labels of the quotes in `items` whose label falls inside [from, to], in document order. */
export function speakerLabels(items: readonly ReviewItem[], text: (start: number, end: number) => string, length: number, from: number, to: number): SpeakerLabel[] {
  const out: SpeakerLabel[] = [];
  for (const item of items) {
    if (item.kind !== 'quote' || item.status === 'dismissed' || !item.range || item.range.end > length) continue;
    // An unresolved `he`/`who` shows as `— ?`, never as a name (the hover says which word and offers the correction).
    const name = item.annotation?.speaker || inlineName(item.quote?.speaker);
    if (!name) continue;
    const at = labelAt(item.range.end, text, length);
    if (at >= from && at <= to) out.push({ at, label: `\u2014 ${name}` });
  }
  return out.sort((a, b) => a.at - b.at);
}
