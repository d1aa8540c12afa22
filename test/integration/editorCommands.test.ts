/**
 * Reviewing in the editor, in a real extension host: each review command persists to the
 * sidecar, reviews follow their sentence through edits, navigation order, and the messages
 * when there is nothing to act on.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ReviewItem } from '../../src/core/review/types';
import {
  api, claims, closeAll, openArticle, place, readSidecar, ready, run, until, writeArticle,
} from './editorSupport';

/** Three check-worthy sentences (numbers, a prediction, a quote), one per paragraph. */
const ARTICLE = [
  'Harbor Authority Says Cargo Volumes Hit Record High',
  '',
  'Cargo volumes at the port rose 9% in 2024 to 2.3 million containers, the harbor authority said on Monday.',
  '',
  'Unemployment in the city fell to 3.1 percent last year, down from 4.5 percent in 2023.',
  '',
  'The council will spend $48 million on new buses by 2030, the mayor said.',
  '',
].join('\n');

/** Three claims whose check-worthiness is not in text order (0.69, 0.997, 0.88 with the shipped model). */
const PRIORITY_ARTICLE = [
  'Harbor Report',
  '',
  'The new ferry terminal cost more than the old one, critics argue.',
  '',
  'Cargo volumes at the port rose 9% in 2024 to 2.3 million containers, the harbor authority said on Monday.',
  '',
  'Crime near the docks has doubled since the casino opened.',
  '',
].join('\n');

function sentenceOf(text: string, item: ReviewItem): string {
  return text.slice(item.range!.start, item.range!.end);
}

describe('editor review commands', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('detects at least three claims in the test article', async () => {
    const { state } = await openArticle(writeArticle(ARTICLE));
    assert.ok(claims(state).length >= 3, `claims: ${JSON.stringify(claims(state).map((c) => c.text))}`);
  });

  it('persists every review command to the sidecar', async () => {
    const file = writeArticle(ARTICLE);
    const { editor, state } = await openArticle(file);
    const text = editor.document.getText();
    const [a, b, c] = claims(state);
    const uri = editor.document.uri;

    let r = await run('claimlens.markSourced', { uri: uri.toString(), keys: [a.key], url: 'https://example.org/port-stats' });
    assert.equal(r.ok, true, r.message);
    let saved = readSidecar(file).annotations;
    assert.equal(saved.length, 1);
    assert.equal(saved[0].status, 'sourced');
    assert.equal(saved[0].target.quote.exact, sentenceOf(text, a));
    assert.deepEqual(saved[0].sources.map((s) => s.url), ['https://example.org/port-stats']);
    const aKey = saved[0].id;

    r = await run('claimlens.addSource', { uri, keys: [aKey], url: 'https://example.org/second' });
    assert.equal(r.ok, true, r.message);
    assert.deepEqual(readSidecar(file).annotations[0].sources.map((s) => s.url),
      ['https://example.org/port-stats', 'https://example.org/second']);

    r = await run('claimlens.editNote', { uri, keys: [aKey], note: 'Checked against the annual report.' });
    assert.equal(r.ok, true, r.message);
    assert.equal(readSidecar(file).annotations[0].note, 'Checked against the annual report.');

    r = await run('claimlens.markDisputed', { uri, keys: [b.key], note: 'Statistics office says 3.4%.' });
    assert.equal(r.ok, true, r.message);
    saved = readSidecar(file).annotations;
    const disputed = saved.find((x) => x.status === 'disputed');
    assert.ok(disputed);
    assert.equal(disputed.note, 'Statistics office says 3.4%.');
    assert.equal(disputed.target.quote.exact, sentenceOf(text, b));

    r = await run('claimlens.markUnverified', { uri, keys: [c.key] });
    assert.equal(r.ok, true, r.message);
    const unverified = readSidecar(file).annotations.find((x) => x.target.quote.exact === sentenceOf(text, c));
    assert.equal(unverified?.status, 'unverified');

    r = await run('claimlens.clearStatus', { uri, keys: [unverified!.id] });
    assert.equal(r.ok, true, r.message);
    assert.equal(readSidecar(file).annotations.find((x) => x.id === unverified!.id)?.status, 'unreviewed');

    r = await run('claimlens.dismiss', { uri, keys: [unverified!.id] });
    assert.equal(r.ok, true, r.message);
    assert.equal(readSidecar(file).annotations.find((x) => x.id === unverified!.id)?.status, 'dismissed');
    // Dismissed claims leave the review queue's totals but stay in the file.
    const after = await ready(editor.document);
    assert.equal(after.items.find((i) => i.key === unverified!.id)?.status, 'dismissed');
  });

  it('rejects an invalid source URL and writes nothing', async () => {
    const file = writeArticle(ARTICLE);
    const { editor, state } = await openArticle(file);
    const r = await run('claimlens.markSourced', { uri: editor.document.uri, keys: [claims(state)[0].key], url: 'javascript:alert(1)' });
    assert.equal(r.ok, false);
    assert.match(r.message, /http/);
    assert.equal(fs.existsSync(`${file}.claimlens.json`), false);
  });

  it('acts on the claim at the cursor, and on every claim in a selection', async () => {
    const file = writeArticle(ARTICLE);
    const { editor, state } = await openArticle(file);
    const [a, b, c] = claims(state);
    place(editor, a.range!.start + 3);
    let r = await run('claimlens.markUnverified');
    assert.equal(r.ok, true, r.message);
    assert.deepEqual(readSidecar(file).annotations.map((x) => x.target.quote.exact), [a.text]);

    place(editor, b.range!.start + 1, c.range!.end - 1);
    r = await run('claimlens.markUnverified');
    assert.equal(r.ok, true, r.message);
    const exacts = readSidecar(file).annotations.map((x) => x.target.quote.exact).sort();
    assert.deepEqual(exacts, [a.text, b.text, c.text].sort());
  });

  it('says so when there is no claim at the cursor', async () => {
    const { editor } = await openArticle(writeArticle(ARTICLE));
    place(editor, ARTICLE.indexOf('\n\n') + 1); // the empty line under the headline
    for (const command of ['claimlens.markUnverified', 'claimlens.markDisputed', 'claimlens.dismiss']) {
      const r = await run(command);
      assert.equal(r.ok, false, command);
      assert.equal(r.message, 'No claim or quote at the cursor.');
    }
  });

  it('adds a claim from the selection', async () => {
    const file = writeArticle(ARTICLE);
    const { editor } = await openArticle(file);
    const start = ARTICLE.indexOf('Cargo Volumes Hit Record High');
    place(editor, start, start + 'Cargo Volumes Hit Record High'.length);
    const r = await run('claimlens.addClaimFromSelection');
    assert.equal(r.ok, true, r.message);
    const saved = readSidecar(file).annotations;
    assert.equal(saved.length, 1);
    assert.equal(saved[0].origin, 'manual');
    assert.equal(saved[0].target.quote.exact, 'Cargo Volumes Hit Record High');
    const state = await ready(editor.document);
    assert.ok(state.items.some((i) => i.key === r.keys[0] && i.kind === 'claim'));
  });

  it('keeps a review on the same sentence after an edit above it, and saves the new position', async () => {
    const file = writeArticle(ARTICLE);
    const { editor, state } = await openArticle(file);
    const b = claims(state)[1];
    const sentence = b.text;
    const r = await run('claimlens.markDisputed', { uri: editor.document.uri, keys: [b.key], note: 'wrong year' });
    assert.equal(r.ok, true, r.message);

    const inserted = 'A new first paragraph written by the editor, with no claim in it.\n\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(editor.document.uri, new vscode.Position(2, 0), inserted);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await ready(editor.document);
    const disputed = after.items.filter((i) => i.status === 'disputed');
    assert.equal(disputed.length, 1);
    const text = editor.document.getText();
    assert.equal(sentenceOf(text, disputed[0]), sentence);
    assert.equal(disputed[0].range!.start, text.indexOf(sentence));

    await editor.document.save();
    await until(() => readSidecar(file).annotations[0].target.position.start === text.indexOf(sentence) || undefined,
      'the sidecar position was not updated on save');
    assert.equal(readSidecar(file).annotations[0].status, 'disputed');
  });

  it('shows a review whose sentence was deleted as an orphan, and re-attaches it on undo', async () => {
    const file = writeArticle(ARTICLE);
    const { editor, state } = await openArticle(file);
    const b = claims(state)[1];
    await run('claimlens.markDisputed', { uri: editor.document.uri, keys: [b.key], note: 'gone?' });
    const doc = editor.document;
    assert.ok(await editor.edit((e) => e.delete(new vscode.Range(doc.positionAt(b.range!.start), doc.positionAt(b.range!.end)))));
    const orphaned = await ready(doc);
    const lost = orphaned.items.find((i) => i.status === 'disputed');
    assert.ok(lost, 'the review disappeared');
    assert.equal(lost.orphaned, true);
    assert.equal(lost.range, null);
    assert.equal(readSidecar(file).annotations.length, 1, 'the review must stay in the file');

    await vscode.commands.executeCommand('undo');
    await until(() => doc.getText().includes(b.text) || undefined, 'undo did not restore the text');
    const back = await until(async () => {
      const s = await ready(doc);
      const item = s.items.find((i) => i.status === 'disputed');
      return item && !item.orphaned ? item : undefined;
    }, 'the review was not re-attached after undo');
    assert.equal(doc.getText().slice(back.range!.start, back.range!.end), b.text);
  });

  it('re-anchors reviews when the article changes on disk (e.g. git checkout)', async () => {
    const file = writeArticle(ARTICLE);
    const { editor, state } = await openArticle(file);
    // Two claims of the body (the headline is a claim too, and stays where it is).
    const [a, b] = claims(state).filter((c) => c.range!.start > ARTICLE.indexOf('\n'));
    await run('claimlens.markSourced', { uri: editor.document.uri, keys: [b.key], url: 'https://example.org/jobs' });
    await run('claimlens.markDisputed', { uri: editor.document.uri, keys: [a.key], note: 'check' });
    // Another tool moves the second paragraph to the top and adds text.
    const moved = ARTICLE.replace(`${b.text}\n\n`, '').replace('\n\n', `\n\n${b.text}\n\nA paragraph added elsewhere.\n\n`);
    assert.notEqual(moved.indexOf(b.text), ARTICLE.indexOf(b.text));
    fs.writeFileSync(file, moved);
    await until(() => editor.document.getText() === moved || undefined, 'the editor did not reload the file');
    const after = await until(async () => {
      const s = await ready(editor.document);
      const sourced = s.items.find((i) => i.status === 'sourced');
      return sourced && sourced.range && sourced.range.start === moved.indexOf(b.text) ? s : undefined;
    }, 'the sourced review did not follow its sentence');
    const text = editor.document.getText();
    for (const item of after.items.filter((i) => i.annotation)) {
      assert.equal(item.orphaned, false);
      assert.equal(text.slice(item.range!.start, item.range!.end), item.annotation!.target.quote.exact);
    }
    assert.equal(after.items.find((i) => i.status === 'disputed')?.text, a.text);
  });

  it('navigates unreviewed claims in text order, both ways, wrapping around', async () => {
    const file = writeArticle(ARTICLE);
    const { editor, state } = await openArticle(file);
    const queue = state.items
      .filter((i) => i.kind === 'claim' && i.status === 'unreviewed' && i.range && !i.orphaned)
      .sort((x, y) => x.range!.start - y.range!.start);
    assert.ok(queue.length >= 3);
    place(editor, 0);
    const forward: string[] = [];
    for (let n = 0; n < queue.length; n++) forward.push((await run('claimlens.nextUnreviewed')).keys[0]);
    assert.deepEqual(forward, queue.map((i) => i.key));
    assert.equal(editor.document.offsetAt(editor.selection.active), queue[queue.length - 1].range!.start);
    const wrapped = await run('claimlens.nextUnreviewed');
    assert.equal(wrapped.keys[0], queue[0].key);
    assert.match(wrapped.message, /Wrapped/);

    place(editor, editor.document.getText().length);
    const backward: string[] = [];
    for (let n = 0; n < queue.length; n++) backward.push((await run('claimlens.previousUnreviewed')).keys[0]);
    assert.deepEqual(backward, queue.map((i) => i.key).reverse());

    // A reviewed claim drops out of the queue.
    await run('claimlens.markUnverified', { uri: editor.document.uri, keys: [queue[1].key] });
    place(editor, 0);
    const first = await run('claimlens.nextUnreviewed');
    const second = await run('claimlens.nextUnreviewed');
    assert.deepEqual([first.keys[0], second.keys[0]], [queue[0].key, queue[2].key]);
  });

  it('with claimlens.navigation.order "priority", follows the triage queue: highest score first, wrapping around', async () => {
    const config = vscode.workspace.getConfiguration('claimlens');
    await config.update('navigation.order', 'priority', vscode.ConfigurationTarget.Global);
    try {
      const { editor, state } = await openArticle(writeArticle(PRIORITY_ARTICLE));
      const queue = state.items
        .filter((i) => i.kind === 'claim' && i.status === 'unreviewed' && i.range && !i.orphaned && i.claim)
        .sort((x, y) => y.claim!.score - x.claim!.score || x.range!.start - y.range!.start);
      assert.ok(queue.length >= 3);
      assert.notDeepEqual(queue.map((i) => i.key), [...queue].sort((x, y) => x.range!.start - y.range!.start).map((i) => i.key),
        'the fixture must rank claims differently from their text order');
      place(editor, editor.document.getText().length);
      const forward: string[] = [];
      for (let n = 0; n < queue.length; n++) forward.push((await run('claimlens.nextUnreviewed')).keys[0]);
      assert.deepEqual(forward, queue.map((i) => i.key), 'from outside the queue: its head, then down the scores');
      const wrapped = await run('claimlens.nextUnreviewed');
      assert.equal(wrapped.keys[0], queue[0].key);
      assert.match(wrapped.message, /Wrapped around to the other end of the priority queue/);
      const back = await run('claimlens.previousUnreviewed');
      assert.equal(back.keys[0], queue[queue.length - 1].key);
    } finally {
      await config.update('navigation.order', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('ignores files that are not articles', async () => {
    const { articles } = await api();
    const file = writeArticle('{"a": 1}', '.json');
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    assert.equal(articles.isArticle(doc), false);
    const r = await run('claimlens.markSourced', { url: 'https://example.org' });
    assert.equal(r.ok, false);
  });
});
