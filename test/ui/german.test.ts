/**
 * ClaimLens in German as a user sees it: the workbench started with `--locale de` (and a stand-in German pack,
 * so VS Code's own words stay English), the packaged VSIX installed. The command palette lists ClaimLens's
 * commands by their German titles (package.nls.de.json), the status bar counts in German and the views and the
 * Claim Details webview speak German (l10n/bundle.l10n.de.json, the webview's words made by the host).
 */
import * as assert from 'node:assert/strict';
import { backgroundNeedle, useWorkbench } from './workbench';

const SEED = '000_f9e8f79b6daea75d.txt';
const UNREVIEWED = backgroundNeedle('claimlens.claimUnreviewedBackground');
const FIRST_ANALYSIS_MS = 90_000;

describe('ClaimLens in German (UI)', function () {
  const wb = useWorkbench({ locale: { id: 'de', name: 'Deutsch' } });

  it('counts in German in the status bar and names its views in German', async () => {
    await wb().openFile(SEED);
    const deadline = Date.now() + FIRST_ANALYSIS_MS;
    while (!(await wb().findDecorationClass(UNREVIEWED))) {
      assert.ok(Date.now() < deadline, 'no ClaimLens decoration style');
      await wb().page.waitForTimeout(250);
    }
    const status = wb().page.locator('.part.statusbar .statusbar-item', { hasText: /\d+\/\d+ Behauptungen geprüft · \d+\/\d+ Zitate/ }).first();
    await status.waitFor({ timeout: FIRST_ANALYSIS_MS });
    await wb().openViewContainer('ClaimLens');
    // The header's aria-label carries the view's description: "Prüfung - nach Priorität · Behauptungen: Wert ≥ 0.5 Section".
    await wb().page.locator('.part.sidebar .pane-header[aria-label^="Prüfung - nach Priorität"]').first().waitFor();
    await wb().viewRows().filter({ hasText: /Zu prüfende Behauptungen \(\d+\)/ }).first().waitFor({ timeout: FIRST_ANALYSIS_MS });
    const detailsHeader = wb().viewHeader('Behauptungsdetails');
    await detailsHeader.waitFor();
    if ((await detailsHeader.getAttribute('aria-expanded')) === 'false') await detailsHeader.click();
    const details = wb().webview().locator('#root');
    await details.waitFor();
    assert.match(await details.innerText(), /Wählen Sie in der Ansicht „Prüfung“|Notiz speichern/);
    await wb().screenshot('german-review');
  });

  it('lists its commands in the palette by their German titles', async () => {
    // After the first test ClaimLens is active; click the editor so F1 reaches the workbench.
    await wb().page.locator('.editor-instance .view-lines').first().click();
    await wb().filterQuickInput('F1', '>Beispielartikel öffnen', 'ClaimLens: Beispielartikel öffnen…');
    await wb().screenshot('german-palette');
    await wb().page.keyboard.press('Escape');
  });
});
