import * as assert from 'assert';
import * as fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeParagraph, linkParagraphs, splitParagraphs } from '../../../../src/core/analysis';
import { Linker, type LinkPart } from '../../../../src/core/link/linker';
import { applyEditToParagraphs, splitAll, type Paragraph } from '../../../../src/core/incremental/paragraphIndex';
import type { ParagraphAnalysis } from '../../../../src/core/paragraph/types';

const SEEDS = path.join(__dirname, '..', '..', '..', '..', '..', 'seeds');
const SEED = readFileSync(path.join(SEEDS, readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))[0]), 'utf8');
const SEED_PARAGRAPHS = splitParagraphs(SEED).map((p) => SEED.slice(p.start, p.end));

/**
 * Paragraphs that exercise the cross-paragraph state: full names then surnames, he/she pronouns,
 * quotes left open across paragraphs, "X said:" introductions, bare quoted paragraphs, repeated
 * sentences (ids with occurrence numbers).
 */
const STATE_PARAGRAPHS = [
  'Anna Berg, the finance minister, said taxes would fall 5 percent next year.',
  'John Smith, a senator, said the plan "will cost $2 billion." He added that it was a mistake.',
  '"We will not accept this," she said.',
  '"It is a disaster," he told reporters on Tuesday.',
  'Berg said prices rose 4 percent in 2023.',
  'Smith declared:',
  '"The budget is balanced and unemployment fell to 3 percent.',
  '"And we will keep it that way."',
  'Critics called the plan "a disaster" and warned it would cost $2 billion.',
  'Unemployment fell to 3 percent last year, according to official figures.',
  'Maria Lopez said: "Nothing has changed."',
  '"Prices went up by 10 percent," Lopez said.',
];

/** Analyses by paragraph text, shared across runs (analyzeParagraph is the slow part). */
const analyses = new Map<string, ParagraphAnalysis>();
function analysed(text: string): ParagraphAnalysis {
  let r = analyses.get(text);
  if (!r) analyses.set(text, (r = analyzeParagraph(text)));
  return r;
}

const paragraph = fc.constantFrom(...STATE_PARAGRAPHS, ...SEED_PARAGRAPHS);
const piece = fc.constantFrom(...STATE_PARAGRAPHS, ' ', 'x', '\n\n', '"', '“', '”', ' he said', ' she said', 'Anna Berg', 'Smith', ', ', '42 ');

describe('incremental Linker', function () {
  this.timeout(120_000);

  it('property: after any edits, linking only what changed equals linking from scratch', () => {
    const doc = fc.array(paragraph, { minLength: 1, maxLength: 40 }).map((ps) => `Headline of the day\n\n${ps.join('\n\n')}`);
    const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(30), fc.array(piece, { maxLength: 2 }).map((a) => a.join('')));
    fc.assert(
      fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom(1, 2, 3, undefined), (initial, edits, every) => {
        const linker = new Linker({ checkpointEvery: every });
        let text = initial;
        let paragraphs: Paragraph<ParagraphAnalysis>[] = splitAll(text, splitParagraphs);
        const fill = () => paragraphs.forEach((p) => (p.result ??= analysed(p.text)));
        fill();
        assert.deepStrictEqual(linker.link(text, paragraphs as LinkPart[]), linkParagraphs(text, paragraphs.map((p) => ({ start: p.start, result: p.result! }))));
        for (const [where, len, ins] of edits) {
          const start = Math.floor(where * text.length);
          const r = applyEditToParagraphs(text, paragraphs, { start, end: Math.min(text.length, start + len), text: ins }, splitParagraphs);
          text = r.text;
          paragraphs = r.paragraphs;
          fill();
          const incremental = linker.link(text, paragraphs as LinkPart[]);
          const scratch = linkParagraphs(text, paragraphs.map((p) => ({ start: p.start, result: p.result! })));
          assert.deepStrictEqual(incremental, scratch);
        }
      }),
      { numRuns: 150 },
    );
  });

  /** Links `before`, applies one edit, and checks the incremental result against linking from scratch. */
  function relinkAfter(before: string, edit: { start: number; end: number; text: string }, every: number) {
    const linker = new Linker({ checkpointEvery: every });
    let paragraphs: Paragraph<ParagraphAnalysis>[] = splitAll(before, splitParagraphs);
    paragraphs.forEach((p) => (p.result = analysed(p.text)));
    linker.link(before, paragraphs as LinkPart[]);
    const r = applyEditToParagraphs(before, paragraphs, edit, splitParagraphs);
    paragraphs = r.paragraphs;
    paragraphs.forEach((p) => (p.result ??= analysed(p.text)));
    const scratch = linkParagraphs(r.text, paragraphs.map((p) => ({ start: p.start, result: p.result! })));
    assert.deepStrictEqual(linker.link(r.text, paragraphs as LinkPart[]), scratch);
    return scratch;
  }

  it('a person named in an edited paragraph changes who a later pronoun is', () => {
    const text = 'Headline\n\nJohn Smith, a senator, said the plan would fail.\n\nPeter Brown said the plan works.\n\nThe committee met on Monday.\n\n"It is a disaster," he told reporters on Tuesday.';
    const at = text.indexOf('The committee');
    for (const every of [1, 2, 16]) {
      const after = relinkAfter(text, { start: at, end: at, text: 'Smith agreed. ' }, every);
      assert.strictEqual(after.quotes.find((q) => q.text.includes('disaster'))?.speaker?.name, 'John Smith');
    }
  });

  it('an unresolved pronoun speaker stays unresolved when an edit before it moves it', () => {
    const text = 'Headline\n\nThe committee met on Monday.\n\nNothing was decided.\n\n"It is a disaster," she told reporters.';
    const at = text.indexOf('Monday');
    for (const every of [1, 2, 16]) {
      const after = relinkAfter(text, { start: at, end: at, text: 'late on ' }, every);
      assert.strictEqual(after.quotes.find((q) => q.text.includes('disaster'))?.speaker?.resolved, false);
    }
  });

  it('splitting a paragraph (same length) moves a bare quote out of reach of the last speaker', () => {
    const text = 'Headline\n\nJohn Smith said:\n\n"The budget is balanced.\n\nThe committee met on Monday.  Nothing else happened.\n\n"And we will keep it that way."';
    const at = text.indexOf('  Nothing');
    for (const every of [1, 2, 16]) {
      const after = relinkAfter(text, { start: at, end: at + 2, text: '\n\n' }, every);
      assert.strictEqual(after.quotes.find((q) => q.text.includes('keep it'))?.speaker, null);
    }
  });

  it('re-links a bounded stretch after a keystroke in a long document, and reports the kept tail', () => {
    const body = Array.from({ length: 300 }, (_, i) => STATE_PARAGRAPHS[i % STATE_PARAGRAPHS.length]).join('\n\n');
    let text = `Headline\n\n${body}`;
    let paragraphs: Paragraph<ParagraphAnalysis>[] = splitAll(text, splitParagraphs);
    paragraphs.forEach((p) => (p.result = analysed(p.text)));
    const linker = new Linker({ checkpointEvery: 10 });
    const before = linker.link(text, paragraphs as LinkPart[]);
    const at = paragraphs[150].start + 3;
    const r = applyEditToParagraphs(text, paragraphs, { start: at, end: at, text: 'x' }, splitParagraphs);
    text = r.text;
    paragraphs = r.paragraphs;
    paragraphs.forEach((p) => (p.result ??= analysed(p.text)));
    const after = linker.link(text, paragraphs as LinkPart[]);
    assert.deepStrictEqual(after, linkParagraphs(text, paragraphs.map((p) => ({ start: p.start, result: p.result! }))));
    assert.ok(linker.relinked <= 40, `re-linked ${linker.relinked} of ${paragraphs.length} paragraphs`);
    // Items of the kept tail are the previous ones moved by one character.
    const tails = linker.tails();
    assert.ok(tails.sentences > 0 && tails.sentences < after.sentences.length);
    for (let i = 1; i <= tails.sentences; i++) {
      const was = before.sentences[before.sentences.length - i];
      const now = after.sentences[after.sentences.length - i];
      assert.deepStrictEqual(now, { ...was, start: was.start + 1, end: was.end + 1 });
    }
  });

  /** Links `paragraphs`, inserts `insert` at the start of paragraph `at`, re-links; checks it against linking from scratch. */
  function relinkInsert(body: string[], at: number, insert: string, every: number) {
    let text = `Headline\n\n${body.join('\n\n')}`;
    let paragraphs: Paragraph<ParagraphAnalysis>[] = splitAll(text, splitParagraphs);
    paragraphs.forEach((p) => (p.result = analysed(p.text)));
    const linker = new Linker({ checkpointEvery: every });
    linker.link(text, paragraphs as LinkPart[]);
    const r = applyEditToParagraphs(text, paragraphs, { start: paragraphs[at].start, end: paragraphs[at].start, text: insert }, splitParagraphs);
    text = r.text;
    paragraphs = r.paragraphs;
    paragraphs.forEach((p) => (p.result ??= analysed(p.text)));
    const after = linker.link(text, paragraphs as LinkPart[]);
    const scratch = linkParagraphs(text, paragraphs.map((p) => ({ start: p.start, result: p.result! })));
    assert.deepStrictEqual(after, scratch);
    return { relinked: linker.relinked, paragraphs: paragraphs.length, scratch };
  }

  it('a full name first seen in an edited paragraph re-links a bounded stretch when no later paragraph reads it', () => {
    const body = Array.from({ length: 300 }, (_, i) => STATE_PARAGRAPHS[i % STATE_PARAGRAPHS.length]);
    const r = relinkInsert(body, 151, 'Karl Weber, a farmer, said the rain came late. ', 10);
    assert.ok(r.relinked <= 40, `re-linked ${r.relinked} of ${r.paragraphs} paragraphs`);
  });

  it('re-links up to a later paragraph that reads a name the edit introduced', () => {
    const body = Array.from({ length: 300 }, (_, i) => STATE_PARAGRAPHS[i % STATE_PARAGRAPHS.length]);
    body[280] = '"The harvest is lost," Weber said.';
    const r = relinkInsert(body, 151, 'Karl Weber, a farmer, said the rain came late. ', 10);
    assert.ok(r.relinked >= 130, `re-linked ${r.relinked}: must reach the paragraph that says Weber`);
    assert.strictEqual(r.scratch.quotes.find((q) => q.text.includes('harvest'))?.speaker?.name, 'Karl Weber');
  });
});
