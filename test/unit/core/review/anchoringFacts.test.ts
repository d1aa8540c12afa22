/**
 * Adversarial re-anchoring: a review must never be carried over to text that states other facts
 * (numbers, dates, names, negation) than the text that was reviewed — whether the sentence was
 * edited in place (sed, git checkout) or deleted with a near-duplicate typed in its place. Such
 * a review is orphaned with the reason; wording changes are followed and flagged as changed.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { anchorAnnotations } from '../../../../src/core/review/anchoring';
import { factChange } from '../../../../src/core/review/facts';
import { reanchorAnnotations } from '../../../../src/core/review/retarget';
import type { Annotation } from '../../../../src/core/review/types';
import { annotate, ARTICLE } from './helpers';

const ROOT = resolve(__dirname, '../../../../..');
const WAGES = 'Wages rose 2.6 percent from a year earlier, slower than many analysts had expected.';
const QUOTE = 'We have never seen a labour market this strong';

function sourced(text: string, phrase: string): Annotation {
  return annotate(text, phrase, { status: 'sourced' });
}

/** Asserts the review is not on any text of `now` (orphaned), with a reason naming the changed fact. */
function assertOrphanedFor(now: string, annotation: Annotation, fact: RegExp): void {
  const [anchor] = anchorAnnotations(now, [annotation]);
  assert.equal(anchor.range, null, `kept on ${anchor.range ? JSON.stringify(now.slice(anchor.range.start, anchor.range.end)) : ''}`);
  assert.match(anchor.reason!, fact);
}

describe('facts a review vouches for', () => {
  it('compares numbers, dates, names and negation, ignoring wording', () => {
    assert.equal(factChange(WAGES, WAGES.replace('many analysts', 'most economists')), undefined);
    assert.equal(factChange(WAGES, WAGES.replace('2.6', '3.1')), 'number changed: 2.6 → 3.1');
    assert.equal(factChange('It cost 1,200 euros.', 'It cost 1200 euros.'), undefined);
    assert.equal(factChange('Sales fell by a third.', 'Sales fell by a half.'), 'number changed: third → half');
    assert.equal(factChange('The vote is on Friday.', 'The vote is on Monday.'), 'date changed: friday → monday');
    assert.equal(factChange('He may vote in May.', 'He may vote in June.'), 'date changed: may → june');
    assert.equal(factChange('Officials told Ms. Khan the plan.', 'Officials told Mr. Khan the plan.'), 'name changed: Ms → Mr');
    assert.equal(factChange('said Jane Doe, an economist', 'said Jane Roe, an economist'), 'name changed: Doe → Roe');
    assert.equal(factChange(QUOTE, QUOTE.replace('never ', '')), 'negation removed: never seen');
    assert.equal(factChange('The plan will pass.', "The plan won't pass."), "negation added: n't pass");
    assert.equal(factChange('He does not know much, not with work.', 'He does know not much, not with work.'), 'negation changed: not know → not much');
    // A capitalised word starting a sentence is not taken for a name.
    assert.equal(factChange('Officials said so.', 'Critics said so.'), undefined);
  });
});

describe('re-anchoring never carries a review over to other facts', () => {
  it('a number edited in place (sed): orphaned, saying which number changed', () => {
    assertOrphanedFor(ARTICLE.replace('2.6 percent', '3.1 percent'), sourced(ARTICLE, WAGES), /number changed: 2\.6 → 3\.1/);
  });

  it('the sentence deleted and a near-duplicate with another number typed in its place: orphaned', () => {
    const lookAlike = 'Wages rose 4.1 percent from a year earlier, slower than many analysts had expected.';
    assertOrphanedFor(ARTICLE.replace(WAGES, lookAlike), sourced(ARTICLE, WAGES), /number changed: 2\.6 → 4\.1/);
  });

  it('a near-duplicate with another number elsewhere, the original deleted: orphaned; the original kept: found exactly', () => {
    const lookAlike = 'Wages rose 2.9 percent from a year earlier, slower than many analysts had expected.';
    const annotation = sourced(ARTICLE, WAGES);
    assertOrphanedFor(ARTICLE.replace(WAGES, '') + `\n\n${lookAlike}`, annotation, /number|different surroundings|deleted/);
    const both = `${ARTICLE}\n\nA year ago: ${lookAlike}`;
    const [anchor] = anchorAnnotations(both, [annotation]);
    assert.deepEqual(anchor.range, annotation.target.position);
  });

  it('a date, a name or a negation changed in place: orphaned with the reason', () => {
    const friday = 'Unemployment fell to 3.9 percent in April, the lowest level since 2000, the Labor Department said on Friday.';
    assertOrphanedFor(ARTICLE.replace('on Friday', 'on Monday'), sourced(ARTICLE, friday), /date changed: friday → monday/);
    const jane = '"We have never seen a labour market this strong," said Jane Doe, an economist at the Example Institute.';
    assertOrphanedFor(ARTICLE.replace('Jane Doe', 'Jane Roe'), sourced(ARTICLE, jane), /name changed: Doe → Roe/);
    assertOrphanedFor(ARTICLE.replace('had expected', 'had not expected'), sourced(ARTICLE, WAGES), /negation added: not expected/);
    assertOrphanedFor(ARTICLE.replace('never seen', 'seen'), sourced(ARTICLE, QUOTE), /negation removed: never seen/);
  });

  it('a negation typed right at the edge of the reviewed text, which a fuzzy match leaves out: orphaned', () => {
    const text = 'Intro line here.\n\nThe minister said we need to remember what our own values are.\n\nMore follows after this paragraph.';
    const annotation = sourced(text, 'we need to remember what our own values are.');
    assertOrphanedFor(text.replace('values are.', 'values are not.'), annotation, /negation added: not/);
  });

  it('a wording change is followed, and the reviewed item is flagged changed since review', () => {
    const annotation = sourced(ARTICLE, WAGES);
    const now = ARTICLE.replace('many analysts', 'most economists');
    const { anchors, annotations } = reanchorAnnotations(now, [annotation]);
    assert.equal(anchors[0].method, 'fuzzy');
    assert.equal(now.slice(anchors[0].range!.start, anchors[0].range!.end), WAGES.replace('many analysts', 'most economists'));
    assert.equal(annotations[0].changedSinceReview, true);
    assert.equal(annotations[0].target.quote.exact, WAGES.replace('many analysts', 'most economists'));
    // Unchanged text is not flagged; an unreviewed annotation is never flagged.
    assert.equal(reanchorAnnotations(ARTICLE, [annotation]).annotations[0].changedSinceReview, undefined);
    assert.equal(reanchorAnnotations(now, [annotate(ARTICLE, WAGES)]).annotations[0].changedSinceReview, undefined);
  });

  it('over every sentence of the seed articles that states a number or a name: 0 reviews kept on other facts', () => {
    const texts = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
    texts.push(ARTICLE);
    let cases = 0;
    const kept: string[] = [];
    for (const text of texts) {
      for (const m of text.matchAll(/[A-Z“"][^.!?\n]{20,300}[.!?]["”]?/g)) {
        const sentence = m[0];
        const start = m.index;
        const annotation = sourced(text, sentence);
        if (annotation.target.position.start !== start) continue; // a repeated sentence: the first one is annotated
        const variants: string[] = [];
        const number = /\d+/.exec(sentence);
        if (number) variants.push(sentence.slice(0, number.index) + String(Number(number[0]) + 7) + sentence.slice(number.index + number[0].length));
        const name = /(?<=[a-z,] )[A-Z][a-z]{2,}/.exec(sentence);
        if (name) variants.push(sentence.slice(0, name.index) + 'Okonkwo' + sentence.slice(name.index + name[0].length));
        for (const variant of variants) {
          // Edited in place; deleted with the look-alike in its place (the same text); the look-alike elsewhere.
          const inPlace = text.slice(0, start) + variant + text.slice(start + sentence.length);
          const elsewhere = text.slice(0, start) + text.slice(start + sentence.length) + `\n\n${variant}`;
          for (const now of [inPlace, elsewhere]) {
            cases++;
            const [anchor] = anchorAnnotations(now, [annotation]);
            if (anchor.range) kept.push(`${JSON.stringify(now.slice(anchor.range.start, anchor.range.end))} (${anchor.method})`);
          }
        }
      }
    }
    assert.ok(cases >= 40, `only ${cases} cases`);
    assert.deepEqual(kept, [], `${kept.length} of ${cases} reviews kept on other facts`);
  });
});
