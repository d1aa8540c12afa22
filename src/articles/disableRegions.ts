/**
 * `<!-- claimlens-disable -->` … `<!-- claimlens-enable -->` comments turn detection off for a
 * region of an article (meant for Markdown, harmless elsewhere). A disable without a matching
 * enable runs to the end of the text. Pure: no vscode, unit-tested.
 */
import type { Span } from '../core/types';
import type { ReviewItem } from '../core/review/types';

const DIRECTIVE = /<!--\s*claimlens-(disable|enable)\s*-->/gi;

export function disabledRegions(text: string): Span[] {
  // Every directive opens a comment: most articles have none, and indexOf is far cheaper than the regex.
  if (!text.includes('<!--')) return [];
  const regions: Span[] = [];
  let openAt: number | undefined;
  for (const m of text.matchAll(DIRECTIVE)) {
    const isDisable = m[1].toLowerCase() === 'disable';
    const at = m.index ?? 0;
    if (isDisable && openAt === undefined) openAt = at;
    else if (!isDisable && openAt !== undefined) {
      regions.push({ start: openAt, end: at + m[0].length });
      openAt = undefined;
    }
  }
  if (openAt !== undefined) regions.push({ start: openAt, end: text.length });
  return regions;
}

/**
 * Drops automatic detections that overlap a disabled region. What a person did (an annotation:
 * a status, a note, a hand-added claim, an orphan) is always kept: hiding it would hide work.
 */
export function withoutDisabled(items: ReviewItem[], regions: Span[]): ReviewItem[] {
  if (regions.length === 0) return items;
  return items.filter((item) => {
    if (item.annotation || !item.range) return true;
    const r = item.range;
    return !regions.some((g) => r.start < g.end && g.start < r.end);
  });
}
