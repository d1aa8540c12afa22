/**
 * Nothing the editor side shows is a hard-coded English literal: the TypeScript AST of every file of src/
 * outside src/core/, src/cli/ and src/worker/ (scripts/l10n/sources.ts says why those) is searched for string
 * and template literals passed straight to a user-facing API — messages, quick picks, input boxes, hovers and
 * MarkdownStrings, tree items, the status bar, diagnostics, code actions, progress titles, and the Claim
 * Details webview's DOM helpers. They must go through vscode.l10n.t (or src/l10n/l10n.ts's l10n.t).
 */
import * as assert from 'node:assert/strict';
import { findUnlocalized, hasWords } from '../../../scripts/l10n/scan';
import { NOT_SCANNED, readSource, scannedFiles } from '../../../scripts/l10n/sources';

describe('l10n: no user-facing literal outside the bundles', () => {
  it('scans the editor side (and only it)', () => {
    const files = scannedFiles();
    assert.ok(files.length > 50, `${files.length} files`);
    for (const f of ['commands/status.ts', 'hover/hover.ts', 'sidebar/details/webview/sections.ts', 'statusBar/statusBar.ts']) assert.ok(files.includes(f), f);
    assert.deepEqual(files.filter((f) => NOT_SCANNED.includes(f.split('/')[0])), []);
    assert.deepEqual(NOT_SCANNED, ['core', 'cli', 'worker']);
  });

  it('finds no literal passed to a user-facing API in src/', () => {
    const found = scannedFiles().flatMap((f) => findUnlocalized(f, readSource(f)));
    assert.deepEqual(found.map((x) => `src/${x.file}:${x.line} ${x.via} ${x.text}`), []);
  });

  // A planted literal for each kind of API the scan knows: each must be caught, and its wrapped twin must not.
  const PLANTED: ReadonlyArray<readonly [string, string, string]> = [
    ['information message', `vscode.window.showInformationMessage('Review saved.');`, `vscode.window.showInformationMessage(vscode.l10n.t('Review saved.'));`],
    ['warning message, template', 'vscode.window.showWarningMessage(`ClaimLens: ${n} claims left`);', `vscode.window.showWarningMessage(vscode.l10n.t('ClaimLens: {0} claims left', n));`],
    ['error message action', `vscode.window.showErrorMessage(msg, 'Open Settings');`, `vscode.window.showErrorMessage(msg, vscode.l10n.t('Open Settings'));`],
    ['quick pick item', `vscode.window.showQuickPick([{ label: 'Markdown report', description: 'A summary' }]);`, `vscode.window.showQuickPick([{ label: l10n.t('Markdown report'), description: l10n.t('A summary') }]);`],
    ['quick pick string items', `vscode.window.showQuickPick(['Apply this verdict', 'Open fact-check']);`, `vscode.window.showQuickPick([l10n.t('Apply this verdict'), l10n.t('Open fact-check')]);`],
    ['quick pick placeholder', `qp.placeholder = 'Pick an article';`, `qp.placeholder = vscode.l10n.t('Pick an article');`],
    ['input box prompt', `vscode.window.showInputBox({ prompt: 'Who said it?', placeHolder: 'Name' });`, `vscode.window.showInputBox({ prompt: vscode.l10n.t('Who said it?'), placeHolder: vscode.l10n.t('Name') });`],
    ['input validation', `vscode.window.showInputBox({ validateInput: (v) => (v ? undefined : 'Enter a number') });`, `vscode.window.showInputBox({ validateInput: (v) => (v ? undefined : vscode.l10n.t('Enter a number')) });`],
    ['markdown string', 'new vscode.MarkdownString(`**Claim** scored ${s}`);', `new vscode.MarkdownString(vscode.l10n.t('**Claim** scored {0}', s));`],
    ['markdown append', `md.appendMarkdown('Click to open the review view.');`, `md.appendMarkdown(vscode.l10n.t('Click to open the review view.'));`],
    ['tree item label', `new vscode.TreeItem('Claims to review');`, `new vscode.TreeItem(l10n.t('Claims to review'));`],
    ['tree item tooltip', `item.tooltip = cond ? 'Orphaned review' : other;`, `item.tooltip = cond ? l10n.t('Orphaned review') : other;`],
    ['status bar text', 'bar.text = `$(checklist) ${a}/${b} claims reviewed`;', `bar.text = \`$(checklist) \${vscode.l10n.t('{0}/{1} claims reviewed', a, b)}\`;`],
    ['diagnostic message', `new vscode.Diagnostic(range, 'Unreviewed claim');`, `new vscode.Diagnostic(range, l10n.t('Unreviewed claim'));`],
    ['code action title', 'new vscode.CodeAction(`Mark as ${status}`);', `new vscode.CodeAction(vscode.l10n.t('Mark as {0}', status));`],
    ['progress title', `vscode.window.withProgress({ location, title: 'Indexing fact-checks' }, task);`, `vscode.window.withProgress({ location, title: vscode.l10n.t('Indexing fact-checks') }, task);`],
    ['tree view message', `view.message = 'Analysing the article…';`, `view.message = vscode.l10n.t('Analysing the article…');`],
    ['command result message', `return { ok: false, message: 'Cancelled.', keys: [] };`, `return { ok: false, message: vscode.l10n.t('Cancelled.'), keys: [] };`],
    ['webview text node', `el('p', { class: 'empty' }, ['No sources yet.']);`, `el('p', { class: 'empty' }, [s.noSources]);`],
    ['webview button', `button('Save note', save);`, `button(s.saveNote, save);`],
    ['webview aria-label', `el('ul', { 'aria-label': 'What raised the score' });`, `el('ul', { 'aria-label': s.reasonsLabel });`],
    ['webview textContent', `hint.textContent = 'Ctrl+Enter saves';`, `hint.textContent = s.ctrlEnterSaves;`],
  ];
  for (const [what, planted, wrapped] of PLANTED) {
    it(`catches a planted literal: ${what}`, () => {
      const found = findUnlocalized('planted.ts', `\n${planted}\n`);
      assert.ok(found.length > 0, 'not caught');
      assert.deepEqual(found.map((f) => f.line), found.map(() => 2));
      assert.deepEqual(findUnlocalized('wrapped.ts', `${wrapped}\n`), [], 'the wrapped twin passes');
    });
  }

  it('leaves alone what is not words: ids, codicons, punctuation, brand and format names', () => {
    const source = [
      `item.contextValue = 'claimlens.item.claim';`,
      `item.description = '✎';`,
      'bar.text = `$(lock) $(checklist)`;',
      `pick.label = 'CSV';`,
      `md.appendMarkdown('**ClaimLens**  \\n');`,
      `console.log('not shown to the user through an API the scan knows');`,
    ].join('\n');
    assert.deepEqual(findUnlocalized('ok.ts', source), []);
    assert.equal(hasWords('$(book) '), false);
    assert.equal(hasWords('ClaimLens · '), false);
    assert.equal(hasWords('Review'), true);
  });
});
