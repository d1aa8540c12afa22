/**
 * `claimlens check FILE|GLOB… [--threshold N] [--fail-on …]`: the CI gate. Exit 1 with a
 * summary when any article fails, 0 when all pass, 2 on usage or I/O errors. Writes nothing.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ReviewItem } from '../../core/review/types';
import { loadArchives } from '../archives';
import { loadArticle, DEFAULT_THRESHOLD } from '../article';
import { EXIT_ERROR, EXIT_GATE_FAILED, EXIT_OK, InputError, messageOf, UsageError } from '../errors';
import { expandArticleArgs } from '../files';
import { DEFAULT_FAIL_ON, gateFindings, GATE_REASONS, parseFailOn, type GateReason } from '../gate';
import type { CliIO } from '../io';
import { Progress } from '../progress';
import { lineIndex, oneLine } from '../text';
import { parseThreshold } from './analyze';
import { claimDefinition, countReviews, describeReviewCounts } from '../../core/review/counts';

export const CHECK_HELP = `Usage: claimlens check FILE|GLOB… [--threshold N] [--fail-on ${DEFAULT_FAIL_ON.join(',')}] [--archive FILE|GLOB …]

Fails (exit 1) while an article has review work left; reads each article's .claimlens.json
sidecar and never changes it. Quote globs so the CLI expands them: "articles/**/*.txt".

Options:
  --threshold N    Check-worthiness (0–1) from which an unreviewed claim counts (default ${DEFAULT_THRESHOLD},
                   as the editor's claimlens.scoreThreshold).
  --fail-on LIST   Comma-separated reasons to fail on (default ${DEFAULT_FAIL_ON.join(',')}):
                     unreviewed  a check-worthy claim nobody reviewed
                     disputed    a claim or quote marked disputed
                     orphaned    a review whose text is no longer in the article
                     changed     a review whose text was edited after the review (in the
                                 editor or outside it), so its verdict may no longer hold
                     matched-false  a claim whose best strong match in the --archive files is
                                 rated false (not in the default): a textual rating saying false
                                 (False, Mostly False, Pants on Fire, Fake, Incorrect, Hoax, …,
                                 ClaimLens "Disputed"), or a ratingValue in the lowest fifth of its
                                 scale (1 of 1–5); Mixture, Misleading, Half True, Unproven do not
  --archive FILE   Fact-check archive(s) for matched-false (repeatable; as in claimlens match).
  -h, --help       Show this help.

Exit codes: 0 all pass, 1 the gate failed, 2 usage or input error (missing file, folder,
binary file, malformed sidecar), 141 the output was closed early ("| head -1"): the run stopped.
`;

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { threshold: { type: 'string' }, 'fail-on': { type: 'string' }, archive: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('check: give at least one article file or glob.');
  const threshold = values.threshold === undefined ? DEFAULT_THRESHOLD : parseThreshold(values.threshold);
  let failOn: readonly GateReason[] = DEFAULT_FAIL_ON;
  if (values['fail-on'] !== undefined) {
    try {
      failOn = parseFailOn(values['fail-on']);
    } catch (error) {
      throw new UsageError(messageOf(error));
    }
  }
  if (failOn.includes('matched-false') && !values.archive?.length) throw new UsageError('--fail-on matched-false needs --archive FILE (the fact-checks to match against).');
  const archives = values.archive?.length && failOn.includes('matched-false') ? await loadArchives(values.archive, io) : undefined;
  const files = await expandArticleArgs(positionals, io.cwd);

  const progress = new Progress(io, files.length, 'checking');
  const totals: Record<GateReason, number> = { unreviewed: 0, disputed: 0, orphaned: 0, changed: 0, 'matched-false': 0 };
  let failedArticles = 0;
  let errors = 0;
  for (const file of files) {
    progress.step(file);
    try {
      const article = await loadArticle(file, threshold);
      for (const w of article.warnings) io.stderr(`claimlens: warning: ${w}\n`);
      const own = resolve(file);
      const bestMatch = archives && ((item: ReviewItem) => archives.index.match(item.text, { top: 1, excludeArticle: own })[0]);
      const findings = gateFindings(article.items, failOn, bestMatch);
      const counts = describeReviewCounts(countReviews(article.items));
      if (findings.length === 0) {
        io.stdout(`PASS ${file} — ${counts}\n`);
        continue;
      }
      failedArticles++;
      const lineColumn = lineIndex(article.text);
      const byReason = new Map<GateReason, number>();
      for (const f of findings) byReason.set(f.reason, (byReason.get(f.reason) ?? 0) + 1);
      for (const [reason, n] of byReason) totals[reason] += n;
      io.stdout(`FAIL ${file}: ${[...byReason].map(([r, n]) => `${n} ${r}`).join(', ')} — ${counts}\n`);
      for (const { reason, item, match } of findings) {
        const at = item.range ?? item.annotation?.target.position;
        const where = at && !item.orphaned ? (({ line, column }) => `${file}:${line}:${column}`)(lineColumn(at.start)) : file;
        const why = item.orphaned && item.anchor?.reason ? ` (${item.anchor.reason})` : reason === 'changed' ? ` (${changedFrom(item, article.reviewedText)})` : '';
        io.stdout(`  ${where}  ${reason} ${item.kind}: ${oneLine(item.text, 70)}${why}\n`);
        if (match) io.stdout(`      checked before (${match.similarity.toFixed(2)}): ${match.fact.rating ?? 'rated false'}${match.fact.publisher ? `, ${match.fact.publisher}` : ''}: ${oneLine(match.fact.claim, 80)}${match.fact.url ? `  ${match.fact.url}` : ''}\n`);
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors++;
      io.stderr(`claimlens: ${messageOf(error)}\n`);
    }
  }
  progress.done();
  const checked = files.length - errors;
  const summary = GATE_REASONS.filter((r) => failOn.includes(r)).map((r) => `${totals[r]} ${r}`).join(', ');
  io.stdout(`\nclaimlens check: ${failedArticles} of ${checked} article${checked === 1 ? '' : 's'} failed (${summary})${errors ? `; ${errors} could not be checked` : ''}.\n`);
  io.stdout(`${claimDefinition(threshold, '--threshold')}\n`);
  if (errors > 0) return EXIT_ERROR;
  return failedArticles > 0 ? EXIT_GATE_FAILED : EXIT_OK;
}

/** What a changed review was given to: the text as reviewed, or that it was edited in the editor since. */
function changedFrom(item: ReviewItem, reviewedText: ReadonlyMap<string, string>): string {
  const before = item.annotation && reviewedText.get(item.annotation.id);
  if (before !== undefined && before !== item.text) return `marked ${item.status} when it read: ${oneLine(before, 70)}`;
  return `edited after it was marked ${item.status}`;
}
