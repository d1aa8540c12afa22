/**
 * CSV for spreadsheets: one row per claim or quote (dismissed included, so the sheet is
 * complete), RFC 4180: records end with CRLF, and every cell holding a comma, a quote, a CR or a LF is
 * quoted, its quotes doubled (a lone LF too: two sources, a multi-line note would otherwise split the row
 * in many readers). Written here rather than by csv-stringify (12 KB of the extension bundle for these
 * few lines; the output is byte for byte what csv-stringify gave with `quoted_match: /[\r\n]/`).
 * Cells hold article text, notes and names nobody vetted: a cell starting with = + - @, tab or
 * CR — also after leading spaces, which spreadsheets skip — would run as a formula in
 * Excel/LibreOffice/Sheets (CSV injection, OWASP), e.g. =HYPERLINK(…) leaking data. Such cells
 * get a leading single quote, the OWASP remedy, so the cell still reads back as its text.
 */
import { claimSpeaker, quoteSpeaker } from './speakers';
import type { ExportInput } from './types';

export const CSV_COLUMNS = [
  'article', 'id', 'kind', 'status', 'start', 'end', 'text', 'speaker', 'claim_type', 'score', 'note', 'sources', 'orphaned', 'changed_since_review', 'reviewed_by', 'updated',
] as const;

/** A formula trigger at the start, possibly after whitespace (spreadsheets trim it before parsing). */
const FORMULA_START = /^(?:[\t\r]|[\s\u00a0\ufeff]*[=+\-@])/;

/** The cell as a spreadsheet may safely read it: formula triggers neutralised with a leading '. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function csvRows(input: ExportInput): string[][] {
  return input.items.map((item) => {
    const a = item.annotation;
    const speaker = item.kind === 'quote' ? quoteSpeaker(item) : claimSpeaker(item, input.items);
    const range = item.range ?? a?.target.position;
    return [
      input.articlePath,
      item.key,
      item.kind,
      item.status,
      range ? String(range.start) : '',
      range ? String(range.end) : '',
      item.text,
      speaker ?? '',
      item.claim?.type ?? '',
      item.claim ? item.claim.score.toFixed(3) : '',
      a?.note ?? '',
      // One source per line inside the cell: URLs never contain newlines.
      (a?.sources ?? []).map((s) => (s.title ? `${s.title} <${s.url}>` : s.url)).join('\n'),
      item.orphaned ? 'yes' : 'no',
      a?.changedSinceReview ? 'yes' : 'no',
      a?.updated.by ?? '',
      a?.updated.at ?? '',
    ];
  });
}

export function csvReport(input: ExportInput, header = true): string {
  const rows = csvRows(input).map((row) => row.map(neutraliseFormula));
  const records = header ? [[...CSV_COLUMNS], ...rows] : rows;
  return records.map((record) => `${record.map(csvCell).join(',')}\r\n`).join('');
}

/** One cell, quoted when it holds a comma, a quote, a CR or a LF. */
function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
