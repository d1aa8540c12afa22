import * as assert from 'node:assert/strict';
import { noVerdictForKey, verdictChoices, verdictsInUse } from '../../../src/commands/verdictChoices';
import { DEFAULT_VERDICT_SCALE } from '../../../src/core/review/verdictScale';
import { customScale } from '../core/review/customScale';

describe('commands/verdictChoices: what the verdict pickers offer', () => {
  const scale = customScale();

  it('offers the scale\'s verdicts in order with icon, label, letter and whether they are final', () => {
    assert.deepEqual(verdictChoices(scale, 'misleading'), [
      { label: '$(check) True', description: 'Ctrl+Alt+K Y · final', verdict: 'true' },
      { label: '$(circle-filled) Misleading', description: 'Ctrl+Alt+K M · final · current', verdict: 'misleading' },
      { label: '$(flame) Pants on Fire', description: 'Ctrl+Alt+K F · final', verdict: 'pants-on-fire' },
      { label: '$(circle-filled) Still checking', description: 'not final: not published as ClaimReview unless asked', verdict: 'checking' },
    ]);
    assert.deepEqual(verdictChoices(DEFAULT_VERDICT_SCALE, undefined, 'disputed').map((c) => c.verdict), ['sourced', 'unverified']);
  });

  it('lists the verdicts the reviews hold, unknown ones first, never the workflow states', () => {
    const items = [
      { key: 'a', status: 'true' }, { key: 'b', status: 'sourced' }, { key: 'c', status: 'unreviewed' },
      { key: 'd', status: 'pants-on-fire' }, { key: 'e', status: 'sourced' }, { key: 'f', status: 'dismissed' },
    ];
    assert.deepEqual(verdictsInUse(items, scale), [
      { status: 'sourced', label: 'unknown verdict ‹sourced›', unknown: true, keys: ['b', 'e'] },
      { status: 'true', label: 'True', unknown: false, keys: ['a'] },
      { status: 'pants-on-fire', label: 'Pants on Fire', unknown: false, keys: ['d'] },
    ]);
  });

  it('says which letters have a verdict when one has none', () => {
    assert.equal(noVerdictForKey('s', scale), 'no verdict of the scale has the key S (keys: Y True, M Misleading, F Pants on Fire).');
  });
});
