/**
 * ClaimLens in German: the launcher's third extension host runs the workbench with `--locale de` and a stand-in
 * German language pack (scripts/test-host/languagePack.ts; without a pack VS Code stays English). What a user
 * meets must be German: the manifest's command, view and walkthrough titles (package.nls.de.json), the
 * command messages, the hover and the Review view (l10n/bundle.l10n.de.json) — and the English of
 * package.nls.json and of the code must not show through. (The status bar and the Claim Details webview use
 * the same bundle; the API does not let a test read them.)
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { claims, closeAll, HARBOR_REPORT, openArticle, ready, run, until, writeArticle } from '../editorSupport';
import { showReview, snapshot } from '../sidebarSupport';

/** A localised command title reaches the extension host as { value, original } (the palette shows both). */
type Title = string | { value: string; original: string };
const shown = (t: Title | undefined): string | undefined => (typeof t === 'object' ? t.value : t);

interface Contributes {
  commands: Array<{ command: string; title: Title; category?: Title }>;
  views: Record<string, Array<{ id: string; name: string }>>;
  walkthroughs: Array<{ title: string }>;
}

describe('ClaimLens in German (--locale de)', function () {
  this.timeout(60_000);
  after(() => closeAll());

  it('runs in a German workbench', () => {
    assert.equal(vscode.env.language, 'de', 'the launcher should start the workbench in German');
  });

  it('shows its commands, views and walkthrough with the titles of package.nls.de.json', () => {
    const contributes = vscode.extensions.getExtension('claimlens.claimlens')!.packageJSON.contributes as Contributes;
    const title = (id: string) => shown(contributes.commands.find((c) => c.command === id)?.title);
    assert.equal(title('claimlens.markSourced'), 'Als belegt markieren…');
    // The English title stays beside it: the palette finds a command by either.
    assert.equal((contributes.commands.find((c) => c.command === 'claimlens.markSourced')?.title as { original?: string }).original, 'Mark as Sourced…');
    assert.equal(title('claimlens.export'), 'Prüfung exportieren…');
    assert.equal(title('claimlens.openWalkthrough'), 'Erste Schritte');
    assert.equal(shown(contributes.commands[0].category), 'ClaimLens');
    assert.deepEqual(contributes.views.claimlens.map((v) => v.name), ['Prüfung', 'Behauptungsdetails', 'Arbeitsbereich']);
    assert.equal(contributes.walkthroughs[0].title, 'Erste Schritte mit ClaimLens');
    assert.deepEqual(contributes.commands.filter((c) => /%/.test(shown(c.title) ?? '%')).map((c) => c.command), [], 'no unresolved %key%');
  });

  it('tells the user in German when there is nothing to act on', async () => {
    await closeAll();
    const r = await run('claimlens.nextUnreviewed');
    assert.equal(r.ok, false);
    assert.equal(r.message, 'Öffnen Sie zuerst einen Artikel.');
  });

  it('speaks German in the hover, the command results and the Review view of an article', async () => {
    const sidebar = await showReview();
    const file = writeArticle(HARBOR_REPORT);
    const { editor, state } = await openArticle(file);
    const claim = claims(state)[0];
    assert.ok(claim, 'a claim is found');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(claim.range!.start + 2));
    const hover = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)).join('\n');
    assert.match(hover, /\*\*ClaimLens · Behauptung\*\* — \$\([\w-]+\) ungeprüft/);
    assert.match(hover, /Als belegt markieren/);
    assert.doesNotMatch(hover, /Mark as Sourced|Reviewed by|Type: \*\*/);

    const r = await run('claimlens.markDisputed', { uri: editor.document.uri, keys: [claim.key], note: 'Hafenbehörde widerspricht' });
    assert.equal(r.ok, true, r.message);
    assert.equal(r.message, 'Behauptung als widerlegt markiert.');
    await ready(editor.document);

    const groups = await until(async () => {
      const labels = [...(await snapshot(sidebar)).keys()];
      return labels.includes('Widerlegt (1 Behauptung)') ? labels : undefined;
    }, 'the Review view lists the disputed claim under its German group');
    assert.ok(groups.some((l) => /^Zu prüfende Behauptungen \(\d+\)$/.test(l)), groups.join(' | '));
    assert.ok(!groups.some((l) => /Claims to review|Disputed/.test(l)), groups.join(' | '));
    const provider = sidebar.review.provider;
    assert.match(String(provider.getTreeItem(provider.rootGroups[0]).tooltip), /^Eine Behauptung ist ein Satz mit einem Wert von mindestens/);
    assert.match(sidebar.review.treeView.description ?? '', /^nach Priorität · Behauptungen: Wert ≥/);
  });
});
