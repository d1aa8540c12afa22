/**
 * "Checked before" as a user sees it: a claim the team disputed in one article is marked
 * "checked before" in another; its hover names the earlier claim, its verdict, reviewer and
 * similarity; clicking *Apply this verdict* in the hover marks the claim disputed with a note
 * recording where the verdict came from. Screenshots after each step.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnnotation } from '../../src/core/review/annotations';
import { serializeSidecar, SIDECAR_VERSION } from '../../src/core/review/format';
import { sidecarPathFor } from '../../src/core/review/sidecarPath';
import { useWorkbench } from './workbench';
import { waitForInlayHint } from './inlayHints';

const CLAIM = 'The island ferry carried 412,000 passengers in 2023, a record.';
const FIRST = `Ferry Report\n\n${CLAIM} The operator said so on Tuesday.\n`;
const SECOND = `Island Notes\n\nOfficials said the island ferry carried 412,000 passengers in 2023, a record.\n\nThe harbour will get a new crane next spring.\n`;
const WAIT = 90_000;

describe('Checked before (UI)', function () {
  const wb = useWorkbench();

  it('marks a claim reviewed in another article, explains it in the hover, and applies its verdict', async () => {
    const dir = path.join(wb().workspaceDir, 'checked');
    fs.mkdirSync(dir, { recursive: true });
    const first = path.join(dir, 'ferry-first.article');
    fs.writeFileSync(first, FIRST);
    const start = FIRST.indexOf(CLAIM);
    const a = createAnnotation({ kind: 'claim', text: FIRST, start, end: start + CLAIM.length, origin: 'manual', by: 'dana', now: '2025-03-01T09:00:00.000Z', status: 'disputed' });
    a.note = 'The operator counted return trips twice.';
    fs.writeFileSync(sidecarPathFor(first), serializeSidecar({ version: SIDECAR_VERSION, annotations: [a] }));
    const second = path.join(dir, 'ferry-second.article');
    fs.writeFileSync(second, SECOND);

    await wb().openFile('ferry-second.article');
    // The marker is an inlay hint: text laid out in the claim's line (a span of a `dyn-rule-*` class).
    await waitForInlayHint(wb(), (text) => text.includes('checked before'), WAIT);
    await wb().screenshot('checked before 1 - marker');

    const claimText = wb().page.locator('.editor-instance .view-lines .view-line span', { hasText: /412,000/ }).last();
    const hover = await wb().hoverOver(claimText);
    await hover.locator('text=Checked before').first().waitFor({ timeout: 30_000 });
    const text = await hover.innerText();
    assert.match(text, /ClaimLens · Checked before/);
    assert.match(text, /\d+% “The island ferry carried 412,000 passengers in 2023, a record\.” — rated false \(Disputed, review by dana\), 2025-03-01/);
    assert.match(text, /Apply this verdict/);
    await wb().screenshot('checked before 2 - hover');

    await hover.locator('a', { hasText: 'Apply this verdict' }).first().click();
    const sidecar = sidecarPathFor(second);
    const deadline = Date.now() + 30_000;
    while (!(fs.existsSync(sidecar) && fs.readFileSync(sidecar, 'utf8').includes('Verdict applied from it'))) {
      assert.ok(Date.now() < deadline, 'the verdict was not saved');
      await wb().page.waitForTimeout(200);
    }
    const saved = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { annotations: { status: string; note: string }[] };
    assert.equal(saved.annotations[0].status, 'disputed');
    assert.match(saved.annotations[0].note, /^Checked before \(\d+% similar\): “The island ferry carried 412,000 passengers in 2023, a record\.” — rated false \(Disputed, review by dana\), 2025-03-01/);
    await wb().page.locator('.part.statusbar .statusbar-item', { hasText: /· 1 disputed/ }).first().waitFor({ timeout: 30_000 });
    await wb().page.mouse.move(5, 5);
    await wb().screenshot('checked before 3 - verdict applied');
  });
});
