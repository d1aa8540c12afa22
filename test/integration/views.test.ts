/**
 * The sidebar's Review tree in a real extension host: grouping, filters, counts, orphans,
 * item → editor reveal, cursor → tree selection, bulk status changes from a tree multi-selection
 * persisting to the sidecar. (Claim Details and the Workspace view: sidebarPanels.test.ts.)
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { GroupNode, ItemNode } from '../../src/sidebar/review/reviewTreeProvider';
import type { ReviewItem } from '../../src/core/review/types';
import { closeAll, openArticle, place, readSidecar, until, writeArticle } from './editorSupport';
import { ARTICLE, count, showReview, sidebar, snapshot } from './sidebarSupport';

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
    // A claim with no quote inside (at a quote, the cursor selects the quote: the innermost item).
    const [target] = plainClaims(state.items);
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
    const x = state.items.filter((i) => i.kind === 'claim' && i.range)[0];
    const [t] = plainClaims(state.items).filter((i) => i.key !== x.key);
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

/** Claims no quote overlaps. */
function plainClaims(items: readonly ReviewItem[]): ReviewItem[] {
  const quotes = items.filter((q) => q.kind === 'quote' && q.range);
  return items.filter((i) => i.kind === 'claim' && i.range
    && !quotes.some((q) => q.range!.start < i.range!.end && i.range!.start < q.range!.end));
}
