/**
 * One decoration type per kind × look of a painted status (./styleRegistry.ts: each workspace folder's verdict
 * scale, and verdicts a scale does not define), each made the first time a range needs it (an article nobody has
 * reviewed yet has three: unreviewed claim, quote and gutter icon, besides the hover type; quote speakers are inlay
 * hints, ./speakerHints.ts). The default verdicts keep the theme colours declared in
 * package.json (`contributes.colors`), so themes and high contrast can restyle them; a scale's own
 * verdict is painted in its colour (a hex colour, with a translucent background, or a theme colour
 * id as border and ruler).
 * Claims: background + thin border, overview-ruler mark (right lane), widened by text typed at their start; the
 * gutter icon is a type of
 * its own per status (`gutter`), one per line (./gutterMarks).
 * Quotes: dashed underline in the status colour, ruler mark in the left lane.
 * Dismissed items get no decoration.
 */
import * as vscode from 'vscode';
import { decorationColors, type VisibleStatus } from '../core/review/statuses';
import { hexRgb, type StatusLook } from '../core/review/statusLook';
import type { VerdictScale } from '../core/review/verdictScale';
import { StyleRegistry, type ScaleStyles, type StylePrefix } from './styleRegistry';
import { gutterIconSvg } from './gutterIcon';

export interface DecorationStyles extends vscode.Disposable {
  /** The styles of a scale: those of an article's workspace folder (statuses that look alike share a style). */
  of(scale: VerdictScale): ScaleStyles<vscode.TextEditorDecorationType>;
  /** Draws nothing: carries the hover of a line holding several claims over the whole line's text. */
  readonly gutterHover: vscode.TextEditorDecorationType;
  all(): vscode.TextEditorDecorationType[];
  /** Disposes the styles no look of `scales` uses any more (so their decorations go). */
  retain(scales: readonly VerdictScale[]): void;
}

interface Colours {
  claimBackground?: string | vscode.ThemeColor;
  claimBorder: string | vscode.ThemeColor;
  quoteBorder: string | vscode.ThemeColor;
  ruler: string | vscode.ThemeColor;
}

function coloursOf(look: StatusLook): Colours {
  if (look.builtIn && look.kind !== 'unknown') {
    const c = decorationColors(look.id as VisibleStatus);
    const theme = (id: string) => new vscode.ThemeColor(id);
    return { claimBackground: theme(c.claimBackground), claimBorder: theme(c.claimBorder), quoteBorder: theme(c.quoteBorder), ruler: theme(c.ruler) };
  }
  const rgb = hexRgb(look.colour);
  if (rgb) return { claimBackground: `${rgb}38`, claimBorder: `${rgb}b0`, quoteBorder: rgb, ruler: rgb };
  const theme = new vscode.ThemeColor(look.colour);
  return { claimBorder: theme, quoteBorder: theme, ruler: theme };
}

function gutterIcon(extensionUri: vscode.Uri, look: StatusLook): vscode.Uri {
  if (look.builtIn) return vscode.Uri.joinPath(extensionUri, 'media', 'gutter', `${look.id}.svg`);
  return vscode.Uri.parse(`data:image/svg+xml;utf8,${encodeURIComponent(gutterIconSvg(look))}`);
}

function createStatusType(extensionUri: vscode.Uri, look: StatusLook, prefix: StylePrefix): vscode.TextEditorDecorationType {
  const colours = coloursOf(look);
  if (prefix === 'claim') {
    return vscode.window.createTextEditorDecorationType({
      ...(colours.claimBackground ? { backgroundColor: colours.claimBackground } : {}),
      border: '1px solid',
      borderColor: colours.claimBorder,
      borderRadius: '2px',
      overviewRulerColor: colours.ruler,
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      // A claim is a sentence: text typed at its start joins it (the analysis finds the sentence starting
      // there), so VS Code widens the highlight over it at once rather than a worker round trip later. Not at
      // its end: what follows a sentence is mostly the next one.
      rangeBehavior: vscode.DecorationRangeBehavior.OpenClosed,
    });
  }
  if (prefix === 'gutter') {
    return vscode.window.createTextEditorDecorationType({
      gutterIconPath: gutterIcon(extensionUri, look),
      gutterIconSize: '70%',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }
  return vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dashed none',
    borderWidth: '0 0 2px 0',
    borderColor: colours.quoteBorder,
    overviewRulerColor: colours.ruler,
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

export function createDecorationStyles(extensionUri: vscode.Uri): DecorationStyles {
  // Made on first use: an article with no verdict yet needs its unreviewed styles only.
  const registry = new StyleRegistry((prefix, look) => createStatusType(extensionUri, look, prefix), (t: vscode.TextEditorDecorationType) => t.dispose());
  const gutterHover = vscode.window.createTextEditorDecorationType({});
  return {
    of: (scale) => registry.of(scale),
    gutterHover,
    all: () => [...registry.all(), gutterHover],
    retain: (scales) => registry.retain(scales),
    dispose: () => {
      registry.dispose();
      gutterHover.dispose();
    },
  };
}
