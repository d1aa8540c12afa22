/**
 * `claimlens report FILE… [--format md|csv|claimreview|annotation] [--out DIR]`: exports the
 * reviews. Prints to stdout unless --out is given; --out DIR is the only way the CLI writes.
 */
import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportFiles, headlineOf, jsonLdText, type ExportFile, type ExportFormat, type ExportInput } from '../../core/export';
import { ClaimReviewValidationError } from '../../core/export/claimReview';
import { loadArticle } from '../article';
import { EXIT_ERROR, EXIT_OK, messageOf, UsageError } from '../errors';
import { expandArticleArgs } from '../files';
import type { CliIO } from '../io';
import { forEachArticle } from '../progress';
import { todayIso } from '../text';
import { parseThreshold } from './analyze';

export const REPORT_HELP = `Usage: claimlens report FILE|GLOB… [--format md|csv|claimreview|annotation] [--out DIR]
                        [--url URL] [--fact-check-url TEMPLATE] [--org NAME] [--org-url URL] [--date YYYY-MM-DD] [--split]

Exports the reviews of each article (its .claimlens.json sidecar) without changing anything.

Formats:
  md           Markdown report: summary counts, claims with status/note/sources, quotes with speakers (default).
  csv          One row per claim or quote (RFC 4180).
  claimreview  schema.org ClaimReview JSON-LD for sourced/unverified/disputed claims
               (rating 1 Disputed, 3 Unverified, 5 Sourced). Needs --fact-check-url and --org.
  annotation   W3C Web Annotation JSON-LD (AnnotationCollection) of every review.

Options:
  --out DIR        Write one file per article into DIR (created if needed) instead of stdout:
                   ARTICLE.review.md, .review.csv, .claimreview.json, .annotations.jsonld.
  --url URL        Public URL of the article (ClaimReview: the claim's appearance; Web Annotation target).
  --fact-check-url TEMPLATE
                   The fact-check's own page, ClaimReview url; {id} is replaced by the review's id
                   (e.g. https://example.org/checks/{id}).
  --org NAME       Publishing organisation (ClaimReview author).
  --org-url URL    The organisation's web site.
  --date DATE      ClaimReview datePublished for every review (default: each review's own date, local
                   time) and the Markdown report's date (default: today).
  --split          claimreview with --out: one file per claim.
  --threshold N    Also list unreviewed claims scoring at least N (0–1, default 0.5).
  -h, --help       Show this help.
`;

interface Outcome {
  file: string;
  files: ExportFile[];
}

export async function reportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'md' },
      out: { type: 'string', short: 'o' },
      url: { type: 'string' },
      'fact-check-url': { type: 'string' },
      org: { type: 'string' },
      'org-url': { type: 'string' },
      date: { type: 'string' },
      split: { type: 'boolean' },
      threshold: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return EXIT_OK;
  }
  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${values.format}".`);
  if (positionals.length === 0) throw new UsageError('report: give at least one article file.');
  if (values.split && (format !== 'claimreview' || !values.out)) throw new UsageError('--split works with --format claimreview and --out DIR.');
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD, not "${values.date}".`);
  const threshold = values.threshold === undefined ? undefined : parseThreshold(values.threshold);
  const files = await expandArticleArgs(positionals, io.cwd);

  const outcomes: Outcome[] = [];
  const failed = await forEachArticle(io, files, 'exporting', async (file) => {
    const article = await loadArticle(file, threshold);
    for (const w of article.warnings) io.stderr(`claimlens: warning: ${w}\n`);
    const input: ExportInput = {
      articlePath: file,
      text: article.text,
      headline: headlineOf(article.text),
      date: values.date ?? todayIso(),
      items: article.items,
      ...(values.url !== undefined ? { url: values.url } : {}),
      ...(values['fact-check-url'] !== undefined ? { factCheckUrl: values['fact-check-url'] } : {}),
      ...(values.date !== undefined ? { datePublished: values.date } : {}),
      ...(values.org !== undefined ? { organization: values.org } : {}),
      ...(values['org-url'] !== undefined ? { organizationUrl: values['org-url'] } : {}),
    };
    try {
      outcomes.push({ file, files: exportFiles(format, input, { split: values.split === true }) });
    } catch (error) {
      if (!(error instanceof ClaimReviewValidationError)) throw error;
      io.stderr(`claimlens: ${file}: ${error.message}\n`);
      return false;
    }
    return undefined;
  });

  if (values.out && outcomes.length > 0) {
    try {
      await writeOutputs(values.out, outcomes, io);
    } catch (error) {
      io.stderr(`claimlens: cannot write to ${values.out}: ${messageOf(error)}\n`);
      return EXIT_ERROR;
    }
  } else if (!values.out && outcomes.length > 0) {
    io.stdout(combine(format, outcomes));
  }
  return failed ? EXIT_ERROR : EXIT_OK;
}

/** Several articles on stdout: one Markdown document, one CSV (one header), one JSON value. */
function combine(format: ExportFormat, outcomes: Outcome[]): string {
  const contents = outcomes.map((o) => o.files[0]?.content ?? '');
  switch (format) {
    case 'md':
      return contents.join('\n---\n\n');
    case 'csv':
      return contents.map((c, i) => (i === 0 ? c : c.slice(c.indexOf('\r\n') + 2))).join('');
    case 'claimreview':
      return jsonLdText(contents.flatMap((c) => JSON.parse(c) as unknown[]));
    case 'annotation':
      return contents.length === 1 ? contents[0] : jsonLdText(contents.map((c) => JSON.parse(c) as unknown));
  }
}

async function writeOutputs(dir: string, outcomes: Outcome[], io: CliIO): Promise<void> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (stat && !stat.isDirectory()) throw new Error('it is a file, not a folder');
  await fs.mkdir(dir, { recursive: true });
  const used = new Set<string>();
  for (const outcome of outcomes) {
    // Articles with the same name in different folders get -2, -3… rather than overwrite each other.
    let base = basename(outcome.file);
    for (let n = 2; used.has(base); n++) base = `${basename(outcome.file)}-${n}`;
    used.add(base);
    for (const f of outcome.files) {
      const target = join(dir, base + f.suffix);
      await fs.writeFile(target, f.content, 'utf8');
      io.stderr(`wrote ${target}\n`);
    }
  }
}
