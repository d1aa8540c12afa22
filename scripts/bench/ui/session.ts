/**
 * One benchmark window: a fresh code-server + chromium workbench (test/ui/workbench.ts), with or
 * without ClaimLens, and the waits a person has in it, in this order:
 *   cold    the first article of the window (the seed): the extension activates, its worker starts;
 *   30kb    a 30 KB article opened after the seed was closed (extension warm);
 *   typing  a letter typed right before a claim's first character, then undone: until the highlight
 *           takes the letter in. Claims widen at their start (rangeBehavior OpenClosed, since issue 20):
 *           VS Code widens the highlight with the keystroke itself, and ClaimLens's update, which finds
 *           the sentence now starting at the letter, confirms it (with ClosedClosed, before, only that
 *           update widened it). The update's own time: `--trace` (ui_typing_to_host_paint_ms);
 *   reopen  the seed again (it was analysed, then closed);
 *   1mb     a 1 MB article;
 *   restart the window reloaded (a fresh extension host: ClaimLens activates again, its worker starts
 *           cold) and the seed opened again: analysed in the window before, it can come from the cache
 *           of earlier analyses in the workspace's storage.
 * Every open is Quick Open + Enter with all editors closed, timed from the Enter keydown to the first
 * moment the editor's DOM holds the article's first line (text) and a claim highlight (the unreviewed
 * claim style's `ced-` class, found by its colour as the UI tests do); see probe.ts.
 */
import { loadavg } from 'node:os';
import * as path from 'node:path';
import { backgroundNeedle, Workbench } from '../../../test/ui/workbench';
import type { BenchArticle, BenchWorkspace } from './articles';
import { armProbe, disarmProbe, installProbe, pageOrigin, readProbe } from './probe';
import type { PageMark } from './trace';

export interface OpenTiming {
  textMs: number;
  /** Undefined without ClaimLens. */
  highlightMs?: number;
}

export interface WindowResult {
  withExtension: boolean;
  loadAvg: number;
  cold: OpenTiming;
  kb30: OpenTiming;
  reopen: OpenTiming;
  mb1: OpenTiming;
  restart: OpenTiming;
  typingMs: number[];
  /** The same keystrokes until VS Code itself showed them (the caret moved). */
  echoMs: number[];
  /** What the page saw, in wall-clock time (for the timing trace: `--trace`). */
  pageMarks: PageMark[];
}

export interface SessionOptions {
  workspace: BenchWorkspace;
  /** VSIX to install; undefined: VS Code alone. */
  vsix?: string;
  typingSamples: number;
  /** Quiet time after the workbench loads and between the steps, so one step's work does not overlap the next. */
  settleMs: number;
  log: (line: string) => void;
  /** A folder for Chromium's performance trace of each open (`--chrome-trace`): what the page did meanwhile. */
  chromeTraceDir?: string;
}

const UNREVIEWED = 'claimlens.claimUnreviewedBackground';
const WAIT_MS = 60_000;
/** Typed before a claim: a letter joins the sentence's first word, so the claim starts at it. */
const TYPED = 'x';
/** The page's tasks, script calls (with their source) and rendering, as DevTools' Performance panel records them. */
const CHROME_TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel'];
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function runWindow(options: SessionOptions): Promise<WindowResult> {
  const withExtension = options.vsix !== undefined;
  const wb = await Workbench.start({ workspace: options.workspace.dir, vsix: options.vsix ?? false });
  try {
    await installProbe(wb.page);
    const window = new BenchWindow(wb, withExtension, await pageOrigin(wb.page), options.chromeTraceDir);
    const loadAvg = loadavg()[0];
    const { seed, kb30, mb1 } = options.workspace;
    await sleep(options.settleMs);
    const cold = await window.open(seed, 'cold');
    await sleep(options.settleMs);
    const kb30Timing = await window.open(kb30, 'kb30');
    await sleep(options.settleMs);
    const { typingMs, echoMs } = withExtension ? await window.typing(options.typingSamples) : { typingMs: [], echoMs: [] };
    const reopen = await window.open(seed, 'reopen');
    await sleep(options.settleMs);
    const mb1Timing = await window.open(mb1, 'mb1');
    await window.reload();
    await sleep(options.settleMs);
    const restart = await window.open(seed, 'restart');
    return { withExtension, loadAvg, cold, kb30: kb30Timing, reopen, mb1: mb1Timing, restart, typingMs, echoMs, pageMarks: window.pageMarks };
  } finally {
    await wb.stop();
  }
}

class BenchWindow {
  private claimClass: string | undefined;
  private readonly needle = backgroundNeedle(UNREVIEWED);
  readonly pageMarks: PageMark[] = [];

  constructor(private readonly wb: Workbench, private readonly withExtension: boolean, private origin: number, private readonly chromeTraceDir?: string) {}

  /** Opens `article` (all other editors closed first) and times its text and first highlight. */
  async open(article: BenchArticle, step: string): Promise<OpenTiming> {
    await this.closeAllEditors();
    const page = this.wb.page;
    const browser = this.chromeTraceDir ? page.context().browser() : null;
    await browser?.startTracing(page, { path: path.join(this.chromeTraceDir!, `${step}-${Date.now()}.json`), categories: CHROME_TRACE_CATEGORIES });
    await armProbe(page, { key: 'Enter', snippet: article.snippet, watchClasses: this.withExtension });
    try {
      await this.wb.openFile(article.file);
      const deadline = Date.now() + WAIT_MS;
      for (;;) {
        const out = await readProbe(page);
        const highlightAt = this.withExtension ? await this.claimSeenAt(out.seen) : 0;
        if (out.keyAt !== undefined && out.textAt !== undefined && highlightAt !== undefined) {
          this.mark(step, { key: out.keyAt, text: out.textAt, highlight: this.withExtension ? highlightAt : undefined });
          return {
            textMs: out.textAt - out.keyAt,
            highlightMs: this.withExtension ? highlightAt - out.keyAt : undefined,
          };
        }
        if (Date.now() > deadline) throw new Error(`${article.file}: no ${out.textAt === undefined ? 'text' : 'claim highlight'} within ${WAIT_MS / 1000} s`);
        await sleep(100);
      }
    } finally {
      await disarmProbe(page);
      await browser?.stopTracing();
    }
  }

  /**
   * Types a letter right before an on-screen claim `samples` times (each undone): ms until ClaimLens
   * widened its highlight over the letter, and until VS Code had echoed the keystroke (caret moved).
   */
  async typing(samples: number): Promise<{ typingMs: number[]; echoMs: number[] }> {
    const page = this.wb.page;
    const className = this.claimClass;
    if (!className) throw new Error('typing: no claim highlight seen yet');
    const box = await this.onScreenClaim(className);
    // The caret lands before the claim's first character (the click is on its left edge).
    await page.mouse.click(box.x + 1, box.y + box.height / 2);
    await page.mouse.move(1, 1);
    await sleep(500);
    const typingMs: number[] = [];
    const echoMs: number[] = [];
    for (let i = 0; i < samples; i++) {
      await armProbe(page, { key: TYPED, widen: { className, top: box.y, left: box.x } });
      try {
        if (!(await readProbe(page)).widenArmed) throw new Error('typing: the claim highlight left its place');
        await page.keyboard.press(TYPED);
        const { widened, echoed, keyAt } = await this.waitForWiden();
        this.mark(`typing${i + 1}`, { key: keyAt, echo: echoed === undefined ? undefined : keyAt + echoed, highlight: keyAt + widened });
        typingMs.push(widened);
        if (echoed !== undefined) echoMs.push(echoed);
      } finally {
        await disarmProbe(page);
      }
      await sleep(300);
      await page.keyboard.press('Control+Z');
      await sleep(700);
    }
    if (await page.locator('.tabs-container .tab.active.dirty').count()) throw new Error('typing: the article stayed modified after undo');
    return { typingMs, echoMs };
  }

  /** ms from the keystroke until the highlight was widened, and until the caret had moved. */
  private async waitForWiden(): Promise<{ widened: number; echoed?: number; keyAt: number }> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const out = await readProbe(this.wb.page);
      if (out.keyAt !== undefined && out.widenedAt !== undefined) {
        return { widened: out.widenedAt - out.keyAt, echoed: out.echoedAt === undefined ? undefined : out.echoedAt - out.keyAt, keyAt: out.keyAt };
      }
      if (Date.now() > deadline) throw new Error(`typing: the claim highlight never took the typed '${TYPED}' in`);
      await sleep(50);
    }
  }

  /** Frame time the claim style was first seen, once its class is known (found by colour, as the UI tests do). */
  private async claimSeenAt(seen: Record<string, number>): Promise<number | undefined> {
    if (!this.claimClass && Object.keys(seen).length > 0) this.claimClass = await this.wb.findDecorationClass(this.needle);
    return this.claimClass ? seen[this.claimClass] : undefined;
  }

  /** The first claim box that starts well inside the editor's visible area. */
  private async onScreenClaim(className: string): Promise<{ x: number; y: number; height: number }> {
    const viewport = this.wb.page.viewportSize() ?? { width: 1400, height: 900 };
    for (const candidate of await this.wb.decorations(className).all()) {
      const b = await candidate.boundingBox();
      if (b && b.x < viewport.width - 300 && b.y > 150 && b.y < viewport.height - 150) return b;
    }
    throw new Error('typing: no claim highlight starts on screen');
  }

  /** Reloads the window with no editor open: the next open is the first of a new extension host. */
  async reload(): Promise<void> {
    await this.closeAllEditors();
    const page = this.wb.page;
    await this.wb.runCommand('Developer: Reload Window');
    await page.waitForEvent('load', { timeout: WAIT_MS });
    await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: WAIT_MS });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: WAIT_MS });
    // A new page: the probe is gone and the decoration classes are named anew.
    await installProbe(page);
    this.origin = await pageOrigin(page);
    this.claimClass = undefined;
  }

  /** Page times (ms on the page's clock) as wall-clock marks of `step`. */
  private mark(step: string, times: Record<string, number | undefined>): void {
    for (const [event, at] of Object.entries(times)) if (at !== undefined) this.pageMarks.push({ step, event: `page.${event}`, t: this.origin + at });
  }

  private async closeAllEditors(): Promise<void> {
    const page = this.wb.page;
    if ((await page.locator('.tabs-container .tab').count()) === 0) return;
    await this.wb.runCommand('View: Close All Editors');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached' });
    await page.locator('.editor-instance .view-lines .view-line').first().waitFor({ state: 'hidden' });
  }
}
