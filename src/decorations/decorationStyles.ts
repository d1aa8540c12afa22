/**
 * One decoration type per kind × visible status, all coloured through theme colours declared
 * in package.json (`contributes.colors`), so themes and high contrast can restyle them.
 * Claims: background + thin border, overview-ruler mark (right lane); the gutter icon is a type of
 * its own per status (`gutter`), one per line (./gutterMarks).
 * Quotes: dashed underline in the status colour, ruler mark in the left lane.
 * Dismissed items get no decoration.
 */
import * as vscode from 'vscode';
import type { AnnotationKind } from '../core/review/types';
import { decorationColors, VISIBLE_STATUSES, type VisibleStatus } from '../core/review/statuses';

/** The speaker after-text's theme colour; the status colours are core's decorationColors(). */
const SPEAKER_COLOR = 'claimlens.speakerForeground';

export interface DecorationStyles extends vscode.Disposable {
  type(kind: AnnotationKind, status: VisibleStatus): vscode.TextEditorDecorationType;
  /** The gutter icon of a line whose most urgent claim has this status. */
  gutter(status: VisibleStatus): vscode.TextEditorDecorationType;
  /** Draws nothing: carries the hover of a line holding several claims over the whole line's text. */
  readonly gutterHover: vscode.TextEditorDecorationType;
  readonly speaker: vscode.TextEditorDecorationType;
  all(): vscode.TextEditorDecorationType[];
}

export function createDecorationStyles(extensionUri: vscode.Uri): DecorationStyles {
  const types = new Map<string, vscode.TextEditorDecorationType>();
  for (const status of VISIBLE_STATUSES) {
    const colors = decorationColors(status);
    const ruler = new vscode.ThemeColor(colors.ruler);
    types.set(`claim:${status}`, vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(colors.claimBackground),
      border: '1px solid',
      borderColor: new vscode.ThemeColor(colors.claimBorder),
      borderRadius: '2px',
      overviewRulerColor: ruler,
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }));
    types.set(`gutter:${status}`, vscode.window.createTextEditorDecorationType({
      gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'gutter', `${status}.svg`),
      gutterIconSize: '70%',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }));
    types.set(`quote:${status}`, vscode.window.createTextEditorDecorationType({
      borderStyle: 'none none dashed none',
      borderWidth: '0 0 2px 0',
      borderColor: new vscode.ThemeColor(colors.quoteBorder),
      overviewRulerColor: ruler,
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }));
  }
  const speaker = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor(SPEAKER_COLOR), fontStyle: 'italic', margin: '0 0 0 0.4em' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedOpen,
  });
  const gutterHover = vscode.window.createTextEditorDecorationType({});
  return {
    type: (kind, status) => types.get(`${kind}:${status}`)!,
    gutter: (status) => types.get(`gutter:${status}`)!,
    gutterHover,
    speaker,
    all: () => [...types.values(), gutterHover, speaker],
    dispose: () => {
      for (const t of types.values()) t.dispose();
      speaker.dispose();
    },
  };
}
