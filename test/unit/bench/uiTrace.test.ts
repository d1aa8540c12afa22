/** The timing trace (src/trace) and how `npm run bench:ui -- --trace` reads it (scripts/bench/ui/trace.ts). */
import * as assert from 'node:assert/strict';
import { activatedBeforeColdOpen, stepTraces, summariseTraces, typingToHostPaint, type PageMark, type StepTrace } from '../../../scripts/bench/ui/trace';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTraceSink, traceMark, tracing, type TraceMark } from '../../../src/trace/timingTrace';
import { TRACE_FILE_ENV, traceToFileFromEnv } from '../../../src/trace/traceFile';

const mark = (t: number, event: string): TraceMark => ({ t, at: 'host', event });

describe('trace/timingTrace', () => {
  afterEach(() => setTraceSink(undefined));

  it('marks nothing without a sink, and wall-clock times with the thread name with one', () => {
    assert.equal(tracing(), false);
    traceMark('host.nothing');
    const marks: TraceMark[] = [];
    setTraceSink((m) => marks.push(m), 'worker');
    const before = Date.now();
    traceMark('worker.recv.open', 3);
    assert.equal(tracing(), true);
    assert.equal(marks.length, 1);
    assert.equal(marks[0].at, 'worker');
    assert.equal(marks[0].event, 'worker.recv.open');
    assert.equal(marks[0].detail, 3);
    assert.ok(Math.abs(marks[0].t - before) < 1000, `${marks[0].t} is not near ${before}`);
  });
});

describe('trace/traceFile', () => {
  afterEach(() => {
    setTraceSink(undefined);
    delete process.env[TRACE_FILE_ENV];
  });

  it('appends one JSON line a mark to $CLAIMLENS_TRACE_FILE, with the thread\'s CPU where Node can tell', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-trace-')), 'trace.jsonl');
    traceToFileFromEnv('host');
    traceMark('host.before');
    assert.equal(fs.existsSync(file), false, 'no file named: no sink');
    process.env[TRACE_FILE_ENV] = file;
    traceToFileFromEnv('worker');
    traceMark('worker.recv.open', 1);
    traceMark('worker.update.partial', 1);
    const marks = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as TraceMark);
    assert.deepEqual(marks.map((m) => [m.at, m.event, m.detail]), [['worker', 'worker.recv.open', 1], ['worker', 'worker.update.partial', 1]]);
    const hasCpu = typeof (process as { threadCpuUsage?: unknown }).threadCpuUsage === 'function';
    for (const m of marks) assert.ok(hasCpu ? typeof m.cpu === 'number' && m.cpu >= 0 : m.cpu === null, `cpu ${m.cpu}`);
    if (hasCpu) assert.ok(marks[1].cpu! >= marks[0].cpu!, 'the thread\'s CPU only grows');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});

describe('bench/ui/trace', () => {
  const page: PageMark[] = [
    { step: 'kb30', event: 'page.key', t: 1000 },
    { step: 'kb30', event: 'page.text', t: 1100 },
    { step: 'kb30', event: 'page.highlight', t: 1300 },
    { step: 'typing1', event: 'page.key', t: 5000 },
    { step: 'typing1', event: 'page.highlight', t: 5050 },
  ];
  const marks = [mark(900, 'host.before'), mark(1150, 'host.track'), mark(1200, 'host.setDecorations'), mark(1250, 'host.setDecorations'),
    mark(1400, 'host.setDecorations'), mark(5020, 'host.edit')];

  it('times each mark from its step\'s key press, first time and count before the highlight, within the step', () => {
    const [kb30, typing] = stepTraces(page, marks);
    assert.equal(kb30.step, 'kb30');
    assert.deepEqual(kb30.first, { 'page.key': 0, 'page.text': 100, 'host.track': 150, 'host.setDecorations': 200, 'page.highlight': 300 });
    assert.equal(kb30.beforeHighlight['host.setDecorations'], 2, 'the third came after the highlight');
    assert.equal('host.before' in kb30.first, false, 'a mark before the key press belongs to no step');
    assert.deepEqual(typing.first, { 'page.key': 0, 'host.edit': 20, 'page.highlight': 50 });
  });

  it('keeps each mark\'s thread CPU at its first time', () => {
    const withCpu: TraceMark[] = [{ t: 1080, at: 'worker', event: 'worker.loaded', cpu: 150 },
      { t: 1120, at: 'worker', event: 'worker.update.partial', cpu: 190 }, { t: 1130, at: 'worker', event: 'worker.update.partial', cpu: 195 }];
    const [kb30] = stepTraces(page, withCpu);
    assert.equal(kb30.first['worker.loaded'], 80);
    assert.deepEqual(kb30.cpu, { 'worker.loaded': 150, 'worker.update.partial': 190 });
    const out = summariseTraces([kb30]);
    assert.deepEqual(out.kb30.thread_cpu_ms, { 'worker.loaded': 150, 'worker.update.partial': 190 });
  });

  it('tells a cold open that found ClaimLens active already (activated before the Enter)', () => {
    const cold: PageMark[] = [{ step: 'cold', event: 'page.key', t: 1000 }];
    assert.equal(activatedBeforeColdOpen(cold, [mark(900, 'host.activate'), mark(1200, 'host.track')]), true);
    assert.equal(activatedBeforeColdOpen(cold, [mark(1100, 'host.activate')]), false);
    assert.equal(activatedBeforeColdOpen(cold, []), undefined, 'no activation traced');
  });

  it('summarises medians per kind of step, the first keystroke apart from the rest', () => {
    const steps: StepTrace[] = [
      { step: 'typing1', first: { 'host.edit': 30 }, beforeHighlight: { 'host.edit': 1 }, cpu: {} },
      { step: 'typing2', first: { 'host.edit': 10 }, beforeHighlight: { 'host.edit': 1 }, cpu: {} },
      { step: 'typing3', first: { 'host.edit': 20 }, beforeHighlight: {}, cpu: {} },
    ];
    const out = summariseTraces(steps);
    assert.deepEqual(out.typing_first, { 'host.edit': 30, before_highlight: { 'host.edit': 1 }, thread_cpu_ms: {}, windows: 1 });
    assert.equal(out.typing_rest['host.edit'], 10, 'nearest-rank median of 10 and 20');
    assert.equal(out.typing_rest.windows, 2);
  });

  it('times each keystroke to the host\'s first setDecorations after it (p50, p95)', () => {
    const steps: StepTrace[] = [10, 40, 20, 30].map((ms, i) => ({ step: `typing${i + 1}`, first: { 'host.setDecorations': ms }, beforeHighlight: {}, cpu: {} }));
    steps.push({ step: 'kb30', first: { 'host.setDecorations': 500 }, beforeHighlight: {}, cpu: {} }, { step: 'typing5', first: {}, beforeHighlight: {}, cpu: {} });
    assert.deepEqual(typingToHostPaint(steps), { p50: 20, p95: 40, n: 4 });
    assert.equal(typingToHostPaint([]), undefined);
  });
});
