import * as assert from 'node:assert/strict';
import { analyze, analyzeParagraph, linkParagraphs, splitParagraphs } from '../../../../src/core/analysis';
import { moveItem } from '../../../../src/core/link/items';
import { Linker, type LinkPart } from '../../../../src/core/link/linker';
import { applyEditToParagraphs, splitAll, type Paragraph } from '../../../../src/core/incremental/paragraphIndex';
import type { ParagraphAnalysis } from '../../../../src/core/paragraph/types';
import { inlineName, isBarePronoun, isUnresolved, resolvedName, unresolvedLabel } from '../../../../src/core/quotes/speakerName';
import type { Speaker } from '../../../../src/core/types';
import { assertOffsets, quoteContaining } from '../analysis/helpers';

function analysed(text: string) {
  const a = analyze(text);
  assertOffsets(text, a);
  return a;
}

describe('unresolved speakers: a pronoun or relative word tied to no one names no one', () => {
  const cases: [string, string, string][] = [
    ['"he" with no man named before it', '"We will appeal the ruling," he said.', 'he'],
    ['"she" with no woman named before it', 'The hearing ended late.\n\n"Nobody expected this," she said.', 'she'],
    ['"it" with no organisation quoted before it', '"The plan is sound," it said.', 'it'],
    ['"they" with no group quoted before it', '"We were never consulted," they said.', 'they'],
    ['a continuation taking an unresolved "he"', '"We will appeal the ruling," he said. "It is not over."', 'he'],
  ];
  for (const [what, text, mention] of cases) {
    it(what, () => {
      const q = analysed(text).quotes.at(-1)!;
      assert.ok(q.speaker, JSON.stringify(q));
      assert.equal(q.speaker.mention.text, mention);
      assert.equal(q.speaker.resolved, false);
      assert.equal(resolvedName(q.speaker), undefined);
      assert.equal(inlineName(q.speaker), '?');
      assert.equal(unresolvedLabel(q.speaker), `unresolved (\u201c${mention}\u201d)`);
    });
  }

  it('a pronoun that resolves carries no flag and shows the person', () => {
    const q = quoteContaining(analysed('Ann Lee spoke on Monday.\n\n"We will appeal," she said.'), 'appeal');
    assert.equal(q.speaker?.resolved, undefined);
    assert.equal(resolvedName(q.speaker), 'Ann Lee');
    assert.equal(inlineName(q.speaker), 'Ann Lee');
  });

  it('a speaker with a relative clause shows the person, not "who"', () => {
    const q = quoteContaining(analysed('Tom Reyes, who chairs the board, said "the vote will be held in May."'), 'vote');
    assert.equal(resolvedName(q.speaker), 'Tom Reyes');
  });

  it('a name that is only a pronoun is never a resolved name, flagged or not', () => {
    const bare = (name: string): Speaker => ({ mention: { start: 0, end: name.length, text: name }, name });
    for (const w of ['he', 'She', 'it', 'They', 'who', 'which', 'that', 'them', 'its']) {
      assert.ok(isBarePronoun(w), w);
      assert.equal(resolvedName(bare(w)), undefined, w);
      assert.ok(isUnresolved(bare(w)), w);
    }
    for (const w of ['Whoopi Goldberg', 'Theo', 'Hester', 'the report']) assert.equal(resolvedName(bare(w)), w);
    assert.equal(inlineName(null), undefined);
  });

  it('keeps the flag when a quote moves and when re-linking after an edit (the same as linking from scratch)', () => {
    const text = 'Council vote\n\nThe vote was put off.\n\n"We will appeal the ruling," he said.';
    const q = analysed(text).quotes[0];
    assert.equal(moveItem(q, 7, undefined).speaker?.resolved, false);
    const linker = new Linker({ checkpointEvery: 1 });
    let paragraphs: Paragraph<ParagraphAnalysis>[] = splitAll(text, splitParagraphs);
    for (const p of paragraphs) p.result = analyzeParagraph(p.text);
    linker.link(text, paragraphs as LinkPart[]);
    const r = applyEditToParagraphs(text, paragraphs, { start: 0, end: 0, text: 'Late news\n\n' }, splitParagraphs);
    paragraphs = r.paragraphs;
    for (const p of paragraphs) p.result ??= analyzeParagraph(p.text);
    const incremental = linker.link(r.text, paragraphs as LinkPart[]);
    assert.deepStrictEqual(incremental, linkParagraphs(r.text, paragraphs.map((p) => ({ start: p.start, result: p.result! }))));
    assert.equal(incremental.quotes.at(-1)?.speaker?.resolved, false);
  });
});
