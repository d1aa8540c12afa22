/**
 * The review store as the editor uses it: what a review of a detected claim stores (origin,
 * reviewer from the OS user when the setting is empty), and a sidecar that parses but fails the
 * schema: the article opens, reviewing is disabled, the file is never written, "Open Sidecar"
 * opens it, and fixing it outside the editor turns reviewing back on.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, claims, closeAll, openArticle, readSidecar, run, until, writeArticle, HARBOR_REPORT as ARTICLE } from './editorSupport';


describe('review store in the editor', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('stores a review of a detected claim with origin "detected" and the OS user as reviewer by default', async () => {
    const reviewerSetting = vscode.workspace.getConfiguration('claimlens').get<string>('reviewerName');
    assert.equal(reviewerSetting ?? '', '', 'claimlens.reviewerName must be empty for this test');
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    const claim = claims(state)[0];
    const r = await run('claimlens.markSourced', { uri: editor.document.uri, keys: [claim.key], url: 'https://example.org/port' });
    assert.equal(r.ok, true, r.message);
    const [saved] = readSidecar(editor.document.uri.fsPath).annotations;
    assert.equal(saved.origin, 'detected');
    assert.equal(saved.target.quote.exact, claim.text);
    const { defaultReviewer } = await import('../../src/core/review');
    assert.equal(saved.created.by, defaultReviewer());
    assert.ok(saved.created.by.length > 0);
    assert.equal(saved.updated.at, saved.created.at);
  });

  it('opens an article whose sidecar fails the schema read-only, never writes it, and re-enables reviewing once it is fixed', async () => {
    const file = writeArticle(ARTICLE);
    const sidecarPath = `${file}.claimlens.json`;
    // Valid JSON, complete annotation, one wrong value: a status that is no verdict id (ids are lower-case words).
    const { createAnnotation } = await import('../../src/core/review');
    const start = ARTICLE.indexOf('Unemployment');
    const annotation = { ...createAnnotation({ kind: 'claim', text: ARTICLE, start, end: start + 40, origin: 'manual', by: 'x', now: new Date().toISOString() }), status: 'Done!' };
    const invalid = `${JSON.stringify({ version: 1, annotations: [annotation] }, null, 2)}\n`;
    fs.writeFileSync(sidecarPath, invalid);
    const { editor, state } = await openArticle(file);
    assert.match(state.readOnlyReason ?? '', /does not match the ClaimLens format: annotations\[0\]\.status .*must be unreviewed, dismissed or a verdict id.*\(found "Done!"\)/);
    assert.ok(state.readOnlyReason!.includes(path.basename(sidecarPath)), state.readOnlyReason);
    assert.ok(claims(state).length > 0, 'claims are still shown');
    const refused = await run('claimlens.markUnverified', { uri: editor.document.uri, keys: [claims(state)[0].key] });
    assert.equal(refused.ok, false);
    assert.equal(fs.readFileSync(sidecarPath, 'utf8'), invalid);

    const opened = await run('claimlens.openSidecar', { uri: editor.document.uri });
    assert.equal(opened.ok, true, opened.message);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, sidecarPath);

    // Fixed outside the editor (the file watcher picks it up): reviewing works again.
    fs.writeFileSync(sidecarPath, '{ "version": 1, "annotations": [] }\n');
    const { articles } = await api();
    await until(() => {
      const s = articles.get(editor.document.uri);
      return s && !s.readOnlyReason ? s : undefined;
    }, 'reviewing was not re-enabled after the sidecar was fixed');
    const fixedState = articles.get(editor.document.uri)!;
    const r = await run('claimlens.markUnverified', { uri: editor.document.uri, keys: [claims(fixedState)[0].key] });
    assert.equal(r.ok, true, r.message);
    assert.equal(readSidecar(file).annotations[0].status, 'unverified');
  });
});
