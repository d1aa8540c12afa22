/** Step 1 of a marked quote: the quotation marks of the paragraph, paired (text/quoteMarks.ts does the pairing). */
import { addSingleQuoted, pairDoubleMarks, type MarkedSpan } from '../text/quoteMarks';
import { readLowSingle, readSingleGuillemets, readWireDoubled, type Restyled } from '../text/markStyles';
import { rule, type RuleSwitch } from '../rules/rule';
import type { QuoteContext } from './context';

type StyleFn = (text: string) => Restyled;

export const wireDoubled = rule<StyleFn>(
  'marks.wire-doubled',
  "Wire archives' doubled marks ``…'' and ''…'' are double quotation marks: `''We won,'' she said.`",
  readWireDoubled,
);

export const lowSingle = rule<StyleFn>(
  'marks.low-single',
  'Low-9 single marks ‚…‘ (German style) are single quotation marks: `nannte den Plan ‚einen harten Schritt‘`.',
  readLowSingle,
);

export const singleGuillemets = rule<StyleFn>(
  'marks.single-guillemets',
  'Single guillemets ‹…› and ›…‹ are single quotation marks: `called the plan ‹a very tough call› on Monday`.',
  readSingleGuillemets,
);

/** The paragraph with every mark style the rules in force read rewritten in place, and which rule read each mark. */
export function restyleMarks(text: string, styles: readonly { id: string; fn: StyleFn }[], rules: RuleSwitch): { text: string; marks: Map<number, string> } {
  const marks = new Map<number, string>();
  let out = text;
  for (const r of styles) {
    if (!rules.on(r)) continue;
    const res = r.fn(out);
    out = res.text;
    for (const at of res.marks) marks.set(at, r.id);
  }
  return { text: out, marks };
}

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
  for (const m of spans) {
    const style = ctx.styled.get(m.open) ?? ctx.styled.get(m.close);
    if (style) m.style = style;
  }
  return spans;
}

/** The ids of the rules that found a marked span: the pairing, and the style rule that read its marks. */
export function markRuleIds(m: MarkedSpan): string[] {
  const pairing = m.single ? singleMarks.id : doubleMarks.id;
  return m.style ? [pairing, m.style] : [pairing];
}
