/**
 * The model `npm run train` wrote, loaded once per process (the worker, the CLI, the eval). Only the parts scoring
 * reads are imported, so the bundles leave out the file's provenance and training settings (1.4 KB of the worker).
 */
import { bias, format, hashed, hashing, named, threshold, version } from './claimModel.generated.json';
import { loadModel, type ClaimModel, type ScoredModelFile } from './claimModel';

let loaded: ClaimModel | undefined;

export function shippedModel(): ClaimModel {
  loaded ??= loadModel({ format, version, hashing, threshold, bias, named, hashed } as ScoredModelFile);
  return loaded;
}

/**
 * The one check-worthiness threshold: the engine reports claims from it, and it is the default of
 * `claimlens.scoreThreshold`, of the CLI's `--threshold` and of `npm run eval`.
 */
export const CLAIM_THRESHOLD: number = threshold;
