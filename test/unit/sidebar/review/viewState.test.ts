import * as assert from 'node:assert/strict';
import { defaultViewState, loadViewState, parseViewState, saveViewState, VIEW_STATE_KEY, type StateMemento } from '../../../../src/sidebar/review/viewState';

/** The workspace state in memory (the store serialises values as JSON, so the test does too). */
class MemoryMemento implements StateMemento {
  readonly values = new Map<string, string>();
  get(key: string): unknown {
    const v = this.values.get(key);
    return v === undefined ? undefined : JSON.parse(v);
  }
  update(key: string, value: unknown): Promise<void> {
    this.values.set(key, JSON.stringify(value));
    return Promise.resolve();
  }
}

describe('sidebar/review/viewState: the Review view remembers its grouping, filters and collapsed groups', () => {
  it('starts by priority with no filter and nothing remembered', () => {
    assert.deepEqual(loadViewState(new MemoryMemento()), { groupBy: 'priority', filter: { unreviewedOnly: false, kind: 'all', minScore: 0, search: '' }, collapsed: {} });
    assert.deepEqual(loadViewState(undefined), defaultViewState());
  });

  it('reads back what it saved (a reload)', async () => {
    const memento = new MemoryMemento();
    const state = { groupBy: 'speaker' as const, filter: { unreviewedOnly: true, kind: 'claim' as const, minScore: 0.7, search: 'putin' }, collapsed: { 'priority:sourced': true, 'status:dismissed': false } };
    await saveViewState(memento, state);
    assert.deepEqual(loadViewState(memento), state);
  });

  it('replaces each malformed field by its default and keeps the good ones', () => {
    const state = parseViewState({ groupBy: 'colour', filter: { unreviewedOnly: 'yes', kind: 'claim', minScore: 7, search: 42 }, collapsed: { a: true, b: 'no' } });
    assert.deepEqual(state, { groupBy: 'priority', filter: { unreviewedOnly: false, kind: 'claim', minScore: 0, search: '' }, collapsed: { a: true } });
    for (const junk of [null, 3, 'x', [], { collapsed: [true] }]) assert.deepEqual(parseViewState(junk), defaultViewState(), JSON.stringify(junk));
    assert.equal(VIEW_STATE_KEY, 'claimlens.review.viewState');
  });
});
