/**
 * npm run eval [-- --json] [--quotes FILE] [--claims FILE] [--predictions FILE]
 *              [--matching-queries FILE --matching-archive FILE] [--only quotes,claims,matching] [--cv]
 * --cv: only the cross-validated claim figures (the claim model retrained inside the folds).
 * Measures the analysis engine and the claim matcher on the gold data in ../shared/eval (never
 * copied into the repo; CLAIMLENS_EVAL_DIR names another folder, e.g. from a git worktree).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateQuotes, type QuoteArticle } from './eval/quotesEval';
import { evaluateClaims, type ClaimSentence } from './eval/claimsEval';
import { writePredictions } from './eval/predictions';
import { evaluateMatching } from './eval/matchingEval';
import { defaultMatchingDir, loadMatchingData } from './matching/data';
import { CV_SCORERS, printCv, runCv, type CvScorer, type CvTuning } from './eval/cvReport';
import { DEFAULT_TRAIN_CONFIG, OPTIONAL_TRAIN_SETTINGS, type TrainConfig } from './train/trainModel';
import { evalDir } from './evalPaths';
import { DEFAULT_CLAIM_THRESHOLD } from '../src/core/analysis';
import modelFile from '../src/core/claims/claimModel.generated.json';

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

// Four decimals: at three, a speaker accuracy of 0.8996 printed as 0.9 and read as meeting a ≥ 0.90 target, and the
// claim rankings now differ by less than 0.001 between settings.
const r4 = (x: number) => Math.round(x * 10000) / 10000;
function round<T>(o: T): T {
  return JSON.parse(JSON.stringify(o, (_k, v) => (typeof v === 'number' ? r4(v) : v))) as T;
}

const USAGE = [
  'Usage: npm run eval -- [--json] [--quotes FILE] [--claims FILE] [--predictions FILE]',
  '                       [--matching-queries FILE --matching-archive FILE] [--only quotes,claims,matching]',
  '--predictions FILE writes every quote and sentence score the engine predicts (JSON lines), to diff two versions.',
  '--matching-queries/--matching-archive: claim matching on other files (queries {"id","text","relevant"}, archive in the verified_claims.jsonl format).',
  '--cv: only the cross-validated claim figures (cv.*): the claim model and its baselines retrained inside the folds (many minutes);',
  `     --cv-scorers LIST picks some of ${CV_SCORERS.join(',')} (the folds are fixed, so separate runs add up);`,
  '     blend (not shipped) averages the model\'s and the TF-IDF LR\'s out-of-fold logits, so it trains both.',
  '     For tuning (never the headline): --cv-debate-folds N deals the CLEF-2019 debates into N folds instead of',
  '     leaving each out (about 3× quicker with 5), --cv-train JSON overrides training settings, e.g. \'{"weightCt":0.5}\'.',
  'Defaults: ../shared/eval/{quotes,claims}.dev.jsonl and ../shared/eval/matching/ relative to the project root (or $CLAIMLENS_EVAL_DIR).',
].join('\n');

function main(): number {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      quotes: { type: 'string' },
      claims: { type: 'string' },
      predictions: { type: 'string' },
      'matching-queries': { type: 'string' },
      'matching-archive': { type: 'string' },
      only: { type: 'string' },
      cv: { type: 'boolean', default: false },
      'cv-scorers': { type: 'string' },
      'cv-debate-folds': { type: 'string' },
      'cv-train': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.cv) return crossValidated(resolve(values.claims ?? resolve(evalDir(), 'claims.dev.jsonl')), values.json === true, values['cv-scorers'], cvTuning(values['cv-debate-folds'], values['cv-train']));
  const sections = new Set((values.only ?? 'quotes,claims,matching').split(',').map((x) => x.trim()));
  const matching = sections.has('matching') ? runMatching(values['matching-queries'], values['matching-archive']) : undefined;
  if (!sections.has('quotes') && !sections.has('claims')) {
    if (matching === 'error') return 2;
    printMatching(matching, values.json === true);
    return 0;
  }
  const quotesFile = resolve(values.quotes ?? resolve(evalDir(), 'quotes.dev.jsonl'));
  const claimsFile = resolve(values.claims ?? resolve(evalDir(), 'claims.dev.jsonl'));
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
  // The shipped claim model learned from the dev file: figures on it are in-sample, never the headline.
  const claimsInSample = createHash('sha256').update(readFileSync(claimsFile)).digest('hex') === modelFile.provenance.data.sha256;
  const result = round({ quotes, claims, claims_in_sample: claimsInSample, ...(matching && matching !== 'error' ? { matching } : {}) });
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
  console.log(`  speaker name accuracy ${f(result.quotes.speaker_name_acc)}   pronoun speakers ${f(result.quotes.pronoun_speaker_rate)}   unresolved ${f(result.quotes.unresolved_speaker_rate)}`);
  console.log(`\nClaims (${claimsFile}, threshold ${DEFAULT_CLAIM_THRESHOLD}, ${((t2 - t1) / 1000).toFixed(1)} s)`);
  if (claimsInSample) console.log('  IN-SAMPLE: the shipped model was trained on this file; cross-validated figures: npm run eval -- --cv');
  console.log('  dataset                 P      R      F1     AP     MAP');
  for (const [ds, c] of Object.entries(result.claims)) {
    console.log(`  ${ds.padEnd(22)}  ${f(c.p)}  ${f(c.r)}  ${f(c.f1)}  ${f(c.ap)}  ${f(c.map)}`);
  }
  if (matching === 'error') return 2;
  printMatching(matching, false);
  return 0;
}

/** The matching figures, or undefined when the default data is absent (said on stderr), or 'error'. */
function runMatching(queries: string | undefined, archive: string | undefined): Record<string, unknown> | undefined | 'error' {
  if ((queries === undefined) !== (archive === undefined)) {
    console.error('--matching-queries and --matching-archive go together.');
    return 'error';
  }
  const q = resolve(queries ?? resolve(defaultMatchingDir(), 'queries.dev.jsonl'));
  const a = resolve(archive ?? resolve(defaultMatchingDir(), 'verified_claims.jsonl'));
  const missing = [q, a].filter((f) => !existsSync(f));
  if (missing.length > 0) {
    console.error(`Matching data not found (${missing.join(', ')}): ${queries ? 'check the paths' : 'the matching section is skipped'}.`);
    return queries ? 'error' : undefined;
  }
  return round(evaluateMatching(loadMatchingData(q, a)));
}

function printMatching(m: Record<string, unknown> | undefined, json: boolean): void {
  if (!m) return;
  if (json) {
    console.log(JSON.stringify({ matching: m }));
    return;
  }
  type Figures = Record<string, number>;
  const f = (x: number | undefined) => (x === undefined ? '  -  ' : x.toFixed(3));
  const row = (name: string, x: Figures) => console.log(`  ${name.padEnd(30)} ${f(x['map@1'])}  ${f(x['map@3'])}  ${f(x['map@5'])}  ${f(x['map@10'])}  ${f(x['mrr@10'])}  ${x.queries ?? ''}`);
  console.log(`\nClaim matching (${m.archive} fact-checks, model ${m.model}, ${m.seconds} s)`);
  console.log('  system / split                 MAP@1  MAP@3  MAP@5  MAP@10 MRR@10 queries');
  for (const key of ['bm25_reference', 'first_stage', 'claimlens'] as const) {
    for (const [split, x] of Object.entries(m[key] as Record<string, Figures>)) row(`${key} ${split}${key === 'claimlens' && split === 'train' ? ' (in-sample)' : ''}`, x);
  }
  const cv = m.cv5 as Record<string, Figures>;
  row('claimlens 5-fold CV, all', cv.claimlens);
  row('logistic baseline 5-fold CV, all', cv.logistic_baseline);
  console.log(`  headline (${m.headline}): MAP@5 ${f(m['map@5'] as number)}`);
  const s = m.strong as Figures;
  console.log(`  strong match (similarity ≥ ${f(s.threshold)}) on those queries: recall ${f(s.recall)}, precision ${f(s.precision)}; false alarms when never checked before ${f(s.false_alarm_rate_never_checked)}`);
}

/** The tuning options, or what is wrong with them. */
function cvTuning(folds: string | undefined, train: string | undefined): CvTuning | string {
  const out: CvTuning = {};
  if (folds !== undefined) {
    if (!/^\d+$/.test(folds)) return `--cv-debate-folds: expected a whole number (0: leave one debate out), got "${folds}"`;
    out.debateFolds = Number(folds);
  }
  if (train !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(train);
    } catch {
      return `--cv-train: not valid JSON: ${train}`;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return '--cv-train: expected a JSON object of training settings';
    const known = [...Object.keys(DEFAULT_TRAIN_CONFIG), ...OPTIONAL_TRAIN_SETTINGS];
    const unknown = Object.keys(parsed).filter((k) => !known.includes(k));
    if (unknown.length) return `--cv-train: unknown setting ${unknown.join(', ')} (known: ${known.join(', ')})`;
    out.train = parsed as Partial<TrainConfig>;
  }
  return out;
}

function crossValidated(claimsFile: string, json: boolean, scorerList: string | undefined, tuning: CvTuning | string = {}): number {
  if (typeof tuning === 'string') {
    console.error(tuning);
    return 2;
  }
  if (!existsSync(claimsFile)) {
    console.error(`Evaluation data not found: ${claimsFile}\nPut claims.dev.jsonl in ../shared/eval/ or pass --claims FILE.`);
    return 2;
  }
  const scorers = (scorerList ?? CV_SCORERS.join(',')).split(',').map((x) => x.trim());
  const unknown = scorers.filter((x) => !(CV_SCORERS as readonly string[]).includes(x));
  if (unknown.length) {
    console.error(`--cv-scorers: unknown ${unknown.join(', ')} (known: ${CV_SCORERS.join(', ')})`);
    return 2;
  }
  const t0 = Date.now();
  const cv = round(runCv(claimsFile, (line) => console.error(line), new Set(scorers as CvScorer[]), tuning));
  if (json) console.log(JSON.stringify({ cv }));
  else printCv(cv, claimsFile, (Date.now() - t0) / 1000);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`eval failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
