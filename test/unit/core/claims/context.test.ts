import * as assert from 'node:assert/strict';
import { analyzeParagraph } from '../../../../src/core/analysis';
import { contextHits, contextLabel, type SentenceSignals } from '../../../../src/core/claims/context';
import { explain } from '../../../../src/core/claims/learnedScorer';
import { paragraphVectors } from '../../../../src/core/claims/paragraphSentences';
import { shippedModel } from '../../../../src/core/claims/shippedModel';
import { tokenize } from '../../../../src/core/text/tokens';

const s = (features: string[], length = 10): SentenceSignals => ({ features, length });

describe('claim context features', () => {
  const cases: { name: string; all: (SentenceSignals | null)[]; i: number; want: string[] }[] = [
    { name: 'a paragraph of one sentence has no context', all: [s(['number'])], i: 0, want: [] },
    { name: 'one scored sentence beside a stage direction has none either', all: [null, s(['number'])], i: 1, want: [] },
    { name: 'first of two, the longer: opens, longest, next sentence’s features', all: [s([], 12), s(['question'], 5)], i: 0, want: ['opens the paragraph', 'longest in the paragraph', 'next sentence: question'] },
    { name: 'after a question, closing the paragraph', all: [s(['question', 'second person'], 5), s(['number'], 12)], i: 1, want: ['closes the paragraph', 'longest in the paragraph', 'previous sentence: question', 'previous sentence: second person'] },
    { name: 'middle sentence of three, tied for length: both neighbours, no position', all: [s(['year']), s([]), s(['trend'])], i: 1, want: ['previous sentence: year', 'next sentence: trend'] },
    { name: 'a stage direction is no neighbour', all: [s(['year']), null, s([], 11), s(['trend'], 3)], i: 2, want: ['longest in the paragraph', 'next sentence: trend'] },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(contextHits(c.all, c.i).map((h) => h.feature), c.want));
  }

  it('reads as a fact-checker would say it', () => {
    assert.equal(contextLabel('previous sentence: question'), 'after a question');
    assert.equal(contextLabel('next sentence: question'), 'before a question');
    assert.equal(contextLabel('previous sentence: number'), undefined);
  });

  it('the engine gives a sentence the context of its own paragraph, and the Why names it', () => {
    const text = 'What did the governor do about jobs? Unemployment fell to 4 percent in two years.';
    const vectors = paragraphVectors(text, tokenize(text), shippedModel().hashing);
    const features = vectors[1]!.named.map((h) => h.feature);
    assert.ok(features.includes('previous sentence: question'), JSON.stringify(features));
    assert.ok(features.includes('closes the paragraph'), JSON.stringify(features));
    const labels = explain(shippedModel(), vectors[1]!).contributions.map((c) => c.label);
    assert.ok(labels.includes('after a question'), JSON.stringify(labels));
  });

  it('a neighbour’s feature reads as the feature does in the Why', () => {
    const v = { named: [{ feature: 'next sentence: speaker self-reference' as const, evidence: '' }, { feature: 'next sentence: question' as const, evidence: '' }], buckets: [], values: [], termGroup: [], groups: [] };
    const labels = explain(shippedModel(), v).contributions.map((c) => c.label);
    assert.deepEqual(labels.sort(), ['before a question', 'next sentence: first person singular']);
  });

  it('a neighbour in the same paragraph can change a score; the sentence alone has no context', () => {
    const claim = 'Unemployment fell to 4 percent in two years.';
    const alone = analyzeParagraph(claim).sentences[0].score;
    const afterQuestion = analyzeParagraph(`What did the governor do about jobs? ${claim}`).sentences[1].score;
    assert.notEqual(afterQuestion, alone);
  });
});
