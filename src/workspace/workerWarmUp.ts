/**
 * The analysis worker's JIT warm-up (imported by analysisWorker.ts only: it loads the engine).
 * compromise runs several times slower until V8 has optimised its code paths, and a few repeats
 * of one sentence reach few of them: the first article's visible range then took ~3× its warm
 * time. So the whole pipeline (split, analyse, link, patch) runs over ~30 KB of varied made-up
 * prose, one paragraph per event-loop turn, and pauses whenever real documents have work queued:
 * a document opened during the warm-up is not delayed by it (its own paragraphs warm the JIT too).
 */
import { diffAnalysis } from '../core/analysis/analysisPatch';
import { analyzeParagraph, splitParagraphs } from '../core/analysis/index';
import { Linker } from '../core/analysis/link';
import type { ParagraphAnalysis } from '../core/analysis/paragraphTypes';
import { warmUpText } from '../core/analysis/warmUpText';

export const WARM_UP_CHARS = 30_000;

export interface WarmUpOptions {
  chars?: number;
  /** True while real work is pending: the warm-up waits. */
  busy?: () => boolean;
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when done; returns the number of paragraphs analysed. */
export async function warmUpEngine(options: WarmUpOptions = {}): Promise<number> {
  const text = warmUpText(options.chars ?? WARM_UP_CHARS);
  const parts: { start: number; result: ParagraphAnalysis; text: string }[] = [];
  for (const span of splitParagraphs(text)) {
    while (options.busy?.()) await sleep(20);
    await turn();
    const paragraph = text.slice(span.start, span.end);
    parts.push({ start: span.start, text: paragraph, result: analyzeParagraph(paragraph) });
  }
  // The cheap steps too, twice (a first link, then an incremental one), so their first real run is not cold.
  const linker = new Linker();
  const half = linker.link(text, parts.slice(0, parts.length >> 1));
  const full = linker.link(text, parts);
  diffAnalysis(half, full, 0, linker.tails());
  return parts.length;
}
