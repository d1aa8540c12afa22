/**
 * Regression rows for the shapes that once made a step quadratic (issue 15): `analyze` (and `claimlens check`) on
 * 256 KB and 1 MB of each, CPU time per KB, and the ratio of the 1 MB time to the 256 KB time — 4 when linear; the
 * target is ≤ 4.5. Each text repeats a small pool of paragraphs (the sentence cache then spares most of compromise's
 * work), so what grows with the size is the engine's own per-document work: the link step, quote rules, line indexes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/core/analysis';
import { checkCommand } from '../../src/cli/commands/check';
import { sentenceParser } from '../../src/core/text/tokens';
import { cpuMs, round } from './stats';

export const PATHOLOGICAL_TARGETS: Record<string, string> = { pathological_ratio_max: '≤ 4.5' };

const KB = 1024;
const SIZES = { '256kb': 256 * KB, '1mb': 1024 * KB } as const;

/** Paragraph `i` of each shape (a small seeded-by-index pool, so texts are the same from run to run). */
const SHAPES: Record<string, (i: number) => string> = {
  // Many short quotes whose he/she has no named antecedent (the link step walked back to the document start).
  pronoun_quotes: (i) => [`"Yes, ${i % 7}," he said.`, `"No," she said. "Maybe," he added.`, `"We will see," they said.`, `"It is ${i % 5} now," he told.`][i % 4],
  // Bylines and credits between short paragraphs.
  bylines: (i) => [`By Anna Berg ${i % 9}`, 'Reporting by Lee Kim; editing by Sam Ortiz', `WASHINGTON (Reuters) - Officials said ${i % 11} people were hurt.`, '\u2014 AP'][i % 4],
  // Quotation marks of every style, unbalanced and piled up, after cues.
  repeated_marks: (i) => [`He said\u201c\u2039 "" \u00ab\u00bb\u201e \u201c${i % 13}\u201d`, `said\u201c\u2039`, `"\u201c\u201d\u00ab\u00bb\u2039\u203a'"\u201e\u201a "plan" "bold" "${i % 3}" she said`, `\u00bb \u201d " \u00ab told "`][i % 4],
};

/** Long paragraphs: sentences with no blank line for the whole document (cut into blocks by splitParagraphs). */
function longParagraphs(size: number): string {
  const sentences = ['The council approved the plan on Monday.', '"It is bold," said Mayor Anna Berg.', 'Taxes rose 4 percent in 2019, officials said.', 'He said the vote was close.'];
  let out = '';
  for (let i = 0; out.length < size; i++) out += `${sentences[i % sentences.length]}${i % 50 === 49 ? '\n' : ' '}`;
  return out;
}

function shaped(shape: (i: number) => string, size: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const p = shape(i);
    parts.push(p);
    n += p.length + 2;
  }
  return parts.join('\n\n');
}

/** News text repeated to `size` (a 64 KB stretch of the corpus). */
function repeatedNews(news: string, size: number): string {
  const parts: string[] = [];
  for (let n = 0; n < size; n += news.length + 2) parts.push(news);
  return parts.join('\n\n');
}


/** CPU ms of `run` (the sentence cache kept from a warm-up run on the same text, as a long session would have it). */
async function timed(run: () => unknown): Promise<number> {
  await run();
  const c = cpuMs();
  await run();
  return cpuMs() - c;
}

interface Row {
  ms_256kb: number;
  ms_1mb: number;
  ms_per_kb_256kb: number;
  ms_per_kb_1mb: number;
  ratio: number;
}

function row(ms: Record<keyof typeof SIZES, number>): Row {
  return {
    ms_256kb: round(ms['256kb'], 0),
    ms_1mb: round(ms['1mb'], 0),
    ms_per_kb_256kb: round(ms['256kb'] / 256, 3),
    ms_per_kb_1mb: round(ms['1mb'] / 1024, 3),
    ratio: round(ms['1mb'] / ms['256kb'], 2),
  };
}

/** `claimlens check` in this process on a file of that text (no sidecar: every check-worthy claim is a finding). */
async function checkMs(text: string): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlens-bench-'));
  try {
    const file = path.join(dir, 'big.txt');
    writeFileSync(file, text);
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
    return await timed(() => checkCommand([file], io));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One figure per shape (`pathological_<shape>`) and their largest 1 MB / 256 KB ratio; `news`: 64 KB of articles for check. */
export async function pathologicalFigures(news: string, log: (msg: string) => void): Promise<Record<string, Row | number>> {
  const rows: Record<string, Row> = {};
  const texts: Record<string, (size: number) => string> = {
    ...Object.fromEntries(Object.entries(SHAPES).map(([name, shape]) => [name, (size: number) => shaped(shape, size)])),
    long_paragraphs: longParagraphs,
  };
  for (const [name, make] of Object.entries(texts)) {
    const ms = { '256kb': 0, '1mb': 0 };
    for (const [size, chars] of Object.entries(SIZES) as [keyof typeof SIZES, number][]) {
      sentenceParser.clear();
      const text = make(chars);
      ms[size] = await timed(() => analyze(text));
      log(`  ${name} ${size}: ${round(ms[size], 0)} ms CPU`);
    }
    rows[name] = row(ms);
  }
  const ms = { '256kb': 0, '1mb': 0 };
  for (const [size, chars] of Object.entries(SIZES) as [keyof typeof SIZES, number][]) {
    sentenceParser.clear();
    ms[size] = await checkMs(repeatedNews(news, chars));
    log(`  check ${size}: ${round(ms[size], 0)} ms CPU`);
  }
  rows.check = row(ms);
  const figures: Record<string, Row | number> = Object.fromEntries(Object.entries(rows).map(([name, r]) => [`pathological_${name}`, r]));
  figures.pathological_ratio_max = Math.max(...Object.values(rows).map((r) => r.ratio));
  return figures;
}
