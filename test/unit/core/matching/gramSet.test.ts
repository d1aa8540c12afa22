import * as assert from 'node:assert/strict';
import { GramSet } from '../../../../src/core/matching/gramSet';
import { Bm25Index } from '../../../../src/core/matching/bm25Index';
import { bigramKeys, prepareText, sharedCount } from '../../../../src/core/matching/prepared';
import { foldAccents, terms, words } from '../../../../src/core/matching/tokens';

/** The reference: Dice of two sorted distinct lists by a merge (prepared.ts's sharedCount; Int32 values are exact in Float64). */
function dice(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * sharedCount(Float64Array.from(a), Float64Array.from(b))) / (a.length + b.length);
}

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

describe('matching: word pairs compared as numbers', () => {
  const stringPairs = (ts: readonly string[]): Set<string> => new Set(ts.slice(1).map((t, i) => `${ts[i]} ${t}`));
  const cases: [string, string, string, number][] = [
    ['The mayor closed the bridge', 'Mayor closed bridge in June', 'Did the mayor close it?', 2],
    ['Vaccine causes autism, study shows', 'No study shows vaccine causes autism', '', 3],
    ['Unknown words zebra quokka here', 'Mayor closed bridge', 'Bridge closed', 0],
    ['closed bridge closed bridge closed bridge', 'bridge closed', 'closed bridge', 2],
  ];
  for (const [query, claim, title, expected] of cases) {
    it(`counts the pairs ${JSON.stringify(query.slice(0, 20))} shares with an archive entry as strings would`, () => {
      const index = new Bm25Index();
      index.add([terms(claim), terms(title)]);
      index.add([terms('A different entry about a zebra'), []]);
      const q = terms(query);
      const entry = new Set([...stringPairs(terms(claim)), ...stringPairs(terms(title))]);
      const byStrings = [...stringPairs(q)].filter((b) => entry.has(b)).length;
      assert.equal(byStrings, expected);
      assert.equal(sharedCount(bigramKeys(index, q), bigramKeys(index, terms(claim), terms(title))), expected);
    });
  }
});
