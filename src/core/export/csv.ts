/**
 * CSV for spreadsheets: one row per claim or quote (dismissed included, so the sheet is
 * complete), RFC 4180 quoting by csv-stringify (commas, quotes and newlines in notes survive).
 * Cells hold article text, notes and names nobody vetted: a cell starting with = + - @, tab or
 * CR would run as a formula in Excel/LibreOffice/Sheets (CSV injection, OWASP), e.g.
 * =HYPERLINK(…) leaking data. `escape_formulas` prefixes such cells with a single quote, the
 * OWASP remedy, before quoting, so the cell still reads back as its text with a leading '.
 */
import { stringify } from 'csv-stringify/sync';
import { claimSpeaker, quoteSpeaker } from './speakers';
import type { ExportInput } from './types';

export const CSV_COLUMNS = [
  'article', 'id', 'kind', 'status', 'start', 'end', 'text', 'speaker', 'claim_type', 'score', 'note', 'sources', 'orphaned', 'reviewed_by', 'updated',
] as const;

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
      a?.updated.by ?? '',
      a?.updated.at ?? '',
    ];
  });
}

export function csvReport(input: ExportInput, header = true): string {
  const rows = csvRows(input);
  return stringify(header ? [[...CSV_COLUMNS], ...rows] : rows, { record_delimiter: '\r\n', escape_formulas: true });
}
