/**
 * A workspace verdict scale in a real extension host: `.claimlens/verdicts.json` is read and
 * watched; marking (Mark Verdict…, the scale's Ctrl+Alt+K letter), the hover, the Review view and
 * Claim Details follow it; a default verdict's own command refuses a verdict the scale lacks; a bad
 * file falls back to the default scale and loses no review, which shows as an unknown verdict
 * until Re-map Verdict… moves it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { VerdictScales } from '../../src/verdicts/verdictScales';
import { api, claims, closeAll, HARBOR_REPORT, openArticle, place, readSidecar, ready, run, until, workspaceDir, writeArticle } from './editorSupport';
import { sidebar } from './sidebarSupport';

const SCALE = {
  version: 1,
  claimReview: { worstRating: 1, bestRating: 6 },
  verdicts: [
    { id: 'true', label: 'True', colour: '#2e7d32', icon: 'check', key: 'y', final: true, claimReview: { ratingValue: 6 } },
    { id: 'pants-on-fire', label: 'Pants on Fire', colour: '#d32f2f', icon: 'flame', key: 'f', final: true, claimReview: { ratingValue: 1 } },
    { id: 'checking', label: 'Still checking', final: false },
  ],
};

async function scales(): Promise<VerdictScales> {
  const exports = (await api()) as unknown as { verdicts?: VerdictScales };
  assert.ok(exports.verdicts, 'ClaimLens does not export its verdict scales');
  return exports.verdicts;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)).join('\n');
}

describe('Verdict scale of the workspace (integration)', () => {
  const file = () => path.join(workspaceDir(), '.claimlens', 'verdicts.json');
  const scaleIds = async () => (await scales()).scaleFor().verdicts.map((v) => v.id).join(',');

  async function writeScale(text: string, expectIds: string): Promise<void> {
    fs.mkdirSync(path.dirname(file()), { recursive: true });
    fs.writeFileSync(file(), text);
    await until(async () => (await scaleIds()) === expectIds, `the scale did not become ${expectIds} (is ${await scaleIds()})`);
  }

  afterEach(async () => {
    await closeAll();
    fs.rmSync(path.dirname(file()), { recursive: true, force: true });
    await until(async () => (await scaleIds()) === 'sourced,disputed,unverified', 'the default scale did not come back');
  });

  it('marks with the scale\'s verdicts (picker argument and keyboard letter), labels them everywhere, keeps ids in the review file', async () => {
    await writeScale(JSON.stringify(SCALE), 'true,pants-on-fire,checking');
    const article = writeArticle(HARBOR_REPORT);
    const { editor, state } = await openArticle(article);
    const uri = editor.document.uri;
    const [first, second] = claims(state);

    const marked = await run('claimlens.markVerdict', { uri, keys: [first.key], verdict: 'pants-on-fire' });
    assert.equal(marked.ok, true, marked.message);
    assert.equal(marked.message, 'Marked claim Pants on Fire.');
    // The letter F is the scale's, not a built-in command's.
    place(editor, second.range!.start + 2);
    const byKey = await run('claimlens.markVerdictByKey', { letter: 'y' });
    assert.equal(byKey.ok, true, byKey.message);
    await until(() => readSidecar(article).annotations.length === 2 || undefined, 'both reviews were not saved');
    assert.deepEqual(readSidecar(article).annotations.map((a) => a.status), ['pants-on-fire', 'true']);

    // A default verdict's own command says the scale lacks it, and changes nothing.
    const refused = await run('claimlens.markSourced', { uri, keys: [marked.keys[0]], url: 'https://example.org/' });
    assert.equal(refused.ok, false);
    assert.match(refused.message, /has no "sourced" verdict; use Mark Verdict… \(True, Pants on Fire, Still checking\)/);
    const unknownLetter = await run('claimlens.markVerdictByKey', { letter: 's' });
    assert.match(unknownLetter.message, /no verdict of the scale has the key S \(keys: Y True, F Pants on Fire\)/);

    const reviewed = await ready(editor.document);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(first.range!.start + 2));
    const text = hoverText(hovers);
    assert.match(text, /ClaimLens · Claim\*\* — \$\(flame\) Pants on Fire/);
    assert.match(text, /\[\$\(check\) True\]\(command:claimlens\.markVerdict\?/);
    assert.match(text, /Still checking\]\(command:claimlens\.markVerdict\?[^)]*%22verdict%22%3A%22checking%22/);
    assert.doesNotMatch(text, /Mark as Sourced/);

    const view = (await sidebar()).review;
    // The grouping is kept across the suites (persisted view state): the triage queue is what this checks.
    view.setGroupBy('priority');
    await until(() => view.provider.rootGroups.some((g) => g.label === 'Pants on Fire (1 claim)') || undefined,
      `Review view groups: ${view.provider.rootGroups.map((g) => g.label).join(' | ')}`);
    const labels = view.provider.rootGroups.map((g) => g.label);
    assert.ok(labels.indexOf('Pants on Fire (1 claim)') < labels.indexOf('True (1 claim)'), labels.join(' | '));

    // Claim Details offers the scale's verdicts and refuses an id the scale lacks.
    const details = (await sidebar()).details;
    const key = reviewed.items.find((i) => i.status === 'true')!.key;
    details.show({ uri, key });
    const shown = details.currentMessage();
    assert.equal(shown.type, 'show');
    if (shown.type === 'show') {
      assert.equal(shown.item.statusLabel, 'True');
      assert.deepEqual(shown.item.verdicts?.map((v) => v.id), ['true', 'pants-on-fire', 'checking']);
    }
    assert.equal(await details.onMessage({ type: 'setStatus', key, status: 'half-true' }), false);
    assert.equal(await details.onMessage({ type: 'setStatus', key, status: 'checking' }), true);
    await until(() => readSidecar(article).annotations.some((a) => a.status === 'checking') || undefined, 'Claim Details did not set the verdict');
  });

  it('a bad scale file: the default scale, every review kept and shown as an unknown verdict, then re-mapped', async () => {
    await writeScale(JSON.stringify(SCALE), 'true,pants-on-fire,checking');
    const article = writeArticle(HARBOR_REPORT);
    const { editor, state } = await openArticle(article);
    const uri = editor.document.uri;
    const [first] = claims(state);
    await run('claimlens.markVerdict', { uri, keys: [first.key], verdict: 'pants-on-fire' });
    await until(() => readSidecar(article).annotations.length === 1 || undefined, 'the review was not saved');
    // The claim's words edited after the review: flagged as changed since, and a re-map (a rename) keeps the flag.
    const at = editor.document.getText().indexOf('the port');
    assert.ok(await editor.edit((e) => e.insert(editor.document.positionAt(at + 'the '.length), 'busy ')));
    assert.ok(await editor.document.save());
    await until(() => readSidecar(article).annotations[0].changedSinceReview || undefined, 'the edited review was not flagged as changed since');

    const before = fs.readFileSync(`${article}.claimlens.json`, 'utf8');

    await writeScale('{ "version": 1, "verdicts": [ { "id": "true", ', 'sourced,disputed,unverified');
    const reviewed = await ready(editor.document);
    assert.equal(fs.readFileSync(`${article}.claimlens.json`, 'utf8'), before, 'the review file was not touched');
    const item = reviewed.items.find((i) => i.status === 'pants-on-fire');
    assert.ok(item, 'the review with the verdict the scale lacks is still an item');
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(first.range!.start + 2)));
    assert.match(text, /unknown verdict ‹pants\\-on\\-fire›/);
    assert.match(text, /\[Re-map Verdict…\]\(command:claimlens\.remapVerdict\?/);
    const view = (await sidebar()).review;
    await until(() => view.provider.rootGroups.some((g) => g.label === 'unknown verdict ‹pants-on-fire› (1 claim)') || undefined,
      `Review view groups: ${view.provider.rootGroups.map((g) => g.label).join(' | ')}`);

    const remapped = await run('claimlens.remapVerdict', { uri, from: 'pants-on-fire', verdict: 'disputed' });
    assert.equal(remapped.ok, true, remapped.message);
    assert.equal(remapped.message, 'Re-mapped 1 review to Disputed.');
    await until(() => readSidecar(article).annotations[0].status === 'disputed' || undefined, 'Re-map Verdict did not save');
    assert.equal(readSidecar(article).annotations[0].changedSinceReview, true, 'the re-map cleared "changed since the review"');
    const nothingLeft = await run('claimlens.remapVerdict', { uri, from: 'pants-on-fire', verdict: 'disputed' });
    assert.equal(nothingLeft.ok, false);
  });
});
