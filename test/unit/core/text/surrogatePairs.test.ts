import * as assert from 'node:assert/strict';
import { tokenize } from '../../../../src/core/text/tokens';
import { hostileDocument } from '../../../../scripts/fuzz/hostileText';

const splitsPair = (text: string, i: number): boolean => /[\ud800-\udbff]/.test(text[i - 1] ?? '') && /[\udc00-\udfff]/.test(text[i] ?? '');

function boundariesInsidePairs(text: string): string[] {
  const { tokens, sentences } = tokenize(text);
  const bad: string[] = [];
  for (const t of tokens) if (splitsPair(text, t.start) || splitsPair(text, t.end)) bad.push(`token ${t.start}-${t.end}`);
  for (const s of sentences) if (splitsPair(text, s.start) || splitsPair(text, s.end)) bad.push(`sentence ${s.start}-${s.end}`);
  return bad;
}

describe('tokens and sentences never cut a surrogate pair', () => {
  it('a term compromise hands back as half a pair is not matched inside an emoji (fuzz seed 67865)', () => {
    // `… called.` + 130 dots, then a run of emoji ending in a lone high surrogate: compromise returned a lone
    // `\ude00` as a sentence of its own, which was matched inside the first emoji: a sentence of half a character.
    const paragraph = hostileDocument(67865).slice(0, 721);
    assert.deepEqual(boundariesInsidePairs(paragraph), []);
  });

  it('emoji, flags, joined families and lone halves keep whole pairs in tokens and sentences', () => {
    for (const text of [
      'The vote 😀 was close. 😀😀😀 He said so.',
      '\u{1f1fa}\u{1f1f8} officials said 42 people left. \u{1f468}\u200d\u{1f469}\u200d\u{1f467} came back.',
      'A \ud83d lone half and \ude00 another. Then 😀.',
      `Mr. Smith called.${'.'.repeat(130)} ${'😀'.repeat(40)}\ud83d`,
    ]) {
      assert.deepEqual(boundariesInsidePairs(text), [], JSON.stringify(text));
    }
  });
});
