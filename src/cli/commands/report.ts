/**
 * `claimlens report FILE… [--format md|csv|claimreview|annotation] [--out DIR]`: exports the
 * reviews. Prints to stdout unless --out is given; --out DIR is the only way the CLI writes.
 */
import { promises as fs } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportFiles, headlineOf, jsonLdText, type ExportFile, type ExportFormat, type ExportInput } from '../../core/export';
import { ClaimReviewValidationError } from '../../core/export/claimReview';
import { isIsoDate } from '../../core/export/localDate';
import { parseVerdictScale, VERDICTS_FILE, type VerdictScale } from '../../core/review/verdictScale';
import { loadArticle } from '../article';
import { EXIT_ERROR, EXIT_OK, InputError, messageOf, UsageError } from '../errors';
import { expandArticleArgs } from '../files';
import type { CliIO } from '../io';
import { forEachArticle } from '../progress';
import { todayIso } from '../text';
import { parseThreshold } from './analyze';

export const REPORT_HELP = `Usage: claimlens report FILE|GLOB… [--format md|csv|claimreview|annotation] [--out DIR]
                        [--url-template TEMPLATE] [--org NAME] [--org-url URL] [--url URL]
                        [--date YYYY-MM-DD] [--include-unverified] [--verdicts FILE] [--split]

Exports the reviews of each article (its .claimlens.json sidecar) without changing anything.

Formats:
  md           Markdown report: summary counts, claims with status/note/sources, quotes with speakers (default).
  csv          One row per claim or quote (RFC 4180).
  claimreview  schema.org ClaimReview JSON-LD for sourced and disputed claims (rating 5 Sourced,
               1 Disputed, of 1–5). Needs --url-template and --org.
  annotation   W3C Web Annotation JSON-LD (AnnotationCollection) of every review.

Options:
  --out DIR        Write one file per article into DIR (created if needed) instead of stdout:
                   ARTICLE.review.md, .review.csv, .claimreview.json, .annotations.jsonld.
  --url-template TEMPLATE
                   ClaimReview url, the fact-check's own page, e.g. https://example.org/checks/{id}:
                   {id} the review's id, {article} the article's file name without extension.
  --org NAME       Publishing organisation (ClaimReview author).
  --org-url URL    The organisation's web site.
  --url URL        The article's public URL (ClaimReview itemReviewed.appearance, Web Annotation target).
  --date DATE      ClaimReview datePublished of every review and the report's date (default: the
                   local date of each review's last change; the report: today, local).
  --include-unverified
                   claimreview: also unverified claims, with the textual rating "Unverified" only.
  --verdicts FILE  claimreview, md: the organisation's verdict scale (labels, ratings, which are final);
                   default: .claimlens/verdicts.json in the current folder if there is one, else
                   sourced / disputed / unverified.
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
      'url-template': { type: 'string' },
      'include-unverified': { type: 'boolean' },
      verdicts: { type: 'string' },
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
  if (values['include-unverified'] && format !== 'claimreview') throw new UsageError('--include-unverified works with --format claimreview.');
  const usesScale = format === 'claimreview' || format === 'md';
  if (values.verdicts !== undefined && !usesScale) throw new UsageError('--verdicts works with --format claimreview or md.');
  if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`--date must be YYYY-MM-DD, not "${values.date}".`);
  const threshold = values.threshold === undefined ? undefined : parseThreshold(values.threshold);
  const scale = usesScale ? await loadScale(values.verdicts, io.cwd) : undefined;
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
      ...(values['url-template'] !== undefined ? { claimReviewUrlTemplate: values['url-template'] } : {}),
      ...(values['include-unverified'] ? { includeUnverified: true } : {}),
      ...(values.date !== undefined ? { datePublished: values.date } : {}),
      ...(scale ? { scale } : {}),
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

/** The verdict scale of --verdicts FILE, else of ./.claimlens/verdicts.json when there is one; undefined: the default. */
async function loadScale(option: string | undefined, cwd: string): Promise<VerdictScale | undefined> {
  const path = option ?? VERDICTS_FILE;
  let text: string;
  try {
    text = await fs.readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    if (option === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`cannot read the verdict scale ${path}: ${messageOf(error)}`);
  }
  const parsed = parseVerdictScale(text);
  if (!parsed.ok) throw new InputError(`${path} is not a valid verdict scale:\n  ${parsed.errors.join('\n  ')}`);
  return parsed.scale;
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
