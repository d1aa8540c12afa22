/**
 * Where full analysis spends its time beyond compromise: analyze() and bare compromise/two over the bench corpus,
 * alternately, with CPU ms of each. Run under `node --cpu-prof` to see the functions. Usage: esbuild-bundle, then
 * `node profileAnalysis.js [chars=300000] [rounds=3] [only=ours|bare|both]`.
 */
import nlp from 'compromise/two';
import * as path from 'node:path';
import { analyze, splitParagraphs } from '../../../src/core/analysis';
import { sentenceParser } from '../../../src/core/text/tokens';
import { loadCorpus } from '../corpus';
import { cpuMs, median, round } from '../stats';

const chars = Number(process.argv[2] ?? 300_000);
const rounds = Number(process.argv[3] ?? 3);
const only = process.argv[4] ?? 'both';
const corpus = loadCorpus(path.resolve(process.cwd()));
const text = chars > 0 ? corpus.take(chars) : corpus.seed;

function bare(): void {
  for (const p of splitParagraphs(text)) nlp(text.slice(p.start, p.end)).json({ offset: true });
}
function ours(): void {
  sentenceParser.clear();
  analyze(text);
}
const cpu = (fn: () => void): number => {
  const c = cpuMs();
  fn();
  return cpuMs() - c;
};
bare();
ours();
const o: number[] = [];
const b: number[] = [];
for (let i = 0; i < rounds; i++) {
  if (only !== 'bare') o.push(cpu(ours));
  if (only !== 'ours') b.push(cpu(bare));
}
const line = { chars: text.length, ours_cpu: round(median(o), 0), bare_cpu: round(median(b), 0), ratio: round(median(o) / median(b), 3) };
process.stdout.write(`${JSON.stringify(line)}\n`);
