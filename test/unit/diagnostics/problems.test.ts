import * as assert from 'node:assert/strict';
import { CMD } from '../../../src/commands/ids';
import { fixesFor, problemOf } from '../../../src/diagnostics/problems';
import { claimItem, orphanItem, quoteItem } from '../sidebar/items';

describe('diagnostics/problems: Problems-panel messages and quick fixes', () => {
  it('each message starts with the claim\'s first words', () => {
    const unreviewed = claimItem('c', 0, 'Cargo volumes at the port rose 9% in 2024 to 2.3 million containers, the harbor authority said.', { score: 0.71, type: 'quantity' });
    assert.equal(problemOf(unreviewed)?.message, '“Cargo volumes at the port rose 9% in 2024 to 2.3 million…” — unreviewed claim (quantity, score 0.71): check it against a source.');
    const disputed = claimItem('d', 0, 'Crime doubled.', { status: 'disputed', note: 'police figures\nsay otherwise' });
    assert.equal(problemOf(disputed)?.message, '“Crime doubled.” — disputed claim: police figures say otherwise');
  });

  it('only unreviewed claims and disputed items are problems', () => {
    assert.equal(problemOf(claimItem('s', 0, 'x', { status: 'sourced' })), undefined);
    assert.equal(problemOf(quoteItem('q', 0, 'we will win', 'Ann')), undefined);
    assert.equal(problemOf(quoteItem('q', 0, 'we will win', 'Ann', { status: 'disputed' }))?.code, 'disputed');
    assert.equal(problemOf(orphanItem('o', 'gone', 'text not found')), undefined);
  });

  it('offers fixes by kind and status, Correct Speaker for quotes', () => {
    const commands = (i: Parameters<typeof fixesFor>[0]) => fixesFor(i).map(([, c]) => c);
    assert.deepEqual(commands(claimItem('c', 0, 'x')), [CMD.markSourced, CMD.markDisputed, CMD.markUnverified, CMD.dismiss]);
    assert.ok(commands(quoteItem('q', 0, 'x', 'Ann')).includes(CMD.correctSpeaker));
    assert.ok(!commands(claimItem('c', 0, 'x', { status: 'sourced' })).includes(CMD.markSourced));
    assert.deepEqual(commands(claimItem('c', 0, 'x', { status: 'dismissed' })), [CMD.clearStatus]);
    // Under a workspace scale: its verdicts through Mark Verdict…, never a default verdict it may lack.
    const custom = (i: Parameters<typeof fixesFor>[0]) => fixesFor(i, true).map(([, c]) => c);
    assert.deepEqual(custom(claimItem('c', 0, 'x')), [CMD.markVerdict, CMD.dismiss]);
    assert.deepEqual(custom(claimItem('c', 0, 'x', { status: 'pants-on-fire' })), [CMD.markVerdict, CMD.editNote, CMD.clearStatus]);
    assert.deepEqual(custom(claimItem('c', 0, 'x', { status: 'dismissed' })), [CMD.clearStatus]);
  });
});
