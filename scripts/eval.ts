/**
 * npm run eval [-- --json] [--quotes FILE] [--claims FILE] [--predictions FILE]
 * Measures the analysis engine on the gold data in ../shared/eval (never copied into the repo).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateQuotes, type QuoteArticle } from './eval/quotesEval';
import { evaluateClaims, type ClaimSentence } from './eval/claimsEval';
import { writePredictions } from './eval/predictions';
import { DEFAULT_CLAIM_THRESHOLD } from '../src/core/analysis';

function projectRoot(): string {
  // Works from scripts/ (ts-node) and from out/scripts/ (compiled or bundled).
  let dir = __dirname;
  for (let i = 0; i < 4; i++) {
    if (existsSync(resolve(dir, 'package.json'))) return dir;
    dir = resolve(dir, '..');
  }
  return process.cwd();
}

function readJsonl<T>(file: string): T[] {
  const out: T[] = [];
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line) as T);
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
  });
  return out;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
function round<T>(o: T): T {
  return JSON.parse(JSON.stringify(o, (_k, v) => (typeof v === 'number' ? r3(v) : v))) as T;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      quotes: { type: 'string' },
      claims: { type: 'string' },
      predictions: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log('Usage: npm run eval -- [--json] [--quotes FILE] [--claims FILE] [--predictions FILE]\n--predictions FILE writes every quote and sentence score the engine predicts (JSON lines), to diff two versions.\nDefaults: ../shared/eval/quotes.dev.jsonl and ../shared/eval/claims.dev.jsonl relative to the project root.');
    return 0;
  }
  const evalDir = resolve(projectRoot(), '..', 'shared', 'eval');
  const quotesFile = resolve(values.quotes ?? resolve(evalDir, 'quotes.dev.jsonl'));
  const claimsFile = resolve(values.claims ?? resolve(evalDir, 'claims.dev.jsonl'));
  const missing = [quotesFile, claimsFile].filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`Evaluation data not found:\n${missing.map((f) => `  ${f}`).join('\n')}\n` +
      'The gold data is not part of the project; put quotes.dev.jsonl and claims.dev.jsonl in ../shared/eval/ or pass --quotes FILE --claims FILE.');
    return 2;
  }
  const quoteArticles = readJsonl<QuoteArticle>(quotesFile);
  const claimRows = readJsonl<ClaimSentence>(claimsFile);
  if (values.predictions) {
    writePredictions(resolve(values.predictions), quoteArticles, claimRows);
    console.error(`Predictions written to ${resolve(values.predictions)}`);
  }
  const t0 = Date.now();
  const quotes = evaluateQuotes(quoteArticles);
  const t1 = Date.now();
  const claims = evaluateClaims(claimRows);
  const t2 = Date.now();
  const result = round({ quotes, claims });
  if (values.json) {
    console.log(JSON.stringify(result));
    return 0;
  }
  const f = (x: number | undefined) => (x === undefined ? '' : x.toFixed(3));
  console.log(`Quotes (${quotesFile}, ${((t1 - t0) / 1000).toFixed(1)} s)`);
  console.log('  kind           P      R      F1     exact F1');
  const dm = result.quotes.direct_mixed;
  console.log(`  direct+mixed   ${f(dm.p)}  ${f(dm.r)}  ${f(dm.f1)}  ${f(dm.exact_f1)}`);
  const ind = result.quotes.indirect;
  console.log(`  indirect       ${f(ind.p)}  ${f(ind.r)}  ${f(ind.f1)}`);
  console.log(`  speaker accuracy ${f(result.quotes.speaker_acc)}   cue accuracy ${f(result.quotes.cue_acc)}`);
  console.log(`\nClaims (${claimsFile}, threshold ${DEFAULT_CLAIM_THRESHOLD}, ${((t2 - t1) / 1000).toFixed(1)} s)`);
  console.log('  dataset                 P      R      F1     AP     MAP');
  for (const [ds, c] of Object.entries(result.claims)) {
    console.log(`  ${ds.padEnd(22)}  ${f(c.p)}  ${f(c.r)}  ${f(c.f1)}  ${f(c.ap)}  ${f(c.map)}`);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`eval failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
