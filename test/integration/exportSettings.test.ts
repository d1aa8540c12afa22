/**
 * The ClaimReview settings in the real host: contributed with their defaults, and what "Export
 * Review…" reads from them (trimmed template, the include-unverified switch).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readExportSettings } from '../../src/export/exportCommand';

describe('ClaimReview export settings', () => {
  const section = () => vscode.workspace.getConfiguration('claimlens.claimReview');

  afterEach(async () => {
    await section().update('urlTemplate', undefined, vscode.ConfigurationTarget.Global);
    await section().update('includeUnverified', undefined, vscode.ConfigurationTarget.Global);
  });

  it('contributes claimlens.claimReview.urlTemplate and includeUnverified, and the export reads them', async () => {
    assert.equal(section().inspect('urlTemplate')?.defaultValue, '');
    assert.equal(section().inspect('includeUnverified')?.defaultValue, false);
    assert.deepEqual([readExportSettings().claimReviewUrlTemplate, readExportSettings().includeUnverified], ['', false]);
    await section().update('urlTemplate', '  https://checks.example/{article}/{id} ', vscode.ConfigurationTarget.Global);
    await section().update('includeUnverified', true, vscode.ConfigurationTarget.Global);
    const settings = readExportSettings();
    assert.equal(settings.claimReviewUrlTemplate, 'https://checks.example/{article}/{id}');
    assert.equal(settings.includeUnverified, true);
  });
});
