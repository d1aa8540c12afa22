import * as assert from 'node:assert/strict';
import { FactStore } from '../../../../src/core/matching/factStore';
import type { FactCheck } from '../../../../src/core/matching/types';

const fact = (id: string, file: string, claim = `Claim ${id} “quoted”, café.`): FactCheck => ({ id, origin: 'archive', claim, verdict: 'false', file });

describe('matching: fact-checks kept as saved bytes', () => {
  const facts = [fact('a', 'x.jsonl'), fact('b', 'other.csv'), fact('c', 'x.jsonl')];
  const saved = () => {
    const store = new FactStore();
    facts.forEach((f, doc) => store.set(doc, f));
    return store.save([0, 1, 2], () => 'x.jsonl');
  };

  it('saves ASCII bytes, each file left out where it is the source\'s', () => {
    const { bytes, ends } = saved();
    const text = new TextDecoder().decode(bytes);
    assert.match(text, /^[\x20-\x7e]*$/);
    assert.equal((text.match(/x\.jsonl/g) ?? []).length, 0);
    assert.equal((text.match(/other\.csv/g) ?? []).length, 1);
    assert.equal(ends.length, 3);
    assert.equal(ends[2], bytes.length);
  });

  it('parses a loaded fact-check when asked for, with its file back, once', () => {
    const store = FactStore.fromSaved(saved(), () => 'x.jsonl');
    assert.deepEqual([0, 1, 2].map((d) => store.get(d)), facts);
    assert.equal(store.get(1), store.get(1));
  });

  it('saves untouched fact-checks as their loaded bytes, and new or replaced ones anew', () => {
    const first = saved();
    const store = FactStore.fromSaved(first, () => 'x.jsonl');
    assert.deepEqual(store.save([0, 1, 2], () => 'x.jsonl'), first);
    store.set(3, fact('d', 'y.jsonl'));
    store.delete(1);
    const again = FactStore.fromSaved(store.save([0, 2, 3], (doc) => (doc === 3 ? 'y.jsonl' : 'x.jsonl')), (doc) => (doc === 2 ? 'y.jsonl' : 'x.jsonl'));
    assert.deepEqual([0, 1, 2].map((d) => again.get(d)), [facts[0], facts[2], fact('d', 'y.jsonl')]);
  });

  it('renumbers, keeping every live fact-check', () => {
    const store = FactStore.fromSaved(saved(), () => 'x.jsonl');
    store.renumber(Int32Array.from([1, -1, 0]));
    assert.deepEqual([store.get(0), store.get(1)], [facts[2], facts[0]]);
    assert.throws(() => store.get(2), /no fact-check for document 2/);
  });
});
