/**
 * Benchmark texts: real articles concatenated from quotes.dev.jsonl in the eval folder (scripts/evalPaths.ts: beside
 * the clone or its folder of worktrees; read at run time, never copied into the repository), else the seeds repeated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { evalDir } from '../evalPaths';

export interface Corpus {
  source: string;
  seed: string;
  /** Returns the first `chars` characters of the concatenated articles. */
  take(chars: number): string;
}

export function loadCorpus(root: string): Corpus {
  const seedDir = path.join(root, 'seeds');
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(seedDir, f), 'utf8'));
  if (seeds.length === 0) throw new Error(`no seed article in ${seedDir}`);
  const evalFile = path.join(evalDir(), 'quotes.dev.jsonl');
  let articles: string[] = [];
  if (existsSync(evalFile)) {
    for (const line of readFileSync(evalFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const text = (JSON.parse(line) as { text?: unknown }).text;
        if (typeof text === 'string' && text.trim()) articles.push(text.trim());
      } catch {
        // A malformed line is skipped: the benchmark only needs realistic prose.
      }
    }
  }
  const source = articles.length ? `${articles.length} articles from ${evalFile}` : `seed articles repeated (${evalFile} not found)`;
  if (!articles.length) articles = seeds;
  let joined = '';
  return {
    source,
    seed: seeds[0],
    take(chars: number): string {
      while (joined.length < chars) joined += (joined ? '\n\n' : '') + articles.join('\n\n');
      // Cut at a paragraph end so the last paragraph is not a fragment.
      const cut = joined.lastIndexOf('\n\n', chars);
      return joined.slice(0, cut > chars / 2 ? cut : chars);
    },
  };
}

/** Offset of the end of the first `lines` lines: the part of an article a screen shows first. */
export function firstLinesEnd(text: string, lines: number): number {
  let at = 0;
  for (let i = 0; i < lines; i++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return at;
}
