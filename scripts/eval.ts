/**
 * npm run eval [-- --json] [--quotes FILE] [--claims FILE] [--predictions FILE] [--cv]
 * Measures the analysis engine on the gold data in ../shared/eval (never copied into the repo).
 * --cv: only the cross-validated claim figures (retrained inside the folds; see eval/cvReport.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateQuotes, type QuoteArticle } from './eval/quotesEval';
import { evaluateClaims, type ClaimSentence } from './eval/claimsEval';
import { writePredictions } from './eval/predictions';
import { runCv, type CvReport } from './eval/cvReport';
import { DEFAULT_CLAIM_THRESHOLD } from '../src/core/analysis';
import modelFile from '../src/core/claims/claimModel.generated.json';
import { evalDir } from './train/paths';

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
      cv: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log('Usage: npm run eval -- [--json] [--quotes FILE] [--claims FILE] [--predictions FILE] [--cv]\n--predictions FILE writes every quote and sentence score the engine predicts (JSON lines), to diff two versions.\n--cv prints only the cross-validated claim figures (cv.*): the claim model and its baselines retrained inside the folds (several minutes).\nDefaults: ../shared/eval/quotes.dev.jsonl and ../shared/eval/claims.dev.jsonl relative to the project root (CLAIMLENS_EVAL_DIR overrides the folder).');
    return 0;
  }
  const quotesFile = resolve(values.quotes ?? resolve(evalDir(), 'quotes.dev.jsonl'));
  const claimsFile = resolve(values.claims ?? resolve(evalDir(), 'claims.dev.jsonl'));
  if (values.cv) return crossValidated(claimsFile, values.json === true);
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
  // The shipped model learned from the dev file: figures on it are in-sample, never the headline.
  const claimsInSample = createHash('sha256').update(readFileSync(claimsFile)).digest('hex') === modelFile.provenance.data.sha256;
  const result = round({ quotes, claims, claims_in_sample: claimsInSample });
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
  if (claimsInSample) console.log('  IN-SAMPLE: the shipped model was trained on this file; cross-validated figures: npm run eval -- --cv');
  console.log('  dataset                 P      R      F1     AP     MAP');
  for (const [ds, c] of Object.entries(result.claims)) {
    console.log(`  ${ds.padEnd(22)}  ${f(c.p)}  ${f(c.r)}  ${f(c.f1)}  ${f(c.ap)}  ${f(c.map)}`);
  }
  return 0;
}

function crossValidated(claimsFile: string, json: boolean): number {
  if (!existsSync(claimsFile)) {
    console.error(`Evaluation data not found: ${claimsFile}\nPut claims.dev.jsonl in ../shared/eval/ or pass --claims FILE.`);
    return 2;
  }
  const t0 = Date.now();
  const cv: CvReport = runCv(claimsFile, (line) => console.error(line));
  if (json) {
    console.log(JSON.stringify(round({ cv })));
    return 0;
  }
  const f = (x: number) => x.toFixed(3);
  console.log(`Claims, cross-validated (${claimsFile}, ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  console.log(`  ${cv.settings.folds}; ${cv.settings.pooled}.`);
  console.log(`  scorer                      CLEF-2019 MAP (${cv.model.ct19_debates} debates)   ClaimBuster P / R / F1 at ${cv.settings.threshold}   AP`);
  const rows: [string, keyof Omit<CvReport, 'settings'>][] = [['learned model (shipped)', 'model'], ['TF-IDF word+char LR', 'tfidf_lr'], ['has a digit', 'has_digit'], ['old hand-set weights', 'hand_set']];
  for (const [name, key] of rows) {
    const c = cv[key];
    console.log(`  ${name.padEnd(26)}  ${f(c.ct19_lodo_map).padEnd(30)}  ${f(c.cb_p)} / ${f(c.cb_r)} / ${f(c.cb_f1)}${' '.repeat(14)}${f(c.cb_ap)}`);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`eval failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
