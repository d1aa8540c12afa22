/**
 * The one Markdown escaper. Article text, notes, speakers and URLs are user data: once escaped
 * nothing in them can become markup, a link, a codicon or HTML. Three styles, because the three
 * places that write Markdown need different things on purpose:
 *
 * - `report` (the Markdown export, read as a raw diff in a pull request): escapes only what could
 *   become markup — emphasis, code, links, tables, strikethrough and HTML anywhere; headings,
 *   lists and numbered lists only where they would start. Plain punctuation stays as is, so the
 *   diff reads well. Whitespace runs (newlines too) become one space: one item per paragraph.
 * - `line` (hovers, one line per field): every ASCII punctuation Markdown or a VS Code codicon
 *   (`$(…)`) could use, HTML as entities; newlines become spaces.
 * - `lines` (tree tooltips): as `line`, but newlines become Markdown line breaks.
 */
export type MarkdownEscapeStyle = 'report' | 'line' | 'lines';

const MARKUP = /[\\`*_[\]|~]/g;
const PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~"']/g;
const HTML = /[<>&]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

const backslash = (c: string): string => `\\${c}`;
const entity = (c: string): string => ENTITY[c];

export function escapeMarkdown(text: string, style: MarkdownEscapeStyle = 'report'): string {
  if (style === 'report') {
    return text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(MARKUP, backslash)
      .replace(HTML, entity)
      .replace(/^([#+-])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2');
  }
  const escaped = text.replace(PUNCTUATION, backslash).replace(HTML, entity);
  return escaped.replace(/\r?\n|\r/g, style === 'line' ? ' ' : '  \n');
}
