/**
 * Pairs quotation marks inside one paragraph. Straight and curly double marks, guillemets,
 * low-9 marks; single marks only when they cannot be apostrophes and no double quote is open
 * (so single quotes nested in double ones stay part of the outer quote). A mark left open
 * runs to the end of its paragraph only (never further), flagged `unclosed`.
 */
export interface MarkedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph length when unclosed. */
  close: number;
  unclosed: boolean;
  single: boolean;
  /** Id of the rule that read its marks as quotation marks of another style (text/markStyles.ts), if any. */
  style?: string;
}

const DOUBLE_OPEN = new Set(['\u201c', '\u201e', '\u00ab', '\u201f', '\u301d']);
const DOUBLE_CLOSE = new Set(['\u201d', '\u00bb', '\u301e', '\u301f']);

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}
/** Invisible format characters (bidi embeddings, zero-width marks) stand before a mark without separating it from its context. */
function isSpaceOrStart(c: string | undefined): boolean {
  return c === undefined || /[\s([{\u2014\u2013\-/:;,\p{Cf}]/u.test(c);
}

/** Could the mark at i open a quote, judging from its neighbours? */
function opensHere(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : undefined;
  const after = text[i + 1];
  return isSpaceOrStart(before) && after !== undefined && !/\s/.test(after);
}
/** Could the mark at i close a quote? */
function closesHere(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : undefined;
  const after = text[i + 1];
  return before !== undefined && !/\s/.test(before) && !isWordChar(after);
}

/** `…the authorities."We were …`: with no quote open, a straight mark between a sentence's end and a letter opens the next one (the space was lost). */
function missingSpaceOpener(text: string, i: number): boolean {
  return /[.!?]/.test(text[i - 1] ?? '') && isWordChar(text[i + 1]);
}

/** Pairs of double marks, in text order (one left open runs to the end of the paragraph). */
export function pairDoubleMarks(text: string): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const straight = c === '"' || c === '\uff02';
    if (!straight && !DOUBLE_OPEN.has(c) && !DOUBLE_CLOSE.has(c)) continue;
    if (open < 0) {
      // Outside a quote: a curly closing mark used as an opener (bad typography) is accepted only in an opening position.
      if (DOUBLE_OPEN.has(c) || ((straight || DOUBLE_CLOSE.has(c)) && opensHere(text, i))) open = i;
      else if (straight && (i === 0 || missingSpaceOpener(text, i))) open = i;
    } else if (DOUBLE_CLOSE.has(c) || straight || (DOUBLE_OPEN.has(c) && closesHere(text, i))) {
      if (i > open + 1) spans.push({ open, close: i, unclosed: false, single: false });
      open = -1;
    } else if (DOUBLE_OPEN.has(c)) {
      // A second opener while one is open: the first was stray; restart here.
      open = i;
    }
  }
  if (open >= 0 && open + 1 < text.length) spans.push({ open, close: text.length, unclosed: true, single: false });
  return spans;
}

/** British-style ‘…’ and '…' quotes of at least two words outside any double-quoted span, added to `doubles`. */
export function addSingleQuoted(text: string, doubles: MarkedSpan[]): MarkedSpan[] {
  if (!/[\u2018']/.test(text)) return doubles;
  const doubled = doubledApostropheSpans(text);
  const inside = (i: number) => doubles.some((d) => i >= d.open && i <= d.close) || doubled.some(([a, b]) => i > a && i < b);
  const out = doubles.slice();
  const re = /(^|[\s([{\u2014\u2013:;,])([\u2018'])(?=\S)/gu;
  let m: RegExpExecArray | null;
  let searchFrom = 0;
  while ((m = re.exec(text)) !== null) {
    const open = m.index + m[1].length;
    if (open < searchFrom || inside(open)) continue;
    // Doubled apostrophes ('') are an ASCII stand-in some archives use; they are left as plain text.
    if (text[open + 1] === "'" || text[open - 1] === "'") continue;
    const closer = m[2] === '\u2018' ? '\u2019' : "'";
    let close = -1;
    for (let j = open + 2; j < text.length && j < open + 600; j++) {
      if (text[j] === closer && !/\s/.test(text[j - 1]) && !isWordChar(text[j + 1]) && text[j + 1] !== "'" && text[j - 1] !== "'") {
        // "students' union": a plural possessive followed by a word is not a closer.
        if (text[j - 1] === 's' && /^\s+\p{Ll}/u.test(text.slice(j + 1, j + 3)) && closer === "'") continue;
        close = j;
        break;
      }
      if (text[j] === '\n') break;
    }
    if (close < 0 || inside(close)) continue;
    const content = text.slice(open + 1, close);
    if (!/\s/.test(content.trim())) continue;
    out.push({ open, close, unclosed: false, single: true });
    searchFrom = close + 1;
    re.lastIndex = close + 1;
  }
  return out.sort((a, b) => a.open - b.open);
}

/**
 * Spans between doubled apostrophes (`''…''`), the ASCII stand-in for double marks in some archives: a single-
 * quoted phrase inside one is nested in that quotation (`''When I said, 'No boots,' I meant …''`), not a quote of
 * its own. Paired in order; one left open runs to the end of the paragraph.
 */
function doubledApostropheSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (const m of text.matchAll(/''/g)) {
    if (open < 0) open = m.index;
    else {
      out.push([open, m.index + 1]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}
