/**
 * What must hold of any analysis, whatever the text: the fuzz test's and `npm run fuzz`'s oracle.
 * Problems come in two kinds: `offset` (a range outside the text, reversed, or not slicing back to its text) and
 * `boundary` (ranges inconsistent with each other: overlapping or unsorted sentences, a claim that is no sentence,
 * a quote crossing a paragraph, a range splitting a surrogate pair, a duplicate id).
 */
import type { Analysis, Span } from '../../src/core/types';
import { splitParagraphs } from '../../src/core/incremental/paragraphSplit';

export interface Problem {
  kind: 'offset' | 'boundary';
  message: string;
}

export function analysisProblems(text: string, a: Analysis): Problem[] {
  const problems: Problem[] = [];
  const offset = (message: string) => problems.push({ kind: 'offset', message });
  const boundary = (message: string) => problems.push({ kind: 'boundary', message });
  const range = (s: Span & { text?: string }, what: string): boolean => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      offset(`${what} ${s.start}-${s.end} is outside 0-${text.length}`);
      return false;
    }
    if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) offset(`${what} ${s.start}-${s.end} does not slice back to its text`);
    if (splitsPair(text, s.start) || splitsPair(text, s.end)) boundary(`${what} ${s.start}-${s.end} splits a surrogate pair`);
    return true;
  };

  let prevEnd = 0;
  const sentences = new Set<string>();
  for (const s of a.sentences) {
    if (!range(s, 'sentence')) continue;
    if (s.start >= s.end) boundary(`sentence ${s.start}-${s.end} is empty`);
    if (s.start < prevEnd) boundary(`sentence ${s.start}-${s.end} overlaps or precedes the one before (ending ${prevEnd})`);
    prevEnd = Math.max(prevEnd, s.end);
    sentences.add(`${s.start}-${s.end}`);
  }
  for (const c of a.claims) {
    if (range(c, 'claim') && !sentences.has(`${c.start}-${c.end}`)) boundary(`claim ${c.start}-${c.end} is not a sentence`);
  }
  const paragraphs = splitParagraphs(text);
  for (const q of a.quotes) {
    if (!range(q, 'quote')) continue;
    if (q.start >= q.end) boundary(`quote ${q.start}-${q.end} is empty`);
    if (!paragraphs.some((p) => p.start <= q.start && q.end <= p.end)) boundary(`quote ${q.start}-${q.end} crosses a paragraph boundary`);
    if (q.speaker) range(q.speaker.mention, 'speaker mention');
    if (q.cue) range(q.cue, 'cue');
  }
  for (const [what, items] of [['claim', a.claims], ['quote', a.quotes]] as const) {
    const ids = new Set<string>();
    for (const item of items) {
      if (ids.has(item.id)) boundary(`${what} id ${item.id} is not unique`);
      ids.add(item.id);
    }
  }
  return problems;
}

/** Is `i` between the two halves of a surrogate pair? */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const hi = text.charCodeAt(i - 1);
  const lo = text.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
