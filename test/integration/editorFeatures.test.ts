/**
 * Editor features in a real extension host: hover content and trusted links, Problems entries
 * with quick fixes, disabled regions, the score threshold, a malformed sidecar (read-only
 * reviewing, file untouched) and sidecar changes made outside the editor.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, claims, closeAll, openArticle, readSidecar, ready, run, until, writeArticle } from './editorSupport';

const ARTICLE = [
  'Port Report',
  '',
  'Cargo volumes at the port rose 9% in 2024 to 2.3 million containers, the harbor authority said on Monday.',
  '',
  'Unemployment in the city fell to 3.1 percent last year, down from 4.5 percent in 2023.',
  '',
].join('\n');

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('claimlens').update(key, value, vscode.ConfigurationTarget.Global);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)).join('\n');
}

describe('editor review features', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await setSetting('diagnostics', undefined);
    await setSetting('scoreThreshold', undefined);
    await closeAll();
  });

  it('hovers a claim with its type, score, reasons and trusted action links', async () => {
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    const claim = claims(state)[0];
    const pos = editor.document.positionAt(claim.range!.start + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
    const text = hoverText(hovers);
    assert.match(text, /ClaimLens · Claim/);
    assert.match(text, new RegExp(`score \\*\\*${claim.claim!.score.toFixed(2)}`));
    assert.match(text, /Mark as Disputed\]\(command:claimlens\.markDisputed\?/);
    assert.match(text, /Mark as Sourced\]\(command:claimlens\.markSourced\?/);
    const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && /Claim/.test((c as vscode.MarkdownString).value));
    assert.ok(md);
    const trusted = md.isTrusted as { enabledCommands: string[] };
    assert.ok(trusted.enabledCommands.every((c) => c.startsWith('claimlens.')), JSON.stringify(trusted));
  });

  it('shows the note, sources and reviewer in the hover after reviewing', async () => {
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    const claim = claims(state)[0];
    await run('claimlens.markSourced', { uri: editor.document.uri, keys: [claim.key], url: 'https://example.org/stats' });
    const reviewed = await ready(editor.document);
    const key = reviewed.items.find((i) => i.status === 'sourced')!.key;
    await run('claimlens.editNote', { uri: editor.document.uri, keys: [key], note: 'Matches <b>table 3</b>' });
    await ready(editor.document);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri,
      editor.document.positionAt(claim.range!.start + 2));
    const text = hoverText(hovers);
    assert.match(text, /\[https:\/\/example\\\.org\/stats\]\(https:\/\/example\.org\/stats\)/);
    assert.match(text, /Note: Matches &lt;b&gt;table 3&lt;\/b&gt;/);
    assert.match(text, /Reviewed by /);
    assert.match(text, /sourced/);
  });

  it('lists unreviewed and disputed claims in Problems with quick fixes, per the setting', async () => {
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    const uri = editor.document.uri;
    assert.equal(vscode.languages.getDiagnostics(uri).length, 0, 'diagnostics are off by default');
    await setSetting('diagnostics', 'warning');
    const diags = await until(() => {
      const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'ClaimLens');
      return d.length > 0 ? d : undefined;
    }, 'no ClaimLens diagnostics');
    assert.equal(diags.length, claims(state).filter((c) => c.status === 'unreviewed').length);
    assert.ok(diags.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    // Each message starts with the claim's first words.
    for (const d of diags) {
      const text = editor.document.getText(d.range);
      assert.ok(d.message.startsWith(`“${text.slice(0, 20)}`), `${d.message} / ${text}`);
    }

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, diags[0].range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('ClaimLens: Mark as Unverified'), titles.join(', '));
    const fix = actions.find((a) => a.title === 'ClaimLens: Mark as Unverified')!;
    await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? []));
    assert.equal(readSidecar(editor.document.uri.fsPath).annotations[0].status, 'unverified');
    await until(() => vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'ClaimLens').length === diags.length - 1 || undefined,
      'the reviewed claim is still in Problems');

    await setSetting('diagnostics', 'information');
    await until(() => vscode.languages.getDiagnostics(uri).every((d) => d.severity === vscode.DiagnosticSeverity.Information) || undefined,
      'severity did not follow the setting');
  });

  it('wraps News Article lines by default (a language-specific default), not other languages', () => {
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'news-article' }).get('wordWrap'), 'on');
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordWrap'), 'off');
  });

  it('offers quick fixes for the claim at the cursor with diagnostics off', async () => {
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    assert.equal(vscode.languages.getDiagnostics(editor.document.uri).length, 0, 'diagnostics are off');
    const claim = claims(state)[0];
    const at = editor.document.positionAt(claim.range!.start + 3);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'ClaimLens: Mark as Unverified');
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? []));
    assert.equal(readSidecar(editor.document.uri.fsPath).annotations[0].status, 'unverified');
  });

  it('analyses an unsaved (untitled) buffer: claims in the hover, reviewing disabled until it is saved', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: ARTICLE });
    assert.equal(document.uri.scheme, 'untitled');
    try {
      const editor = await vscode.window.showTextDocument(document);
      const state = await ready(editor.document);
      const claim = claims(state)[0];
      assert.ok(claim, 'claims found in the untitled buffer');
      assert.match(state.readOnlyReason ?? '', /^Save the article to review it/);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(claim.range!.start + 2));
      assert.match(hoverText(hovers), /Reviewing disabled: Save the article to review it/);
      const r = await run('claimlens.markUnverified', { uri: document.uri.toString(), keys: [claim.key] });
      assert.equal(r.ok, false);
      assert.match(r.message, /Save the article/);
    } finally {
      // Unsaved: revert it so closing asks nothing.
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('turns detection off inside claimlens-disable regions of a Markdown article', async () => {
    const md = [
      '# Budget',
      '',
      'The council will spend $48 million on new buses by 2030, the mayor said.',
      '',
      '<!-- claimlens-disable -->',
      'Unemployment in the city fell to 3.1 percent last year, down from 4.5 percent in 2023.',
      '<!-- claimlens-enable -->',
      '',
      'Property tax revenue grew by 4.5% in 2024, according to the finance office.',
      '',
    ].join('\n');
    const { editor, state } = await openArticle(writeArticle(md, '.md'));
    assert.equal(editor.document.languageId, 'markdown');
    const texts = state.items.map((i) => i.text).join(' | ');
    assert.ok(!/Unemployment/.test(texts), texts);
    assert.ok(/\$48 million/.test(texts), texts);
    assert.ok(/4\.5%/.test(texts), texts);
  });

  it('reads a Markdown article\'s prose, not its syntax, and shows texts as written', async () => {
    const md = [
      '## Jobs rose 4% in May, the biggest rise since 2019',
      '',
      'The [Office for National Statistics](https://example.org/ons) said that unemployment fell to 3.9% in May.',
      '',
      '> "This is the strongest labour market in a generation," the minister said.',
      '',
    ].join('\n');
    const { editor, state } = await openArticle(writeArticle(md, '.md'));
    assert.equal(editor.document.languageId, 'markdown');
    const text = editor.document.getText();
    const headline = state.items.find((i) => i.kind === 'claim' && /Jobs rose/.test(i.text));
    assert.equal(headline?.text, 'Jobs rose 4% in May, the biggest rise since 2019');
    assert.equal(text.slice(headline!.range!.start, headline!.range!.end), headline!.text);
    const reported = state.items.find((i) => i.kind === 'quote' && /unemployment fell/.test(i.text));
    assert.equal(reported?.quote?.speaker?.name, 'Office for National Statistics');
    const minister = state.items.find((i) => i.kind === 'quote' && /labour market/.test(i.text));
    assert.equal(minister?.quote?.kind, 'direct');
    assert.equal(minister?.text, 'This is the strongest labour market in a generation');
  });

  it('hides unreviewed claims under the score threshold but keeps reviewed ones', async () => {
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    const [a] = claims(state);
    await run('claimlens.markUnverified', { uri: editor.document.uri, keys: [a.key] });
    await setSetting('scoreThreshold', 1);
    const { articles } = await api();
    const after = await until(() => {
      const s = articles.get(editor.document.uri);
      return s && s.items.filter((i) => i.kind === 'claim' && i.status === 'unreviewed').length === 0 ? s : undefined;
    }, 'claims under the threshold are still listed');
    assert.equal(after.items.filter((i) => i.kind === 'claim' && i.status === 'unverified').length, 1);
  });

  it('keeps a malformed sidecar untouched, still shows claims and disables reviewing', async () => {
    const file = writeArticle(ARTICLE);
    const broken = '{ "version": 1, "annotations": [ oops';
    fs.writeFileSync(`${file}.claimlens.json`, broken);
    const { editor, state } = await openArticle(file);
    assert.ok(state.readOnlyReason, 'no read-only reason');
    assert.ok(claims(state).length > 0, 'claims are still shown');
    const r = await run('claimlens.markUnverified', { uri: editor.document.uri, keys: [claims(state)[0].key] });
    assert.equal(r.ok, false);
    assert.equal(fs.readFileSync(`${file}.claimlens.json`, 'utf8'), broken);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri,
      editor.document.positionAt(claims(state)[0].range!.start + 2));
    const text = hoverText(hovers);
    assert.match(text, /Reviewing disabled/);
    assert.match(text, /command:claimlens\.openSidecar/);
    assert.ok(!/command:claimlens\.markDisputed/.test(text));
  });

  it('uses a keybinding chord prefix that no default VS Code keybinding uses', async () => {
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const doc = await until(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === 'vscode://defaultsettings/keybindings.json'),
      'the default keybindings document did not open');
    const text = doc.getText();
    // Entries look like { "key": "ctrl+alt+k s", "command": "claimlens.markSourced", ... }.
    const entries = [...text.matchAll(/"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)].map((m) => ({ key: m[1], command: m[2] }));
    assert.ok(entries.length > 100, `only ${entries.length} default keybindings parsed`);
    const ours = entries.filter((e) => e.command.startsWith('claimlens.'));
    assert.ok(ours.length >= 10, `ClaimLens keybindings: ${JSON.stringify(ours)}`);
    assert.ok(ours.every((e) => e.key.startsWith('ctrl+alt+k ')), JSON.stringify(ours));
    const clashes = entries.filter((e) => !e.command.startsWith('claimlens.') && (e.key === 'ctrl+alt+k' || e.key.startsWith('ctrl+alt+k ')));
    assert.deepEqual(clashes, []);
  });

  it('opens a sidecar from a newer ClaimLens read-only, still showing its reviews', async () => {
    const file = writeArticle(ARTICLE);
    const text = fs.readFileSync(file, 'utf8');
    const sentence = 'Unemployment in the city fell to 3.1 percent last year, down from 4.5 percent in 2023.';
    const start = text.indexOf(sentence);
    const annotation = (await import('../../src/core/review')).createAnnotation({
      kind: 'claim', text, start, end: start + sentence.length, origin: 'detected', by: 'future', now: new Date().toISOString(), status: 'disputed',
    });
    const future = `${JSON.stringify({ version: 99, annotations: [annotation] }, null, 2)}\n`;
    fs.writeFileSync(`${file}.claimlens.json`, future);
    const { editor, state } = await openArticle(file);
    assert.match(state.readOnlyReason ?? '', /newer|version/i);
    assert.equal(state.items.find((i) => i.status === 'disputed')?.text, sentence);
    const r = await run('claimlens.clearStatus', { uri: editor.document.uri, keys: [annotation.id] });
    assert.equal(r.ok, false);
    assert.equal(fs.readFileSync(`${file}.claimlens.json`, 'utf8'), future);
  });

  it('toggles decorations through the setting', async () => {
    await openArticle(writeArticle(ARTICLE));
    const config = () => vscode.workspace.getConfiguration('claimlens').get<boolean>('decorations.enabled');
    assert.equal(config(), true);
    const off = await run('claimlens.toggleDecorations');
    assert.equal(off.message, 'Decorations hidden.');
    assert.equal(config(), false);
    const on = await run('claimlens.toggleDecorations');
    assert.equal(on.message, 'Decorations shown.');
    assert.equal(config(), true);
    await setSetting('decorations.enabled', undefined);
  });

  it('toggles the setting where it is decided: a workspace value is changed there, not hidden by it', async () => {
    await openArticle(writeArticle(ARTICLE));
    const claimlens = () => vscode.workspace.getConfiguration('claimlens');
    await claimlens().update('decorations.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      assert.equal(claimlens().get('decorations.enabled'), false);
      const on = await run('claimlens.toggleDecorations');
      assert.equal(on.message, 'Decorations shown.');
      assert.equal(claimlens().get('decorations.enabled'), true);
      assert.equal(claimlens().inspect('decorations.enabled')?.workspaceValue, true);
      assert.equal(claimlens().inspect('decorations.enabled')?.globalValue, undefined);
    } finally {
      await claimlens().update('decorations.enabled', undefined, vscode.ConfigurationTarget.Workspace);
      await setSetting('decorations.enabled', undefined);
    }
  });

  it('registers every review command it declares, each with a palette when-clause', async () => {
    const ext = vscode.extensions.getExtension('claimlens.claimlens')!;
    const declared = (ext.packageJSON.contributes.commands as Array<{ command: string; category?: string }>);
    const palette = (ext.packageJSON.contributes.menus.commandPalette as Array<{ command: string; when?: string }>);
    const registered = new Set(await vscode.commands.getCommands(true));
    const ours = Object.values((await import('../../src/commands/ids')).CMD);
    for (const id of ours) {
      assert.ok(declared.some((c) => c.command === id && c.category === 'ClaimLens'), `${id} not declared`);
      assert.ok(registered.has(id), `${id} not registered`);
      assert.ok(palette.some((m) => m.command === id && m.when), `${id} has no palette when-clause`);
    }
  });

  it('re-analyzes the article on request', async () => {
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    const r = await run('claimlens.reanalyze');
    assert.equal(r.ok, true, r.message);
    const after = await ready(editor.document);
    assert.deepEqual(after.items.map((i) => i.key).sort(), state.items.map((i) => i.key).sort());
  });

  it('does not analyse a file above the size limit', async () => {
    const big = 'The port handled 2.3 million containers in 2024, officials said. '.repeat(80_000);
    const file = writeArticle(big, '.txt');
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    const { articles } = await api();
    assert.equal(articles.isArticle(doc), true);
    assert.equal(articles.get(doc.uri), undefined);
    const r = await run('claimlens.nextUnreviewed');
    assert.equal(r.ok, false);
  });

  it('stores the reviewer name from the setting', async () => {
    const { editor, state } = await openArticle(writeArticle(ARTICLE));
    await setSetting('reviewerName', 'Dana Checker');
    try {
      const r = await run('claimlens.markUnverified', { uri: editor.document.uri, keys: [claims(state)[0].key] });
      assert.equal(r.ok, true, r.message);
      const saved = readSidecar(editor.document.uri.fsPath).annotations[0];
      assert.equal(saved.created.by, 'Dana Checker');
      assert.equal(saved.updated.by, 'Dana Checker');
    } finally {
      await setSetting('reviewerName', undefined);
    }
  });

  it('picks up a sidecar changed outside the editor', async () => {
    const file = writeArticle(ARTICLE);
    const { editor, state } = await openArticle(file);
    const [a, b] = claims(state);
    await run('claimlens.markUnverified', { uri: editor.document.uri, keys: [a.key] });
    // Another window (or git) marks the second claim disputed, and re-formats the file.
    const other = await (await import('../../src/core/review')).createAnnotation({
      kind: 'claim', text: editor.document.getText(), start: b.range!.start, end: b.range!.end,
      origin: 'detected', by: 'someone else', now: new Date().toISOString(), status: 'disputed',
    });
    const sidecar = readSidecar(file);
    sidecar.annotations.push(other);
    fs.writeFileSync(`${file}.claimlens.json`, JSON.stringify(sidecar));
    const { articles } = await api();
    await until(() => articles.get(editor.document.uri)?.items.some((i) => i.status === 'disputed' && i.text === b.text) || undefined,
      'the external review did not appear');
  });
});
