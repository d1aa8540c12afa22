/** The model `npm run train` wrote, loaded once per process (the worker, the CLI, the eval). */
import modelFile from './claimModel.generated.json';
import { loadModel, type ClaimModel, type ClaimModelFile } from './claimModel';

let loaded: ClaimModel | undefined;

export function shippedModel(): ClaimModel {
  loaded ??= loadModel(modelFile as ClaimModelFile);
  return loaded;
}

/**
 * The one check-worthiness threshold: the engine reports claims from it, and it is the default of
 * `claimlens.scoreThreshold`, of the CLI's `--threshold` and of `npm run eval`.
 */
export const CLAIM_THRESHOLD: number = modelFile.threshold;
