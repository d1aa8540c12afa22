/** Small builders shared by the review-store unit tests. */
import { createAnnotation } from '../../../../src/core/review/annotations';
import type { Annotation, ReviewStatus } from '../../../../src/core/review/types';

export const T0 = '2024-05-01T10:00:00.000Z';
export const T1 = '2024-05-01T11:00:00.000Z';
export const T2 = '2024-05-01T12:00:00.000Z';

/** An annotation on the first occurrence of `phrase` in `text`. */
export function annotate(text: string, phrase: string, opts: { status?: ReviewStatus; now?: string; kind?: 'claim' | 'quote' } = {}): Annotation {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
  return createAnnotation({ kind: opts.kind ?? 'claim', text, start, end: start + phrase.length, origin: 'manual', by: 'ana', now: opts.now ?? T0, status: opts.status });
}

export const ARTICLE = [
  'Unemployment fell to 3.9 percent in April, the lowest level since 2000, the Labor Department said on Friday.',
  '',
  '"We have never seen a labour market this strong," said Jane Doe, an economist at the Example Institute.',
  '',
  'Wages rose 2.6 percent from a year earlier, slower than many analysts had expected.',
  '',
  'The report also showed that 164,000 jobs were added last month.',
].join('\n');
