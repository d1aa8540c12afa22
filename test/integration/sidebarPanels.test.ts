/**
 * The sidebar's other panels in a real extension host: Claim Details' message validation and speaker
 * override, and the Workspace view's counts.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { countReviews as statusBarCounts } from '../../src/core/review/counts';
import { api, closeAll, openArticle, readSidecar, until, workspaceDir, writeArticle } from './editorSupport';
import { ARTICLE, showReview, sidebar, snapshot } from './sidebarSupport';

describe('sidebar: Claim Details messages', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('acts on valid messages for the shown item and rejects everything else', async () => {
    const s = await showReview();
    const file = writeArticle(ARTICLE);
    const { state } = await openArticle(file);
    const claim = state.items.find((i) => i.kind === 'claim' && i.range)!;
    s.details.show({ uri: state.uri, key: claim.key });
    assert.equal(await s.details.onMessage({ type: 'setStatus', key: claim.key, status: 'hacked' }), false);
    assert.equal(await s.details.onMessage({ type: 'setStatus', key: 'other-key', status: 'sourced' }), false);
    assert.equal(await s.details.onMessage({ type: 'addSource', key: claim.key, url: 'javascript:alert(1)' }), false);
    assert.equal(await s.details.onMessage({ type: 'openSource', key: claim.key, url: 'https://not-stored.example/' }), false);
    assert.equal(await s.details.onMessage({ type: 'setStatus', key: claim.key, status: 'sourced', extra: 1 }), false);
    assert.equal(await s.details.onMessage({ type: 'executeCommand', command: 'workbench.action.quit' }), false);
    assert.equal(fs.existsSync(`${file}.claimlens.json`), false, 'nothing written by rejected messages');

    assert.equal(await s.details.onMessage({ type: 'setStatus', key: claim.key, status: 'disputed' }), true);
    let a = readSidecar(file).annotations;
    assert.equal(a.length, 1);
    assert.equal(a[0].status, 'disputed');
    // The review now has an annotation id as key; details follow it via the item key in state.
    const key = await until(() => { const m = s.details.currentMessage(); return m.type === 'show' ? m.item.key : undefined; }, 'details show the item');
    assert.equal(await s.details.onMessage({ type: 'saveNote', key, note: 'Figures are from 2022.' }), true);
    assert.equal(await s.details.onMessage({ type: 'addSource', key, url: 'https://example.org/stats', title: 'Stats' }), true);
    a = readSidecar(file).annotations;
    assert.equal(a[0].note, 'Figures are from 2022.');
    assert.deepEqual(a[0].sources, [{ url: 'https://example.org/stats', title: 'Stats' }]);
    assert.equal(await s.details.onMessage({ type: 'removeSource', key, url: 'https://example.org/stats' }), true);
    assert.deepEqual(readSidecar(file).annotations[0].sources, []);
    assert.equal(await s.details.onMessage({ type: 'setSpeaker', key, speaker: 'Someone' }), false, 'speaker is for quotes');
  });
});

describe('sidebar: speaker override', function () {
  this.timeout(60_000);
  afterEach(async () => {
    (await sidebar()).review.setGroupBy('status');
    await closeAll();
  });

  it('a speaker set in Claim Details persists and regroups the quote by speaker', async () => {
    const s = await showReview();
    const file = writeArticle(ARTICLE);
    const { state } = await openArticle(file);
    const quote = state.items.find((i) => i.kind === 'quote' && i.range);
    assert.ok(quote, `a quote among ${state.items.map((i) => i.kind).join(',')}`);
    s.details.show({ uri: state.uri, key: quote.key });
    assert.equal(await s.details.onMessage({ type: 'setSpeaker', key: quote.key, speaker: 'Deputy Mayor Kim Lee' }), true);
    const saved = readSidecar(file).annotations;
    assert.equal(saved.length, 1);
    assert.equal(saved[0].speaker, 'Deputy Mayor Kim Lee');
    s.review.setGroupBy('speaker');
    // The group also holds a claim whose sentence is the quote's, when there is one: "(1 claim · 1 quote)".
    const group = (m: Map<string, string[]>) => [...m.keys()].find((l) => /^Deputy Mayor Kim Lee \((1 claim · )?1 quote\)$/.test(l));
    const snap = await until(async () => {
      const m = await snapshot(s);
      return group(m) ? m : undefined;
    }, 'group for the overridden speaker');
    assert.ok(snap.get(group(snap)!)!.length >= 1);
    const key = s.details.shown!.key;
    assert.equal(await s.details.onMessage({ type: 'setSpeaker', key, speaker: null }), true);
    assert.equal(readSidecar(file).annotations[0].speaker ?? null, null);
  });
});

describe('sidebar: workspace view', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('lists articles with sidecars with reviewed / total / disputed counts', async () => {
    const s = await sidebar();
    const dir = path.join(workspaceDir(), 'views-ws');
    fs.mkdirSync(dir, { recursive: true });
    const article = path.join(dir, 'counted.txt');
    fs.writeFileSync(article, 'Some text.\n');
    const stamp = { by: 't', at: '2026-01-01T00:00:00.000Z' };
    const ann = (id: string, status: string) => ({
      id, kind: 'claim', status, note: '', sources: [], origin: 'detected', created: stamp, updated: stamp,
      target: { quote: { exact: 'Some text.', prefix: '', suffix: '' }, position: { start: 0, end: 10 } },
    });
    fs.writeFileSync(`${article}.claimlens.json`, JSON.stringify({ version: 1, annotations: [ann('a', 'disputed'), ann('b', 'sourced'), ann('c', 'unreviewed'), ann('d', 'dismissed')] }));
    const broken = path.join(dir, 'broken.txt');
    fs.writeFileSync(broken, 'x');
    fs.writeFileSync(`${broken}.claimlens.json`, '{ not json');
    await vscode.commands.executeCommand('claimlens.workspace.focus');
    await vscode.commands.executeCommand('claimlens.sidebar.refreshWorkspace');
    await s.workspace.whenScanned();
    const entry = s.workspace.all.find((e) => e.uri.fsPath === article);
    assert.ok(entry, `listed: ${s.workspace.all.map((e) => e.uri.fsPath).join(', ')}`);
    assert.deepEqual({ total: entry.counts.total, reviewed: entry.counts.reviewed, disputed: entry.counts.disputed }, { total: 3, reviewed: 2, disputed: 1 });
    const ti = s.workspace.getTreeItem(entry);
    assert.match(String(ti.description), /2\/3 claims reviewed.*1 disputed/);
    assert.equal(ti.command?.command, 'vscode.open');
    const bad = s.workspace.all.find((e) => e.uri.fsPath === broken);
    assert.ok(bad?.error && /not valid JSON/.test(bad.error));
    // Clicking opens the article.
    await vscode.commands.executeCommand(ti.command!.command, ...(ti.command!.arguments ?? []));
    await until(() => vscode.window.activeTextEditor?.document.uri.fsPath === article, 'article opened');
  });

  it('scans a large workspace in batches (with a progress notification) and counts every sidecar', async () => {
    const s = await sidebar();
    const dir = path.join(workspaceDir(), 'views-large');
    fs.mkdirSync(dir, { recursive: true });
    const stamp = { by: 't', at: '2026-01-01T00:00:00.000Z' };
    const N = 260; // above the notification threshold (200)
    for (let i = 0; i < N; i++) {
      const article = path.join(dir, `a${i}.txt`);
      fs.writeFileSync(article, 'Text.\n');
      const annotations = Array.from({ length: (i % 3) + 1 }, (_, j) => ({
        id: `${i}-${j}`, kind: 'claim', status: j === 0 ? 'disputed' : 'unreviewed', note: '', sources: [], origin: 'detected',
        created: stamp, updated: stamp, target: { quote: { exact: 'Text.', prefix: '', suffix: '' }, position: { start: 0, end: 5 } },
      }));
      fs.writeFileSync(`${article}.claimlens.json`, JSON.stringify({ version: 1, annotations }));
    }
    try {
      await vscode.commands.executeCommand('claimlens.workspace.focus');
      await vscode.commands.executeCommand('claimlens.sidebar.refreshWorkspace');
      await s.workspace.whenScanned();
      const listed = s.workspace.all.filter((e) => e.uri.fsPath.startsWith(dir + path.sep));
      assert.equal(listed.length, N);
      for (const e of listed) {
        const i = Number(/a(\d+)\.txt$/.exec(e.uri.fsPath)![1]);
        assert.deepEqual([e.counts.total, e.counts.reviewed, e.counts.disputed], [(i % 3) + 1, 1, 1], e.uri.fsPath);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await vscode.commands.executeCommand('claimlens.sidebar.refreshWorkspace');
      await s.workspace.whenScanned();
    }
    assert.equal(s.workspace.all.filter((e) => e.uri.fsPath.startsWith(dir + path.sep)).length, 0);
  });

  it('counts an open article from its live review queue, including unreviewed detections, as the status bar does', async () => {
    const s = await sidebar();
    const file = writeArticle(ARTICLE);
    const { state } = await openArticle(file);
    const claim = state.items.find((i) => i.kind === 'claim' && i.range)!;
    await vscode.commands.executeCommand('claimlens.markDisputed', { uri: state.uri, keys: [claim.key], note: 'x' });
    const entry = await until(() => {
      const e = s.workspace.all.find((x) => x.uri.fsPath === file);
      return e && e.counts.disputed === 1 ? e : undefined;
    }, 'workspace entry updated from the article');
    assert.equal(entry.counts.basis, 'analysis');
    const bar = statusBarCounts((await api()).articles.get(state.uri)!.items);
    assert.ok(bar.total > 0 && bar.quotes > 0, 'the fixture has claims and quotes');
    assert.deepEqual(
      [entry.counts.total, entry.counts.reviewed, entry.counts.quotes, entry.counts.quotesReviewed, entry.counts.disputed],
      [bar.total, bar.reviewed, bar.quotes, bar.quotesReviewed, bar.disputed],
    );
    assert.equal(entry.counts.reviewed, 1);
  });
});
