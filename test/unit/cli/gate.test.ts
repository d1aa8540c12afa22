import * as assert from 'node:assert/strict';
import { DEFAULT_FAIL_ON, gateFindings, parseFailOn } from '../../../src/cli/gate';
import { fixtureItems } from '../core/export/fixture';

describe('check gate rules', () => {
  const reasonsOf = (failOn = DEFAULT_FAIL_ON, items = fixtureItems()) => gateFindings(items, failOn).map((f) => `${f.reason}:${f.item.key}`);

  it('fails on unreviewed claims, disputed items and orphans by default; dismissed and reviewed items pass', () => {
    assert.deepEqual(reasonsOf(), ['unreviewed:d-headlineish', 'disputed:c-disputed', 'orphaned:c-orphan']);
  });

  it('honours --fail-on, and fails on a review whose text changed since by default', () => {
    assert.deepEqual(reasonsOf(['disputed']), ['disputed:c-disputed']);
    const items = fixtureItems();
    items[1].annotation!.changedSinceReview = true;
    assert.deepEqual(reasonsOf(DEFAULT_FAIL_ON, items), ['unreviewed:d-headlineish', 'changed:c-sourced', 'disputed:c-disputed', 'orphaned:c-orphan']);
    assert.deepEqual(reasonsOf(['changed'], items), ['changed:c-sourced']);
    assert.deepEqual(reasonsOf(['unreviewed', 'disputed', 'orphaned'], items), reasonsOf());
  });

  it('an unreviewed quote does not fail the gate (only claims need a review)', () => {
    const items = fixtureItems().map((i) => (i.key === 'q-lind' ? { ...i, status: 'unreviewed' as const } : i));
    assert.deepEqual(reasonsOf(['unreviewed'], items), ['unreviewed:d-headlineish']);
  });

  it('parses --fail-on lists and rejects unknown reasons by name', () => {
    assert.deepEqual(parseFailOn(' Unreviewed, orphaned ,unreviewed'), ['unreviewed', 'orphaned']);
    assert.throws(() => parseFailOn('unreviewed,typo'), /unknown typo/);
  });
});
