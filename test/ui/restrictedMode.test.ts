/**
 * Restricted Mode as a user meets it: workspace trust on, the folder not trusted, the packaged
 * ClaimLens installed. VS Code disables installed extensions that do not declare
 * `capabilities.untrustedWorkspaces` there; ClaimLens declares it supported, so the seed article
 * is still decorated and the status bar still counts its claims.
 */
import * as assert from 'node:assert/strict';
import { backgroundNeedle, useWorkbench } from './workbench';

const SEED = '000_f9e8f79b6daea75d.txt';
const UNREVIEWED = backgroundNeedle('claimlens.claimUnreviewedBackground');
/** The first analysis in a fresh workbench (worker start, NLP load) can be slow on a loaded machine. */
const FIRST_ANALYSIS_MS = 90_000;

describe('Restricted Mode (UI)', function () {
  const wb = useWorkbench({ restrictedMode: true });

  it('opens the fixture folder untrusted, in Restricted Mode', async () => {
    await wb().page.locator('.part.statusbar .statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
  });

  it('decorates the claims of the seed article and counts them in the status bar', async () => {
    await wb().openFile(SEED);
    let unreviewed: string | undefined;
    const deadline = Date.now() + FIRST_ANALYSIS_MS;
    while (!(unreviewed = await wb().findDecorationClass(UNREVIEWED))) {
      assert.ok(Date.now() < deadline, 'no ClaimLens decoration style: is ClaimLens disabled in Restricted Mode?');
      await wb().page.waitForTimeout(250);
    }
    await wb().decorations(unreviewed).first().waitFor({ timeout: FIRST_ANALYSIS_MS });
    assert.ok(await wb().decorations(unreviewed).count() > 0);
    const status = wb().page.locator('.part.statusbar .statusbar-item', { hasText: /\d+\/\d+ reviewed/ }).first();
    await status.waitFor({ timeout: FIRST_ANALYSIS_MS });
  });
});
