/**
 * The first words of a claim or quote, to name it in one line: a prompt's title, a Problems-panel
 * message, a gutter hover. Whitespace collapsed, cut at a word boundary with an ellipsis, never
 * inside a surrogate pair. Pure.
 */
export function firstWords(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/u, '')}…`;
}

/** Quotation marks a claim's own text may open or close with (it then quotes someone). */
const EDGE_MARKS = /^[\s"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb]+|[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb]+$/gu;

/** The text without the quotation marks it opens or closes with. */
export function withoutEdgeMarks(text: string): string {
  return text.replace(EDGE_MARKS, '');
}

/**
 * `“first words…”`: the first words inside typographic quotes, without the text's own opening or closing
 * marks (a claim that starts with a quotation would otherwise read `““"The world's…`).
 */
export function quotedFirstWords(text: string, max = 48): string {
  return `\u201c${firstWords(withoutEdgeMarks(text), max)}\u201d`;
}
