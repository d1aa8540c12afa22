/**
 * `--archive FILE|GLOB` for `match` and `check`: reads every fact-check archive (ClaimReview
 * JSON-LD, JSON Lines, CSV, review files) into one MatchIndex. Unusable rows are warnings on
 * stderr with file and line; a missing or unreadable file is an input error.
 */
import { resolve } from 'node:path';
import { MatchIndex } from '../core/matching/matchIndex';
import { readArchive } from '../core/matching/readers';
import type { FactCheck } from '../core/matching/types';
import { InputError } from './errors';
import { expandArticleArgs, readTextFile } from './files';
import type { CliIO } from './io';

/** Warnings printed per file before the rest are summed up. */
const PROBLEMS_SHOWN = 10;

export interface LoadedArchives {
  index: MatchIndex;
  files: string[];
}

/** Paths in facts are made absolute, so a review's article compares with the article being matched. */
function absolute(fact: FactCheck, cwd: string): FactCheck {
  return fact.article ? { ...fact, article: resolve(cwd, fact.article) } : fact;
}

export async function loadArchives(args: readonly string[], io: CliIO): Promise<LoadedArchives> {
  const files = await expandArticleArgs(args, io.cwd, true);
  const index = new MatchIndex();
  for (const file of files) {
    const text = await readTextFile(resolve(io.cwd, file), 'archive');
    const { entries, problems } = readArchive(file, text);
    problems.slice(0, PROBLEMS_SHOWN).forEach((p) => io.stderr(`claimlens: warning: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`));
    if (problems.length > PROBLEMS_SHOWN) io.stderr(`claimlens: warning: ${file}: ${problems.length - PROBLEMS_SHOWN} more unusable entries\n`);
    index.setSource(file, entries.map((f) => absolute(f, io.cwd)));
  }
  if (index.size === 0) throw new InputError(`No fact-checks in ${files.join(', ')}: nothing to match against.`);
  return { index, files };
}
