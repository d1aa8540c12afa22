import * as assert from 'node:assert/strict';
import { applyChange, createAnnotation } from '../../../../src/core/review/annotations';
import { isReviewed } from '../../../../src/core/review/statuses';
import { hexRgb, isHexColour, statusLook, unknownVerdictLabel, urgencyRank, verdictOfKey } from '../../../../src/core/review/statusLook';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/core/review/verdictScale';
import { customScale } from './customScale';

describe('core/review/statusLook: a status under a verdict scale', () => {
  const scale = customScale();

  // [status, scale, kind, label, codicon, colour, final, builtIn]
  const CASES = [
    ['unreviewed', 'custom', 'workflow', 'Unreviewed', 'circle-large-outline', 'claimlens.sidebar.unreviewedIcon', false, true],
    ['dismissed', 'custom', 'workflow', 'Dismissed', 'circle-slash', 'claimlens.sidebar.dismissedIcon', false, true],
    ['sourced', 'default', 'verdict', 'Sourced', 'pass-filled', 'claimlens.sidebar.sourcedIcon', true, true],
    ['unverified', 'default', 'verdict', 'Unverified', 'question', 'claimlens.sidebar.unverifiedIcon', false, true],
    ['pants-on-fire', 'custom', 'verdict', 'Pants on Fire', 'flame', '#d32f2f', true, false],
    ['misleading', 'custom', 'verdict', 'Misleading', 'circle-filled', 'charts.orange', true, false],
    ['checking', 'custom', 'verdict', 'Still checking', 'circle-filled', 'charts.blue', false, false],
    // The scale changed: a review's verdict it lacks is shown as unknown, never as another verdict.
    ['sourced', 'custom', 'unknown', 'unknown verdict ‹sourced›', 'warning', 'list.warningForeground', false, false],
    ['half-true', 'default', 'unknown', 'unknown verdict ‹half-true›', 'warning', 'list.warningForeground', false, false],
  ] as const;
  for (const [status, which, kind, label, codicon, colour, final, builtIn] of CASES) {
    it(`${status} under the ${which} scale: ${label}`, () => {
      const look = statusLook(status, which === 'custom' ? scale : DEFAULT_VERDICT_SCALE);
      assert.deepEqual(
        { kind: look.kind, label: look.label, codicon: look.codicon, colour: look.colour, final: look.final, builtIn: look.builtIn },
        { kind, label, codicon, colour, final, builtIn },
      );
    });
  }

  it('a default verdict recoloured by a scale is not the built-in look (the editor paints the scale colour)', () => {
    const recoloured = { ...DEFAULT_VERDICT_SCALE, verdicts: [{ ...DEFAULT_VERDICT_SCALE.verdicts[0], colour: '#123456' }] };
    assert.equal(statusLook('sourced', recoloured).builtIn, false);
    assert.equal(statusLook('sourced', recoloured).colour, '#123456');
    assert.equal(unknownVerdictLabel('x'), 'unknown verdict ‹x›');
  });

  it('urgency: unknown verdicts, then false-side final verdicts, unreviewed, non-final, true-side final', () => {
    const order = (statuses: string[], s = scale) => [...statuses].sort((a, b) => urgencyRank(a, s) - urgencyRank(b, s));
    assert.deepEqual(order(['sourced', 'unverified', 'unreviewed', 'disputed'], DEFAULT_VERDICT_SCALE), ['disputed', 'unreviewed', 'unverified', 'sourced']);
    assert.deepEqual(order(['true', 'checking', 'unreviewed', 'misleading', 'pants-on-fire', 'gone']), ['gone', 'pants-on-fire', 'misleading', 'unreviewed', 'checking', 'true']);
  });

  it('finds a verdict by its letter, in either case, and only the scale\'s letters', () => {
    assert.equal(verdictOfKey(scale, 'F')?.id, 'pants-on-fire');
    assert.equal(verdictOfKey(scale, 's'), undefined);
    assert.equal(verdictOfKey(DEFAULT_VERDICT_SCALE, 's')?.id, 'sourced');
  });

  it('tells hex colours from theme colour ids', () => {
    assert.equal(hexRgb('#abc'), '#aabbcc');
    assert.equal(hexRgb('#D32F2F80'), '#d32f2f');
    assert.equal(hexRgb('charts.red'), undefined);
    assert.equal(isHexColour('#12345'), false);
  });

  it('any verdict counts as reviewed, the workflow states do not', () => {
    assert.deepEqual(['unreviewed', 'dismissed', 'sourced', 'pants-on-fire', 'gone'].map(isReviewed), [false, false, true, true, true]);
  });

  it('a review takes any verdict id and rejects what cannot be one', () => {
    const text = 'The river rose nine metres in 2021.';
    const a = createAnnotation({ kind: 'claim', text, start: 0, end: text.length, origin: 'detected', by: 'r', now: '2026-01-01T00:00:00.000Z' });
    assert.equal(applyChange(a, { status: 'pants-on-fire' }, 'r', '2026-01-02T00:00:00.000Z').status, 'pants-on-fire');
    assert.throws(() => applyChange(a, { status: 'Pants on Fire' }, 'r', '2026-01-02T00:00:00.000Z'), /Not a review status: "Pants on Fire"/);
  });
});
