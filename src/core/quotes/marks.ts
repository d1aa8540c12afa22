/** Step 1 of a marked quote: the quotation marks of the paragraph, paired (text/quoteMarks.ts does the pairing). */
import { addSingleQuoted, pairDoubleMarks, type MarkedSpan } from '../text/quoteMarks';
import { rule } from '../rules/rule';
import type { QuoteContext } from './context';

type MarkFn = (text: string, found: MarkedSpan[]) => MarkedSpan[];

export const doubleMarks = rule<MarkFn>(
  'marks.double',
  'Double marks (straight, curly, guillemets, low-9) pair up; one left open runs to the paragraph end: `“We won,” she said.`',
  (text, found) => found.concat(pairDoubleMarks(text)),
);

export const singleMarks = rule<MarkFn>(
  'marks.single',
  "Single marks around two words or more, outside double quotes and never apostrophes: `called it ‘a tough call’`.",
  (text, found) => addSingleQuoted(text, found),
);

/** The marked spans of the paragraph, in text order. */
export function findMarks(ctx: QuoteContext): MarkedSpan[] {
  let spans: MarkedSpan[] = [];
  for (const r of ctx.rules.quotes.marks) if (ctx.rules.on(r)) spans = r.fn(ctx.text, spans);
  return spans;
}

/** The id of the rule that found a marked span. */
export function markRuleId(m: MarkedSpan): string {
  return m.single ? singleMarks.id : doubleMarks.id;
}
