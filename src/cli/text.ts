/** Small formatting helpers for terminal output. */
import { localIsoDate } from '../core/export/localDate';

/** One line, at most `max` characters (an ellipsis marks the cut). */
export function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/**
 * 1-based line and column of JS string offsets, for messages like `article.txt:12:5`. The line
 * starts are found once (LF, CRLF and lone CR end a line), then each offset is a binary search:
 * `check` asks for every finding, and from offset 0 each time it was quadratic (minutes on 5 MB).
 */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    // The last line start at or before the offset (a start at text.length + 1 never exists).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

/** Left-aligned columns; the last column is not padded. */
export function table(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ').trimEnd()).join('\n') + '\n';
}

/** Today's date as the user's clock shows it (not the UTC date). */
export function todayIso(): string {
  return localIsoDate(new Date());
}
