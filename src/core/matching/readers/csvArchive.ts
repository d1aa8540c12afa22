/**
 * CSV (or tab-separated) archives with a header row naming at least a claim column (aliases in
 * records.ts). Parsed by csv-parse; a row it cannot parse, or one without claim text, is
 * reported with its line and skipped, and the rest of the file is read.
 */
import { parse } from 'csv-parse/sync';
import type { ArchiveProblem, ArchiveReadResult, FactCheck } from '../types';
import { columnMap, factFromRecord } from './records';

interface Row {
  record: string[];
  info: { lines: number };
}

function delimiterOf(text: string, file: string): string {
  if (/\.tsv$/iu.test(file)) return '\t';
  const header = text.slice(0, text.search(/\r?\n|$/u));
  return header.includes('\t') && !header.includes(',') ? '\t' : ',';
}

export function readCsvArchive(text: string, file: string): ArchiveReadResult {
  const problems: ArchiveProblem[] = [];
  let rows: Row[];
  try {
    rows = parse(text, {
      bom: true,
      delimiter: delimiterOf(text, file),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        const line = (error as { lines?: number } | undefined)?.lines;
        problems.push({ file, ...(line ? { line } : {}), message: `unreadable row (${error?.message ?? 'CSV error'})` });
        return undefined;
      },
    }) as unknown as Row[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { entries: [], problems: [...problems, { file, ...(line ? { line } : {}), message: `not readable as CSV (${error instanceof Error ? error.message : String(error)})` }] };
  }
  if (rows.length === 0) return { entries: [], problems: [...problems, { file, message: 'empty CSV file' }] };
  const header = rows[0].record;
  const columns = columnMap(header);
  if (!columns) return { entries: [], problems: [...problems, { file, line: rows[0].info.lines, message: `no claim column in the header (${header.join(', ')}); name one "claim"` }] };
  const entries: FactCheck[] = [];
  for (const { record, info } of rows.slice(1)) {
    const row = Object.fromEntries(header.map((h, i) => [h, record[i] ?? '']));
    const fact = factFromRecord(row, columns, { file, line: info.lines });
    if (typeof fact === 'string') problems.push({ file, line: info.lines, message: fact });
    else entries.push(fact);
  }
  // Rows csv-parse skipped were reported while parsing: put every problem in line order.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { entries, problems };
}
