/**
 * `npm run eval -- --cv`: the headline claim figures, each scorer retrained inside the folds of
 * crossValidation.ts — the learned model with the shipped training settings, the TF-IDF reference,
 * and two scorers that need no training ("has a digit", the old hand-set weights), all on the same
 * folds in the same run.
 */
import { loadModel } from '../../src/core/claims/claimModel';
import { scoreFeatures } from '../../src/core/claims/model';
import type { FeatureId } from '../../src/core/claims/featureIds';
import { isContextFeature } from '../../src/core/claims/context';
import type { ScoringVector } from '../../src/core/claims/sentenceVector';
import { readClaimRows, vectorizeRows, type LabelledRow, type RowVectors } from '../train/dataset';
import { CT_DATASET, DEFAULT_TRAIN_CONFIG, hashingOf, trainModel, type TrainConfig } from '../train/trainModel';
import { provenanceOf } from '../train/provenance';
import { rowScore } from '../train/rowScores';
import { blendScores, crossValidate, figuresOf, type CvFigures, type Trainer } from './crossValidation';
import { tfidfTrainer } from './tfidfBaseline';

export const CB_DATASET = 'claimbuster-2.5xNCS';

export const CV_SCORERS = ['model', 'tfidf_lr', 'blend', 'has_digit', 'hand_set'] as const;
export type CvScorer = (typeof CV_SCORERS)[number];

export interface CvReport {
  settings: { folds: string; pooled: string; threshold: number; training?: string };
  /** Each scorer asked for (all by default), on the same folds. */
  model?: CvFigures;
  tfidf_lr?: CvFigures;
  /** Not shipped: the model's and the TF-IDF LR's out-of-fold logits averaged (needs both in the run). */
  blend?: CvFigures;
  has_digit?: CvFigures;
  hand_set?: CvFigures;
}

function learnedTrainer(data: ReturnType<typeof readClaimRows>, vectors: RowVectors[], cfg: TrainConfig): Trainer {
  const provenance = provenanceOf(data);
  return (train) => {
    const rows = train.map((i) => ({ vector: vectors[i].unit, label: data.rows[i].label, dataset: data.rows[i].dataset }));
    const model = loadModel(trainModel(rows, cfg, provenance));
    return (idx) => idx.map((i) => rowScore(model, vectors[i]));
  };
}

/** A scorer that needs no training, as a Trainer that ignores its training rows. */
function fixed(score: (i: number) => number): Trainer {
  return () => (idx) => idx.map(score);
}

/** The engine's old score: the hand-set weights over the same interpretable features, best sentence of the row. */
function handSetScore(v: RowVectors): number {
  let best = 0;
  // Its own features only: the hand-set weights predate the context features.
  const own = (s: ScoringVector) => s.named.filter((h) => !isContextFeature(h.feature)).map((h) => ({ feature: h.feature as FeatureId, evidence: '' }));
  for (const s of v.sentences) if (s) best = Math.max(best, scoreFeatures(own(s)).score);
  return best;
}

/** For tuning on the folds: fewer debate folds than leave-one-out, and training settings other than the shipped ones. */
export interface CvTuning {
  debateFolds?: number;
  train?: Partial<TrainConfig>;
}

export function runCv(claimsFile: string, log: (line: string) => void, scorers: ReadonlySet<CvScorer> = new Set(CV_SCORERS), tuning: CvTuning = {}): CvReport {
  const cfg: TrainConfig = { ...DEFAULT_TRAIN_CONFIG, ...tuning.train };
  const debateFolds = tuning.debateFolds ?? 0;
  const data = readClaimRows(claimsFile);
  const rows: LabelledRow[] = data.rows;
  const needVectors = scorers.has('model') || scorers.has('blend') || scorers.has('hand_set');
  if (needVectors) log(`Vectorizing ${rows.length} sentences…`);
  const vectors = needVectors ? vectorizeRows(rows, hashingOf(cfg)) : [];
  const opts = { threshold: cfg.threshold, pool: true, ctDataset: CT_DATASET, cbDataset: CB_DATASET, folds: 5, debateFolds };
  const oof = new Map<CvScorer, Map<number, number>>();
  const run = (name: CvScorer, trainer: () => Trainer): CvFigures | undefined => {
    if (!scorers.has(name) && !(name !== 'has_digit' && name !== 'hand_set' && scorers.has('blend'))) return undefined;
    const t0 = Date.now();
    const cv = crossValidate(rows, trainer(), opts);
    oof.set(name, cv.scores);
    log(`  ${name}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return scorers.has(name) ? cv.figures : undefined;
  };
  const model = run('model', () => learnedTrainer(data, vectors, cfg));
  const tfidf = run('tfidf_lr', () => tfidfTrainer(rows, CT_DATASET));
  return {
    settings: {
      folds: `CLEF-2019: ${debateFolds > 0 ? `NOT the headline: the debates dealt into ${debateFolds} folds` : 'leave one debate out'}; ClaimBuster: 5 folds by a hash of the sentence id`,
      ...(tuning.train && Object.keys(tuning.train).length ? { training: `NOT the shipped settings: ${JSON.stringify(tuning.train)}` } : {}),
      pooled: 'each training fold also has the other dataset\'s rows, minus sentences whose text is in the held-out part',
      threshold: cfg.threshold,
    },
    model,
    tfidf_lr: tfidf,
    blend: scorers.has('blend') ? figuresOf(rows, blendScores(oof.get('model')!, oof.get('tfidf_lr')!), opts) : undefined,
    has_digit: run('has_digit', () => fixed((i) => (/\d/.test(rows[i].text) ? 1 : 0))),
    hand_set: run('hand_set', () => fixed((i) => handSetScore(vectors[i]))),
  };
}

export function printCv(cv: CvReport, claimsFile: string, seconds: number): void {
  const f = (x: number) => x.toFixed(3);
  console.log(`Claims, cross-validated (${claimsFile}, ${seconds.toFixed(0)} s)`);
  console.log(`  ${cv.settings.folds}; ${cv.settings.pooled}.`);
  if (cv.settings.training) console.log(`  Model: ${cv.settings.training}.`);
  const ctColumn = cv.settings.folds.includes('NOT the headline') ? 'CLEF-2019 MAP (folds of debates)      ' : 'CLEF-2019 MAP (leave one debate out)  ';
  console.log(`  scorer                      ${ctColumn} ClaimBuster P / R / F1 at ${cv.settings.threshold}, AP`);
  const rows: [string, CvScorer][] = [['learned model (shipped)', 'model'], ['TF-IDF word+char LR', 'tfidf_lr'], ['model + TF-IDF LR blend', 'blend'], ['has a digit', 'has_digit'], ['old hand-set weights', 'hand_set']];
  for (const [name, key] of rows) {
    const c = cv[key];
    if (!c) continue;
    console.log(`  ${name.padEnd(26)}  ${f(c.ct19_lodo_map).padEnd(30)}  ${f(c.cb_p)} / ${f(c.cb_r)} / ${f(c.cb_f1)}, ${f(c.cb_ap)}`);
  }
}
