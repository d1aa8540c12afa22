/** Reading ClaimLens's inlay hints (quote speakers, "checked before") off the page, shared by the UI suites. */
import type { Workbench } from './workbench';

/**
 * The inlay hints on screen, in reading order: the editor lays them out as text of the line (spans of a `dyn-rule-*`
 * class holding the label, spaces drawn as no-break spaces, returned here as plain spaces).
 */
export async function inlayHintTexts(wb: Workbench): Promise<string[]> {
  return wb.page.evaluate(() => {
    type El = { textContent: string | null; getBoundingClientRect(): { top: number; left: number } };
    const g = globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<El> } };
    // The editor reuses line elements, so the page's order is not the text's: sort by where they are drawn.
    return Array.from(g.document.querySelectorAll('.editor-instance .view-lines .view-line span[class*="dyn-rule"]'))
      .map((e) => ({ text: (e.textContent ?? '').replace(/\u00a0/g, ' '), box: e.getBoundingClientRect() }))
      .filter((l) => l.text.trim() !== '')
      .sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left)
      .map((l) => l.text);
  });
}

/** Polls until an inlay hint satisfies `wanted`; fails after `timeout` with the hints last seen. */
export async function waitForInlayHint(wb: Workbench, wanted: (text: string) => boolean, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await inlayHintTexts(wb);
    if (seen.some(wanted)) return;
    await wb.page.waitForTimeout(250);
  }
  throw new Error(`no such inlay hint; on screen: ${JSON.stringify(seen)}`);
}
