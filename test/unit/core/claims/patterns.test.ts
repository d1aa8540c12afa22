import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';
import { extractFeatures } from '../../../../src/core/claims/features';
import { tokenize } from '../../../../src/core/text/tokens';

/** Feature name → evidence for the first sentence of `text`. */
function featuresOf(text: string): Map<string, string> {
  const { tokens, sentenceTokens } = tokenize(text);
  const [a, b] = sentenceTokens[0];
  return new Map(extractFeatures(tokens, a, b, text).map((h) => [h.feature, h.evidence]));
}

const scoreOf = (s: string) => analyze(s).sentences[0].score ?? 0;

describe('claim phrase patterns', () => {
  it('marks a superlative measured against a scope, not a bare superlative', () => {
    assert.equal(featuresOf('Our county has the highest property taxes in the nation.').get('superlative with scope'), 'highest property taxes in the nation');
    assert.ok(featuresOf('Factory orders are higher than ever before.').has('superlative with scope'));
    assert.equal(featuresOf('Exports saw the largest rise in thirty years.').get('superlative with scope'), 'largest rise in thirty years');
    assert.ok(!featuresOf('She is the best candidate for the job.').has('superlative with scope'));
  });

  it('shows the scoped superlative as a reason and scores it above the bare one', () => {
    const c = analyze('Our county has the highest property taxes in the nation.').claims[0];
    assert.ok(c?.reasons.some((r) => r.startsWith('superlative with scope "highest property taxes in the nation" +')), JSON.stringify(c?.reasons));
    assert.ok(scoreOf('Our county has the highest property taxes in the nation.') > scoreOf('Our county has the highest property taxes.'));
  });

  it('types a ranking or a trend without a figure as a quantity claim', () => {
    assert.equal(analyze('Our county has the highest property taxes in the nation.').claims[0]?.type, 'quantity');
    assert.equal(analyze('Under the new law, prison costs in the state are rising.').claims[0]?.type, 'quantity');
  });

  it('marks a stand someone took on an issue', () => {
    assert.equal(featuresOf('The governor was against the pipeline from the start.').get('stated position'), 'was against');
    assert.equal(featuresOf('My opponent is firmly in favor of the toll road.').get('stated position'), 'is firmly in favor of');
    assert.equal(featuresOf('The mayor opposed the stadium deal.').get('stated position'), 'opposed');
    assert.ok(!featuresOf('The mayor talked about the stadium deal.').has('stated position'));
  });

  it('marks a direction of change stated without a figure', () => {
    assert.equal(featuresOf('Rents in the harbour district are still rising.').get('trend'), 'are still rising');
    assert.equal(featuresOf('Car thefts have been going down all year.').get('trend'), 'have been going down');
    assert.equal(featuresOf('Bus ridership is at an all-time low.').get('trend'), 'at an all-time low');
    assert.ok(!featuresOf('Rents in the harbour district are a worry.').has('trend'));
  });

  it('counts plural number words as figures', () => {
    assert.equal(featuresOf('The company will open hundreds of stores.').get('number'), 'hundreds');
  });

  it('marks a cited source', () => {
    assert.equal(featuresOf('According to the county, the clinic closed in March.').get('source cited'), 'According to');
    assert.equal(featuresOf('A university study found the river is cleaner.').get('source cited'), 'study');
  });

  it('marks turns addressed to someone, hypotheticals and broken-off sentences, which lower the score', () => {
    assert.equal(featuresOf('Governor Hale, your budget closed two hospitals.').get('addressing someone'), 'Governor Hale');
    assert.ok(!featuresOf('Governor Hale closed two hospitals.').has('addressing someone'));
    assert.equal(featuresOf('If the bridge closes, traffic on Main Street will double.').get('hypothetical'), 'If');
    assert.ok(featuresOf('And the plan for the harbour would --').has('broken-off sentence'));
    assert.ok(!featuresOf('And the plan for the harbour would cost less.').has('broken-off sentence'));
    assert.ok(scoreOf('If the city sold the port, it would lose money.') < scoreOf('The city sold the port, and it lost money.'));
  });

  it('reads "if you look at …" as pointing at evidence, not as a hypothesis', () => {
    assert.ok(!featuresOf('If you look at the census, the county lost 9,000 residents.').has('hypothetical'));
    assert.ok(!featuresOf('If we take the last decade, ferry fares doubled.').has('hypothetical'));
    assert.ok(featuresOf('If you cut the ferry service, the island loses its doctor.').has('hypothetical'));
    assert.ok(scoreOf('If you look at the census, the county lost 9,000 residents.') > scoreOf('If the census is right, the county lost 9,000 residents.'));
  });
});
