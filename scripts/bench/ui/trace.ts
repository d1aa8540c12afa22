/**
 * `npm run bench:ui -- --trace`: where the milliseconds of each wait go. The extension host and the
 * analysis worker write timing marks (src/trace/timingTrace.ts) to the file $CLAIMLENS_TRACE_FILE names;
 * the page's own moments (the key press, the text shown, the highlight shown, VS Code's echo) are added
 * here, all in wall-clock ms. Per step, each mark's FIRST time after the key press (ms from it), and how
 * many times it came before the highlight showed; medians over the windows.
 */
import * as fs from 'node:fs';
import type { TraceMark } from '../../../src/trace/timingTrace';
import { median, percentile, round } from '../stats';

/** A moment the page saw, in wall-clock ms. */
export interface PageMark {
  /** cold, kb30, reopen, mb1, restart, typing1, typing2… */
  step: string;
  /** page.key, page.text, page.highlight, page.echo. */
  event: string;
  t: number;
}

export function readTrace(file: string): TraceMark[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as TraceMark);
}

/** One step of one window: the marks' first times (ms from the key press) and their counts before the highlight. */
export interface StepTrace {
  step: string;
  first: Record<string, number>;
  beforeHighlight: Record<string, number>;
  /**
   * The thread's user CPU ms (since the thread started) at each mark's first time, where the trace has it (Node
   * 23.9+): a worker started in the step counts its load; differences between one thread's marks are its work between.
   */
  cpu: Record<string, number>;
}

/** A step runs from its key press to the next step's key press (at most 10 s). */
export function stepTraces(page: readonly PageMark[], marks: readonly TraceMark[]): StepTrace[] {
  const keys = page.filter((m) => m.event === 'page.key').sort((a, b) => a.t - b.t);
  return keys.map((key, i) => {
    const end = Math.min(keys[i + 1]?.t ?? Infinity, key.t + 10_000);
    const highlight = page.find((m) => m.step === key.step && m.event === 'page.highlight')?.t ?? end;
    const first: Record<string, number> = {};
    const beforeHighlight: Record<string, number> = {};
    const cpu: Record<string, number> = {};
    const all: { event: string; t: number; cpu?: number | null }[] = [...marks, ...page.filter((m) => m.step === key.step)];
    for (const m of all.sort((a, b) => a.t - b.t)) {
      if (m.t < key.t || m.t >= end) continue;
      if (!(m.event in first)) {
        first[m.event] = round(m.t - key.t);
        if (typeof m.cpu === 'number') cpu[m.event] = round(m.cpu);
      }
      if (m.t <= highlight) beforeHighlight[m.event] = (beforeHighlight[m.event] ?? 0) + 1;
    }
    return { step: key.step, first, beforeHighlight, cpu };
  });
}

/**
 * Whether ClaimLens was already active when the window's first article was opened: the workbench sometimes
 * activates it before the Enter (4 of 13 traced windows on 2026-12-07), and that "cold" open then finds its worker loaded.
 */
export function activatedBeforeColdOpen(page: readonly PageMark[], marks: readonly TraceMark[]): boolean | undefined {
  const key = page.find((m) => m.step === 'cold' && m.event === 'page.key');
  const activate = marks.find((m) => m.event === 'host.activate');
  return key && activate ? activate.t < key.t : undefined;
}

/**
 * Per keystroke, from the key press to the host's first setDecorations after it: the answer of the analysis to
 * that keystroke leaving for the window (the highlight itself may already have widened: claims widen at their
 * start as text is typed there). p50 / p95 over every typing step.
 */
export function typingToHostPaint(steps: readonly StepTrace[]): { p50: number; p95: number; n: number } | undefined {
  const ms = steps.filter((s) => s.step.startsWith('typing') && 'host.setDecorations' in s.first).map((s) => s.first['host.setDecorations']);
  return ms.length === 0 ? undefined : { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), n: ms.length };
}

/**
 * Medians per step kind (typing steps as `typing_first` and `typing_rest`), each kind's marks in the order
 * of their median time: `{ kb30: { 'host.track': 151.2, … , 'before_highlight': { 'host.setDecorations': 7 } } }`.
 */
export function summariseTraces(steps: readonly StepTrace[]): Record<string, Record<string, unknown>> {
  const kindOf = (step: string): string => (step === 'typing1' ? 'typing_first' : step.startsWith('typing') ? 'typing_rest' : step);
  const kinds = new Map<string, StepTrace[]>();
  for (const s of steps) kinds.set(kindOf(s.step), [...(kinds.get(kindOf(s.step)) ?? []), s]);
  const out: Record<string, Record<string, unknown>> = {};
  for (const [kind, list] of kinds) {
    const events = new Set(list.flatMap((s) => Object.keys(s.first)));
    const firsts = [...events].map((e) => [e, round(median(list.flatMap((s) => (e in s.first ? [s.first[e]] : []))))] as const);
    const counts = [...events].map((e) => [e, median(list.map((s) => s.beforeHighlight[e] ?? 0))] as const).filter(([, n]) => n > 0);
    const cpus = firsts.flatMap(([e]) => {
      const xs = list.flatMap((s) => (e in s.cpu ? [s.cpu[e]] : []));
      return xs.length ? [[e, round(median(xs))] as const] : [];
    });
    out[kind] = {
      ...Object.fromEntries(firsts.sort((a, b) => a[1] - b[1])),
      before_highlight: Object.fromEntries(counts),
      thread_cpu_ms: Object.fromEntries(cpus),
      windows: list.length,
    };
  }
  return out;
}
