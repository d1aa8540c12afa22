/**
 * The sidebar in a real extension host: the Review tree's data (grouping, filters, counts,
 * orphans), item → editor reveal, cursor → tree selection, bulk status changes from a tree
 * multi-selection persisting to the sidecar, the details view's message validation, and the
 * Workspace view's counts.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { countReviews as statusBarCounts } from '../../src/core/review/counts';
import type { SidebarApi } from '../../src/sidebar';
import type { GroupNode, ItemNode } from '../../src/sidebar/review/reviewTreeProvider';
import { api, closeAll, openArticle, place, readSidecar, until, workspaceDir, writeArticle } from './editorSupport';

const ARTICLE = [
  'Harbor Authority Says Cargo Volumes Hit Record High',
  '',
  'Cargo volumes at the port rose 9% in 2024 to 2.3 million containers, the harbor authority said on Monday.',
  '',
  'Unemployment in the city fell to 3.1 percent last year, down from 4.5 percent in 2023.',
  '',
  '"We will spend $48 million on new buses by 2030," Mayor Jane Alvarez said.',
  '',
  'The council will cut property taxes by 2% next year, according to the budget office.',
  '',
].join('\n');

async function sidebar(): Promise<SidebarApi> {
  const exports = (await api()) as unknown as { sidebar?: SidebarApi };
  assert.ok(exports.sidebar, 'ClaimLens does not export its sidebar');
  return exports.sidebar;
}

async function showReview(): Promise<SidebarApi> {
  const s = await sidebar();
  await vscode.commands.executeCommand('claimlens.review.focus');
  await until(() => s.review.treeView.visible, 'review view visible');
  return s;
}

/** Group label → item keys, as the tree shows them right now. */
async function snapshot(s: SidebarApi): Promise<Map<string, string[]>> {
  await s.review.whenRefreshed();
  const p = s.review.provider;
  const out = new Map<string, string[]>();
  for (const g of p.getChildren() as GroupNode[]) {
    out.set(String(p.getTreeItem(g).label), (p.getChildren(g) as ItemNode[]).map((n) => n.key));
  }
  return out;
}

/** "Claims to review (3)" → 3; "Disputed (2 claims · 1 quote)" → 3 (claims and quotes are counted apart). */
function count(label: string): number {
  const plain = /\((\d+)\)$/.exec(label);
  if (plain) return Number(plain[1]);
  const apart = /\((?:(\d+) claims?)?(?: · )?(?:(\d+) quotes?)?\)$/.exec(label);
  assert.ok(apart && (apart[1] || apart[2]), `no count in group label "${label}"`);
  return Number(apart[1] ?? 0) + Number(apart[2] ?? 0);
}

describe('sidebar: review tree', function () {
  this.timeout(60_000);
  afterEach(async () => {
    const s = await sidebar();
    s.review.setGroupBy('status');
    await vscode.commands.executeCommand('claimlens.sidebar.clearFilters');
    await closeAll();
  });

  it('shows the active article by priority: claims to review by score, highest first, claims and quotes counted apart', async () => {
    const s = await showReview();
    s.review.setGroupBy('priority');
    const { state } = await openArticle(writeArticle(ARTICLE));
    const snap = await until(async () => {
      const m = await snapshot(s);
      return m.size > 0 && s.review.provider.article?.uri.toString() === state.uri.toString() ? m : undefined;
    }, 'tree shows the article');
    const labels = [...snap.keys()];
    assert.match(labels[0], /^Claims to review \(\d+\)$/);
    assert.ok(labels.some((l) => /^Quotes to review \(\d+\)$/.test(l)), labels.join(' | '));
    const byKey = new Map(state.items.map((i) => [i.key, i]));
    const scores = snap.get(labels[0])!.map((k) => byKey.get(k)!.claim!.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'highest score first');
    assert.equal(s.review.treeView.description?.startsWith('by priority · claims: score ≥ 0.5'), true, s.review.treeView.description);
    assert.match(String(s.review.provider.getTreeItem(s.review.provider.rootGroups[0]).tooltip), /A claim is a sentence scoring at least 0\.5/);
    const visible = state.items.filter((i) => !i.orphaned);
    for (const [label, keys] of snap) assert.equal(count(label), keys.length, label);
    assert.equal([...snap.values()].flat().length, visible.length);
    // Every item row has a shortened label, a description and a status icon.
    const first = s.review.provider.getChildren(s.review.provider.getChildren()[0])[0] as ItemNode;
    const ti = s.review.provider.getTreeItem(first);
    assert.ok(String(ti.label).length <= 72);
    assert.ok(typeof ti.description === 'string' && ti.description.length > 0);
    assert.ok(ti.iconPath instanceof vscode.ThemeIcon);
    assert.ok(ti.tooltip instanceof vscode.MarkdownString);
    assert.match(String(ti.contextValue), /^claimlens\.item\.(claim|quote)\.unreviewed$/);
    // Claims and quotes have distinct icons.
    const quoteGroup = s.review.provider.getChildren().find((g) => g.nodeType === 'group' && g.label.startsWith('Quotes to review'))!;
    const quoteIcon = s.review.provider.getTreeItem(s.review.provider.getChildren(quoteGroup)[0]).iconPath as vscode.ThemeIcon;
    assert.notEqual(quoteIcon.id, (ti.iconPath as vscode.ThemeIcon).id);

    // Grouped by status, a group holding both kinds counts them apart.
    s.review.setGroupBy('status');
    const byStatus = await snapshot(s);
    assert.match([...byStatus.keys()][0], /^Unreviewed \(\d+ claims? · \d+ quotes?\)$/);
  });

  it('switches grouping to claim type and speaker from the commands', async () => {
    const s = await showReview();
    const { state } = await openArticle(writeArticle(ARTICLE));
    await vscode.commands.executeCommand('claimlens.sidebar.groupByType');
    let snap = await snapshot(s);
    if (state.items.some((i) => i.kind === 'quote')) assert.ok([...snap.keys()].some((l) => l.startsWith('Quotes (')), [...snap.keys()].join());
    assert.ok([...snap.keys()].some((l) => /^(Quantity|Prediction|Causation|Law|Other claims)/.test(l)), [...snap.keys()].join());
    assert.equal(s.review.treeView.description?.startsWith('by claim type'), true);

    await vscode.commands.executeCommand('claimlens.sidebar.groupBySpeaker');
    snap = await snapshot(s);
    const quote = state.items.find((i) => i.kind === 'quote' && i.quote?.speaker);
    if (quote) {
      const name = quote.quote!.speaker!.name;
      const label = [...snap.keys()].find((l) => l.startsWith(`${name} (`));
      assert.ok(label, `a group for ${name}: ${[...snap.keys()].join(' | ')}`);
      assert.ok(snap.get(label)!.includes(quote.key));
    }
    const total = [...snap.values()].flat().length;
    assert.equal(total, state.items.filter((i) => !i.orphaned).length);
  });

  it('filters: unreviewed only, claims / quotes, minimum score, search', async () => {
    const s = await showReview();
    const file = writeArticle(ARTICLE);
    const { state } = await openArticle(file);
    const claims = state.items.filter((i) => i.kind === 'claim');
    assert.ok(claims.length >= 2);
    await vscode.commands.executeCommand('claimlens.markDisputed', { uri: state.uri, keys: [claims[0].key], note: 'wrong year' });
    await until(() => s.review.provider.article?.items.some((i) => i.status === 'disputed'), 'disputed item in tree');

    await vscode.commands.executeCommand('claimlens.sidebar.toggleUnreviewedOnly');
    let keys = [...(await snapshot(s)).values()].flat();
    const items = () => s.review.provider.article!.items;
    assert.ok(keys.length > 0);
    for (const k of keys) assert.equal(items().find((i) => i.key === k)!.status, 'unreviewed');
    assert.match(String(s.review.treeView.description), /unreviewed/);
    await vscode.commands.executeCommand('claimlens.sidebar.showAllStatuses');

    await vscode.commands.executeCommand('claimlens.sidebar.showQuotesOnly');
    keys = [...(await snapshot(s)).values()].flat();
    for (const k of keys) assert.equal(items().find((i) => i.key === k)!.kind, 'quote');
    await vscode.commands.executeCommand('claimlens.sidebar.showClaimsOnly');
    keys = [...(await snapshot(s)).values()].flat();
    assert.equal(keys.length, items().filter((i) => i.kind === 'claim').length);
    await vscode.commands.executeCommand('claimlens.sidebar.showAllKinds');

    const scores = claims.map((c) => c.claim!.score).sort((a, b) => a - b);
    const cut = scores[scores.length - 1];
    await vscode.commands.executeCommand('claimlens.sidebar.setMinScore', cut);
    keys = [...(await snapshot(s)).values()].flat();
    for (const k of keys) {
      const it = items().find((i) => i.key === k)!;
      if (it.claim) assert.ok(it.claim.score >= cut);
    }
    assert.ok(keys.length < items().length || scores[0] === cut);
    await vscode.commands.executeCommand('claimlens.sidebar.setMinScore', 0);

    await vscode.commands.executeCommand('claimlens.sidebar.search', 'UNEMPLOYMENT');
    keys = [...(await snapshot(s)).values()].flat();
    assert.ok(keys.length >= 1);
    for (const k of keys) assert.match(items().find((i) => i.key === k)!.text, /unemployment/i);

    await vscode.commands.executeCommand('claimlens.sidebar.search', 'zzzz-nothing');
    assert.equal((await snapshot(s)).size, 0);
    assert.match(String(s.review.treeView.message), /Nothing matches/);
    await vscode.commands.executeCommand('claimlens.sidebar.clearFilters');
    assert.equal([...(await snapshot(s)).values()].flat().length, items().filter((i) => !i.orphaned).length);
  });

  it('selecting an item reveals and selects its text in the editor', async () => {
    const s = await showReview();
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    await snapshot(s);
    const target = state.items.filter((i) => i.range).at(-1)!;
    const node = s.review.provider.nodeFor(target.key)!;
    assert.ok(node);
    const cmd = s.review.provider.getTreeItem(node).command!;
    assert.equal(cmd.command, 'claimlens.sidebar.revealItem');
    place(editor, 0);
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), state.uri.toString());
    const sel = active.selection;
    assert.equal(active.document.offsetAt(sel.start), target.range!.start);
    assert.equal(active.document.offsetAt(sel.end), target.range!.end);
    assert.equal(active.document.getText(sel), target.text);
  });

  it('moving the cursor selects the matching item (followCursor) and shows it in Claim Details', async () => {
    const s = await showReview();
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    await snapshot(s);
    const target = state.items.filter((i) => i.kind === 'claim' && i.range)[1];
    place(editor, target.range!.start + 2);
    await until(() => s.review.treeView.selection.some((n) => n.nodeType === 'item' && n.key === target.key), 'tree selects the item at the cursor');
    await until(() => s.details.shown?.key === target.key, 'details follow the cursor');
  });

  it('a cursor moved again while the tree is still revealing leaves Claim Details on the latest item', async () => {
    // On a busy machine the reveal of one cursor position can still be in flight when the cursor
    // moves on; its late selection event must not drag Claim Details back. Drive followCursor
    // directly (the debounced one is off) so both reveals overlap every time.
    const s = await showReview();
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    await snapshot(s);
    const [x, t] = state.items.filter((i) => i.kind === 'claim' && i.range);
    await vscode.workspace.getConfiguration('claimlens.sidebar').update('followCursor', false, vscode.ConfigurationTarget.Global);
    try {
      place(editor, x.range!.start + 2);
      const first = s.review.followCursor(editor);
      place(editor, t.range!.start + 2);
      const second = s.review.followCursor(editor);
      await Promise.all([first, second]);
      await until(() => s.review.treeView.selection.some((n) => n.nodeType === 'item' && n.key === t.key), 'tree selects the latest item');
      // Both reveals have been answered, so their selection events have been handled too.
      assert.equal(s.details.shown?.key, t.key);
    } finally {
      await vscode.workspace.getConfiguration('claimlens.sidebar').update('followCursor', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('bulk status change from a multi-selection persists every item', async () => {
    const s = await showReview();
    const file = writeArticle(ARTICLE);
    const { state } = await openArticle(file);
    await snapshot(s);
    const nodes = state.items.filter((i) => i.kind === 'claim' && i.range).slice(0, 3).map((i) => s.review.provider.nodeFor(i.key)!);
    assert.equal(nodes.length, 3);
    // Exactly what VS Code passes to an inline/context command with canSelectMany: (clicked, selection).
    await vscode.commands.executeCommand('claimlens.markUnverified', nodes[0], nodes);
    const saved = await until(() => {
      try {
        const a = readSidecar(file).annotations;
        return a.length === 3 ? a : undefined;
      } catch {
        return undefined;
      }
    }, 'three annotations saved');
    assert.deepEqual(saved.map((a) => a.status), ['unverified', 'unverified', 'unverified']);
    const snap = await until(async () => {
      const m = await snapshot(s);
      return [...m.keys()].some((l) => l === 'Unverified (3 claims)') ? m : undefined;
    }, 'tree regrouped: Unverified (3 claims)');
    assert.ok(snap);
  });

  it('shows orphaned reviews in their own group with the reason', async () => {
    const s = await showReview();
    const file = writeArticle(ARTICLE);
    const { state } = await openArticle(file);
    const claim = state.items.find((i) => i.kind === 'claim' && i.text.includes('Unemployment'))!;
    assert.ok(claim, 'unemployment claim detected');
    await vscode.commands.executeCommand('claimlens.markDisputed', { uri: state.uri, keys: [claim.key], note: 'n' });
    await until(() => fs.existsSync(`${file}.claimlens.json`), 'sidecar written');
    await closeAll();
    // Rewrite the article on disk without that sentence: the review becomes an orphan.
    fs.writeFileSync(file, ARTICLE.replace(/Unemployment[^\n]*\n/, 'Completely different words about the weather and gardens.\n'));
    await openArticle(file);
    const snap = await until(async () => {
      const m = await snapshot(s);
      return [...m.keys()].some((l) => l.startsWith('Orphaned (')) ? m : undefined;
    }, 'orphan group');
    const labels = [...snap.keys()];
    assert.equal(labels.at(-1), 'Orphaned (1 claim)', 'orphans last');
    const group = s.review.provider.getChildren().at(-1) as GroupNode;
    const orphan = s.review.provider.getChildren(group)[0] as ItemNode;
    const ti = s.review.provider.getTreeItem(orphan);
    assert.match(String(ti.description), /^orphaned/);
    assert.match(String(ti.contextValue), /\.orphan$/);
    assert.equal(orphan.item.text.includes('Unemployment'), true);

    // Re-attach it to a sentence selected in the editor: the orphan group goes away.
    assert.equal(await vscode.commands.executeCommand('claimlens.sidebar.reattachOrphan', orphan), false, 'needs a selection');
    const editor = vscode.window.activeTextEditor!;
    const text = editor.document.getText();
    const start = text.indexOf('Completely different');
    place(editor, start, text.indexOf('\n', start));
    assert.equal(await vscode.commands.executeCommand('claimlens.sidebar.reattachOrphan', orphan), true);
    await until(async () => {
      const m = await snapshot(s);
      return ![...m.keys()].some((l) => l.startsWith('Orphaned')) && [...m.keys()].includes('Disputed (1 claim)') ? m : undefined;
    }, 'orphan re-attached and shown as disputed');
    const saved = readSidecar(file).annotations.find((a) => a.status === 'disputed')!;
    assert.match(saved.target.quote.exact, /^Completely different/);
  });
});

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
    const snap = await until(async () => {
      const m = await snapshot(s);
      return m.has('Deputy Mayor Kim Lee (1 quote)') ? m : undefined;
    }, 'group for the overridden speaker');
    assert.equal(snap.get('Deputy Mayor Kim Lee (1 quote)')!.length, 1);
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
