/**
 * `claimlens match ARTICLE… --archive FILE… [--json] [--top N]`: for each claim of each article,
 * the earlier fact-checks that checked the same claim (archives and other articles' reviews),
 * best first. Reads only; writes nothing.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { POSSIBLE_SIMILARITY, type Match, type MatchIndex } from '../../core/matching/matchIndex';
import { VERDICT_LABELS } from '../../core/matching/rating';
import { loadArticle, DEFAULT_THRESHOLD, type LoadedArticle } from '../article';
import { loadArchives } from '../archives';
import { EXIT_ERROR, EXIT_OK, UsageError } from '../errors';
import { expandArticleArgs } from '../files';
import type { CliIO } from '../io';
import { forEachArticle } from '../progress';
import { lineIndex, oneLine } from '../text';
import { parseThreshold } from './analyze';

export const MATCH_HELP = `Usage: claimlens match FILE|GLOB… --archive FILE|GLOB [--archive …] [--json] [--top N]
                       [--min-similarity S] [--threshold N]

Finds, for each claim of each article, earlier fact-checks of the same claim: in fact-check
archives and in the review files of other articles. Nothing is written.

Archives (--archive, repeatable; quote globs):
  *.json, *.jsonld   schema.org ClaimReview JSON-LD: one object, an array, or a "@graph"
                     (also ClaimLens's own "report --format claimreview" output)
  *.jsonl            JSON Lines: {"claim", "title", "rating", "url", "date", "publisher"} or ClaimReview
  *.csv, *.tsv       a header row with at least a "claim" column (rating, url, date, publisher)
  *.claimlens.json   review files: every claim reviewed sourced, disputed or unverified
Unusable rows are reported on stderr with file and line and skipped.

Options:
  --top N              Matches per claim (default 5).
  --min-similarity S   Only matches with similarity ≥ S (0–1, default ${POSSIBLE_SIMILARITY}).
  --threshold N        Claims scoring at least N (0–1, default ${DEFAULT_THRESHOLD}); reviewed claims always.
  --json               One JSON array: [{ "file", "claims": [{ "text", "start", "end", "line", "matches" }] }].
  -h, --help           Show this help.

A match is "strong" (checked before) from the model's threshold on; "rated false" follows the
archive's rating (see claimlens check --help, --fail-on matched-false).
`;

export interface ClaimMatches {
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  matches: Match[];
}

/** Claims of the article (not dismissed, not orphaned) with their matches above `minSimilarity`. */
export function matchArticle(article: LoadedArticle, index: MatchIndex, top: number, minSimilarity: number): ClaimMatches[] {
  const own = resolve(article.path);
  const lineColumn = lineIndex(article.text);
  return article.items
    .filter((i) => i.kind === 'claim' && !i.orphaned && i.status !== 'dismissed' && i.range)
    .map((item) => {
      const { line, column } = lineColumn(item.range!.start);
      const matches = index.match(item.text, { top, excludeArticle: own }).filter((m) => m.similarity >= minSimilarity);
      return { text: item.text, start: item.range!.start, end: item.range!.end, line, column, matches };
    });
}

function describe(m: Match): string {
  const f = m.fact;
  const rating = [f.rating, f.publisher ?? (f.origin === 'review' ? `review by ${f.reviewer ?? 'unknown'}` : undefined)].filter(Boolean).join(', ');
  const a = m.agreement;
  const warn = [a.numbersConflict ? 'numbers differ' : '', a.namesConflict ? 'names differ' : '', a.negationDiffers ? 'negation differs' : ''].filter(Boolean).join(', ');
  const where = f.url ?? `${f.file}${f.line ? `:${f.line}` : ''}`;
  return `${m.similarity.toFixed(2)} ${m.strong ? 'STRONG ' : ''}${VERDICT_LABELS[f.verdict]}${rating ? ` (${rating})` : ''}${f.date ? ` ${f.date.slice(0, 10)}` : ''}: ${oneLine(f.claim, 90)}  ${where}${warn ? `  [${warn}]` : ''}`;
}

function numberOption(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} must be a number from ${min} to ${max}, not "${value}".`);
  return n;
}

export async function matchCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      archive: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      top: { type: 'string' },
      'min-similarity': { type: 'string' },
      threshold: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(MATCH_HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('match: give at least one article file or glob.');
  if (!values.archive?.length) throw new UsageError('match: give at least one --archive FILE (ClaimReview JSON, JSON Lines, CSV or review files).');
  const top = Math.round(numberOption(values.top, 'top', 5, 1, 50));
  const minSimilarity = numberOption(values['min-similarity'], 'min-similarity', POSSIBLE_SIMILARITY, 0, 1);
  const threshold = values.threshold === undefined ? DEFAULT_THRESHOLD : parseThreshold(values.threshold);
  const { index } = await loadArchives(values.archive, io);
  const files = await expandArticleArgs(positionals, io.cwd);
  const results: { file: string; claims: ClaimMatches[] }[] = [];
  const failed = await forEachArticle(io, files, 'matching', async (file) => {
    const article = await loadArticle(file, threshold);
    for (const w of article.warnings) io.stderr(`claimlens: warning: ${w}\n`);
    const claims = matchArticle(article, index, top, minSimilarity);
    results.push({ file, claims });
    if (!values.json) printArticle(io, file, claims);
  });
  if (values.json) io.stdout(JSON.stringify(results, null, 2) + '\n');
  return failed ? EXIT_ERROR : EXIT_OK;
}

function printArticle(io: CliIO, file: string, claims: readonly ClaimMatches[]): void {
  const matched = claims.filter((c) => c.matches.length > 0);
  const strong = claims.filter((c) => c.matches.some((m) => m.strong)).length;
  io.stdout(`${file}: ${claims.length} claims, ${matched.length} with earlier fact-checks (${strong} strong)\n`);
  for (const c of matched) {
    io.stdout(`\n  ${file}:${c.line}:${c.column}  ${oneLine(c.text, 100)}\n`);
    for (const m of c.matches) io.stdout(`    ${describe(m)}\n`);
  }
  io.stdout('\n');
}
