import * as assert from 'node:assert/strict';
import { GramSet } from '../../../../src/core/matching/gramSet';
import { dice, prepareText } from '../../../../src/core/matching/prepared';
import { foldAccents, words } from '../../../../src/core/matching/tokens';

describe('matching: character 4-grams compared through a hash table', () => {
  const pairs: [string, string][] = [
    ['The mayor closed the bridge in 2019.', 'Mayor closes bridge, 2019'],
    ['Crème brûlée café in Zürich', 'Creme brulee cafe in Zurich'],
    ['Ilhan Omar advised Iran', 'Nothing alike at all here'],
    ['', 'An empty claim'],
    ['a', 'b'],
    ['Photo shows 80,000 people at the rally. — Ana Lind (@ana) June 4, 2019', '80,000 people at a rally (photo)'],
  ];
  for (const [a, b] of pairs) {
    it(`gives the merge's Dice coefficient for ${JSON.stringify(a.slice(0, 24))} / ${JSON.stringify(b.slice(0, 24))}`, () => {
      const ga = prepareText(a).grams;
      const gb = prepareText(b).grams;
      assert.equal(new GramSet(ga).dice(gb), dice(ga, gb));
      assert.equal(new GramSet(gb).dice(ga), dice(gb, ga));
    });
  }

  it('holds every hash it was given and no other, colliding slots included', () => {
    const grams = Int32Array.from({ length: 500 }, (_, i) => i * 1024 - 250_000);
    const set = new GramSet(grams);
    for (const g of grams) assert.ok(set.has(g), String(g));
    for (const g of [-250_001, 1, 1023, 2 ** 31 - 1, -(2 ** 31)]) assert.equal(set.has(g), false, String(g));
    assert.equal(set.dice(grams), 1);
  });

  const folds: [string, string][] = [
    ['plain ASCII stays', 'plain ASCII stays'],
    ['Zürich café', 'Zurich cafe'],
    ['ﬁnal ½', 'final 1⁄2'],
  ];
  for (const [text, expected] of folds) it(`folds accents of ${JSON.stringify(text)}`, () => assert.equal(foldAccents(text), expected));

  it('reads the same words from accented and plain text', () => assert.deepEqual(words('Crème brûlée in Zürich'), words('Creme brulee in Zurich')));
});
