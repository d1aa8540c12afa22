/**
 * "Checked before" in a real extension host: a claim reviewed in one article shows as checked
 * before in another (marker, hover with the earlier verdict and trusted links), *Apply this
 * verdict* copies the verdict and records where it came from, and an archive named by
 * claimlens.archives is indexed too.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MatchService } from '../../src/matching/matchService';
import type { CheckedBeforeMarkers } from '../../src/matching/checkedBefore';
import type { SidebarApi } from '../../src/sidebar';
import { api, claims, closeAll, openArticle, readSidecar, run, until, workspaceDir, writeArticle } from './editorSupport';

const FIRST = ['Ferry Report', '', 'The island ferry carried 412,000 passengers in 2023, a record, the operator said on Tuesday.', ''].join('\n');
const SECOND = ['Island Notes', '', 'Officials said the island ferry carried 412,000 passengers in 2023, a record.', ''].join('\n');

async function matching(): Promise<{ matches: MatchService; markers: CheckedBeforeMarkers }> {
  const exports = (await api()) as unknown as { matches: MatchService; markers: CheckedBeforeMarkers };
  assert.ok(exports.matches && exports.markers, 'ClaimLens does not export its MatchService');
  return exports;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)).join('\n');
}

describe('checked before', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await vscode.workspace.getConfiguration('claimlens').update('archives', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  it('shows a claim reviewed in one article as checked before in another, and applies its verdict', async () => {
    const { matches, markers } = await matching();
    const first = await openArticle(writeArticle(FIRST));
    const claim = claims(first.state).find((c) => c.text.includes('412,000'));
    assert.ok(claim, 'the first article has the ferry claim');
    await run('claimlens.markDisputed', { uri: first.editor.document.uri.toString(), keys: [claim.key], note: 'The operator counted round trips twice.' });
    await closeAll();

    const second = await openArticle(writeArticle(SECOND));
    const uri = second.editor.document.uri;
    const target = claims(second.state).find((c) => c.text.includes('412,000'));
    assert.ok(target);
    const found = await until(() => matches.matchesOf(uri, target)?.find((m) => m.fact.origin === 'review'), 'the review of the first article was not matched');
    assert.equal(found.strong, true, `similarity ${found.similarity}`);
    assert.equal(found.fact.verdict, 'false');
    assert.equal(found.fact.note, 'The operator counted round trips twice.');
    assert.deepEqual(markers.checkedBefore(uri).map((i) => i.key), [target.key]);

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, second.editor.document.positionAt(target.range!.start + 3));
    const text = hoverText(hovers);
    assert.match(text, /ClaimLens · Checked before/);
    assert.match(text, /rated false \\\(Disputed, review by /); // escaped Markdown
    assert.match(text, /Apply this verdict\]\(command:claimlens\.applyMatchVerdict\?/);
    const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && /Checked before/.test(c.value));
    assert.deepEqual((md!.isTrusted as { enabledCommands: string[] }).enabledCommands.sort(), ['claimlens.applyMatchVerdict', 'claimlens.findSimilarFactChecks']);

    // Claim Details lists it with Apply this verdict; the Review view groups the claim as checked before.
    const { sidebar } = (await api()) as unknown as { sidebar: SidebarApi };
    sidebar.details.show({ uri, key: target.key });
    const shown = sidebar.details.currentMessage();
    assert.ok(shown.type === 'show' && shown.item.checkedBefore?.some((r) => r.strong && /rated false \(Disputed/.test(r.verdict)), JSON.stringify(shown));
    await vscode.commands.executeCommand('claimlens.sidebar.groupByCheckedBefore');
    await until(() => sidebar.review.provider.rootGroups.some((g) => /^Checked before \(1\)$/.test(g.label)), 'no "Checked before" group');
    await vscode.commands.executeCommand('claimlens.sidebar.groupByStatus');

    const index = matches.matchesOf(uri, target)!.indexOf(found);
    assert.equal(await vscode.commands.executeCommand('claimlens.applyMatchVerdict', { uri: uri.toString(), key: target.key, index }), true);
    const saved = await until(() => readSidecar(uri.fsPath).annotations.find((a) => a.status === 'disputed'), 'the verdict was not saved');
    assert.match(saved.note, /^Checked before \(\d+% similar\): “The island ferry carried 412,000 passengers in 2023, a record, the operator said on Tuesday\.” — rated false \(Disputed, review by .*\)/);
    assert.match(saved.note, /Verdict applied from it\.$/);
  });

  it('indexes the archives of claimlens.archives and lowers a match whose number differs', async () => {
    const { matches } = await matching();
    const dir = path.join(workspaceDir(), 'archives-test');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'checks.jsonl'), [
      JSON.stringify({ id: 'c1', claim: 'The city library lent 2.1 million books in 2022.', rating: 'Mostly False', url: 'https://checks.example/library', publisher: 'Example Checks' }),
      'this line is broken',
    ].join('\n'));
    await vscode.workspace.getConfiguration('claimlens').update('archives', 'archives-test/**/*.jsonl', vscode.ConfigurationTarget.Global);
    const same = await openArticle(writeArticle('Library\n\nThe city library lent 2.1 million books in 2022, officials said.\n'));
    const claim = claims(same.state)[0];
    const m = await until(() => matches.matchesOf(same.editor.document.uri, claim)?.find((x) => x.fact.id === 'c1'), 'the archive was not indexed');
    assert.equal(m.strong, true);
    assert.equal(m.fact.publisher, 'Example Checks');
    const other = await openArticle(writeArticle('Library\n\nThe city library lent 3.4 million books in 2022, officials said.\n'));
    const claim2 = claims(other.state)[0];
    const m2 = await until(() => matches.matchesOf(other.editor.document.uri, claim2)?.find((x) => x.fact.id === 'c1'), 'no match computed');
    assert.equal(m2.strong, false);
    assert.equal(m2.agreement.numbersConflict, true);
  });
});
