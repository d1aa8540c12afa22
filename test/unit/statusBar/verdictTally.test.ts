import * as assert from 'node:assert/strict';
import { verdictTally } from '../../../src/statusBar/verdictTally';
import { DEFAULT_VERDICT_SCALE } from '../../../src/core/review/verdictScale';
import { customScale } from '../core/review/customScale';

describe('statusBar/verdictTally: the verdicts given, under the scale', () => {
  it('a workspace scale: the most urgent verdicts in the text, every one in the tooltip with its colour', () => {
    const items = [
      { status: 'true' }, { status: 'pants-on-fire' }, { status: 'pants-on-fire' }, { status: 'checking' },
      { status: 'unreviewed' }, { status: 'dismissed' }, { status: 'true', orphaned: true },
    ];
    const t = verdictTally(items, customScale());
    assert.equal(t.inText, '2 Pants on Fire · 1 Still checking · …');
    assert.deepEqual(t.lines, [
      '<span style="color:#d32f2f;">●</span> $(flame) Pants on Fire: 2',
      '$(circle-filled) Still checking: 1',
      '<span style="color:#2e7d32;">●</span> $(check) True: 1',
    ]);
    assert.equal(t.colour, undefined);
  });

  it('an unknown verdict colours the item as a warning; the default scale keeps its own text', () => {
    const t = verdictTally([{ status: 'half-true' }, { status: 'disputed' }], DEFAULT_VERDICT_SCALE);
    assert.equal(t.inText, '');
    assert.equal(t.colour, 'list.warningForeground');
    assert.deepEqual(t.lines, ['$(warning) unknown verdict ‹half\\-true›: 1', '$(error) Disputed: 1']);
    assert.equal(verdictTally([], customScale()).inText, 'no verdicts yet');
  });
});
