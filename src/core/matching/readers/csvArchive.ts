/**
 * CSV (or tab-separated) archives with a header row naming at least a claim column (aliases in
 * records.ts). Parsed by Papa Parse (20 KB of the match worker where csv-parse took 31, and no
 * Buffer, so the web build needs no polyfill); a row it cannot parse, or one without claim text,
 * is reported with its line and skipped, and the rest of the file is read.
 */
import Papa from 'papaparse';
import type { ArchiveProblem, ArchiveReadResult, FactCheck } from '../types';
import { columnMap, factFromRecord } from './records';

interface Row {
  record: string[];
  info: { lines: number };
}

function delimiterOf(text: string, file: string): string {
  if (/\.tsv$/iu.test(file)) return '\t';
  const header = text.slice(0, text.search(/\n|$/u));
  return header.includes('\t') && !header.includes(',') ? '\t' : ',';
}

/**
 * Rows with the line each starts on; blank lines skipped. A row with a broken quote is reported
 * at its first line and parsing starts again on the next line: Papa Parse itself would read on
 * to the next quote and swallow the rows between.
 */
function parseRows(text: string, delimiter: string, problems: ArchiveProblem[], file: string): Row[] {
  const rows: Row[] = [];
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    let start = offset;
    let restart = -1;
    Papa.parse<string[]>(text.slice(offset), {
      delimiter,
      newline: '\n',
      step: (result, parser) => {
        if (result.errors.length > 0) {
          problems.push({ file, line, message: `unreadable row (${result.errors[0].message})` });
          const next = text.indexOf('\n', start);
          restart = next < 0 ? text.length : next + 1;
          parser.abort();
          return;
        }
        if (result.data.some((field) => field.trim() !== '')) rows.push({ record: result.data, info: { lines: line } });
        const end = offset + result.meta.cursor;
        for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
        start = end;
      },
    });
    if (restart < 0) break;
    line++;
    offset = restart;
  }
  return rows;
}

export function readCsvArchive(text: string, file: string): ArchiveReadResult {
  const problems: ArchiveProblem[] = [];
  // One line break for every "\r\n", "\r" or "\n": line numbers stay, and mixed endings split rows alike.
  const unified = text.replace(/^\ufeff/u, '').replace(/\r\n?/gu, '\n');
  const rows = parseRows(unified, delimiterOf(unified, file), problems, file);
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
  // Rows Papa Parse could not read were reported while parsing: put every problem in line order.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { entries, problems };
}
