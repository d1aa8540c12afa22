import * as assert from 'node:assert/strict';
import { toDetailsPayload } from '../../../../src/sidebar/details/detailsPayload';
import { customScale } from '../../core/review/customScale';
import { claimItem, orphanItem, quoteItem } from '../items';

describe('sidebar/details/detailsPayload', () => {
  it('carries plain data for a claim, a quote with override and an orphan', () => {
    const c = toDetailsPayload(claimItem('c', 0, '<b>x</b>', { status: 'disputed', note: 'n' }), 'a.txt');
    assert.equal(c.text, '<b>x</b>', 'text is passed raw; the webview sets it with textContent');
    assert.equal(c.status, 'disputed');
    assert.equal(c.note, 'n');
    assert.deepEqual(c.updated, { by: 'alice', at: '2026-11-25T08:00:00.000Z' });
    const q = toDetailsPayload(quoteItem('q', 0, 'hi', 'Bob', { override: 'Ann' }), 'a.txt', 'read-only folder');
    assert.equal(q.speaker, 'Ann');
    assert.equal(q.detectedSpeaker, 'Bob');
    assert.equal(q.readOnlyReason, 'read-only folder');
    const o = toDetailsPayload(orphanItem('o', 't', 'gone'), 'a.txt');
    assert.equal(o.orphanReason, 'gone');
    assert.ok(JSON.parse(JSON.stringify(o)), 'serialisable');
  });

  it('shows an unresolved detected speaker as `unresolved (“he”)`, with no speaker name', () => {
    const q = toDetailsPayload(quoteItem('q', 0, 'we will appeal', 'he', { unresolved: true }), 'a.txt');
    assert.equal(q.speaker, undefined);
    assert.equal(q.detectedSpeaker, 'unresolved (“he”)');
  });

  it("names the item's earlier keys, so an unsaved note follows a detection into its annotation", () => {
    assert.deepEqual(toDetailsPayload(claimItem('c', 0, 'x'), 'a.txt').previousKeys, []);
    const followed = toDetailsPayload(claimItem('ann-1', 0, 'x', { status: 'disputed' }), 'a.txt', undefined, new Set(['det-7']));
    assert.deepEqual(followed.previousKeys, ['det-7']);
  });

  it('under a workspace scale: the status label and colour, and the scale\'s verdicts as buttons (default scale: none of these)', () => {
    const scale = customScale();
    const p = toDetailsPayload(claimItem('c', 0, 'x', { status: 'pants-on-fire' }), 'a.txt', undefined, [], scale);
    assert.equal(p.statusLabel, 'Pants on Fire');
    assert.equal(p.statusColour, '#d32f2f');
    assert.deepEqual(p.verdicts?.map((v) => [v.id, v.colour]), [
      ['true', '#2e7d32'], ['misleading', 'var(--vscode-charts-orange)'], ['pants-on-fire', '#d32f2f'], ['checking', 'var(--vscode-charts-blue)'],
    ]);
    assert.equal(p.verdicts?.[3].hint, 'Not final (not published as ClaimReview unless asked)');
    assert.equal(p.verdicts?.[0].hint, 'Final verdict · Ctrl+Alt+K Y');
    assert.equal(toDetailsPayload(claimItem('c', 0, 'x', { status: 'sourced' }), 'a.txt', undefined, [], scale).statusLabel, 'unknown verdict ‹sourced›');
    const plain = toDetailsPayload(claimItem('c', 0, 'x', { status: 'sourced' }), 'a.txt');
    assert.deepEqual([plain.statusLabel, plain.statusColour, plain.verdicts], [undefined, undefined, undefined]);
  });
});
