/**
 * The claim-matching eval data (../shared/eval/matching/, never copied into the project):
 * queries `{"id", "text", "relevant": [ids], "meta": {"split"}}` and an archive of fact-checks
 * in the verified_claims.jsonl format (`{"id", "claim", "title"}`), read by the product's own
 * JSON Lines reader.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readArchive } from '../../src/core/matching/readers';
import type { FactCheck } from '../../src/core/matching/types';
import type { MatchingQuery } from './training';
import { evalDir, projectRoot } from '../evalPaths';

export interface MatchingData {
  queries: MatchingQuery[];
  archive: FactCheck[];
  queriesFile: string;
  archiveFile: string;
  /** md5 of each file, for provenance. */
  md5: { queries: string; archive: string };
}

export { projectRoot };

/** ../shared/eval/matching beside the project; CLAIMLENS_EVAL_DIR names another eval folder (a git worktree elsewhere). */
export const defaultMatchingDir = (): string => resolve(evalDir(), 'matching');

export function loadMatchingData(queriesFile = resolve(defaultMatchingDir(), 'queries.dev.jsonl'), archiveFile = resolve(defaultMatchingDir(), 'verified_claims.jsonl')): MatchingData {
  const queriesText = readFileSync(queriesFile, 'utf8');
  const archiveText = readFileSync(archiveFile, 'utf8');
  const queries: MatchingQuery[] = [];
  queriesText.split(/\r?\n/u).forEach((line, i) => {
    if (!line.trim()) return;
    let q: { id?: unknown; text?: unknown; relevant?: unknown; meta?: { split?: unknown } };
    try {
      q = JSON.parse(line) as typeof q;
    } catch {
      throw new Error(`${queriesFile}:${i + 1}: not valid JSON`);
    }
    if (typeof q.text !== 'string' || !Array.isArray(q.relevant)) throw new Error(`${queriesFile}:${i + 1}: expected "text" and "relevant"`);
    queries.push({ id: String(q.id ?? `line-${i + 1}`), text: q.text, relevant: q.relevant.map(String), ...(typeof q.meta?.split === 'string' ? { split: q.meta.split } : {}) });
  });
  const read = readArchive(archiveFile.endsWith('.jsonl') ? archiveFile : `${archiveFile}.jsonl`, archiveText);
  if (read.problems.length > 0) throw new Error(`${archiveFile}: ${read.problems.length} unreadable lines, first: line ${read.problems[0].line}: ${read.problems[0].message}`);
  const md5 = (s: string): string => createHash('md5').update(s).digest('hex');
  return { queries, archive: read.entries, queriesFile, archiveFile, md5: { queries: md5(queriesText), archive: md5(archiveText) } };
}
