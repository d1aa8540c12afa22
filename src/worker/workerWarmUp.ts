/**
 * The analysis worker's JIT warm-up (imported by analysisWorker.ts only: it loads the engine).
 * compromise runs several times slower until V8 has optimised its code paths, and a few repeats
 * of one sentence reach few of them: the first article's visible range then took ~3× its warm
 * time. So the whole pipeline (split, analyse, link, patch) runs over ~30 KB of varied made-up
 * prose, one paragraph per event-loop turn, and pauses whenever real documents have work queued:
 * a document opened during the warm-up is not delayed by it (its own paragraphs warm the JIT too).
 * Then it types a few characters through the incremental path an edit takes (re-split, one
 * sentence re-parsed, re-link, patch): a user's first keystrokes were about twice as slow as later ones.
 */
import { analyzeParagraph, diffAnalysis, IncrementalAnalyzer, Linker, splitParagraphs, warmUpText, type ParagraphAnalysis } from '../core/analysis';

export const WARM_UP_CHARS = 30_000;
export const WARM_UP_KEYSTROKES = 30;
/** Typing happens in the first few paragraphs of the warm-up text (they are analysed once more). */
const TYPING_CHARS = 3_000;

export interface WarmUpOptions {
  chars?: number;
  keystrokes?: number;
  /** True while real work is pending: the warm-up waits. */
  busy?: () => boolean;
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when done, with how many paragraphs were analysed and keystrokes typed. */
export async function warmUpEngine(options: WarmUpOptions = {}): Promise<{ paragraphs: number; keystrokes: number }> {
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
  const keystrokes = await typeSome(text.slice(0, TYPING_CHARS), options.keystrokes ?? WARM_UP_KEYSTROKES, options.busy);
  return { paragraphs: parts.length, keystrokes };
}

/** One-character edits word by word, each followed by the patch the worker would send. */
async function typeSome(text: string, count: number, busy?: () => boolean): Promise<number> {
  if (count <= 0) return 0;
  const analyzer = new IncrementalAnalyzer();
  try {
    analyzer.open('warm-up', text);
    let previous = (await analyzer.whenComplete('warm-up')).analysis;
    let at = text.indexOf(' ', text.length >> 2);
    for (let i = 0; i < count; i++) {
      while (busy?.()) await sleep(20);
      analyzer.update('warm-up', [{ start: at, end: at, text: 'ab'[i % 2] }]);
      const next = (await analyzer.whenComplete('warm-up')).analysis;
      diffAnalysis(previous, next, 1, analyzer.patchHint('warm-up')?.tails);
      previous = next;
      at += 1;
    }
    return count;
  } finally {
    analyzer.dispose();
  }
}
