import * as assert from 'node:assert/strict';
import { ascending, DocTermStore, savedTermsFit } from '../../../../src/core/matching/docTerms';

describe('matching: documents\' term ids in flat arrays', () => {
  it('stores documents of any length per field, growing as they come', () => {
    const store = new DocTermStore(2);
    const docs = Array.from({ length: 700 }, (_, d) => [Array.from({ length: d % 13 }, (_, i) => (d + i) % 50), d % 4 ? [d % 50] : []]);
    docs.forEach((fields, d) => assert.equal(store.append(fields), d));
    assert.equal(store.size, 700);
    docs.forEach((fields, d) => fields.forEach((ids, f) => assert.deepEqual([...store.terms(f, d)], ids)));
  });

  it('saves trimmed copies that load as a store with the same documents, which can grow again', () => {
    const store = new DocTermStore(2);
    store.append([[1, 2, 2], [3]]);
    store.append([[], [0]]);
    const saved = store.saved();
    assert.deepEqual(saved.map((f) => [[...f.ids], [...f.ends]]), [[[1, 2, 2], [3, 3]], [[3, 0], [1, 2]]]);
    const loaded = new DocTermStore(2, saved);
    assert.equal(loaded.append([[4], [4, 4]]), 2);
    assert.deepEqual([0, 1, 2].map((d) => [[...loaded.terms(0, d)], [...loaded.terms(1, d)]]), [[[1, 2, 2], [3]], [[], [0]], [[4], [4, 4]]]);
    assert.deepEqual([...saved[0].ids], [1, 2, 2], 'the saved arrays are not written to');
  });

  it('tells saved field terms that fit together from those that do not', () => {
    const field = (ids: number[], ends: number[]) => ({ ids: Int32Array.from(ids), ends: Int32Array.from(ends) });
    assert.equal(savedTermsFit([field([0, 1], [1, 2]), field([], [0, 0])], 2, 2), true);
    assert.equal(savedTermsFit([field([0, 2], [1, 2]), field([], [0, 0])], 2, 2), false, 'an id that is no term');
    assert.equal(savedTermsFit([field([0, -1], [1, 2]), field([], [0, 0])], 2, 2), false, 'a negative id');
    assert.equal(savedTermsFit([field([0, 1], [2, 1]), field([], [0, 0])], 2, 2), false, 'offsets out of order');
    assert.equal(savedTermsFit([field([0, 1], [1, 1]), field([], [0, 0])], 2, 2), false, 'offsets short of the ids');
    assert.equal(savedTermsFit([field([0, 1], [1, 2]), field([], [0])], 2, 2), false, 'fields of different document counts');
    assert.equal(savedTermsFit([{ ids: [0], ends: Int32Array.from([1]) } as never], 1, 2), false, 'a plain array');
    assert.equal(savedTermsFit([field([], [])], 2, 2), false, 'one field of two');
    assert.equal(ascending([1], 1, 1), false, 'offsets not in an Int32Array');
  });
});
