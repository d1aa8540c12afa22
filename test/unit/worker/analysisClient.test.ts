import * as assert from 'assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../src/core/analysis';
import type { AnalysisUpdate } from '../../../src/core/incremental/service';
import { applyTextEdits } from '../../../src/core/incremental/textEdits';
import { WorkerAnalysisService } from '../../../src/worker/analysisClient';

// The tsc-compiled worker (out/src/worker/analysisWorker.js) runs directly in a worker thread.
const WORKER = path.join(__dirname, '..', '..', '..', 'src', 'worker', 'analysisWorker.js');
const CRASHING_WORKER = path.join(__dirname, 'crashingAnalysisWorker.js');
const FAILING_RULE_WORKER = path.join(__dirname, 'failingRuleAnalysisWorker.js');
const SEEDS = path.join(__dirname, '..', '..', '..', '..', 'seeds');
const SEED = readFileSync(path.join(SEEDS, readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))[0]), 'utf8');

function nextUpdate(service: WorkerAnalysisService, pred: (u: AnalysisUpdate) => boolean): Promise<AnalysisUpdate> {
  return new Promise((resolve) => {
    const sub = service.onDidUpdate((u) => {
      if (pred(u)) {
        sub.dispose();
        resolve(u);
      }
    });
  });
}

describe('WorkerAnalysisService (worker thread)', function () {
  this.timeout(60_000);
  let service: WorkerAnalysisService | undefined;
  afterEach(() => service?.dispose());

  it('analyses a document in the worker, same result as analyze()', async () => {
    service = new WorkerAnalysisService(WORKER);
    const done = nextUpdate(service, (u) => u.complete);
    service.open('seed', SEED);
    const u = await done;
    assert.strictEqual(u.docId, 'seed');
    assert.deepStrictEqual(u.analysis, analyze(SEED));
    assert.deepStrictEqual(service.get('seed'), u.analysis);
  });

  it('with a compile cache folder: the same result, and (Node 22.1+) the compiled worker is cached there', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimlens-compile-cache-'));
    try {
      service = new WorkerAnalysisService(WORKER, { compileCacheDir: path.join(dir, 'cache') });
      const done = nextUpdate(service, (u) => u.complete);
      service.open('seed', SEED);
      assert.deepStrictEqual((await done).analysis, analyze(SEED));
      // Node 20 has no compile cache: the worker then loads as it always did.
      const hasCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';
      const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      assert.strictEqual(files.length > 0, hasCache, `files in the cache folder: ${files.map((f) => f.name).join(', ')}`);
    } finally {
      service?.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('after a burst of edits, emits only current revisions and ends at analyze(new text)', async () => {
    service = new WorkerAnalysisService(WORKER);
    const first = nextUpdate(service, (u) => u.complete);
    service.open('seed', SEED);
    await first;
    const seen: AnalysisUpdate[] = [];
    service.onDidUpdate((u) => seen.push(u));
    let text = SEED;
    const at = SEED.indexOf('killed more than');
    const edits = [
      { start: at, end: at, text: 'reportedly ' },
      { start: 0, end: 0, text: 'BREAKING\n\n' },
      { start: 10, end: 10, text: 'Mr Smith said "taxes will rise," he added.\n\n' },
      { start: SEED.length, end: SEED.length, text: '' },
    ];
    for (const e of edits) {
      const edit = { ...e, start: Math.min(e.start, text.length), end: Math.min(e.end, text.length) };
      service.update('seed', [edit]);
      text = applyTextEdits(text, [edit]);
    }
    const done = await nextUpdate(service, (u) => u.complete);
    assert.deepStrictEqual(done.analysis, analyze(text));
    // Every emitted update belongs to the newest revision at the time: no stale one got through.
    const revisions = seen.map((u) => u.revision);
    assert.deepStrictEqual(revisions, [...revisions].sort((a, b) => a - b));
    assert.ok(revisions.every((r) => r === done.revision), `stale revisions emitted: ${revisions.join(',')}`);
  });

  it('sends the visible paragraphs first as a partial update', async () => {
    service = new WorkerAnalysisService(WORKER);
    const text = Array.from({ length: 6 }, () => SEED).join('\n\n');
    const lastStart = text.lastIndexOf('China, which has vetoed');
    const visible = { start: lastStart, end: lastStart + 50 };
    const first = nextUpdate(service, () => true);
    const complete = nextUpdate(service, (u) => u.complete);
    service.open('long', text, visible);
    const partial = await first;
    assert.strictEqual(partial.complete, false);
    assert.ok(partial.analysis.claims.some((c) => c.start >= lastStart && c.text.includes('vetoed six resolutions')));
    assert.ok(partial.analysis.sentences.length < analyze(text).sentences.length);
    assert.deepStrictEqual((await complete).analysis, analyze(text));
  });

  it('analyses a large visible range (shared with the assistant thread) first, then the rest, same as analyze()', async () => {
    service = new WorkerAnalysisService(WORKER, { assistant: true });
    await service.ready();
    // Distinct paragraphs (repeats would come from the cache).
    const text = Array.from({ length: 8 }, (_, i) => SEED.replace(/\n\n/g, `\n\nIn part ${i}: `)).join('\n\n');
    const visible = { start: 0, end: text.indexOf('In part 2') };
    const full = analyze(text);
    const inView = (s: { start: number }) => s.start < visible.end;
    // The visible range's update (a first paint of its first paragraphs may come before it).
    const first = nextUpdate(service, (u) => u.analysis.sentences.filter(inView).length === full.sentences.filter(inView).length);
    const complete = nextUpdate(service, (u) => u.complete);
    service.open('long', text, visible);
    const partial = await first;
    assert.strictEqual(partial.complete, false);
    assert.deepStrictEqual(partial.analysis.sentences.filter(inView), full.sentences.filter(inView));
    assert.deepStrictEqual(partial.analysis.quotes.filter(inView), full.quotes.filter(inView));
    assert.ok(partial.analysis.sentences.length < full.sentences.length);
    assert.deepStrictEqual((await complete).analysis, full);
  });

  it('restarts a crashed worker, re-sends the text and carries on', async () => {
    const logs: string[] = [];
    service = new WorkerAnalysisService(CRASHING_WORKER, { log: (m) => logs.push(m) });
    const first = nextUpdate(service, (u) => u.complete);
    service.open('seed', SEED);
    await first;
    const after = nextUpdate(service, (u) => u.complete);
    service.update('seed', [{ start: 0, end: 0, text: '💥 ' }]);
    const u = await after;
    assert.deepStrictEqual(u.analysis, analyze('💥 ' + SEED));
    assert.ok(logs.some((l) => l.includes('exited (code 3)')), logs.join('\n'));
    assert.strictEqual(service.stopped, false);
  });

  it('logs a step that failed on a paragraph (offset, step, rule, message) once, and analyses the rest', async () => {
    const logs: string[] = [];
    service = new WorkerAnalysisService(FAILING_RULE_WORKER, { log: (m) => logs.push(m) });
    const text = 'Title\n\n"We won," she said.\n\n"We expect more," Anna Berg told Reuters.';
    const done = nextUpdate(service, (u) => u.complete);
    service.open('doc', text);
    const u = await done;
    const offset = text.indexOf('"We expect');
    assert.deepStrictEqual(logs, [
      `analysis worker error (doc): the quotes step failed on the paragraph at offset ${offset} (rule marks.fails-on-reuters): TypeError: odd input; its quotes are missing`,
    ]);
    assert.deepStrictEqual(u.analysis.quotes.map((q) => q.text), ['We won']);
  });

  it('gives up after too many crashes instead of looping', async () => {
    const logs: string[] = [];
    service = new WorkerAnalysisService(CRASHING_WORKER, { log: (m) => logs.push(m), maxRestarts: 1 });
    const first = nextUpdate(service, (u) => u.complete);
    service.open('seed', 'Short text.');
    await first;
    const restarted = nextUpdate(service, (u) => u.complete);
    service.update('seed', [{ start: 0, end: 0, text: '💥' }]);
    await restarted;
    service.update('seed', [{ start: 0, end: 0, text: '💥' }]);
    for (let i = 0; i < 500 && !service.stopped; i++) await new Promise((r) => setTimeout(r, 20));
    assert.strictEqual(service.stopped, true);
    assert.ok(logs.some((l) => l.includes('analysis stopped')));
  });

  it('rejects an edit that does not fit, without touching the worker state', async () => {
    service = new WorkerAnalysisService(WORKER);
    const first = nextUpdate(service, (u) => u.complete);
    service.open('doc', 'One. Two.');
    await first;
    assert.throws(() => service!.update('doc', [{ start: 3, end: 99, text: '' }]), RangeError);
    const next = nextUpdate(service, (u) => u.complete);
    service.update('doc', [{ start: 9, end: 9, text: ' Three.' }]);
    assert.deepStrictEqual((await next).analysis, analyze('One. Two. Three.'));
  });

  it('emits nothing for a closed document', async () => {
    service = new WorkerAnalysisService(WORKER);
    const seen: AnalysisUpdate[] = [];
    service.onDidUpdate((u) => seen.push(u));
    service.open('a', SEED);
    service.close('a');
    const b = nextUpdate(service, (u) => u.docId === 'b' && u.complete);
    service.open('b', 'Another article. It is short.');
    await b;
    assert.deepStrictEqual(seen.filter((u) => u.docId === 'a'), []);
    assert.strictEqual(service.get('a'), undefined);
  });

  it('stops the worker and forgets everything on dispose', async () => {
    service = new WorkerAnalysisService(WORKER);
    await service.ready();
    assert.strictEqual(service.running, true);
    service.open('b', SEED);
    service.dispose();
    assert.strictEqual(service.running, false);
    assert.strictEqual(service.get('b'), undefined);
    service.open('c', SEED); // after dispose: ignored, no new worker
    assert.strictEqual(service.running, false);
  });
});
