import * as assert from 'node:assert/strict';
import { applyChange } from '../../../../src/core/review/annotations';
import { serializeSidecar } from '../../../../src/core/review/format';
import { MemoryFileStore } from '../../../../src/core/review/fileStore';
import { mergeAnnotations } from '../../../../src/core/review/merge';
import { ReviewStore, ReviewStoreError } from '../../../../src/core/review/reviewStore';
import { sidecarPathFor } from '../../../../src/core/review/sidecarPath';
import type { Annotation } from '../../../../src/core/review/types';
import { annotate, ARTICLE, T0, T1, T2 } from './helpers';

const ARTICLE_PATH = '/news/jobs.txt';
const SIDECAR = sidecarPathFor(ARTICLE_PATH);

describe('mergeAnnotations', () => {
  const a = annotate(ARTICLE, 'Unemployment fell');
  const b = annotate(ARTICLE, 'Wages rose');

  it('keeps annotations that exist on one side only', () => {
    assert.deepEqual(mergeAnnotations([a], [b]).map((x) => x.id), [a.id, b.id]);
  });

  it('takes the newer version of the same annotation, from either side', () => {
    const newer = applyChange(a, { status: 'sourced' }, 'bo', T2);
    const older = applyChange(a, { status: 'disputed' }, 'cy', T1);
    assert.equal(mergeAnnotations([older], [newer])[0], newer);
    assert.equal(mergeAnnotations([newer], [older])[0], newer);
  });

  it('keeps ours on a tie', () => {
    const mine = applyChange(a, { note: 'mine' }, 'bo', T1);
    const theirs = applyChange(a, { note: 'theirs' }, 'cy', T1);
    assert.equal(mergeAnnotations([mine], [theirs])[0], mine);
  });
});

describe('ReviewStore', () => {
  it('reports a missing sidecar as an empty review, and does not create empty files', async () => {
    const files = new MemoryFileStore();
    const store = new ReviewStore(files);
    const loaded = await store.load(ARTICLE_PATH);
    assert.equal(loaded.state, 'missing');
    assert.deepEqual(loaded.sidecar.annotations, []);
    await store.update(ARTICLE_PATH, (list) => list);
    assert.equal(files.files.has(SIDECAR), false);
  });

  it('saves on update and loads it back', async () => {
    const files = new MemoryFileStore();
    const store = new ReviewStore(files);
    const a = annotate(ARTICLE, 'Wages rose');
    await store.update(ARTICLE_PATH, (list) => [...list, a]);
    const loaded = await store.load(ARTICLE_PATH);
    assert.equal(loaded.state, 'ok');
    assert.deepEqual(loaded.sidecar.annotations, [a]);
    assert.equal(files.files.get(SIDECAR), serializeSidecar({ version: 1, annotations: [a] }));
    assert.equal(files.files.has(`${SIDECAR}.lock`), false, 'lock released');
  });

  it('does not rewrite the file (or touch timestamps) when a change changes nothing', async () => {
    const a = annotate(ARTICLE, 'Wages rose', { now: T0 });
    const files = new MemoryFileStore({ [SIDECAR]: serializeSidecar({ version: 1, annotations: [a] }) });
    const store = new ReviewStore(files);
    const before = files.files.get(SIDECAR);
    await store.update(ARTICLE_PATH, (list) => list.map((x) => applyChange(x, { status: 'unreviewed', note: '' }, 'bo', T2)));
    assert.equal(files.writes, 0);
    assert.equal(files.files.get(SIDECAR), before);
  });

  it('changes only the reviewed annotation: the other annotations keep their bytes and timestamps', async () => {
    const a = annotate(ARTICLE, 'Unemployment fell', { now: T0 });
    const b = annotate(ARTICLE, 'Wages rose', { now: T0 });
    const files = new MemoryFileStore({ [SIDECAR]: serializeSidecar({ version: 1, annotations: [a, b] }) });
    const block = (json: string, id: string) => {
      const doc = JSON.parse(json) as { annotations: Annotation[] };
      return JSON.stringify(doc.annotations.find((x) => x.id === id), null, 2);
    };
    const before = files.files.get(SIDECAR)!;
    await new ReviewStore(files).update(ARTICLE_PATH, (list) => list.map((x) => (x.id === b.id ? applyChange(x, { status: 'disputed' }, 'bo', T2) : x)));
    const after = files.files.get(SIDECAR)!;
    assert.equal(block(after, a.id), block(before, a.id));
    assert.ok(before.includes(block(before, a.id).replace(/\n/g, '\n    ')), 'unchanged block written verbatim');
    const saved = (JSON.parse(after) as { annotations: Annotation[] }).annotations.find((x) => x.id === b.id)!;
    assert.deepEqual([saved.created.at, saved.updated.at, saved.updated.by, saved.status], [T0, T2, 'bo', 'disputed']);
    // The diff is the changed annotation's lines only.
    const changedLines = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    assert.deepEqual(changedLines.map((l) => l.trim()).sort(), ['"at": "2024-05-01T12:00:00.000Z"', '"by": "bo",', '"status": "disputed",'].sort());
  });

  it('keeps a "$schema" reference someone added to the file', async () => {
    const a = annotate(ARTICLE, 'Wages rose', { now: T0 });
    const withSchema = serializeSidecar({ $schema: './schemas/sidecar.schema.json', version: 1, annotations: [a] });
    assert.ok(withSchema.startsWith('{\n  "$schema": "./schemas/sidecar.schema.json",\n  "version": 1,'), withSchema);
    const files = new MemoryFileStore({ [SIDECAR]: withSchema });
    await new ReviewStore(files).update(ARTICLE_PATH, (list) => [...list, annotate(ARTICLE, 'Unemployment fell', { now: T1 })]);
    const saved = JSON.parse(files.files.get(SIDECAR)!) as { $schema?: string; annotations: unknown[] };
    assert.equal(saved.$schema, './schemas/sidecar.schema.json');
    assert.equal(saved.annotations.length, 2);
  });

  for (const [state, content] of [
    ['malformed', '{ "version": 1, "annotations": [ '],
    ['invalid', '{ "version": 1, "annotations": [ { "id": "x" } ] }\n'],
    ['newer', JSON.stringify({ version: 7, annotations: [] })],
  ] as const) {
    it(`never overwrites a ${state} sidecar and says why`, async () => {
      const files = new MemoryFileStore({ [SIDECAR]: content });
      const store = new ReviewStore(files);
      const loaded = await store.load(ARTICLE_PATH);
      assert.equal(loaded.state, state);
      assert.ok(loaded.message && loaded.message.includes(SIDECAR));
      await assert.rejects(
        store.update(ARTICLE_PATH, (list) => [...list, annotate(ARTICLE, 'Wages rose')]),
        (error: unknown) => error instanceof ReviewStoreError && error.state === state && /Reviews were not saved/.test(error.message),
      );
      assert.equal(files.files.get(SIDECAR), content);
      assert.equal(files.writes, 0);
    });
  }

  it('gives a clear error, not a crash, when the folder is read-only', async () => {
    const files = new MemoryFileStore();
    files.readOnly = true;
    const store = new ReviewStore(files);
    await assert.rejects(store.update(ARTICLE_PATH, (list) => [...list, annotate(ARTICLE, 'Wages rose')]), (error: unknown) => {
      assert.ok(error instanceof ReviewStoreError);
      assert.equal(error.state, 'write-failed');
      assert.match(error.message, /read-only/);
      assert.ok(!error.message.includes('.lock'), error.message);
      return true;
    });
  });

  it('picks up a change made on disk by someone else before applying its own', async () => {
    const files = new MemoryFileStore();
    const mine = new ReviewStore(files);
    const a = annotate(ARTICLE, 'Unemployment fell');
    await mine.update(ARTICLE_PATH, (list) => [...list, a]);
    // e.g. git pull brings a reviewer's verdict
    const pulled = applyChange(a, { status: 'disputed' }, 'cy', T2);
    files.files.set(SIDECAR, serializeSidecar({ version: 1, annotations: [pulled] }));
    const b = annotate(ARTICLE, 'Wages rose');
    const saved = await mine.update(ARTICLE_PATH, (list) => [...list, b]);
    assert.deepEqual(saved.annotations.map((x) => [x.id, x.status]), [[a.id, 'disputed'], [b.id, 'unreviewed']]);
  });

  it('loses no annotation when two windows write concurrently', async () => {
    const files = new MemoryFileStore();
    const windowA = new ReviewStore(files);
    const windowB = new ReviewStore(files);
    const phrases = ARTICLE.match(/[A-Za-z]{4,}/g)!.slice(0, 40);
    const made: Annotation[] = [];
    await Promise.all(
      phrases.map((phrase, i) => {
        const annotation = annotate(ARTICLE, phrase);
        made.push(annotation);
        const store = i % 2 ? windowA : windowB;
        return store.update(ARTICLE_PATH, (list) => [...list, annotation]);
      }),
    );
    const loaded = await windowA.load(ARTICLE_PATH);
    assert.deepEqual(new Set(loaded.sidecar.annotations.map((x) => x.id)), new Set(made.map((x) => x.id)));
  });

  it('merge() joins a stale in-memory copy with the file: newer per annotation wins, nothing lost', async () => {
    const a = annotate(ARTICLE, 'Unemployment fell');
    const b = annotate(ARTICLE, 'Wages rose');
    const onDisk = [applyChange(a, { status: 'sourced' }, 'cy', T2), b];
    const files = new MemoryFileStore({ [SIDECAR]: serializeSidecar({ version: 1, annotations: onDisk }) });
    const store = new ReviewStore(files);
    const c = annotate(ARTICLE, '164,000 jobs');
    const saved = await store.merge(ARTICLE_PATH, [applyChange(a, { status: 'disputed' }, 'ana', T1), c]);
    assert.deepEqual(saved.annotations.map((x) => [x.id, x.status]), [[a.id, 'sourced'], [b.id, 'unreviewed'], [c.id, 'unreviewed']]);
  });

  it('takes over a lock left behind by a crashed window', async () => {
    const files = new MemoryFileStore({ [`${SIDECAR}.lock`]: JSON.stringify({ at: Date.now() - 60_000 }) });
    const store = new ReviewStore(files);
    await store.update(ARTICLE_PATH, (list) => [...list, annotate(ARTICLE, 'Wages rose')]);
    assert.equal((await store.load(ARTICLE_PATH)).sidecar.annotations.length, 1);
  });

  it('gives up with a clear message while another writer holds a fresh lock', async () => {
    const files = new MemoryFileStore({ [`${SIDECAR}.lock`]: JSON.stringify({ at: Date.now() }) });
    const store = new ReviewStore(files, { lockTimeoutMs: 30 });
    await assert.rejects(store.update(ARTICLE_PATH, (list) => list), /another window is still writing/);
    assert.equal(files.writes, 0);
  });
});
