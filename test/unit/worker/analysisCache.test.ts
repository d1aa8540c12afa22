import * as assert from 'assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../src/core/analysis';
import type { AnalysisUpdate } from '../../../src/core/incremental/service';
import type { Analysis } from '../../../src/core/types';
import { DiskAnalysisCache, MAX_CACHED_CHARS, type AnalysisCache } from '../../../src/worker/analysisCache';
import { WorkerAnalysisService } from '../../../src/worker/analysisClient';

const WORKER = path.join(__dirname, '..', '..', '..', 'src', 'worker', 'analysisWorker.js');
const SEEDS = path.join(__dirname, '..', '..', '..', '..', 'seeds');
const SEED = readFileSync(path.join(SEEDS, readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))[0]), 'utf8');
const TEXT = 'The council said on Monday that 40 homes were flooded. Rain is expected to continue.';

describe('DiskAnalysisCache', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'claimlens-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const files = () => readdirSync(dir).filter((n) => n.endsWith('.json'));

  it('gives back what was written for the same text, and nothing for another text', async () => {
    const cache = new DiskAnalysisCache(dir, 'build-1');
    const analysis = analyze(TEXT);
    await cache.write(TEXT, analysis);
    assert.deepStrictEqual(await cache.read(TEXT), analysis);
    assert.strictEqual(await cache.read(`${TEXT} `), undefined);
  });

  it('never reads another build\'s results', async () => {
    await new DiskAnalysisCache(dir, 'build-1').write(TEXT, analyze(TEXT));
    assert.strictEqual(await new DiskAnalysisCache(dir, 'build-2').read(TEXT), undefined);
  });

  it('ignores and removes a damaged entry, and one whose spans do not fit the text', async () => {
    const cache = new DiskAnalysisCache(dir, 'b');
    await cache.write(TEXT, analyze(TEXT));
    const [name] = files();
    writeFileSync(path.join(dir, name), '{"format":1,"length":');
    assert.strictEqual(await cache.read(TEXT), undefined);
    assert.deepStrictEqual(files(), []);

    const bad = analyze(TEXT);
    bad.claims[0] = { ...bad.claims[0], end: TEXT.length + 5 };
    await cache.write(TEXT, bad);
    assert.strictEqual(await cache.read(TEXT), undefined);
    assert.deepStrictEqual(files(), []);
  });

  it('keeps neither very long texts nor analyses with failed steps', async () => {
    const cache = new DiskAnalysisCache(dir, 'b');
    const long = 'x'.repeat(MAX_CACHED_CHARS + 1);
    await cache.write(long, { sentences: [], claims: [], quotes: [] });
    const failed: Analysis = { ...analyze(TEXT), errors: [{ offset: 0, step: 'quotes', message: 'TypeError: boom' }] };
    await cache.write(TEXT, failed);
    assert.deepStrictEqual(files(), []);
  });

  it('keeps at most its number of entries, dropping the least recently used', async () => {
    const cache = new DiskAnalysisCache(dir, 'b', 2);
    const texts = ['First text.', 'Second text.', 'Third text.'];
    await cache.write(texts[0], analyze(texts[0]));
    await cache.write(texts[1], analyze(texts[1]));
    // Age both, then use the first: the second is now the least recently used.
    for (const name of files()) utimesSync(path.join(dir, name), new Date(2020, 0, 1), new Date(2020, 0, 1));
    assert.ok(await cache.read(texts[0]));
    await cache.write(texts[2], analyze(texts[2]));
    assert.strictEqual(files().length, 2);
    assert.ok(await cache.read(texts[0]));
    assert.strictEqual(await cache.read(texts[1]), undefined);
    assert.ok(await cache.read(texts[2]));
  });
});

/** In memory, with the writes it was asked for. */
class MemoryAnalysisCache implements AnalysisCache {
  readonly entries = new Map<string, Analysis>();
  async read(text: string): Promise<Analysis | undefined> {
    return this.entries.get(text);
  }
  async write(text: string, analysis: Analysis): Promise<void> {
    this.entries.set(text, analysis);
  }
}

function collect(service: WorkerAnalysisService): AnalysisUpdate[] {
  const seen: AnalysisUpdate[] = [];
  service.onDidUpdate((u) => seen.push(u));
  return seen;
}

function until(service: WorkerAnalysisService, pred: (u: AnalysisUpdate) => boolean): Promise<AnalysisUpdate> {
  return new Promise((resolve) => {
    const sub = service.onDidUpdate((u) => {
      if (pred(u)) {
        sub.dispose();
        resolve(u);
      }
    });
  });
}

describe('WorkerAnalysisService with an analysis cache', function () {
  this.timeout(60_000);
  let service: WorkerAnalysisService | undefined;
  afterEach(() => service?.dispose());

  it('caches the full analysis of a text as opened', async () => {
    const cache = new MemoryAnalysisCache();
    service = new WorkerAnalysisService(WORKER, { cache });
    const done = until(service, (u) => u.complete);
    service.open('seed', SEED);
    await done;
    assert.deepStrictEqual(cache.entries.get(SEED), analyze(SEED));
  });

  it('paints a text analysed before from the cache first, without the worker\'s partial first screen, then the worker\'s answer', async () => {
    const cache = new MemoryAnalysisCache();
    // Long enough for the worker to answer the visible paragraphs first (see analysisClient.test.ts).
    const text = Array.from({ length: 6 }, () => SEED).join('\n\n');
    // A marker the engine would never produce, so the test sees where each update came from.
    const cached: Analysis = { ...analyze(text), sentences: [] };
    cache.entries.set(text, cached);
    service = new WorkerAnalysisService(WORKER, { cache });
    const seen = collect(service);
    const visible = { start: text.length - 50, end: text.length };
    const done = until(service, (u) => u.complete && u.analysis !== cached);
    service.open('long', text, visible);
    const last = await done;
    assert.strictEqual(seen[0].analysis, cached);
    assert.strictEqual(seen[0].complete, true);
    assert.deepStrictEqual(seen.slice(1).map((u) => u.complete), [true], 'the worker\'s partial answer was shown after the cache');
    assert.deepStrictEqual(last.analysis, analyze(text));
    assert.strictEqual(seen[0].revision, last.revision);
  });

  it('does not paint a cached analysis once the text has changed', async () => {
    const cache = new MemoryAnalysisCache();
    const cached: Analysis = { ...analyze(TEXT), sentences: [] };
    cache.entries.set(TEXT, cached);
    service = new WorkerAnalysisService(WORKER, { cache });
    const seen = collect(service);
    service.open('doc', TEXT);
    service.update('doc', [{ start: 0, end: 0, text: 'Breaking: ' }]);
    const done = await until(service, (u) => u.complete);
    assert.ok(seen.every((u) => u.analysis !== cached), 'a cached analysis of the old text was emitted');
    assert.deepStrictEqual(done.analysis, analyze(`Breaking: ${TEXT}`));
    assert.strictEqual(cache.entries.has(`Breaking: ${TEXT}`), false, 'only texts as opened are cached');
  });
});
