import * as assert from 'node:assert/strict';
import { serializeSidecar } from '../../../../src/core/review/format';
import { parseSidecar, parseSidecarWith } from '../../../../src/core/review/parse';
import type { Sidecar } from '../../../../src/core/review/types';
import { annotate, ARTICLE } from './helpers';

function valid(): Sidecar {
  return { version: 1, annotations: [annotate(ARTICLE, 'Wages rose 2.6 percent')] };
}

function problemOf(json: string): { problem: string; message: string } {
  const result = parseSidecar(json);
  assert.equal(result.ok, false, 'expected a failure');
  return result as { problem: string; message: string };
}

function withAnnotation(patch: (a: Record<string, unknown>) => void): string {
  const doc = JSON.parse(serializeSidecar(valid())) as { annotations: Record<string, unknown>[] };
  patch(doc.annotations[0]);
  return JSON.stringify(doc);
}

describe('parseSidecar', () => {
  it('accepts what serializeSidecar writes', () => {
    const result = parseSidecar(serializeSidecar(valid()));
    assert.ok(result.ok);
    assert.equal(result.migratedFrom, undefined);
  });

  it('accepts a UTF-8 byte order mark', () => {
    assert.ok(parseSidecar('\ufeff' + serializeSidecar(valid())).ok);
  });

  it('reports malformed JSON with its line and column', () => {
    const r = problemOf('{\n  "version": 1,\n  "annotations": [],\n}');
    assert.equal(r.problem, 'malformed');
    assert.match(r.message, /not valid JSON/);
    assert.match(r.message, /line 4 column 1/);
  });

  it('rejects a non-object or a missing version with a clear message', () => {
    assert.match(problemOf('[]').message, /JSON object with "version" and "annotations"/);
    assert.match(problemOf('{"annotations": []}').message, /no valid format "version"/);
    assert.equal(problemOf('{"version": "1", "annotations": []}').problem, 'invalid');
  });

  it('names the field, the annotation and what a status may be', () => {
    const bad = withAnnotation((a) => (a.status = 'Done!'));
    const r = problemOf(bad);
    assert.equal(r.problem, 'invalid');
    assert.match(r.message, /annotations\[0\]\.status \(annotation "a-[0-9a-f]+"\) must be unreviewed, dismissed or a verdict id: lower-case letters, digits and hyphens \(found "Done!"\)/);
    assert.match(problemOf(withAnnotation((a) => (a.status = 7))).message, /status .* must be of type string \(found 7\)/);
  });

  it('keeps a verdict id of a workspace scale, or one no scale defines any more, as written', () => {
    for (const status of ['pants-on-fire', 'half-true', 'sourced', 'x']) {
      const r = parseSidecar(withAnnotation((a) => (a.status = status)));
      assert.ok(r.ok, `${status}: ${JSON.stringify(r)}`);
      assert.equal(r.sidecar.annotations[0].status, status);
      // Written back unchanged.
      assert.equal(JSON.parse(serializeSidecar(r.sidecar)).annotations[0].status, status);
    }
  });

  it('explains missing properties, unknown properties, types and URL schemes', () => {
    assert.match(problemOf(withAnnotation((a) => delete a.kind)).message, /is missing the required property "kind"/);
    assert.match(problemOf(withAnnotation((a) => (a.colour = 'red'))).message, /has an unknown property "colour"/);
    assert.match(problemOf(withAnnotation((a) => ((a.target as { position: { start: unknown } }).position.start = 1.5))).message, /target\.position\.start .* must be a whole number \(found 1\.5\)/);
    assert.match(problemOf(withAnnotation((a) => (a.sources = [{ url: 'javascript:alert(1)' }]))).message, /sources\[0\]\.url .* must be an http:\/\/ or https:\/\/ address/);
    assert.match(problemOf(withAnnotation((a) => ((a.updated as { at: string }).at = 'yesterday'))).message, /updated\.at .* ISO 8601/);
  });

  it('words length and range limits itself (the generated validator carries no messages)', () => {
    assert.match(problemOf(withAnnotation((a) => (a.speaker = 'x'.repeat(2001)))).message, /speaker .* must be at most 2000 characters long \(found 2001 characters\)/);
    assert.match(problemOf(withAnnotation((a) => (a.id = ''))).message, /\.id .* must not be empty/);
    assert.match(problemOf(withAnnotation((a) => ((a.target as { position: { start: unknown } }).position.start = -1))).message, /target\.position\.start .* must be 0 or more \(found -1\)/);
  });

  it('rejects duplicate ids and reversed ranges', () => {
    const a = annotate(ARTICLE, 'Wages rose');
    assert.match(problemOf(JSON.stringify({ version: 1, annotations: [a, a] })).message, /repeats the id/);
    const reversed = { ...a, target: { ...a.target, position: { start: 10, end: 5 } } };
    assert.match(problemOf(JSON.stringify({ version: 1, annotations: [reversed] })).message, /end 5 before start 10/);
  });

  it('reports a newer format version and still offers its annotations read-only when they fit', () => {
    const newer = serializeSidecar({ ...valid(), version: 99 });
    const r = parseSidecar(newer);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.problem, 'newer');
    assert.match(r.message, /newer ClaimLens \(format version 99; this version reads up to 1\)/);
    assert.equal(r.sidecar?.annotations.length, 1);
    const unreadable = parseSidecar('{"version": 2, "annotations": "elsewhere"}');
    assert.ok(!unreadable.ok && unreadable.problem === 'newer' && unreadable.sidecar === undefined);
  });

  it('migrates older versions step by step (synthetic v1→v2 rule; v1 is the first real format)', () => {
    const v1 = serializeSidecar(valid()).replace(/"note": ""/, '"note": "old"');
    const rules = { version: 2, migrations: { 1: (doc: Record<string, unknown>) => ({ ...doc, annotations: (doc.annotations as { note: string }[]).map((a) => ({ ...a, note: a.note.toUpperCase() })) }) } };
    const r = parseSidecarWith(v1, rules);
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.equal(r.migratedFrom, 1);
    assert.equal(r.sidecar.version, 2);
    assert.equal(r.sidecar.annotations[0].note, 'OLD');
    const missingStep = parseSidecarWith(v1, { version: 3, migrations: rules.migrations });
    assert.ok(!missingStep.ok && /no migration from format version 2 to 3/.test(missingStep.message));
  });
});
