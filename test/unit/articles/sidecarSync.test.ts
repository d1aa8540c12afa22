/** Sidecar sync: loading, saving at once, saving shifted positions, external changes, bad and read-only sidecars. */
import * as assert from 'node:assert/strict';
import { serializeSidecar } from '../../../src/core/review/format';
import { MemoryFileStore } from '../../../src/core/review/fileStore';
import { claimAt, createHarness, type Harness, TAXES, tick, UNEMPLOYMENT, until } from './harness';

const SIDECAR = '/news/budget.txt.claimlens.json';

describe('articles/sidecarSync', () => {
  let h: Harness;
  afterEach(() => h.dispose());

  it('saves a review at once, and the positions edits moved when the article is saved', async () => {
    h = createHarness();
    const doc = await h.open();
    await h.hub.actions.review(doc.uri, [claimAt(h, doc, UNEMPLOYMENT).key], { status: 'disputed', note: 'Check the 2023 figure.' });
    const saved = h.sidecar()!.annotations;
    assert.equal(saved.length, 1);
    assert.equal(saved[0].status, 'disputed');
    const start = doc.getText().indexOf(UNEMPLOYMENT);
    assert.deepEqual(saved[0].target.position, { start, end: start + UNEMPLOYMENT.length });

    h.host.documents.type(doc, 0, 'Breaking: ');
    await h.hub.tracker.whenReady(doc.uri);
    assert.equal(h.sidecar()!.annotations[0].target.position.start, start, 'typing does not write the file');
    h.host.documents.save(doc);
    await until(() => h.sidecar()!.annotations[0].target.position.start === start + 10, 'positions saved with the article');
    assert.equal(h.sidecar()!.annotations[0].note, 'Check the 2023 figure.');
  });

  it('saves "changed since the review" with the positions when the reviewed words were edited', async () => {
    h = createHarness();
    const doc = await h.open();
    await h.hub.actions.review(doc.uri, [claimAt(h, doc, UNEMPLOYMENT).key], { status: 'disputed' });
    assert.equal(h.sidecar()!.annotations[0].changedSinceReview, undefined);
    const inside = doc.getText().indexOf(UNEMPLOYMENT) + UNEMPLOYMENT.indexOf(' ') + 1;
    h.host.documents.type(doc, inside, 'local ');
    await h.hub.tracker.whenReady(doc.uri);
    h.host.documents.save(doc);
    await until(() => h.sidecar()!.annotations[0].changedSinceReview, 'the flag saved with the article');
    assert.match(h.sidecar()!.annotations[0].target.quote.exact, /local /);
  });

  it('reloads when the sidecar changes outside this window, but not after its own write', async () => {
    h = createHarness();
    const doc = await h.open();
    await h.hub.actions.review(doc.uri, [claimAt(h, doc, TAXES).key], { status: 'sourced', addSource: { url: 'https://example.org/taxes' } });
    const before = h.changes.length;
    h.host.sidecarChanged(SIDECAR);
    await tick(30);
    assert.equal(h.changes.length, before, 'our own write is not reloaded');

    const sidecar = h.sidecar()!;
    sidecar.annotations[0] = { ...sidecar.annotations[0], status: 'unverified', note: 'A colleague disagrees.' };
    h.files.files.set(SIDECAR, serializeSidecar(sidecar));
    h.host.sidecarChanged(SIDECAR);
    const item = await until(() => h.hub.get(doc.uri)?.items.find((i) => i.status === 'unverified'), 'the external change shown');
    assert.equal(item.annotation?.note, 'A colleague disagrees.');
  });

  it('re-anchors an article reloaded from disk by its text, and saves the new positions', async () => {
    h = createHarness();
    const doc = await h.open();
    await h.hub.actions.review(doc.uri, [claimAt(h, doc, TAXES).key], { status: 'sourced', addSource: { url: 'https://example.org/taxes' } });
    const inserted = 'Mayor Lopez spoke at the town hall on Tuesday evening.\n\n';
    const text = doc.getText().replace('Property taxes', `${inserted}Property taxes`);
    h.host.documents.reloadFromDisk(doc, text);
    const start = text.indexOf(TAXES);
    await until(() => h.sidecar()!.annotations[0].target.position.start === start, 'new positions saved without a save');
    const state = await until(() => h.hub.get(doc.uri)?.version === doc.version && h.hub.get(doc.uri), 'items after the reload');
    assert.deepEqual(state.items.find((i) => i.status === 'sourced')!.range, { start, end: start + TAXES.length });
  });

  it('makes an article with a malformed sidecar read-only, says so once with the file, and never overwrites it', async () => {
    const files = new MemoryFileStore({ [SIDECAR]: '{ "version": 1, "annotations": [' });
    h = createHarness({ files });
    const doc = await h.open();
    const state = h.hub.get(doc.uri)!;
    assert.ok(state.readOnlyReason);
    assert.equal(h.host.reports.length, 1);
    assert.equal(h.host.reports[0].sidecarPath, SIDECAR);
    await assert.rejects(h.hub.actions.review(doc.uri, [claimAt(h, doc, TAXES).key], { status: 'sourced' }), (e: Error) => e.message === state.readOnlyReason);
    h.host.documents.type(doc, 0, 'Breaking: ');
    h.host.documents.save(doc);
    await tick(30);
    assert.equal(files.files.get(SIDECAR), '{ "version": 1, "annotations": [');
    assert.equal(files.writes, 0);
  });

  it('shows the reviews of a read-only folder but does not try to save there', async () => {
    h = createHarness();
    h.host.readOnly.add(SIDECAR);
    const doc = await h.open();
    assert.match(h.hub.get(doc.uri)!.readOnlyReason!, /read-only/);
    assert.equal(h.host.reports.length, 1);
    assert.equal(h.host.reports[0].sidecarPath, undefined, 'nothing wrong with the file itself');
    await assert.rejects(h.hub.actions.addClaim(doc.uri, 0, 10), /read-only/);
    assert.equal(h.files.writes, 0);
  });

  it('searches for an orphan again after an undo or a redo, not after ordinary typing', async () => {
    h = createHarness();
    const doc = await h.open();
    await h.hub.actions.review(doc.uri, [claimAt(h, doc, TAXES).key], { status: 'sourced', addSource: { url: 'https://example.org/taxes' } });
    const at = doc.getText().indexOf(TAXES);
    const current = () => {
      const s = h.hub.get(doc.uri);
      return s?.version === doc.version && !h.hub.tracker.entry(doc.uri)!.pending ? s : undefined;
    };
    h.host.documents.edit(doc, [{ start: at, end: at + TAXES.length, text: '' }]);
    await until(() => current()?.items.some((i) => i.orphaned), 'the review orphaned');
    // Typed back by hand: a known orphan is not searched for on every keystroke (fuzzy search is costly).
    h.host.documents.edit(doc, [{ start: at, end: at, text: TAXES }]);
    assert.ok((await until(current, 'items after typing')).items.some((i) => i.status === 'sourced' && i.orphaned));
    // Undo the typing, redo it: an undo or a redo makes the next rebuild look again.
    h.host.documents.edit(doc, [{ start: at, end: at + TAXES.length, text: '' }], { reason: 'undo' });
    h.host.documents.edit(doc, [{ start: at, end: at, text: TAXES }], { reason: 'redo' });
    const back = await until(() => current()?.items.find((i) => i.status === 'sourced' && !i.orphaned), 'the review back on its text');
    assert.deepEqual(back.range, { start: at, end: at + TAXES.length });
  });
});
