/**
 * An organisation's own verdict scale, as a reviewer meets it in the workbench: the scale is
 * defined (.claimlens/verdicts.json written while the workbench runs), a claim is marked with its
 * keyboard letter and another from the hover's verdict links, each is painted in its verdict's
 * colour (text, gutter, Review view, status bar), and the ClaimReview export rates by the scale
 * with its label. Screenshots after each step.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { backgroundNeedle, useWorkbench, type Workbench } from './workbench';
import { FIRST_ANALYSIS_MS, decorationClass } from './decorationWaits';

const SEED = '000_f9e8f79b6daea75d.txt';
const UNREVIEWED = backgroundNeedle('claimlens.claimUnreviewedBackground');

const SCALE = {
  version: 1,
  claimReview: { worstRating: 1, bestRating: 6 },
  verdicts: [
    { id: 'true', label: 'True', colour: '#1565c0', icon: 'check', key: 'y', final: true, claimReview: { ratingValue: 6 } },
    { id: 'pants-on-fire', label: 'Pants on Fire', colour: '#e65100', icon: 'flame', key: 'f', final: true, claimReview: { ratingValue: 1 } },
    { id: 'checking', label: 'Still checking', final: false },
  ],
};
/** The verdicts' claim backgrounds: the scale's hex colour at 0x38 alpha. */
const PANTS_BACKGROUND = 'background-color: rgba(230, 81, 0,';
const TRUE_BACKGROUND = 'background-color: rgba(21, 101, 192,';

function statusItem(wb: Workbench, text: RegExp | string = /reviewed/): Locator {
  return wb.page.locator('.part.statusbar .statusbar-item', { hasText: text }).first();
}

/** A decoration box of `className` that starts on screen. */
async function onScreen(wb: Workbench, className: string): Promise<Locator> {
  for (const candidate of await wb.decorations(className).all()) {
    const b = await candidate.boundingBox();
    if (b && b.x < 900 && b.y > 100 && b.y < 800) return candidate;
  }
  assert.fail(`no ${className} decoration starts on screen`);
}

describe('Verdict scale (UI)', function () {
  const wb = useWorkbench({
    settings: { 'claimlens.export.organization': 'Example Checks', 'claimlens.claimReview.urlTemplate': 'https://checks.example/{id}' },
  });

  it('a custom verdict scale end to end: define it, mark with its letter and hover links, its colours show, the export uses its labels', async () => {
    await wb().openFile(SEED);
    const unreviewed = await decorationClass(wb(), UNREVIEWED);
    await wb().decorations(unreviewed).first().waitFor({ timeout: FIRST_ANALYSIS_MS });

    // Define the organisation's scale: the open workbench picks it up.
    const dir = path.join(wb().workspaceDir, '.claimlens');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'verdicts.json'), JSON.stringify(SCALE, null, 2));
    await statusItem(wb(), /no verdicts yet/).waitFor();

    // Unreviewed claims look as before: their style is kept.
    assert.equal(await decorationClass(wb(), UNREVIEWED), unreviewed);

    // Mark the first claim on screen with the scale's letter F (Ctrl+Alt+K F): Pants on Fire.
    const first = await onScreen(wb(), unreviewed);
    const box = (await first.boundingBox())!;
    await wb().page.mouse.click(box.x + 20, box.y + box.height / 2);
    await wb().page.keyboard.press('Control+Alt+K');
    await wb().page.keyboard.press('f');
    const pants = await decorationClass(wb(), PANTS_BACKGROUND, 30_000);
    await wb().decorations(pants).first().waitFor();
    await statusItem(wb(), /1 Pants on Fire/).waitFor();
    await wb().page.mouse.move(5, 5);
    await wb().screenshot('verdict scale 1 - marked Pants on Fire with its letter');

    // The hover of another claim offers the scale's verdicts; "True" marks it.
    const hover = await wb().hoverOver(await onScreen(wb(), unreviewed));
    const text = await hover.innerText();
    for (const label of ['True', 'Pants on Fire', 'Still checking']) assert.ok(text.includes(label), `hover lacks ${label}: ${text}`);
    assert.ok(!text.includes('Mark as Sourced'), text);
    await wb().screenshot('verdict scale 2 - hover with the scale verdicts');
    await hover.locator('a', { hasText: /^\s*True\s*$/ }).first().click();
    const truth = await decorationClass(wb(), TRUE_BACKGROUND, 30_000);
    await wb().decorations(truth).first().waitFor();
    // Deselect (the hover link left the claim selected, hiding its colour): click the headline.
    await wb().page.keyboard.press('Escape');
    await wb().page.locator('.editor-instance .view-lines .view-line').first().click();
    await statusItem(wb(), /1 Pants on Fire · 1 True/).waitFor();

    // Gutter: a disc in the verdict's colour (a data: SVG image, the '#' encoded) on the Pants on Fire line. The
    // True claim shares its line with an unreviewed claim, which is more urgent: that line keeps the amber circle.
    const gutter = await decorationClass(wb(), '%23e65100', 10_000);
    await wb().page.locator(`.editor-instance .${gutter}`).first().waitFor();
    await wb().page.keyboard.press('Escape');

    // The Review view: the verdict groups by the scale's labels, the more urgent (lower rating) first.
    await wb().openViewContainer('ClaimLens');
    const pantsGroup = wb().page.locator('.part.sidebar .monaco-list-row[aria-label^="Pants on Fire ("]').first();
    const trueGroup = wb().page.locator('.part.sidebar .monaco-list-row[aria-label^="True ("]').first();
    await pantsGroup.waitFor();
    await trueGroup.waitFor();
    assert.ok((await pantsGroup.boundingBox())!.y < (await trueGroup.boundingBox())!.y, 'Pants on Fire is listed above True');
    const row = wb().page.locator('.part.sidebar .monaco-list-row[aria-label^="claim, pants on fire:"]').first();
    await row.waitFor();
    // Its icon is the verdict's disc (a tree icon takes only theme colours, so the picture carries the hex colour).
    const icon = await row.locator('.custom-view-tree-node-item-icon').first().evaluate((el) =>
      (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundImage: string } }).getComputedStyle(el).backgroundImage);
    assert.match(icon, /e65100/i);
    // Claim Details shows the selected claim's verdict in its colour, and the scale's verdicts as its buttons.
    await row.click();
    const badge = wb().webview().locator('#status-label', { hasText: 'Pants on Fire' });
    await badge.waitFor();
    const badgeColour = await badge.evaluate((el) =>
      (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor);
    assert.equal(badgeColour, 'rgb(230, 81, 0)');
    for (const label of ['True', 'Pants on Fire', 'Still checking']) await wb().webview().locator('.status-button', { hasText: label }).first().waitFor();
    await wb().page.mouse.move(5, 5);
    await wb().screenshot('verdict scale 3 - colours in text, gutter, Review view, Claim Details and status bar');

    // Export Review… → ClaimReview: rated on the scale, named by its labels.
    await wb().runCommand('ClaimLens: Export Review…');
    await wb().pickQuickItem('ClaimReview JSON-LD');
    const input = wb().page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await wb().page.waitForFunction(
      (name) => ((globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } })
        .document.querySelector('.quick-input-widget .quick-input-box input')?.value ?? '').endsWith(name),
      `${SEED}.claimreview.json`,
    );
    await wb().page.keyboard.press('Enter');
    await wb().waitForNotification(/ClaimLens: exported .*\.claimreview\.json/);
    await wb().screenshot('verdict scale 4 - exported');
    const exported = JSON.parse(fs.readFileSync(path.join(wb().workspaceDir, 'seeds', `${SEED}.claimreview.json`), 'utf8')) as unknown;
    const reviews = (Array.isArray(exported) ? exported : [exported]) as { reviewRating: { ratingValue?: number; bestRating?: number; worstRating?: number; alternateName: string } }[];
    const ratings = reviews.map((r) => r.reviewRating).sort((a, b) => a.alternateName.localeCompare(b.alternateName));
    assert.deepEqual(ratings.map((r) => [r.alternateName, r.ratingValue, r.worstRating, r.bestRating]), [['Pants on Fire', 1, 1, 6], ['True', 6, 1, 6]]);
  });
});
