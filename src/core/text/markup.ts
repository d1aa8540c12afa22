/**
 * Markdown read as prose. ClaimLens opens Markdown articles too, and a heading's `##`, a bullet, a blockquote's `>`,
 * emphasis marks, a link's brackets and address or an HTML tag would otherwise be read as words: `## Jobs rose`
 * was a claim starting with `##`, `> "We won," she said` a partial quote, `The [Office](https://…) said` a quote
 * with no speaker. Each rule turns its syntax into spaces of the same length, so the sentence splitter, the
 * scorer and the quote rules see prose while every offset still points into the document as written (reported
 * texts are sliced from the document, so they keep the syntax). Only unambiguous syntax is read, on any file: a
 * plain-text article seldom holds `[words](address)` or `**words**`, and when it does they are Markdown too.
 */
import { rule, type Rule, type RuleSwitch } from '../rules/rule';

type MaskFn = (line: string) => string;

/** `s` as spaces (line breaks kept, so a masked span never joins two lines). */
export function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/** `line` with each match's groups named in `keep` left as written and everything else of the match blanked. */
function maskMatches(line: string, re: RegExp, keep: readonly number[]): string {
  return line.replace(re, (...args: unknown[]) => {
    const whole = args[0] as string;
    if (keep.length === 0) return blank(whole);
    let out = '';
    let at = 0;
    for (const g of keep) {
      const part = args[g] as string | undefined;
      if (part === undefined) continue;
      const i = whole.indexOf(part, at);
      out += blank(whole.slice(at, i)) + part;
      at = i + part.length;
    }
    return out + blank(whole.slice(at));
  });
}

export const blockquoteMarks = rule<MaskFn>(
  'markup.blockquote',
  'A blockquote\'s `>` marks: `> "We won," she said.` reads as a quoted sentence.',
  (line) => line.replace(/^ {0,3}(?:> ?)+/, blank),
);

export const headingMarks = rule<MaskFn>(
  'markup.heading',
  "An ATX heading's hashes: `## Jobs rose 4% in May ##` reads as `Jobs rose 4% in May`.",
  (line) => {
    const open = /^ {0,3}#{1,6}(?=[ \t]|$)/.exec(line);
    return open ? blank(open[0]) + line.slice(open[0].length).replace(/[ \t]#+[ \t]*$/, blank) : line;
  },
);

export const listMarkers = rule<MaskFn>(
  'markup.list-marker',
  'A list bullet (`*`, `+`, a number, or `-` with a task box): `1. Wages rose 5%.` reads as `Wages rose 5%.`',
  // A `-` line is left alone unless it holds a task box: after a quote, `- Ann Lee.` credits it (after.dash-credit).
  (line) => line.replace(/^\s*(?:[*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(?=\S)|^\s*-[ \t]+\[[ xX]\][ \t]+(?=\S)/, blank),
);

export const ruleLines = rule<MaskFn>(
  'markup.rule-line',
  'A thematic break, a setext underline, a code fence or a table border: `---`, `===`, a fence line, `|---|---|`.',
  (line) =>
    /^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|(?:`{3,}|~{3,})[^`]*|\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*)$/.test(line.replace(/\r$/, ''))
      ? blank(line)
      : line,
);

export const tablePipes = rule<MaskFn>(
  'markup.table-pipe',
  'The pipes of a table row: `| Wages | rose 5% |` reads as its cells.',
  (line) => (/^\s*\|.*\|\s*$/.test(line) ? line.replace(/\|/g, ' ') : line),
);

export const links = rule<MaskFn>(
  'markup.link',
  'Link syntax around its words, images and bare autolinks: `The [Tax Office](https://example.org) said` reads as `The Tax Office said`.',
  (line) => {
    let out = maskMatches(line, /!\[[^\]\n]*\]\([^)\n]*\)/g, []);
    // A reference definition (`[1]: https://…`) is no prose at all.
    if (/^ {0,3}\[[^\]\n]+\]:[ \t]*\S+/.test(out)) return blank(out);
    out = maskMatches(out, /\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?\)/g, [1]);
    out = maskMatches(out, /\[([^\]\n]+)\]\[[^\]\n]*\]/g, [1]);
    return maskMatches(out, /<(?:https?|mailto):[^<>\s]+>/gi, []);
  },
);

/** HTML tags a Markdown article carries (a fixed list: `<Reuters>` in plain text is no tag). */
const HTML_TAG = /<\/?(?:a|abbr|b|big|blockquote|br|cite|code|del|div|em|figcaption|figure|h[1-6]|hr|i|img|ins|li|mark|ol|p|q|s|small|span|strong|sub|sup|u|ul)(?:\s[^<>\n]*)?\/?>/gi;

export const htmlTags = rule<MaskFn>(
  'markup.html-tag',
  'Common HTML tags and one-line comments: `Prices rose <strong>9%</strong> in May.` reads as `Prices rose 9% in May.`',
  (line) => maskMatches(maskMatches(line, /<!--.*?-->/g, []), HTML_TAG, []),
);

export const emphasisMarks = rule<MaskFn>(
  'markup.emphasis',
  'Emphasis, strong, strikethrough and code marks around words: `rose **9%** in May` reads as `rose 9% in May`.',
  (line) => {
    let out = maskMatches(line, /(\*\*|__|~~)(?=\S)([^\n]*?\S)\1/g, [2]);
    out = maskMatches(out, /(?<![\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![\w*])/g, [1]);
    out = maskMatches(out, /(?<![\p{L}\p{N}_\\@/])_(?=[^\s_])([^_\n]*?[^\s_\\])_(?![\p{L}\p{N}_])/gu, [1]);
    return maskMatches(out, /(?<![\w`])(`+)(?=\S)([^`\n]*?\S)\1(?![\w`])/g, [2]);
  },
);

/**
 * A front-matter block (`---`, `key: value` lines, `---`) as the whole paragraph: metadata, not prose. Read by
 * markup.rule-line, whose fences it shares.
 */
function frontMatter(text: string): boolean {
  const lines = text.replace(/\s+$/, '').split(/\r\n|\r|\n/);
  return lines.length >= 3 && lines[0] === '---' && /^(?:---|\.\.\.)$/.test(lines[lines.length - 1]) && lines.slice(1, -1).every((l) => /^(?:[\w-]+:|\s+|-\s)/.test(l) || l === '');
}

/** A cheap first look: text without any of these characters, or a line opening like a list item, holds no syntax. */
const MAYBE_MARKUP = /[#>*_|[<`~=]|^[ \t]*(?:[-+]|\d{1,3}[.)])[ \t]|^ {0,3}-{3}/m;

/**
 * `text` with the Markdown syntax of `list`'s rules in force blanked, in list order (registry.ts: line openers first,
 * so a bullet inside a blockquote is read); the same length, line breaks where they were.
 */
export function maskMarkup(text: string, rules: RuleSwitch, list: readonly Rule<MaskFn>[]): string {
  if (!MAYBE_MARKUP.test(text)) return text;
  if (rules.on(ruleLines) && frontMatter(text)) return blank(text);
  const on = list.filter((r) => rules.on(r));
  return text.replace(/[^\r\n]+/g, (line) => on.reduce((l, r) => r.fn(l), line));
}
