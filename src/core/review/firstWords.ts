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
