// Smoke test of the UI layer itself: the workbench loads with the packaged ClaimLens installed
// and a workspace file opens in an editor.
import * as assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

describe('Workbench smoke', function () {
  const wb = useWorkbench();

  it('shows the fixture workspace in the explorer', async () => {
    const rows = await wb().page.locator('.explorer-folders-view .monaco-list-row').allInnerTexts();
    assert.ok(rows.some((text) => text.includes('seeds')), `explorer rows: ${rows.join(', ')}`);
  });

  it('opens the seed article in an editor', async () => {
    await wb().openFile('000_f9e8f79b6daea75d.txt');
    const text = await wb().editorText();
    assert.match(text, /Putin Explained to Tillerson/);
  });

  it('lists ClaimLens among the installed extensions', async () => {
    await wb().runCommand('Extensions: Show Installed Extensions');
    // The list may redraw (empty while it reloads) right after showing the item: seeing it once is the check.
    await wb().page.locator('.extensions-viewlet .extension-list-item', { hasText: 'ClaimLens' }).first().waitFor();
  });
});
