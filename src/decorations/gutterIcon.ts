/**
 * The gutter icon of a verdict the extension has no picture for (a workspace scale's own verdict,
 * an unknown verdict): a disc in the verdict's colour with the first letter of its label, as an
 * SVG text. A theme colour id cannot be used inside an image, so the common chart colours are
 * spelled out and any other theme colour gives a neutral grey. Pure (no vscode).
 */
import { hexRgb, type StatusLook } from '../core/review/statusLook';

/** Hex values of VS Code's chart colours (Dark+), the theme colours a scale is most likely to name. */
const THEME_HEX: Readonly<Record<string, string>> = {
  'charts.red': '#f14c4c', 'charts.blue': '#3794ff', 'charts.yellow': '#cca700', 'charts.orange': '#d18616',
  'charts.green': '#89d185', 'charts.purple': '#b180d7', 'charts.foreground': '#cccccc', 'charts.lines': '#808080',
  'list.warningForeground': '#cca700', 'editorWarning.foreground': '#cca700', 'editorError.foreground': '#f14c4c',
};
const NEUTRAL = '#808080';

/** The colour a gutter icon draws for a look: its hex colour, a known theme colour's value, or grey. */
export function gutterColour(look: StatusLook): string {
  return hexRgb(look.colour) ?? THEME_HEX[look.colour] ?? NEUTRAL;
}

export function gutterIconSvg(look: StatusLook): string {
  const letter = look.kind === 'unknown' ? '?' : (/[A-Za-z0-9]/.exec(look.label)?.[0] ?? '').toUpperCase();
  const text = letter
    ? `<text x="8" y="11.6" text-anchor="middle" font-family="sans-serif" font-size="10" font-weight="bold" fill="#ffffff">${letter}</text>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6.5" fill="${gutterColour(look)}"/>${text}</svg>`;
}
