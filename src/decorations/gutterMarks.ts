/**
 * The gutter shows one icon per line: a line holding several claims (two short sentences of a
 * paragraph, or a whole paragraph on one line) shows its most urgent status (core urgencyRank under the scale),
 * and the icon's line says in its hover what the others are. Pure (no vscode): the caller gives the
 * line of an offset.
 */
import { lookLabel } from '../l10n/statusWords';
import { statusLook, urgencyRank } from '../core/review/statusLook';
import type { ReviewItem, ReviewStatus } from '../core/review/types';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../core/review/verdictScale';

export interface GutterMark {
  /** Zero-based line. */
  line: number;
  /** The status whose icon the line shows. */
  status: ReviewStatus;
  /** The claims on the line, most urgent first (then in text order). */
  claims: ReviewItem[];
}

/** One mark per line holding at least one painted claim (not dismissed, not orphaned, inside the text). */
export function gutterMarks(
  items: readonly ReviewItem[], length: number, lineOf: (offset: number) => number, scale: VerdictScale = DEFAULT_VERDICT_SCALE,
): GutterMark[] {
  const urgency = (status: ReviewStatus) => urgencyRank(status, scale);
  const byLine = new Map<number, ReviewItem[]>();
  for (const item of items) {
    const range = item.range;
    if (item.kind !== 'claim' || item.status === 'dismissed' || item.orphaned || !range || range.end > length) continue;
    const first = lineOf(range.start);
    const last = lineOf(Math.max(range.start, range.end - 1));
    for (let line = first; line <= last; line++) {
      let list = byLine.get(line);
      if (!list) byLine.set(line, (list = []));
      list.push(item);
    }
  }
  const marks: GutterMark[] = [];
  for (const [line, claims] of byLine) {
    claims.sort((a, b) => urgency(a.status) - urgency(b.status) || a.range!.start - b.range!.start);
    marks.push({ line, status: claims[0].status, claims });
  }
  return marks.sort((a, b) => a.line - b.line);
}

/**
 * What the line's hover says when it holds more than one claim: each claim's status (its codicon, drawn by the
 * workbench's icon font: an emoji such as ⏳ showed as a box where the hover font has no emoji) and first words,
 * the one the icon shows first. Plain text pieces; the caller escapes them into Markdown.
 */
export function gutterSummary(mark: GutterMark, firstWords: (text: string) => string, scale: VerdictScale = DEFAULT_VERDICT_SCALE): { codicon: string; text: string }[] | undefined {
  if (mark.claims.length < 2) return undefined;
  return mark.claims.map((c) => {
    const look = statusLook(c.status, scale);
    return { codicon: look.codicon, text: `${lookLabel(look)}: “${firstWords(c.text)}”` };
  });
}
