// How each test layer hands its counts to `npm test` (testAll.ts): one JSON line appended to the
// file named by CLAIMLENS_RESULTS_FILE. Without that variable (a layer run on its own) nothing is written.
import * as fs from 'node:fs';

export interface LayerResult {
  readonly layer: string;
  readonly passed: number;
  readonly failed: number;
}

export const RESULTS_ENV = 'CLAIMLENS_RESULTS_FILE';

export function reportLayerResult(result: LayerResult): void {
  const file = process.env[RESULTS_ENV];
  if (file) fs.appendFileSync(file, `${JSON.stringify(result)}\n`);
}

export function readLayerResults(file: string): LayerResult[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as LayerResult);
}

/** The count line every layer prints last, e.g. `integration: 3 passed, 0 failed`. */
export function countLine(result: LayerResult): string {
  return `${result.layer}: ${result.passed} passed, ${result.failed} failed`;
}

export function parseCountLine(layer: string, text: string): LayerResult | undefined {
  const match = new RegExp(`^${layer}: (\\d+) passed, (\\d+) failed$`, 'm').exec(text);
  return match ? { layer, passed: Number(match[1]), failed: Number(match[2]) } : undefined;
}
