/** Review actions: reviewing detections, adding claims by hand, re-attaching orphans. */
import * as assert from 'node:assert/strict';
import { claimAt, createHarness, type Harness, NOW, TAXES, until, UNEMPLOYMENT } from './harness';

describe('articles/reviewActions', () => {
  let h: Harness;
  beforeEach(() => (h = createHarness({ timing: { readyTimeoutMs: 100 } })));
  afterEach(() => h.dispose());

  it('turns a detection reviewed for the first time into an annotation with reviewer and time', async () => {
    const doc = await h.open();
    const claim = claimAt(h, doc, UNEMPLOYMENT);
    await h.hub.actions.review(doc.uri, [claim.key], { status: 'unverified' });
    const [a] = h.sidecar()!.annotations;
    assert.equal(a.origin, 'detected');
    assert.equal(a.status, 'unverified');
    assert.deepEqual(a.created, { by: 'tester', at: NOW });
    assert.equal(a.target.quote.exact, UNEMPLOYMENT);
    const item = h.hub.get(doc.uri)!.items.find((i) => i.annotation?.id === a.id)!;
    assert.equal(item.key, a.id, 'the item is now keyed by its annotation');
  });

  it('two reviews of one detection sent together (a status, then a note) make one annotation with both', async () => {
    // Claim Details sends a note right after the first status of a detection, both under the detection's key:
    // over a slow file system (the web build's workspace.fs) the second arrived before the first was saved.
    const doc = await h.open();
    const claim = claimAt(h, doc, UNEMPLOYMENT);
    await Promise.all([
      h.hub.actions.review(doc.uri, [claim.key], { status: 'disputed' }),
      h.hub.actions.review(doc.uri, [claim.key], { note: 'Figure differs.' }),
    ]);
    const annotations = h.sidecar()!.annotations;
    assert.equal(annotations.length, 1, JSON.stringify(annotations));
    assert.equal(annotations[0].status, 'disputed');
    assert.equal(annotations[0].note, 'Figure differs.');
  });

  it('refuses to review text that changed under a stale analysis', async () => {
    const doc = await h.open();
    const claim = claimAt(h, doc, UNEMPLOYMENT);
    h.analysis.auto = false;
    const at = doc.getText().indexOf('3.1');
    h.host.documents.edit(doc, [{ start: at, end: at + 3, text: '2.9' }]);
    await until(() => h.hub.get(doc.uri)?.version === doc.version, 'the fallback rebuild');
    await assert.rejects(h.hub.actions.review(doc.uri, [claim.key], { status: 'sourced' }), /changed while it was being analysed/);
    assert.equal(h.sidecar(), undefined, 'nothing saved');
  });

  it('adds a hand-made claim without the whitespace around the selection', async () => {
    const doc = await h.open();
    const text = 'The council will vote on the plan next week.';
    const at = doc.getText().indexOf(text);
    const key = await h.hub.actions.addClaim(doc.uri, at - 2, at + text.length + 1);
    const [a] = h.sidecar()!.annotations;
    assert.equal(a.id, key);
    assert.equal(a.origin, 'manual');
    assert.equal(a.target.quote.exact, text);
    await assert.rejects(h.hub.actions.addClaim(doc.uri, at - 2, at - 1), /Select the text of the claim first/);
  });

  it('re-attaches an orphaned review to the text the reviewer chose', async () => {
    const doc = await h.open();
    await h.hub.actions.review(doc.uri, [claimAt(h, doc, TAXES).key], { status: 'sourced', addSource: { url: 'https://example.org/taxes' } });
    const at = doc.getText().indexOf(TAXES);
    const reworded = 'Property taxes went up by 12 percent after 2020.';
    h.host.documents.edit(doc, [{ start: at, end: at + TAXES.length, text: reworded }]);
    const orphan = await until(() => {
      const s = h.hub.get(doc.uri);
      return s?.version === doc.version && s.items.find((i) => i.orphaned);
    }, 'the review orphaned');
    await h.hub.actions.reattach(doc.uri, orphan.key, at, at + reworded.length);
    const [a] = h.sidecar()!.annotations;
    assert.equal(a.target.quote.exact, reworded);
    assert.equal(a.status, 'sourced');
    assert.equal(a.changedSinceReview, undefined);
    assert.ok(h.hub.get(doc.uri)!.items.some((i) => i.key === orphan.key && !i.orphaned));
  });

  it('says so for a file that is not an article', async () => {
    const doc = h.host.documents.open('/news/data.json', '{}', { languageId: 'json' });
    await assert.rejects(h.hub.actions.review(doc.uri, ['k'], { status: 'sourced' }), /not a ClaimLens article/);
  });
});
