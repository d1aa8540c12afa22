/**
 * `claimlens analyze FILE…`: claims and quotes of each article, as a table or JSON. Writes nothing.
 * The table counts and lists claims as the editor and `claimlens check` do (core/review/counts):
 * detections scoring at least the threshold, and claims added or reviewed in the article's review file.
 */
import { parseArgs } from 'node:util';
import { claimDefinition, claimThresholdLabel, countReviews } from '../../core/review/counts';
import type { ReviewItem } from '../../core/review/types';
import { DEFAULT_THRESHOLD, loadArticle } from '../article';
import { EXIT_ERROR, EXIT_OK, UsageError } from '../errors';
import { expandArticleArgs } from '../files';
import type { CliIO } from '../io';
import { oneLine, table } from '../text';
import { forEachArticle } from '../progress';
import type { Speaker } from '../../core/types';
import { resolvedName, unresolvedLabel } from '../../core/quotes/speakerName';

export const ANALYZE_HELP = `Usage: claimlens analyze FILE|GLOB… [--json] [--threshold N] [--all-sentences]

Finds check-worthy claims and attributed quotes in each article.

Options:
  --json           Print one JSON array: [{ "file", "claims", "quotes", "counts" }] with exact offsets; each
                   quote lists the ids of the rules that found, attributed and shaped it ("rules"); "claims"
                   are the detections, "counts" what the editor counts (with the review file).
  --threshold N    Only claims scoring at least N (0–1; default: the engine's own threshold, ${DEFAULT_THRESHOLD}).

A claim is counted as everywhere in ClaimLens: a sentence scoring at least the threshold, or one added or
reviewed by hand in the article's review file (.claimlens.json); dismissed ones are not. Quotes apart.
  --all-sentences  Also list every sentence with its score, claims or not ("sentences" in JSON;
                   a SENTENCES table otherwise), to rank a whole text by check-worthiness.
  -h, --help       Show this help.
`;

export async function analyzeCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, threshold: { type: 'string' }, 'all-sentences': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(ANALYZE_HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('analyze: give at least one article file.');
  const threshold = values.threshold === undefined ? DEFAULT_THRESHOLD : parseThreshold(values.threshold);
  const files = await expandArticleArgs(positionals, io.cwd);
  const results: unknown[] = [];
  let shown = 0;
  const failed = await forEachArticle(io, files, 'analyzing', async (file) => {
    const article = await loadArticle(file, threshold, true);
    for (const w of article.warnings) io.stderr(`claimlens: warning: ${w}\n`);
    const { analysis } = article;
    const claims = analysis.claims.filter((c) => c.score >= threshold);
    const counts = countReviews(article.items);
    const sentences = values['all-sentences'] ? analysis.sentences.map((s) => ({ start: s.start, end: s.end, score: s.score ?? 0, text: s.text })) : undefined;
    if (values.json) {
      results.push({ file, claims, quotes: analysis.quotes, counts: { claims: counts.total, quotes: counts.quotes, threshold }, ...(sentences ? { sentences } : {}) });
      return;
    }
    shown++;
    io.stdout(`${file}: ${counts.total} claims, ${counts.quotes} quotes (${claimThresholdLabel(threshold)})\n\n`);
    const counted = countedClaims(article.items);
    if (counted.length > 0) {
      io.stdout(table([['OFFSETS', 'SCORE', 'TYPE', 'STATUS', 'CLAIM'], ...counted.map((c) => [
        `${c.range!.start}-${c.range!.end}`, c.claim ? c.claim.score.toFixed(2) : '–', c.claim?.type ?? 'by hand', c.status, oneLine(c.text),
      ])]) + '\n');
    }
    if (sentences && sentences.length > 0) {
      io.stdout(table([['OFFSETS', 'SCORE', 'SENTENCE'], ...sentences.map((s) => [`${s.start}-${s.end}`, s.score.toFixed(4), oneLine(s.text)])]) + '\n');
    }
    if (analysis.quotes.length > 0) {
      io.stdout(table([['OFFSETS', 'KIND', 'SPEAKER', 'CUE', 'QUOTE'], ...analysis.quotes.map((q) => [`${q.start}-${q.end}`, q.kind, cliSpeaker(q.speaker), q.cue?.text ?? '', oneLine(q.text, 60)])]) + '\n');
    }
  });
  if (values.json) io.stdout(JSON.stringify(results, null, 2) + '\n');
  // The definition explains the counts above; with no article read there are none.
  else if (shown > 0) io.stdout(`${claimDefinition(threshold, '--threshold')}\n`);
  return failed ? EXIT_ERROR : EXIT_OK;
}

/** The claims countReviews counts (in the text, not dismissed), in text order. */
/** The SPEAKER column: the resolved name, `unresolved (“he”)`, or `?` when no speaker was found. */
function cliSpeaker(s: Speaker | null): string {
  return s ? (resolvedName(s) ?? unresolvedLabel(s)) : '?';
}

function countedClaims(items: readonly ReviewItem[]): ReviewItem[] {
  return items.filter((i) => i.kind === 'claim' && !i.orphaned && i.range && i.status !== 'dismissed').sort((a, b) => a.range!.start - b.range!.start);
}

export function parseThreshold(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--threshold must be a number from 0 to 1, not "${value}".`);
  return n;
}
