/**
 * Benchmark-style test: thousands of seeded random edits (insertions, deletions, replacements
 * before/after/inside annotated text, typo fixes, whole deletions, paragraph moves, duplicated
 * sentences, look-alike sentences) on real article texts, then re-anchoring as when a file
 * changed outside the editor. Ground truth follows each character's identity through the
 * edits (editSimulator.ts), independently of the code under test.
 *
 * Texts: seeds/*.txt, plus the article texts of ../shared/eval/quotes.dev.jsonl when present
 * (read at run time, never copied). Reports the figures; wrong anchors must be 0.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { anchorAnnotations } from '../../../../src/core/review/anchoring';
import { createAnnotation } from '../../../../src/core/review/annotations';
import { shiftAnnotations } from '../../../../src/core/review/shift';
import type { Annotation } from '../../../../src/core/review/types';
import { candidateSpans, EDIT_KINDS, EditGenerator, mulberry32, TrackedText, type Span } from './editSimulator';

const ROOT = resolve(__dirname, '../../../../..');
const EVAL_QUOTES = resolve(ROOT, '../shared/eval/quotes.dev.jsonl');
const TRIALS_PER_ARTICLE = 2;
const ANNOTATIONS_PER_ARTICLE = 6;
const MAX_EDITS_PER_TRIAL = 8;

function loadTexts(): { name: string; text: string }[] {
  const texts: { name: string; text: string }[] = [];
  const seeds = join(ROOT, 'seeds');
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
    texts.push({ name: `seeds/${file}`, text: readFileSync(join(seeds, file), 'utf8') });
  }
  if (existsSync(EVAL_QUOTES)) {
    for (const line of readFileSync(EVAL_QUOTES, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string };
      texts.push({ name: row.id, text: row.text });
    }
  }
  return texts;
}

export function iou(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : inter / union;
}

interface Tally {
  annotations: number;
  edits: number;
  /** Text still there (at least half of its characters survive) … */
  present: number;
  right: number;
  exactBoundaries: number;
  /** … but orphaned anyway. */
  lost: number;
  /** Every character deleted. */
  deleted: number;
  deletedOrphaned: number;
  /** Original deleted or mostly rewritten, anchored to an identical copy of it. */
  onCopy: number;
  /** Less than half survives. */
  rewritten: number;
  rewrittenOrphaned: number;
  /** Anchored on the surviving part of a mostly rewritten text. */
  rewrittenFollowed: number;
  wrong: number;
  wrongExamples: string[];
}

function newTally(): Tally {
  return { annotations: 0, edits: 0, present: 0, right: 0, exactBoundaries: 0, lost: 0, deleted: 0, deletedOrphaned: 0, onCopy: 0, rewritten: 0, rewrittenOrphaned: 0, rewrittenFollowed: 0, wrong: 0, wrongExamples: [] };
}

/**
 * Right = at least half of the highlighted range lies within the true span (first to last
 * surviving original character) and it covers at least half of the surviving characters.
 */
function onTruth(doc: TrackedText, ids: Set<number>, range: Span, truth: Span, survivors: number): boolean {
  const inside = Math.max(0, Math.min(range.end, truth.end) - Math.max(range.start, truth.start));
  let covered = 0;
  for (let i = range.start; i < range.end; i++) if (ids.has(doc.ids[i])) covered++;
  return range.end > range.start && inside / (range.end - range.start) >= 0.5 && covered / survivors >= 0.5;
}

function classify(tally: Tally, doc: TrackedText, ids: Set<number>, originalLength: number, range: Span | null, label: string): void {
  tally.annotations++;
  const truth = doc.locate(ids);
  const kind = truth.span === null ? 'deleted' : truth.survivors >= originalLength / 2 ? 'present' : 'rewritten';
  tally[kind]++;
  if (!range) {
    if (kind === 'present') tally.lost++;
    else if (kind === 'deleted') tally.deletedOrphaned++;
    else tally.rewrittenOrphaned++;
    return;
  }
  if (truth.span && onTruth(doc, ids, range, truth.span, truth.survivors)) {
    if (kind === 'present') {
      tally.right++;
      if (range.start === truth.span.start && range.end === truth.span.end) tally.exactBoundaries++;
    } else {
      tally.rewrittenFollowed++;
    }
    return;
  }
  if (kind !== 'present') {
    const copyIds = new Set([...ids].map((id) => -id));
    const copy = doc.locate(copyIds);
    if (copy.span && onTruth(doc, copyIds, range, copy.span, copy.survivors)) {
      tally.onCopy++;
      return;
    }
  }
  tally.wrong++;
  if (tally.wrongExamples.length < (process.env.BENCH_DEBUG ? 40 : 5)) {
    tally.wrongExamples.push(`${label}: anchored ${JSON.stringify(doc.text.slice(range.start, range.end))} but truth ${truth.span ? JSON.stringify(doc.text.slice(truth.span.start, truth.span.end)) : 'gone'}`);
  }
}

function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`;
}

function report(title: string, t: Tally): string {
  return [
    `${title}: ${t.annotations} annotation checks after ${t.edits} edits`,
    `  text still present: ${t.present}; re-anchored to the right text ${t.right} (${pct(t.right, t.present)}), exact boundaries ${t.exactBoundaries}, orphaned ${t.lost} (${pct(t.lost, t.present)})`,
    `  text deleted: ${t.deleted}; orphaned ${t.deletedOrphaned}`,
    `  text mostly rewritten (< half survives): ${t.rewritten}; orphaned ${t.rewrittenOrphaned}, following the surviving part ${t.rewrittenFollowed}`,
    `  deleted/rewritten but anchored to an identical copy of the original made earlier: ${t.onCopy}`,
    `  WRONG anchors: ${t.wrong}`,
    ...t.wrongExamples.map((e) => `    ${e}`),
  ].join('\n');
}

describe('anchoring benchmark (seeded random edits on real articles)', function () {
  it('re-anchors most annotations to the right text and never to the wrong one', function () {
    const texts = loadTexts();
    const offline = newTally();
    const live = newTally();
    const now = '2024-01-01T00:00:00.000Z';
    texts.forEach(({ name, text }, articleIndex) => {
      for (let trial = 0; trial < TRIALS_PER_ARTICLE; trial++) {
        const random = mulberry32(articleIndex * 7919 + trial * 104729 + 1);
        const gen = new EditGenerator(random, text);
        // Non-overlapping annotations on sentences and quoted passages.
        const chosen: Span[] = [];
        const candidates = candidateSpans(text);
        for (let tries = 0; tries < 50 && chosen.length < ANNOTATIONS_PER_ARTICLE && candidates.length; tries++) {
          const span = gen.pick(candidates);
          if (chosen.every((c) => span.end <= c.start || span.start >= c.end)) chosen.push(span);
        }
        if (chosen.length === 0) continue;
        const annotations: Annotation[] = chosen.map((s) => createAnnotation({ kind: 'claim', text, start: s.start, end: s.end, origin: 'manual', by: 't', now }));
        const identity = chosen.map((s) => new Set(Array.from({ length: s.end - s.start }, (_, i) => s.start + i + 1)));
        const doc = new TrackedText(text);
        let liveAnnotations = annotations;
        const liveOrphans = new Set<string>();
        const editCount = gen.int(1, MAX_EDITS_PER_TRIAL);
        for (let e = 0; e < editCount; e++) {
          const kind = gen.pick(EDIT_KINDS);
          const target = gen.int(0, chosen.length - 1);
          const around = doc.locate(identity[target]).span;
          const steps = gen.makeEdit(kind, doc, kind.endsWith('anywhere') || kind === 'move-paragraph' ? null : around);
          if (!steps) continue;
          for (const step of steps) {
            const { inserted, removed } = doc.apply(step.edit, step.copiedIds);
            // Text typed over part of an annotation replaces that part: it belongs to the annotation.
            if (!step.copiedIds && removed.length && inserted.length) {
              for (const ids of identity) if (removed.every((id) => ids.has(id))) for (const id of inserted) ids.add(id);
            }
            const shifted = shiftAnnotations(liveAnnotations, [step.edit], doc.text, liveOrphans);
            liveAnnotations = shifted.annotations;
            for (const id of shifted.orphaned) liveOrphans.add(id);
            offline.edits++;
            live.edits++;
          }
        }
        const anchors = anchorAnnotations(doc.text, annotations);
        anchors.forEach((anchor, i) => classify(offline, doc, identity[i], chosen[i].end - chosen[i].start, anchor.range, `${name}#${trial} (${anchor.method} ${anchor.confidence})` + (process.env.BENCH_DEBUG && anchor.range ? ` stored=${JSON.stringify(annotations[i].target.quote.prefix)}…${JSON.stringify(annotations[i].target.quote.suffix)} actual=${JSON.stringify(doc.text.slice(anchor.range.start - 32, anchor.range.start))}…${JSON.stringify(doc.text.slice(anchor.range.end, anchor.range.end + 32))}` : '')));
        liveAnnotations.forEach((a, i) => {
          const range = liveOrphans.has(a.id) ? null : a.target.position;
          classify(live, doc, identity[i], chosen[i].end - chosen[i].start, range, `${name}#${trial} live`);
        });
      }
    });
    console.log(`      ${texts.length} article texts`);
    console.log(report('      re-anchoring after external edits', offline).replace(/\n/g, '\n      '));
    console.log(report('      live shifting in the editor', live).replace(/\n/g, '\n      '));
    assert.ok(offline.edits >= 1000, `expected thousands of edits, got ${offline.edits}`);
    assert.equal(offline.wrong, 0, report('re-anchoring', offline));
    assert.equal(live.wrong, 0, report('live', live));
  });
});
