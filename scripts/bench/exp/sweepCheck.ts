/**
 * fastSweep.ts must tag exactly as compromise does: every sentence of the dev files and seeds, tagged with the stock
 * bulkMatch and with fastBulkMatch, terms (text, pre, post, tags in order) compared. Also times both.
 */
import nlp from 'compromise/two';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fasterBulkMatch, type BulkMatch } from '../../../src/core/text/fastSweep';
import { splitSentences } from '../../../src/core/text/sentenceParse';
import { evalDir, projectRoot } from '../../evalPaths';
import { cpuMs } from '../stats';

interface Term { text: string; pre: string; post: string; tags: Set<string>; normal?: string; switch?: string }
const world = (nlp as unknown as { world(): { hooks: string[]; methods: { one: { bulkMatch: unknown } } } }).world();
const stock = world.methods.one.bulkMatch;
const fast = fasterBulkMatch(stock as BulkMatch);
const texts: string[] = readdirSync(path.join(projectRoot(), 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(projectRoot(), 'seeds', f), 'utf8'));
for (const file of ['quotes.dev.jsonl', 'claims.dev.jsonl']) {
  for (const line of readFileSync(path.join(evalDir(), file), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
}
const sentences = texts.flatMap((t) => splitSentences(t));
const shape = (s: string): string => {
  const doc = nlp(s) as unknown as { document: Term[][] };
  return JSON.stringify(doc.document.map((ts) => ts.map((t) => [t.text, t.pre, t.post, [...t.tags], t.normal, t.switch])));
};
let differ = 0;
let stockMs = 0;
let fastMs = 0;
for (const [i, s] of sentences.entries()) {
  let c = cpuMs();
  world.methods.one.bulkMatch = stock;
  const a = shape(s);
  stockMs += cpuMs() - c;
  c = cpuMs();
  world.methods.one.bulkMatch = fast;
  const b = shape(s);
  fastMs += cpuMs() - c;
  if (a !== b) {
    differ++;
    if (differ < 5) process.stdout.write(`differs #${i}: ${s.slice(0, 80)}\n`);
  }
}
world.methods.one.bulkMatch = stock;
process.stdout.write(`${sentences.length} sentences, ${differ} differ; tagging CPU stock ${Math.round(stockMs)} ms, fast ${Math.round(fastMs)} ms\n`);
