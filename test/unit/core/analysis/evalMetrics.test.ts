import * as assert from 'node:assert/strict';
import { averagePrecision, countExact, matchSpans, prf, trimRange } from '../../../../scripts/eval/metrics';
import { BARE_PRONOUN, evaluateQuotes, goldNameWord, type QuoteArticle } from '../../../../scripts/eval/quotesEval';
import type { Quote } from '../../../../src/core/types';

describe('eval metrics (../shared/eval/README.md definitions)', () => {
  it('trims quotation marks, whitespace and punctuation from both ends', () => {
    const text = 'x “Hello, world.” y';
    assert.deepEqual(trimRange(text, { start: 2, end: 17 }), { start: 3, end: 15 });
  });

  it('matches spans overlapping at least half of the shorter one, one to one', () => {
    const gold = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    const pred = [{ start: 5, end: 9 }, { start: 8, end: 40 }, { start: 21, end: 29 }];
    const pairs = matchSpans(gold, pred);
    // gold 1 takes the prediction covering it wholly (largest overlap first); the other is left unmatched.
    assert.deepEqual(pairs.sort(), [[0, 0], [1, 1]]);
  });

  it('does not match a small overlap', () => {
    assert.deepEqual(matchSpans([{ start: 0, end: 10 }], [{ start: 8, end: 20 }]), []);
  });

  it('counts exact matches once each', () => {
    assert.equal(countExact([{ start: 1, end: 2 }], [{ start: 1, end: 2 }, { start: 1, end: 2 }]), 1);
  });

  it('computes P/R/F1 and handles zeros', () => {
    assert.deepEqual(prf(0, 0, 0), { p: 0, r: 0, f1: 0 });
    const r = prf(5, 10, 20);
    assert.equal(r.p, 0.5);
    assert.equal(r.r, 0.25);
    assert.ok(Math.abs(r.f1 - 1 / 3) < 1e-9);
  });

  it('computes average precision like scikit-learn, ties as one step', () => {
    assert.equal(averagePrecision([{ score: 0.9, label: true }, { score: 0.1, label: false }]), 1);
    const ap = averagePrecision([{ score: 0.9, label: false }, { score: 0.8, label: true }, { score: 0.1, label: true }]);
    assert.ok(Math.abs(ap - (0.5 * 0.5 + 0.5 * (2 / 3))) < 1e-9);
    assert.equal(averagePrecision([{ score: 0.5, label: true }, { score: 0.5, label: false }]), 0.5);
  });

  it('speaker_name_acc: the last capitalised word of the gold speaker\'s name, before any appositive', () => {
    const cases: [string, string | null][] = [
      ['Sen. Chris Coons, Democrat of Delaware', 'Coons'],
      ['Ms. White', 'White'],
      ['CIA spokesman Ryan Trapani', 'Trapani'],
      ['Gov. John Kasich (R-OH)', 'Kasich'],
      ['A former candidate -- John McCain, who lost in 2008 --', 'McCain'],
      ["Ryan's campaign", 'Ryan'],
      ['a spokeswoman, Anna Richardson White,', 'White'],
      ['He', null],
      ['a spokesman', null],
      ['Former President Bill Clinton', 'Clinton'],
      ['Rep. Lee Zeldin of New York', 'Zeldin'],
      ['Mr. Nevins of Showtime', 'Nevins'],
      ['Secretary of State John F. Kerry', 'Kerry'],
      ['Deputy Chief of Staff Joe Hagin', 'Hagin'],
      ['the Bank of England', 'England'],
    ];
    for (const [speaker, word] of cases) assert.equal(goldNameWord(speaker), word, speaker);
  });

  it('speaker_name_acc and pronoun_speaker_rate over matched quotes', () => {
    const text = '"We will win," Mayor Ann Lee said. "We will not," he said.';
    const art: QuoteArticle = {
      id: 'a',
      text,
      quotes: [
        { start: 0, end: 13, kind: 'direct', speaker: 'Mayor Ann Lee', cue: 'said', speaker_spans: [[15, 28]], cue_spans: [[29, 33]] },
        { start: 35, end: 49, kind: 'direct', speaker: 'he', cue: 'said', speaker_spans: [[51, 53]], cue_spans: [[54, 58]] },
      ],
    };
    const quote = (start: number, end: number, name: string, ms: number, me: number): Quote => ({
      id: `q${start}`, start, end, text: text.slice(start, end), kind: 'direct', rules: [], cue: null,
      speaker: { mention: { start: ms, end: me, text: text.slice(ms, me) }, name },
    });
    const fig = evaluateQuotes([art], () => ({ quotes: [quote(1, 12, 'Lee', 15, 28), quote(36, 48, 'he', 51, 53)] }));
    assert.equal(fig.speaker_acc, 1);
    assert.equal(fig.speaker_name_acc, 1);
    assert.equal(fig.pronoun_speaker_rate, 0.5);
    assert.equal(fig.unresolved_speaker_rate, 0);
    assert.ok(BARE_PRONOUN.test('who') && !BARE_PRONOUN.test('Whoopi'));
    // Marked unresolved, the "he" has no display name (`— ?`): counted as unresolved, not as a pronoun shown as a name.
    const marked = quote(36, 48, 'he', 51, 53);
    marked.speaker!.resolved = false;
    const fig2 = evaluateQuotes([art], () => ({ quotes: [quote(1, 12, 'Lee', 15, 28), marked] }));
    assert.equal(fig2.pronoun_speaker_rate, 0);
    assert.equal(fig2.unresolved_speaker_rate, 0.5);
    assert.equal(fig2.speaker_name_acc, 1);
  });
});
