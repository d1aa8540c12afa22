import * as assert from 'node:assert/strict';
import type { Analysis, Quote } from '../../../../src/core/types';

/** Every reported range slices back to its text and lies inside the document. */
export function assertOffsets(text: string, a: Analysis): void {
  const check = (s: { start: number; end: number; text: string }, what: string) => {
    assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end, `${what} range ${s.start}-${s.end} out of bounds`);
    assert.equal(text.slice(s.start, s.end), s.text, `${what} text does not match its range`);
  };
  for (const s of a.sentences) check(s, 'sentence');
  for (const c of a.claims) check(c, 'claim');
  for (const q of a.quotes) {
    check(q, 'quote');
    if (q.speaker) check(q.speaker.mention, 'speaker mention');
    if (q.cue) check(q.cue, 'cue');
  }
}

export function quoteContaining(a: Analysis, fragment: string): Quote {
  const q = a.quotes.find((x) => x.text.includes(fragment));
  assert.ok(q, `no quote containing ${JSON.stringify(fragment)}; quotes: ${JSON.stringify(a.quotes.map((x) => x.text))}`);
  return q;
}
