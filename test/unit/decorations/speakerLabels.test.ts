import * as assert from 'node:assert/strict';
import type { ReviewItem } from '../../../src/core/review/types';
import type { Quote } from '../../../src/core/types';
import { speakerLabels } from '../../../src/decorations/speakerLabels';

const TEXT = '"We will build it," Ann Lee said. He said "no". Sources said taxes rise.';

function quote(key: string, start: number, end: number, speaker: Quote['speaker'], extra: Partial<ReviewItem> = {}): ReviewItem {
  const q: Quote = { id: key, start, end, text: TEXT.slice(start, end), kind: 'direct', speaker, cue: null, rules: [] };
  return { key, kind: 'quote', range: { start, end }, text: q.text, status: 'unreviewed', orphaned: false, quote: q, ...extra };
}

const at = (s: string) => TEXT.indexOf(s);
const mention = (text: string) => ({ start: at(text), end: at(text) + text.length, text });
const slice = (a: number, b: number) => TEXT.slice(a, b);

describe('decorations/speakerLabels: where the inline speaker names go', () => {
  const items: ReviewItem[] = [
    quote('a', 1, at('," Ann'), null),
    quote('b', at('no'), at('no') + 2, { mention: mention('He'), name: 'He', resolved: false }),
    quote('c', at('taxes'), TEXT.length - 1, { mention: mention('Sources'), name: 'Sources' }),
  ];
  items[0].quote!.speaker = { mention: mention('Ann Lee'), name: 'Ann Lee' };

  it('after the closing mark and the punctuation before it, `— ?` for an unresolved pronoun, in document order', () => {
    assert.deepEqual(speakerLabels(items, slice, TEXT.length, 0, TEXT.length), [
      { at: at('," Ann') + 2, label: '\u2014 Ann Lee' },
      { at: at('no') + 3, label: '\u2014 ?' },
      { at: TEXT.length, label: '\u2014 Sources' },
    ]);
  });

  it('only labels inside the asked range; a reviewer\'s correction wins; dismissed and unplaced quotes get none', () => {
    assert.deepEqual(speakerLabels(items, slice, TEXT.length, at('He'), at('Sources')).map((l) => l.label), ['\u2014 ?']);
    const corrected = [{ ...items[1], annotation: { speaker: 'Sam Ortiz' } as ReviewItem['annotation'] }, { ...items[0], status: 'dismissed' as const }, { ...items[2], range: null }];
    assert.deepEqual(speakerLabels(corrected, slice, TEXT.length, 0, TEXT.length).map((l) => l.label), ['\u2014 Sam Ortiz']);
  });

  it('no label for a quote past the end of a shortened text', () => {
    assert.deepEqual(speakerLabels(items, slice, 20, 0, 20).map((l) => l.label), ['\u2014 Ann Lee']);
  });
});
