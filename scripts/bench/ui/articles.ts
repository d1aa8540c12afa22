/**
 * The workspace the UI benchmark opens: the bundled seed article (3 KB) and two long articles
 * (30 KB, 1 MB) joined from the corpus `npm run bench` uses (real articles read at run time into
 * a temp folder, never into the repository). Each long article starts with its own title line, so
 * the probe knows its text from any other's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCorpus } from '../corpus';

export interface BenchArticle {
  /** Path relative to the workspace (what Quick Open is given). */
  readonly file: string;
  /** Text of the first line: shown at the top when the article opens. */
  readonly snippet: string;
  readonly chars: number;
}

export interface BenchWorkspace {
  readonly dir: string;
  readonly seed: BenchArticle;
  readonly kb30: BenchArticle;
  readonly mb1: BenchArticle;
  /** Where the long articles' text came from. */
  readonly source: string;
}

export function writeBenchWorkspace(dir: string, root: string): BenchWorkspace {
  const corpus = loadCorpus(root);
  const seedName = fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort()[0];
  const write = (file: string, text: string): BenchArticle => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
    const firstLine = text.slice(0, text.indexOf('\n')).trim();
    return { file, snippet: firstLine.slice(0, 40), chars: text.length };
  };
  const long = (title: string, chars: number): string => `${title}\n\n${corpus.take(chars - title.length - 2)}\n`;
  return {
    dir,
    seed: write(path.join('seeds', seedName), fs.readFileSync(path.join(root, 'seeds', seedName), 'utf8')),
    kb30: write(path.join('articles', 'bench-30kb.txt'), long('UI benchmark: a 30 KB article', 30_000)),
    mb1: write(path.join('articles', 'bench-1mb.txt'), long('UI benchmark: a 1 MB article', 1_000_000)),
    source: corpus.source,
  };
}
