/**
 * Turning FILE|GLOB arguments into article paths, and reading an article safely: a missing
 * file, a folder, a binary or non-UTF-8 file, or a huge file each get their own message.
 */
import { promises as fs } from 'node:fs';
// `import = require` makes esbuild pick tinyglobby's CommonJS build; its ESM build uses
// import.meta.url, which a CommonJS bundle does not have.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import tinyglobby = require('tinyglobby');
import { isSidecarPath } from '../core/review/sidecarPath';
import { InputError } from './errors';

/** Same limit as the editor: analysis of bigger files is skipped. */
export const MAX_ARTICLE_BYTES = 5_000_000;

/**
 * Expands globs (quoted by the user so the shell does not) relative to cwd; plain paths are
 * kept as given so a missing one is reported, not silently dropped. Sidecars matched by a
 * glob are skipped (they are not articles). Order: as given, glob matches sorted.
 */
export async function expandArticleArgs(args: readonly string[], cwd = process.cwd(), keepSidecars = false): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    if (!tinyglobby.isDynamicPattern(arg)) {
      if (!seen.has(arg)) out.push(arg);
      seen.add(arg);
      continue;
    }
    const matches = (await tinyglobby.glob(arg, { cwd, onlyFiles: true, dot: false, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] }))
      .filter((p) => keepSidecars || !isSidecarPath(p))
      .sort();
    if (matches.length === 0) throw new InputError(`No files match ${arg}.`);
    for (const m of matches) if (!seen.has(m)) { seen.add(m); out.push(m); }
  }
  return out;
}

function code(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** Archives of fact-checks may be much bigger than articles (a newsroom's history, a public feed). */
export const MAX_ARCHIVE_BYTES = 500_000_000;

const KINDS = {
  article: { max: MAX_ARTICLE_BYTES, noun: 'an article', plural: 'articles', verb: 'analysed', glob: '**/*.txt' },
  archive: { max: MAX_ARCHIVE_BYTES, noun: 'an archive', plural: 'archives', verb: 'read', glob: '**/*.jsonl' },
};

export async function readArticle(path: string): Promise<string> {
  return readTextFile(path, 'article');
}

/** A UTF-8 text file, or an InputError that says what is wrong with it. */
export async function readTextFile(path: string, kind: keyof typeof KINDS): Promise<string> {
  const k = KINDS[kind];
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new InputError(`${path} is a folder, not ${k.noun} file (pass files, or a quoted glob such as "${path.replace(/\/$/, '')}/${k.glob}").`);
    if (!stat.isFile()) throw new InputError(`${path} is not a regular file.`);
    if (stat.size > k.max) throw new InputError(`${path} is ${(stat.size / 1e6).toFixed(1)} MB; ${k.plural} above ${k.max / 1e6} MB are not ${k.verb}.`);
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const c = code(error);
    if (c === 'ENOENT' || c === 'ENOTDIR') throw new InputError(`${path}: no such file.`);
    if (c === 'EACCES' || c === 'EPERM') throw new InputError(`${path}: permission denied.`);
    throw new InputError(`${path}: cannot read (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (bytes.includes(0)) throw new InputError(`${path} looks like a binary file, not ${k.noun} (it contains NUL bytes).`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path} is not UTF-8 text; convert it to UTF-8 first.`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
