/** link.same-speaker carries a speaker to a bare quote only: a quote with an attribution of its own keeps it, read or not. */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';

describe('link.same-speaker: bare quotes only', () => {
  it('carries the speaker to a bare quoted paragraph', () => {
    const a = analyze('"We won the vote," Ann Lee said.\n\n"Now the hard work begins for all of us."');
    assert.equal(a.quotes[1].speaker?.name, 'Ann Lee');
    assert.ok(a.quotes[1].rules.includes('link.same-speaker'));
  });

  it('leaves unresolved a quote handed to an attribution it could not read, rather than give it the last speaker', () => {
    const a = analyze('"We won the vote," Ann Lee said.\n\n"Prices will fall next year," sagte Lindner am Montag.');
    const q = a.quotes.find((x) => x.text.includes('Prices will fall'));
    assert.ok(q);
    assert.ok(q.rules.includes('kind.unparsed-attribution'), JSON.stringify(q.rules));
    assert.notEqual(q.speaker?.name, 'Ann Lee');
    assert.ok(!q.rules.includes('link.same-speaker'));
  });
});
