/**
 * Speed work must not change a single output: dumps analyze() (claims with scores and reasons, quotes with speakers,
 * persons) for the dev files' texts and the seeds, one JSON line each, and prints the dump's md5. Compare it before
 * and after a change. Usage: esbuild-bundle, then `node dumpAnalysis.js [claimRows=3000] [outFile]`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/core/analysis';
import { evalDir, projectRoot } from '../../evalPaths';

function texts(file: string, limit: number): string[] {
  const out: string[] = [];
  for (const line of readFileSync(path.join(evalDir(), file), 'utf8').split('\n')) {
    if (out.length >= limit) break;
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text?: unknown }).text;
    if (typeof text === 'string') out.push(text);
  }
  return out;
}

const claimRows = Number(process.argv[2] ?? 3000);
const seedDir = path.join(projectRoot(), 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(seedDir, f), 'utf8'));
const all = [...seeds, ...texts('quotes.dev.jsonl', Infinity), ...texts('claims.dev.jsonl', claimRows)];
const lines = all.map((t) => JSON.stringify(analyze(t)));
const dump = lines.join('\n');
if (process.argv[3]) writeFileSync(process.argv[3], dump);
process.stdout.write(`${all.length} texts, md5 ${createHash('md5').update(dump).digest('hex')}\n`);
