// Smoke test of the integration layer itself: ClaimLens is loaded in the real extension host
// and activates without throwing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'claimlens.claimlens';

describe('ClaimLens in a real extension host', () => {
  it('is installed from this checkout', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} not found among ${vscode.extensions.all.length} extensions`);
    assert.equal(extension.packageJSON.name, 'claimlens');
  });

  it('activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('opens the fixture workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1);
    assert.match(folders[0].uri.path, /\/workspace$/);
  });
});
