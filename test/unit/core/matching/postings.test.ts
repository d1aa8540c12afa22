import * as assert from 'node:assert/strict';
import { DocTermStore } from '../../../../src/core/matching/docTerms';
import { Postings } from '../../../../src/core/matching/postings';

const listOf = (p: Postings, term: number): number[] => [...p.lists[term].subarray(0, p.lengths[term])];

describe('matching: postings lists', () => {
  const docs = [[0, 1, 1, 3], [], [1], [3, 3, 3, 0], [2]];

  it('builds from stored documents what adding them one by one gives: [doc, tf] pairs in doc order, and document counts', () => {
    const store = new DocTermStore(1);
    const added = new Postings();
    for (let t = 0; t < 5; t++) added.addTerm();
    docs.forEach((ids) => {
      const doc = store.append([ids]);
      for (const t of new Set(ids)) added.add(t, doc, ids.filter((x) => x === t).length);
    });
    const df = new Int32Array(5);
    const tf = new Int32Array(5);
    const built = Postings.build(store, 0, 5, df, tf);
    for (let t = 0; t < 5; t++) assert.deepEqual(listOf(built, t), listOf(added, t), `term ${t}`);
    assert.deepEqual(listOf(built, 3), [0, 1, 3, 3]);
    assert.deepEqual([...df], [2, 2, 1, 2, 0]);
    assert.deepEqual([...tf], [0, 0, 0, 0, 0], 'scratch left as zeros');
  });

  it('grows a built list out of the shared buffer without touching its neighbours', () => {
    const store = new DocTermStore(1);
    docs.forEach((ids) => store.append([ids]));
    const built = Postings.build(store, 0, 5, new Int32Array(5), new Int32Array(5));
    built.add(1, 9, 2);
    built.addTerm();
    built.add(5, 9, 1);
    assert.deepEqual(listOf(built, 1), [0, 2, 2, 1, 9, 2]);
    assert.deepEqual(listOf(built, 2), [4, 1]);
    assert.deepEqual(listOf(built, 5), [9, 1]);
  });
});
