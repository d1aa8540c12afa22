/**
 * JSON Lines archives: one fact-check per line, either a flat object with a claim field
 * (`{"id", "claim", "title", "rating", "url", "date", "publisher"}`, aliases in records.ts) or
 * a ClaimReview object. A line that is not JSON, not an object, or has no claim is reported
 * with its number and skipped.
 */
import type { ArchiveProblem, ArchiveReadResult, FactCheck } from '../types';
import { factFromClaimReview, findClaimReviews } from './claimReview';
import { columnMap, factFromRecord } from './records';

function factOfLine(value: unknown, file: string, line: number): FactCheck | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const reviews = findClaimReviews(value);
  if (reviews.length > 0) return factFromClaimReview(reviews[0].review, file, `line-${line}`, line);
  const row = value as Record<string, unknown>;
  const columns = columnMap(Object.keys(row));
  if (!columns) return 'no claim field (expected "claim", "claimReviewed", "statement" or "text")';
  return factFromRecord(row, columns, { file, line });
}

export function readJsonLines(text: string, file: string): ArchiveReadResult {
  const entries: FactCheck[] = [];
  const problems: ArchiveProblem[] = [];
  const lines = text.split(/\r?\n/u);
  lines.forEach((raw, i) => {
    const lineText = i === 0 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (!lineText.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch {
      problems.push({ file, line: i + 1, message: 'not valid JSON' });
      return;
    }
    const fact = factOfLine(value, file, i + 1);
    if (typeof fact === 'string') problems.push({ file, line: i + 1, message: fact });
    else entries.push(fact);
  });
  return { entries, problems };
}
