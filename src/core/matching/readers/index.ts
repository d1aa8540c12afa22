/**
 * Reading any archive file ClaimLens understands, by its name: review files
 * (`*.claimlens.json`), JSON Lines (`.jsonl`, `.ndjson`), CSV (`.csv`, `.tsv`) and ClaimReview
 * JSON-LD (`.json`, `.jsonld`; a `.json` file whose first line is a whole object is read as
 * JSON Lines). Never throws: problems come back with file and line.
 */
import { isSidecarPath } from '../../review/sidecarPath';
import type { ArchiveReadResult } from '../types';
import { readClaimReviewJson } from './claimReview';
import { readCsvArchive } from './csvArchive';
import { readJsonLines } from './jsonLines';
import { readReviewFile } from './reviewFile';

export type ArchiveFormat = 'review' | 'jsonl' | 'csv' | 'claimreview';

export function archiveFormatOf(file: string, text: string): ArchiveFormat | undefined {
  if (isSidecarPath(file)) return 'review';
  const lower = file.toLowerCase();
  if (/\.(jsonl|ndjson)$/u.test(lower)) return 'jsonl';
  if (/\.(csv|tsv)$/u.test(lower)) return 'csv';
  if (/\.(json|jsonld)$/u.test(lower)) return looksLikeJsonLines(text) ? 'jsonl' : 'claimreview';
  return undefined;
}

/** Two or more lines that each parse as an object: JSON Lines saved as .json. */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split(/\r?\n/u, 3).filter((l) => l.trim());
  if (lines.length < 2) return false;
  try {
    return lines.every((l) => {
      const v: unknown = JSON.parse(l);
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    });
  } catch {
    return false;
  }
}

export function readArchive(file: string, text: string): ArchiveReadResult {
  const format = archiveFormatOf(file, text);
  if (text.includes('\u0000')) return { entries: [], problems: [{ file, message: 'binary file (contains NUL bytes), not an archive' }] };
  switch (format) {
    case 'review':
      return readReviewFile(text, file);
    case 'jsonl':
      return readJsonLines(text, file);
    case 'csv':
      return readCsvArchive(text, file);
    case 'claimreview':
      return readClaimReviewJson(text, file);
    default:
      return { entries: [], problems: [{ file, message: 'unknown archive type (use .json/.jsonld ClaimReview, .jsonl, .csv/.tsv or a .claimlens.json review file)' }] };
  }
}
