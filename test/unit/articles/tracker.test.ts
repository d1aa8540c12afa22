/** The document tracker: which documents are articles, and their items through edits and analysis updates. */
import * as assert from 'node:assert/strict';
import { MAX_ARTICLE_CHARS } from '../../../src/articles/tracker';
import { ARTICLE, claimAt, HEADLINE, createHarness, type Harness, TAXES, tick, UNEMPLOYMENT, until } from './harness';

describe('articles/tracker: tracking open documents', () => {
  let h: Harness;
  beforeEach(() => (h = createHarness()));
  afterEach(() => h.dispose());

  it('tracks an article when it opens and builds its items once the analysis answers', async () => {
    const doc = await h.open();
    const state = h.hub.get(doc.uri)!;
    assert.equal(state.version, doc.version);
    assert.equal(state.complete, true);
    assert.deepEqual(state.items.filter((i) => i.kind === 'claim').map((i) => i.text), [HEADLINE, UNEMPLOYMENT, TAXES]);
    assert.ok(state.items.some((i) => i.kind === 'quote' && i.quote?.speaker?.name === 'Ana Lopez'));
    assert.deepEqual(h.analysis.calls, [`open:${doc.uri}`]);
    assert.ok(h.changes.includes(doc.uri.toString()));
    assert.ok(h.trackingChanges() >= 1);
    assert.equal(h.hub.sidecarPath(doc.uri), '/news/budget.txt.claimlens.json');
  });

  it('leaves alone documents that are not articles: other languages, other schemes, sidecars', async () => {
    const docs = h.host.documents;
    const json = docs.open('/news/data.json', '{}', { languageId: 'json' });
    const gitView = docs.open('/news/budget.txt', ARTICLE, { scheme: 'git' });
    const sidecar = docs.open('/news/budget.txt.claimlens.json', '{}');
    await tick(20);
    for (const d of [json, gitView, sidecar]) {
      assert.equal(h.hub.tracker.isArticle(d), false, d.uri.toString());
      assert.equal(h.hub.get(d.uri), undefined);
    }
    assert.deepEqual(h.analysis.calls, []);
  });

  it('analyses an unsaved buffer (untitled) without a review file: reviewing waits for a save', async () => {
    const untitled = h.host.documents.open('Untitled-1', ARTICLE, { scheme: 'untitled' });
    assert.equal(h.hub.tracker.isArticle(untitled), true);
    await h.hub.tracker.whenReady(untitled.uri);
    const state = await until(() => h.hub.get(untitled.uri), 'the untitled buffer was not analysed');
    assert.deepEqual(state.items.filter((i) => i.kind === 'claim').map((i) => i.text), [HEADLINE, UNEMPLOYMENT, TAXES]);
    assert.match(state.readOnlyReason ?? '', /^Save the article to review it/);
    assert.equal(h.hub.sidecarPath(untitled.uri), undefined);
    assert.equal(h.host.reports.length, 0, 'no message: the lock in the status bar and the hover say it');
    const markdown = h.host.documents.open('Untitled-2', ARTICLE, { scheme: 'untitled', languageId: 'json' });
    assert.equal(h.hub.tracker.isArticle(markdown), false, 'only in the article languages');
  });

  it('stops tracking on close, and follows the languages setting', async () => {
    const doc = await h.open();
    const before = h.changes.length;
    h.host.documents.close(doc);
    assert.equal(h.hub.get(doc.uri), undefined);
    assert.equal(h.changes.length, before + 1, 'closing announces the article is gone');
    assert.equal(h.analysis.calls.at(-1), `close:${doc.uri}`);

    const again = await h.open();
    h.host.settings.set({ languages: ['markdown'] });
    assert.equal(h.hub.get(again.uri), undefined, 'plaintext is no longer an article language');
    h.host.settings.set({ languages: ['markdown', 'plaintext'] });
    assert.ok(await h.hub.tracker.whenReady(again.uri), 'tracked again');
  });

  it('reports a file too large to analyse once, and does not analyse it', async () => {
    const big = 'x'.repeat(MAX_ARTICLE_CHARS + 1);
    const doc = h.host.documents.open('/logs/huge.txt', big);
    h.host.documents.close(doc);
    h.host.documents.open('/logs/huge.txt', big);
    await tick(10);
    assert.equal(h.hub.get(doc.uri), undefined);
    assert.deepEqual(h.analysis.calls, []);
    assert.equal(h.host.reports.length, 1);
    assert.match(h.host.reports[0].message, /^huge\.txt is too large to analyse \(5\.0 million characters; the limit is 5 million\)\.$/);
  });

  it('sends the visible range when it opens and when the editor scrolls', async () => {
    const doc = await h.open();
    h.host.documents.scroll(doc, { start: 100, end: 200 });
    assert.deepEqual(h.analysis.visible.get(doc.uri.toString()), { start: 100, end: 200 });
  });
});

describe('articles/tracker: edits and analysis updates', () => {
  let h: Harness;
  beforeEach(() => (h = createHarness()));
  afterEach(() => h.dispose());

  it('sends every edit to the analysis in an order that keeps the offsets right', async () => {
    const doc = await h.open();
    // Two edits in one change (two cursors), given in ascending order: both against the old text.
    h.host.documents.edit(doc, [{ start: 0, end: 4, text: 'Metro City' }, { start: 24, end: 36, text: 'Joblessness' }]);
    assert.equal(h.analysis.texts.get(doc.uri.toString()), doc.getText());
    assert.ok(doc.getText().startsWith('Metro City Budget Gap Widens\n\nJoblessness in the city'));
  });

  it('moves reviews with each keystroke and rebuilds the items once, when the analysis of the latest text arrives', async () => {
    const doc = await h.open();
    await h.hub.actions.review(doc.uri, [claimAt(h, doc, UNEMPLOYMENT).key], { status: 'sourced' });
    const start = doc.getText().indexOf(UNEMPLOYMENT);
    h.analysis.auto = false;
    const changesBefore = h.changes.length;
    for (const ch of ['N', 'e', 'w', ' ']) h.host.documents.type(doc, doc.getText().indexOf('City'), ch);
    await tick(60);
    assert.equal(h.changes.length, changesBefore, 'no rebuild while the analysis is behind the text');
    const entry = h.hub.tracker.entry(doc.uri)!;
    assert.deepEqual(entry.annotations[0].target.position, { start: start + 4, end: start + 4 + UNEMPLOYMENT.length }, 'the review moved with the text');
    h.analysis.answer(doc.uri.toString());
    const state = await until(() => h.hub.get(doc.uri)?.version === doc.version && h.hub.get(doc.uri), 'items for the latest text');
    assert.equal(h.changes.length, changesBefore + 1, 'one rebuild for four keystrokes');
    const reviewed = state.items.find((i) => i.status === 'sourced')!;
    assert.deepEqual(reviewed.range, { start: start + 4, end: start + 4 + UNEMPLOYMENT.length });
    assert.equal(reviewed.anchor?.method, 'position', 'found where the edits moved it, without a search');
  });

  it('shows what it has when the analysis never answers for the latest text', async () => {
    const doc = await h.open();
    h.analysis.auto = false;
    h.host.documents.type(doc, 0, 'Breaking: ');
    const state = await until(() => h.hub.get(doc.uri)?.version === doc.version && h.hub.get(doc.uri), 'the fallback rebuild', 2000);
    assert.equal(state.complete, false, 'marked incomplete: the analysis is behind');
  });
});
