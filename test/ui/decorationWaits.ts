/** Waiting for ClaimLens's decoration styles in the page, shared by the UI suites. */
import type { Workbench } from './workbench';

/** The first analysis after the workbench starts (worker start, NLP load) can take a while on a loaded machine. */
export const FIRST_ANALYSIS_MS = 90_000;

/** The class of the decoration style holding `needle` (see Workbench.findDecorationClass), polled until `timeout`. */
export async function decorationClass(wb: Workbench, needle: string, timeout = FIRST_ANALYSIS_MS): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await wb.findDecorationClass(needle);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no decoration rule with ${needle}`);
    await wb.page.waitForTimeout(250);
  }
}
