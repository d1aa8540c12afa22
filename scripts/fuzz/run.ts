/**
 * `npm run fuzz [-- --docs N --seed S]`: analyses N seeded hostile documents (default 100,000; scripts/fuzz/hostileText.ts)
 * and prints the counts: documents, exceptions, engine errors (failed steps the result reports), invalid offsets and
 * inconsistent boundaries (scripts/fuzz/invariants.ts). All must be 0; the exit code is 1 otherwise, and the first
 * seeds of each kind are printed so a failure can be replayed (`--docs 1 --seed S`).
 */
import { parseArgs } from 'node:util';
import { analyze } from '../../src/core/analysis';
import { hostileDocument } from './hostileText';
import { analysisProblems } from './invariants';

const { values } = parseArgs({ options: { docs: { type: 'string' }, seed: { type: 'string' } } });
const docs = Number(values.docs ?? 100_000);
const first = Number(values.seed ?? 1);
if (!Number.isInteger(docs) || docs < 1 || !Number.isInteger(first)) {
  console.error('Usage: npm run fuzz -- [--docs N] [--seed S]   (N documents from seed S on; defaults 100000 and 1)');
  process.exit(2);
}

const counts = { documents: 0, characters: 0, exceptions: 0, 'engine errors': 0, 'invalid offsets': 0, 'inconsistent boundaries': 0 };
const examples: string[] = [];
const example = (seed: number, what: string): void => {
  if (examples.length < 20) examples.push(`seed ${seed}: ${what}`);
};
const started = Date.now();
for (let seed = first; seed < first + docs; seed++) {
  const text = hostileDocument(seed);
  counts.documents++;
  counts.characters += text.length;
  try {
    const a = analyze(text);
    for (const e of a.errors ?? []) {
      counts['engine errors']++;
      example(seed, `${e.step}${e.rule ? ` (rule ${e.rule})` : ''} at ${e.offset}: ${e.message}`);
    }
    for (const p of analysisProblems(text, a)) {
      counts[p.kind === 'offset' ? 'invalid offsets' : 'inconsistent boundaries']++;
      example(seed, p.message);
    }
  } catch (error) {
    counts.exceptions++;
    example(seed, `exception: ${(error as Error)?.stack ?? String(error)}`);
  }
  if (counts.documents % 10_000 === 0) console.error(`… ${counts.documents} documents, ${Math.round((Date.now() - started) / 1000)} s`);
}
const seconds = (Date.now() - started) / 1000;
for (const [name, n] of Object.entries(counts)) console.log(`${name.padEnd(24)} ${n}`);
console.log(`${'seconds'.padEnd(24)} ${seconds.toFixed(1)} (${((seconds * 1000) / docs).toFixed(2)} ms a document, seeds ${first}-${first + docs - 1})`);
for (const e of examples) console.log(e);
const bad = counts.exceptions + counts['engine errors'] + counts['invalid offsets'] + counts['inconsistent boundaries'];
process.exit(bad === 0 ? 0 : 1);
