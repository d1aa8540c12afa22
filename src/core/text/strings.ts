/**
 * A copy of `s` that keeps nothing else alive. V8 represents a slice of a long string as a view
 * into it, so a 200-character paragraph sliced from a 1 MB document keeps the whole document in
 * memory for as long as the paragraph lives (as a cache key, say): after every keystroke, another
 * copy of the document. Concatenating builds a new flat string; slicing it keeps only that.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/**
 * Article words as a reader sees them in a reason (`phrase "fell by"`): runs of white space as one space (Markdown
 * syntax is read as spaces, so a phrase across a link would otherwise show a gap as wide as the URL), trimmed, and
 * cut with an ellipsis past `max` characters.
 */
export function readerExcerpt(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
