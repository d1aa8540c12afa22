/**
 * A probe inside the workbench page that times what a person sees, on the page's own clock: from the
 * keydown that starts a wait (its event time) to the moment the awaited thing is in the editor's DOM
 * (noticed by a MutationObserver in the same task, so before the frame that paints it). It reads
 * no layout (text, classes and the inline `left`/`top` styles VS Code sets), so it forces no extra
 * layout on the page it measures. It observes only while armed; Node reads the times afterwards.
 * (A closed editor's DOM is removed, so whatever matches belongs to the editor just opened.)
 */
import type { Page } from 'playwright-core';

export interface ProbeArm {
  /** `KeyboardEvent.key` of the keystroke that starts the wait ('Enter' in Quick Open, the letter typed). */
  key: string;
  /** Text shown: a rendered editor line contains this. */
  snippet?: string;
  /** Note when each decoration class first shows (`.cdr.<class>` boxes in the editor's overlays). */
  watchClasses?: boolean;
  /**
   * Typing right before a `className` box (the one at `top`/`left` on screen when armed): when a box
   * starts where it started but is wider (widened: the highlight took the typed letter in — VS Code itself,
   * as claims widen at their start, or ClaimLens's update), and when the caret stands right of where
   * it stood (echoed: VS Code's own rendering of the keystroke).
   */
  widen?: { className: string; top: number; left: number };
}

export interface ProbeReadout {
  keyAt?: number;
  textAt?: number;
  /** Decoration class → when it was first seen. */
  seen: Record<string, number>;
  widenedAt?: number;
  echoedAt?: number;
  /** False when the armed `widen` box was not found on screen. */
  widenArmed?: boolean;
}

const GLOBAL = '__claimlensUiBench';

/** Installs the probe (once per page load). */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate((globalName) => {
    // Runs in the page; typed by hand because this project compiles without the DOM lib.
    type El = {
      textContent: string | null; classList: Iterable<string>; parentElement: El | null;
      style: { left: string; top: string; width: string }; getBoundingClientRect(): { top: number; left: number };
    };
    type Arm = { key: string; snippet?: string; watchClasses?: boolean; widen?: { className: string; top: number; left: number } };
    type Out = { keyAt?: number; textAt?: number; seen: Record<string, number>; widenedAt?: number; echoedAt?: number; widenArmed?: boolean };
    type Observer = { observe(target: unknown, options: Record<string, boolean>): void; disconnect(): void };
    const g = globalThis as unknown as Record<string, unknown> & {
      document: { body: unknown; querySelectorAll(selector: string): ArrayLike<El> };
      addEventListener(type: string, fn: (e: { key: string; timeStamp: number }) => void, capture: boolean): void;
      MutationObserver: new (callback: () => void) => Observer;
    };
    const all = (selector: string): El[] => Array.from(g.document.querySelectorAll(selector));
    const px = (value: string): number => parseFloat(value) || 0;
    const caretLeft = (): number => px(all('.editor-instance .cursors-layer .cursor')[0]?.style.left ?? '');
    // The typed-at box by its overlay line (inline top), inline left and width, read once when armed.
    type WidenRef = { className: string; lineTop: string; left: number; width: number; caret: number };
    const state: { arm?: Arm; out: Out; ref?: WidenRef } = { out: { seen: {} } };

    const check = (): void => {
      const { arm, out, ref } = state;
      if (!arm) return;
      const now = performance.now();
      if (arm.snippet !== undefined && out.textAt === undefined
        && all('.editor-instance .view-lines .view-line').some((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ').includes(arm.snippet!))) {
        out.textAt = now;
      }
      if (arm.watchClasses) {
        for (const box of all('.editor-instance .view-overlays .cdr')) {
          for (const c of box.classList) if (c !== 'cdr' && !(c in out.seen)) out.seen[c] = now;
        }
      }
      if (ref && out.keyAt !== undefined && out.widenedAt === undefined) {
        if (all(`.editor-instance .view-overlays .cdr.${ref.className}`).some((box) => box.parentElement?.style.top === ref.lineTop
          && Math.abs(px(box.style.left) - ref.left) < 1 && px(box.style.width) > ref.width + 1)) out.widenedAt = now;
        if (out.echoedAt === undefined && caretLeft() > ref.caret + 1) out.echoedAt = now;
      }
    };
    const observer = new g.MutationObserver(check);

    g.addEventListener('keydown', (e) => {
      if (state.arm && state.out.keyAt === undefined && e.key === state.arm.key) state.out.keyAt = e.timeStamp;
    }, true);
    g[globalName] = {
      arm(arm: Arm): void {
        state.arm = arm;
        state.out = { seen: {} };
        state.ref = undefined;
        const widen = arm.widen;
        if (widen) {
          const box = all(`.editor-instance .view-overlays .cdr.${widen.className}`).find((b) => {
            const r = b.getBoundingClientRect();
            return Math.abs(r.top - widen.top) < 2 && Math.abs(r.left - widen.left) < 2;
          });
          state.out.widenArmed = box !== undefined;
          if (box) {
            state.ref = {
              className: widen.className, lineTop: box.parentElement?.style.top ?? '', left: px(box.style.left), width: px(box.style.width), caret: caretLeft(),
            };
          }
        }
        observer.observe(g.document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        check();
      },
      disarm(): void {
        observer.disconnect();
        state.arm = undefined;
      },
      read: (): Out => state.out,
    };
  }, GLOBAL);
}

type ProbeApi = { arm(a: ProbeArm): void; disarm(): void; read(): ProbeReadout };

export async function armProbe(page: Page, arm: ProbeArm): Promise<void> {
  await page.evaluate(([name, a]) => ((globalThis as unknown as Record<string, ProbeApi>)[name]).arm(a), [GLOBAL, arm] as const);
}

export async function disarmProbe(page: Page): Promise<void> {
  await page.evaluate((name) => ((globalThis as unknown as Record<string, ProbeApi>)[name]).disarm(), GLOBAL);
}

/** The page's clock origin (epoch ms): probe times plus it are wall-clock times, as the timing trace's. */
export async function pageOrigin(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin);
}

export async function readProbe(page: Page): Promise<ProbeReadout> {
  return page.evaluate((name) => ((globalThis as unknown as Record<string, ProbeApi>)[name]).read(), GLOBAL);
}
