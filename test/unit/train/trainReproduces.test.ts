import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildModelText } from '../../../scripts/train/buildModel';
import { defaultClaimsFile, projectRoot } from '../../../scripts/evalPaths';

const COMMITTED = resolve(projectRoot(), 'src', 'core', 'claims', 'claimModel.generated.json');

describe('npm run train', function () {
  // A whole training run: compromise over every dev sentence, then the regression — about a minute of
  // CPU, but it took over ten minutes on a 2-core machine shared by a dozen busy processes.
  this.timeout(1_800_000);

  it('reproduces the committed claim model byte for byte from the dev data', () => {
    const data = defaultClaimsFile();
    assert.ok(existsSync(data), `The training data ${data} is needed to check the committed model; set CLAIMLENS_EVAL_DIR to the folder of claims.dev.jsonl.`);
    const committed = readFileSync(COMMITTED, 'utf8');
    const fresh = buildModelText(data);
    assert.ok(fresh === committed, 'claimModel.generated.json differs from a fresh `npm run train`: run it and commit the result');
  });
});
