import * as assert from 'node:assert/strict';
import { vectorizeRows, type LabelledRow } from '../../../scripts/train/dataset';
import { rowScores, type ClaimSentence } from '../../../scripts/eval/claimsEval';
import type { Claim, Sentence } from '../../../src/core/types';

const cfg = { bits: 18, charMin: 3, charMax: 5, classNgrams: 3 };

function row(line: number, speaker: string, text: string, doc = 'd1'): LabelledRow {
  return { id: `${doc}:${line}`, text, label: false, dataset: 'ct19-task1', source: '', doc, speaker, line };
}

describe('transcript turns as paragraphs', () => {
  it('training gives a row the context of its speaker’s turn, and nothing across speakers or gaps', () => {
    const rows = [
      row(1, 'HOLT', 'What will you do about jobs?'),
      row(2, 'CLINTON', 'Is that fair to ask?'),
      row(3, 'CLINTON', 'Unemployment fell to 4 percent.'),
      row(5, 'CLINTON', 'We did it.'),
    ];
    const named = vectorizeRows(rows, cfg).map((v) => v.unit.named.map((h) => h.feature));
    assert.ok(!named[0].some((f) => f.includes('sentence:')), 'the moderator’s turn is another paragraph');
    assert.ok(named[2].includes('previous sentence: question'), JSON.stringify(named[2]));
    assert.ok(named[2].includes('closes the paragraph'));
    assert.ok(named[1].includes('opens the paragraph'));
    assert.ok(!named[3].some((f) => f.includes('sentence:') || f.includes('paragraph')), 'line 4 is missing: not the same turn');
  });

  it('the eval analyses a turn as one paragraph and scores each row by the sentences inside it', () => {
    const rows: ClaimSentence[] = [
      { id: 'a', text: 'First one.', label: false, meta: { dataset: 'ct', doc_id: 'd', speaker: 'A', line_number: 1 } },
      { id: 'b', text: 'Second one.', label: true, meta: { dataset: 'ct', doc_id: 'd', speaker: 'A', line_number: 2 } },
      { id: 'c', text: 'Other speaker.', label: false, meta: { dataset: 'ct', doc_id: 'd', speaker: 'B', line_number: 3 } },
    ];
    const seen: string[] = [];
    const fake = (t: string): { claims: Claim[]; sentences: Sentence[] } => {
      seen.push(t);
      // One sentence per full stop, scored by its position in the analysed text.
      const sentences: Sentence[] = [];
      let at = 0;
      for (const part of t.split(/(?<=\.) /)) {
        sentences.push({ start: at, end: at + part.length, text: part, score: (sentences.length + 1) / 10 });
        at += part.length + 1;
      }
      return { claims: [], sentences };
    };
    assert.deepEqual(rowScores(rows, fake), [0.1, 0.2, 0.1]);
    assert.deepEqual(seen, ['First one. Second one.', 'Other speaker.']);
  });
});
