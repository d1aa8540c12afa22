/** An ArticleHub over in-memory documents, settings and files, with the real engine's analysis. */
import { ArticleHub } from '../../../src/articles/hub';
import type { TrackerTiming } from '../../../src/articles/tracker';
import { MemoryFileStore } from '../../../src/core/review/fileStore';
import type { Sidecar } from '../../../src/core/review/types';
import { MemoryHost, type MemoryDocument, type MemoryUri } from './memoryHost';
import { ScriptedAnalysis } from './scriptedAnalysis';

export const NOW = '2026-01-05T10:00:00.000Z';

export const ARTICLE = [
  'City Budget Gap Widens',
  '',
  'Unemployment in the city fell to 3.1 percent last year, down from 4.5 percent in 2023.',
  '',
  'The council will vote on the plan next week.',
  '',
  '"We will balance the budget by March," Mayor Ana Lopez said on Tuesday.',
  '',
  'Property taxes rose 12 percent since 2020, the highest increase in the region.',
].join('\n');

/** The headline is analysed like any sentence (a claim about the budget gap). */
export const HEADLINE = 'City Budget Gap Widens';
export const UNEMPLOYMENT = 'Unemployment in the city fell to 3.1 percent last year, down from 4.5 percent in 2023.';
export const TAXES = 'Property taxes rose 12 percent since 2020, the highest increase in the region.';

export interface Harness {
  hub: ArticleHub<MemoryUri>;
  host: MemoryHost;
  analysis: ScriptedAnalysis;
  files: MemoryFileStore;
  /** Every onDidChange, as the uri string. */
  changes: string[];
  trackingChanges: () => number;
  open(text?: string, path?: string): Promise<MemoryDocument>;
  sidecar(path?: string): Sidecar | undefined;
  dispose(): void;
}

export function createHarness(options: { files?: MemoryFileStore; timing?: Partial<TrackerTiming> } = {}): Harness {
  const host = new MemoryHost();
  const analysis = new ScriptedAnalysis();
  const files = options.files ?? new MemoryFileStore();
  const changes: string[] = [];
  let tracking = 0;
  const hub = new ArticleHub(host, analysis, files, {
    onDidChange: (uri) => changes.push(uri.toString()),
    onDidChangeTracking: () => tracking++,
    timing: { staleFallbackMs: 300, readyTimeoutMs: 2000, ...options.timing },
    now: () => NOW,
  });
  hub.start();
  return {
    hub, host, analysis, files, changes,
    trackingChanges: () => tracking,
    async open(text = ARTICLE, path = '/news/budget.txt') {
      const doc = host.documents.open(path, text);
      // The engine's first analysis loads compromise: on a busy machine that takes seconds.
      await until(() => hub.get(doc.uri)?.complete && hub.get(doc.uri)?.version === doc.version, `${path} analysed`, 20_000);
      return doc;
    },
    sidecar(path = '/news/budget.txt') {
      const raw = files.files.get(`${path}.claimlens.json`);
      return raw === undefined ? undefined : (JSON.parse(raw) as Sidecar);
    },
    dispose: () => {
      hub.dispose();
      analysis.dispose();
    },
  };
}

export function claimAt(h: Harness, doc: MemoryDocument, text: string) {
  const item = h.hub.get(doc.uri)?.items.find((i) => i.kind === 'claim' && i.text === text);
  if (!item) throw new Error(`no claim "${text.slice(0, 30)}…" in ${h.hub.get(doc.uri)?.items.map((i) => i.text).join(' | ')}`);
  return item;
}

/** Polls until `probe` returns something other than undefined/false. */
export async function until<T>(probe: () => T | undefined | false, what: string, ms = 3000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));
