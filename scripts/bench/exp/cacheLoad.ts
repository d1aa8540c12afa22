/**
 * The bench's match_cache_load_ms on its own (issue 18): `save FILE` builds the 100,000-claim
 * index as the bench does and writes it; `load FILE [runs]` times read + decodeCache + fromJSON,
 * each step apart, wall and CPU. Run load in fresh processes, old and new alternately:
 *   npx esbuild scripts/bench/exp/cacheLoad.ts --bundle --platform=node --outfile=out/scripts/cacheLoad.js
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { decodeCache, encodeCache } from '../../../src/core/matching/cacheFile';
import { MatchIndex } from '../../../src/core/matching/matchIndex';
import { readArchive } from '../../../src/core/matching/readers';
import type { FactCheck } from '../../../src/core/matching/types';
import { evalDir } from '../../evalPaths';
import { cpuMs, round } from '../stats';

function variant(f: FactCheck, k: number): FactCheck {
  const words = f.claim.split(' ');
  if (words.length > 4) words.splice(1 + (k % (words.length - 2)), 1);
  const claim = words.join(' ').replace(/\d+/gu, (n) => String(Number(n) + k));
  return { ...f, id: `${f.id}~${k}`, claim, title: f.title ? `${f.title} (${k})` : undefined };
}

function timed<T>(f: () => T): { value: T; ms: number; cpu: number } {
  const c = cpuMs();
  const t = performance.now();
  const value = f();
  return { value, ms: round(performance.now() - t, 0), cpu: round(cpuMs() - c, 0) };
}

const [mode, file, runs] = process.argv.slice(2);
if (mode === 'save') {
  const source = path.resolve(evalDir(), 'matching', 'verified_claims.jsonl');
  const facts = readArchive(source, readFileSync(source, 'utf8')).entries;
  const big = Array.from({ length: 100_000 }, (_, i) => (i < facts.length ? facts[i] : variant(facts[i % facts.length], Math.floor(i / facts.length))));
  const index = new MatchIndex();
  index.setSource('archive', big);
  writeFileSync(file, encodeCache(index.toJSON()));
} else {
  for (let r = 0; r < Number(runs ?? 1); r++) {
    const read = timed(() => readFileSync(file));
    const parse = timed(() => decodeCache(read.value));
    const load = timed(() => MatchIndex.fromJSON(parse.value));
    if (!load.value) throw new Error('not loaded (another INDEX_FORMAT?)');
    const total = read.ms + parse.ms + load.ms;
    console.log(JSON.stringify({ total, cpu: read.cpu + parse.cpu + load.cpu, wall: [read.ms, parse.ms, load.ms], cpuSteps: [read.cpu, parse.cpu, load.cpu] }));
  }
}
