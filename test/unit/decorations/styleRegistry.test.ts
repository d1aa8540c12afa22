/**
 * Decoration styles per look: a multi-root workspace paints each article in its own folder's verdict scale,
 * statuses that look alike share a style, and a changed scale's old looks are dropped.
 */
import * as assert from 'node:assert/strict';
import type { StatusLook } from '../../../src/core/review/statusLook';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../../../src/core/review/verdictScale';
import { UNKNOWN_STYLE } from '../../../src/decorations/decorationBuckets';
import { StyleRegistry, type StylePrefix } from '../../../src/decorations/styleRegistry';

interface Style {
  prefix: StylePrefix;
  look: StatusLook;
  dropped: boolean;
}

function registry(): { reg: StyleRegistry<Style>; made: Style[] } {
  const made: Style[] = [];
  const reg = new StyleRegistry<Style>((prefix, look) => {
    const style = { prefix, look, dropped: false };
    made.push(style);
    return style;
  }, (style) => (style.dropped = true));
  return { reg, made };
}

const scale = (colourOfTrue: string): VerdictScale => ({
  worstRating: 1,
  bestRating: 2,
  verdicts: [
    { id: 'true', label: 'True', colour: colourOfTrue, final: true, claimReview: { ratingValue: 2, alternateName: 'True' } },
    { id: 'false', label: 'False', colour: '#d32f2f', final: true, claimReview: { ratingValue: 1, alternateName: 'False' } },
  ],
});

describe('decoration styles per look (multi-root workspaces)', () => {
  it('paints the same verdict id in each folder\'s own colour', () => {
    const { reg } = registry();
    const green = reg.of(scale('#2e7d32')).type('claim', 'true');
    const blue = reg.of(scale('#1565c0')).type('claim', 'true');
    assert.notEqual(green, blue);
    assert.equal(green.look.colour, '#2e7d32');
    assert.equal(blue.look.colour, '#1565c0');
  });

  it('shares one style between statuses that look alike (the default scale in two folders, unreviewed everywhere)', () => {
    const { reg, made } = registry();
    const a = reg.of(DEFAULT_VERDICT_SCALE);
    const b = reg.of({ ...DEFAULT_VERDICT_SCALE });
    assert.equal(a.type('claim', 'disputed'), b.type('claim', 'disputed'));
    assert.equal(reg.of(scale('#2e7d32')).type('quote', 'unreviewed'), a.type('quote', 'unreviewed'));
    assert.equal(made.length, 2);
  });

  it('paints a status its scale lacks as the unknown verdict, and makes nothing for `existing`', () => {
    const { reg, made } = registry();
    const styles = reg.of(scale('#2e7d32'));
    assert.deepEqual(styles.statuses, ['unreviewed', 'true', 'false']);
    assert.equal(styles.existing('claim', 'half-true'), undefined);
    assert.equal(made.length, 0);
    const unknown = styles.type('claim', 'half-true');
    assert.equal(unknown, styles.type('claim', UNKNOWN_STYLE));
    assert.equal(unknown.look.kind, 'unknown');
  });

  it('lists the gutter styles made for a scale, not another scale\'s', () => {
    const { reg } = registry();
    const green = reg.of(scale('#2e7d32'));
    const blue = reg.of(scale('#1565c0'));
    const mine = green.type('gutter', 'true');
    blue.type('gutter', 'true');
    assert.deepEqual(green.existingGutters(), [mine]);
  });

  it('drops the styles no scale in use looks like any more, keeping the shared ones', () => {
    const { reg } = registry();
    const old = scale('#2e7d32');
    const oldTrue = reg.of(old).type('claim', 'true');
    const unreviewed = reg.of(old).type('claim', 'unreviewed');
    const changed = scale('#6a1b9a');
    reg.retain([changed]);
    assert.equal(oldTrue.dropped, true);
    assert.equal(unreviewed.dropped, false);
    assert.equal(reg.of(changed).type('claim', 'unreviewed'), unreviewed);
    assert.notEqual(reg.of(changed).type('claim', 'true'), oldTrue);
    assert.deepEqual(reg.all().filter((s) => s.dropped), []);
  });
});
