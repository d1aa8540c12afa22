/** Small formatting helpers for terminal output. */
import { localIsoDate } from '../core/export/localDate';
export { lineIndex } from '../core/text/lineIndex';

/** One line, at most `max` characters (an ellipsis marks the cut). */
export function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
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
