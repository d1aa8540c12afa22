/** The whole of `npm run train`: data file in, the model file's exact text out. */
import { DEFAULT_TRAIN_CONFIG, hashingOf, trainModel, type TrainConfig } from './trainModel';
import { readClaimRows, vectorizeRows } from './dataset';
import { provenanceOf } from './provenance';

export function buildModelText(dataFile: string, cfg: TrainConfig = DEFAULT_TRAIN_CONFIG): string {
  const data = readClaimRows(dataFile);
  const vectors = vectorizeRows(data.rows, hashingOf(cfg));
  const rows = data.rows.map((r, i) => ({ vector: vectors[i].unit, label: r.label, dataset: r.dataset }));
  return JSON.stringify(trainModel(rows, cfg, provenanceOf(data)), null, 1) + '\n';
}
