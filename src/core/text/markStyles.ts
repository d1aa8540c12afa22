/**
 * Quotation-mark styles read as the marks the pairing knows (text/quoteMarks.ts): each function rewrites marks of
 * one style in place, never changing the text's length, so every offset found in the rewritten text holds in the
 * original. The analysis tokenizes and pairs the rewritten text; the paragraph's own text is what is shown.
 */

/** A rewritten text and, per rewritten mark, its index in it. */
export interface Restyled {
  text: string;
  /** Index of each mark that now stands for one of another style. */
  marks: number[];
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}
/** What may stand before an opening mark: nothing, a space, an opening bracket, a dash or a clause stop. */
function opensAfter(c: string | undefined): boolean {
  return c === undefined || /[\s([{\u2014\u2013\-/:;,"\u201c\p{Cf}]/u.test(c);
}
function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

/** Replaces text[at, at + s.length) by s (same length). */
function put(chars: string[], at: number, s: string): void {
  for (let k = 0; k < s.length; k++) chars[at + k] = s[k];
}

/**
 * Wire archives write ``…'' or ''…'' for “…”. A doubled mark opens where a space (or the paragraph start) is
 * before it and a word after it, and closes after a word; it becomes a space and a straight double mark on the
 * side of the quoted words (` "` opening, `" ` closing). Three apostrophes after a word close a nested single
 * quote and then the doubled one (`'no''' ` → `'no" `). Anything else is left as written.
 */
export function readWireDoubled(text: string): Restyled {
  if (!text.includes("''") && !text.includes('``')) return { text, marks: [] };
  // UTF-16 units, as the indices of matchAll.
  const chars = text.split('');
  const marks: number[] = [];
  for (const m of text.matchAll(/``+|''+/g)) {
    const run = m[0];
    let i = m.index;
    if (run.length === 3 && run[0] === "'" && !isSpace(text[i - 1])) i++;
    else if (run.length !== 2) continue;
    const before = text[i - 1];
    const after = text[i + 2];
    const opener = opensAfter(before) && after !== undefined && !isSpace(after);
    if (run[0] === '`' || opener) {
      if (!opener) continue;
      put(chars, i, ' "');
      marks.push(i + 1);
    } else if (before !== undefined && !isSpace(before) && !isWordChar(after)) {
      put(chars, i, '" ');
      marks.push(i);
    }
  }
  return { text: chars.join(''), marks };
}

/**
 * One-character marks read as others: `pairs` maps a mark to [what it becomes when opening, when closing].
 * A mark opens after a space or the paragraph start and before a non-space; it closes after a non-space and
 * before no letter.
 */
function readSingleStyle(text: string, pairs: Record<string, [string, string]>, closers: string): Restyled {
  const keys = Object.keys(pairs);
  if (!keys.some((k) => text.includes(k))) return { text, marks: [] };
  const chars = text.split('');
  const marks: number[] = [];
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const before = text[i - 1];
    const after = text[i + 1];
    const opening = opensAfter(before) && after !== undefined && !isSpace(after);
    const closing = before !== undefined && !isSpace(before) && !isWordChar(after);
    if (pairs[c] && opening && !open) {
      chars[i] = pairs[c][0];
      marks.push(i);
      open = true;
    } else if ((pairs[c] || (open && closers.includes(c))) && closing && open) {
      chars[i] = pairs[c] ? pairs[c][1] : '\u2019';
      marks.push(i);
      open = false;
    }
  }
  return { text: chars.join(''), marks };
}

/** German and Central European low-9 single quotes ‚…‘ (or ‚…’), read as ‘…’. */
export function readLowSingle(text: string): Restyled {
  if (!text.includes('\u201a')) return { text, marks: [] };
  return readSingleStyle(text, { '\u201a': ['\u2018', '\u2019'] }, '\u2018\u2019');
}

/** Single guillemets ‹…› (French, Swiss) and ›…‹ (German), read as ‘…’. */
export function readSingleGuillemets(text: string): Restyled {
  return readSingleStyle(text, { '\u2039': ['\u2018', '\u2019'], '\u203a': ['\u2018', '\u2019'] }, '');
}
