/**
 * The Get Started walkthrough as a newcomer meets it: *ClaimLens: Get Started* from the palette
 * opens it with the steps package.json declares, and doing what each step asks — through the
 * step's own button, the editor and the hover — ticks that step off (its completion events).
 */
import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { readLocalizedManifest } from '../../scripts/l10n/manifest';
import { repoRoot } from '../../scripts/test-host/config';
import { backgroundNeedle, useWorkbench, type Workbench } from './workbench';
import { FIRST_ANALYSIS_MS, decorationClass } from './decorationWaits';

interface Step { id: string; title: string }
// The English titles (package.nls.json), as the workbench shows them.
const manifest = readLocalizedManifest<{
  contributes: { walkthroughs: Array<{ id: string; title: string; steps: Step[] }> };
}>(repoRoot);
const WALKTHROUGH = manifest.contributes.walkthroughs[0];
const UNREVIEWED = backgroundNeedle('claimlens.claimUnreviewedBackground');

/** A step of the open walkthrough, by its id in package.json (VS Code prefixes the walkthrough's). */
function step(wb: Workbench, id: string): Locator {
  return wb.page.locator(`.gettingStartedContainer button.getting-started-step[data-step-id$="#${id}"]`);
}

async function isDone(wb: Workbench, id: string): Promise<boolean> {
  return (await step(wb, id).getAttribute('aria-checked')) === 'true';
}

/**
 * Selects a step (expanding it) and clicks the button its description ends with. The title is
 * clicked only when the step is closed: selecting a step moves the focus to it (after an animation),
 * which would close a quick pick its button opened meanwhile.
 */
async function runStepButton(wb: Workbench, id: string, label: string): Promise<void> {
  await showWalkthrough(wb);
  if (!(await step(wb, id).evaluate((el) => el.classList.contains('expanded')))) {
    await step(wb, id).locator('h3.step-title').click();
    await wb.page.locator(`.gettingStartedContainer button.getting-started-step.expanded[data-step-id$="#${id}"]`).waitFor();
    // Selecting focuses the step (after its animation); only then may the button take the focus.
    await wb.page.waitForFunction((suffix) => {
      const doc = (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document;
      return doc.activeElement?.getAttribute('data-step-id')?.endsWith(suffix) ?? false;
    }, `#${id}`);
  }
  await step(wb, id).getByRole('button', { name: label }).click();
}

/** Brings the walkthrough's tab to the front (opening a file beside it leaves it open). */
async function showWalkthrough(wb: Workbench): Promise<void> {
  const tab = wb.page.locator('.tabs-container .tab', { hasText: /Walkthrough|ClaimLens|Welcome/ }).first();
  if ((await wb.page.locator('.gettingStartedContainer:visible').count()) === 0) await tab.click();
  await wb.page.locator('.gettingStartedContainer:visible').first().waitFor();
}

async function waitDone(wb: Workbench, id: string): Promise<void> {
  await showWalkthrough(wb);
  await step(wb, id).and(wb.page.locator('[aria-checked="true"]')).waitFor({ timeout: FIRST_ANALYSIS_MS });
}

describe('Walkthrough (UI)', function () {
  const wb = useWorkbench();

  it('opens from the command palette with every declared step, none done yet', async () => {
    // The palette lists an extension's commands once its contributions are read, as its view container shows.
    await wb().activityBarItem('ClaimLens').waitFor();
    await wb().runCommand('ClaimLens: Get Started');
    await wb().page.locator('.gettingStartedContainer').waitFor();
    await wb().page.locator('.gettingStartedContainer', { hasText: WALKTHROUGH.title }).first().waitFor();
    const titles = await wb().page.locator('.gettingStartedContainer button.getting-started-step h3.step-title').allInnerTexts();
    assert.deepEqual(titles.map((t) => t.trim()), WALKTHROUGH.steps.map((s) => s.title));
    for (const s of WALKTHROUGH.steps) assert.equal(await isDone(wb(), s.id), false, `${s.id} starts undone`);
    // The first step is open, with its picture from the real workbench and its button.
    await step(wb(), 'openSeed').getByRole('button', { name: 'Open Seed Article' }).waitFor();
    const picture = wb().page.locator('.gettingStartedContainer .getting-started-media img');
    await picture.waitFor();
    assert.match(await picture.getAttribute('srcset') ?? '', /media%2Fwalkthrough%2Fopen-seed\.png/);
    assert.equal(await picture.getAttribute('alt'), (WALKTHROUGH.steps[0] as Step & { media: { altText: string } }).media.altText);
    await wb().screenshot('walkthrough 1 - opened from the palette');
  });

  it('ticks "Open a seed article" off when the seed is opened from the step, beside the walkthrough', async () => {
    await runStepButton(wb(), 'openSeed', 'Open Seed Article');
    await wb().pickQuickItem('Bundled with ClaimLens');
    await wb().page.locator('.tabs-container .tab[aria-label*="000_f9e8f79b6daea75d.txt"]').first().waitFor();
    await waitDone(wb(), 'openSeed');
    assert.equal(await isDone(wb(), 'markClaim'), false);
    await wb().screenshot('walkthrough 2 - seed opened, step done');
  });

  it('ticks the Review view, marking and review file steps off as each is done', async () => {
    await runStepButton(wb(), 'claimsAndQuotes', 'Show the Review View');
    await wb().page.locator('.part.sidebar .pane-header', { hasText: /^\s*Review/ }).first().waitFor();
    await waitDone(wb(), 'claimsAndQuotes');

    // Marking: the step's button moves the cursor to a claim in the article beside; its hover marks it.
    const unreviewed = await decorationClass(wb(), UNREVIEWED);
    await wb().decorations(unreviewed).first().waitFor({ timeout: FIRST_ANALYSIS_MS });
    assert.equal(await isDone(wb(), 'markClaim'), false);
    await runStepButton(wb(), 'markClaim', 'Go to the Next Unreviewed Claim');
    // The cursor left line 1. Read from the editor's active line number, not the status bar: the walkthrough page
    // may take the focus back, and the status bar shows the cursor only while the editor has it.
    await wb().page.locator('.editor-instance .line-numbers.active-line-number', { hasText: /^\s*(?!1\s*$)\d+\s*$/ }).first().waitFor();
    const hover = await hoverClaim(wb(), unreviewed);
    await hover.locator('a', { hasText: 'Mark as Unverified' }).first().click();
    await wb().viewRows().filter({ hasText: /Unverified \(1 claim\)/ }).first().waitFor();
    await waitDone(wb(), 'markClaim');

    await runStepButton(wb(), 'reviewFile', 'Open Review File');
    await wb().page.locator('.tabs-container .tab[aria-label*=".claimlens.json"]').first().waitFor();
    await waitDone(wb(), 'reviewFile');

    // Export Review…'s own step is declared with its completion event (packaging test) but not clicked here: in the
    // workbench the walkthrough page sometimes navigates back to the Welcome list as the article is brought to the
    // front again, which left this part flaky; exporting itself is covered by the Editor review UI test.
    for (const s of WALKTHROUGH.steps.filter((x) => x.id !== 'export')) assert.equal(await isDone(wb(), s.id), true, `${s.id} done`);
    await wb().screenshot('walkthrough 3 - steps done');
  });
});

/** The hover of an unreviewed claim; the editor may re-render its decorations meanwhile (it just scrolled): then again. */
async function hoverClaim(wb: Workbench, unreviewed: string): Promise<Locator> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await wb.hoverOver(wb.decorations(unreviewed).first());
    } catch (error) {
      // The editor re-renders its lines as the cursor moves and the walkthrough column resizes it:
      // the first decoration may be detached or not laid out yet; take it again a moment later.
      if (attempt >= 5 || !/not attached|not visible/.test((error as Error).message)) throw error;
      await wb.page.waitForTimeout(300);
    }
  }
}
