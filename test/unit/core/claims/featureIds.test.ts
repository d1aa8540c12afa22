import * as assert from 'node:assert/strict';
import { FEATURE_IDS, type FeatureId } from '../../../../src/core/claims/featureIds';
import { extractFeatures } from '../../../../src/core/claims/features';
import { WEIGHTS } from '../../../../src/core/claims/model';
import { tokenize } from '../../../../src/core/text/tokens';

describe('claim feature ids', () => {
  it('every feature has exactly one weight, and every weight a feature', () => {
    assert.deepEqual(Object.keys(WEIGHTS).filter((k) => k !== 'bias').sort(), [...FEATURE_IDS].sort());
    assert.equal(new Set(FEATURE_IDS).size, FEATURE_IDS.length);
  });

  it('the features found in real-looking sentences are all known ids', () => {
    const known = new Set<string>(FEATURE_IDS);
    for (const text of [
      'Unemployment fell to 4.1 percent in March, the lowest level since 2001, the bureau said.',
      'If you look at the numbers, we have created more jobs than ever before.',
      'Senator, I think you are wrong about that -- and frankly, everybody knows it.',
    ]) {
      const { tokens, sentenceTokens } = tokenize(text);
      for (const [a, b] of sentenceTokens) for (const h of extractFeatures(tokens, a, b, text)) assert.ok(known.has(h.feature), h.feature);
    }
  });

  it('a misspelt feature name does not compile', () => {
    // @ts-expect-error 'numbr' is no FeatureId: a typo cannot silently weigh nothing.
    const misspelt: FeatureId = 'numbr';
    assert.ok(!(FEATURE_IDS as readonly string[]).includes(misspelt));
  });
});
