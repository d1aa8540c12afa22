/**
 * One decoration type per kind × painted status of the workspace's verdict scale, plus one for
 * verdicts the scale does not define, each made the first time a range needs it (an article nobody
 * has reviewed yet has three: unreviewed claim, quote and gutter icon, besides the hover type; quote speakers are inlay hints, ./speakerHints.ts). The default verdicts keep the theme colours declared in
 * package.json (`contributes.colors`), so themes and high contrast can restyle them; a scale's own
 * verdict is painted in its colour (a hex colour, with a translucent background, or a theme colour
 * id as border and ruler).
 * Claims: background + thin border, overview-ruler mark (right lane); the gutter icon is a type of
 * its own per status (`gutter`), one per line (./gutterMarks).
 * Quotes: dashed underline in the status colour, ruler mark in the left lane.
 * Dismissed items get no decoration.
 */
import * as vscode from 'vscode';
import type { AnnotationKind } from '../core/review/types';
import { decorationColors, type VisibleStatus } from '../core/review/statuses';
import { hexRgb, statusLook, type StatusLook } from '../core/review/statusLook';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../core/review/verdictScale';
import { UNKNOWN_STYLE } from './decorationBuckets';
import { gutterIconSvg } from './gutterIcon';

export interface DecorationStyles extends vscode.Disposable {
  /** The painted statuses of the current scale (unreviewed and its verdicts), UNKNOWN_STYLE apart. */
  statuses(): readonly string[];
  /** The style of a kind × status (made on first use; a status the scale lacks: the unknown verdict's). */
  type(kind: AnnotationKind, status: string): vscode.TextEditorDecorationType;
  /** The same, if it was made already (nothing to clear otherwise). */
  existing(kind: AnnotationKind, status: string): vscode.TextEditorDecorationType | undefined;
  /** The gutter icon of a line whose most urgent claim has this status. */
  gutter(status: string): vscode.TextEditorDecorationType;
  /** The gutter icon styles made so far. */
  existingGutters(): vscode.TextEditorDecorationType[];
  /** Draws nothing: carries the hover of a line holding several claims over the whole line's text. */
  readonly gutterHover: vscode.TextEditorDecorationType;
  all(): vscode.TextEditorDecorationType[];
  /** Replaces the status styles with the scale's (the old ones are disposed, so their decorations go). */
  setScale(scale: VerdictScale): void;
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

type StylePrefix = AnnotationKind | 'gutter';

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
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
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

export function createDecorationStyles(extensionUri: vscode.Uri, initial: VerdictScale = DEFAULT_VERDICT_SCALE): DecorationStyles {
  /** Made on first use: an article with no verdict yet needs its unreviewed styles only. */
  let types = new Map<string, vscode.TextEditorDecorationType>();
  /** Per painted status (and UNKNOWN_STYLE): its look, and that look as a key (a status that looks the same keeps its types: no repaint flicker). */
  let looks = new Map<string, { look: StatusLook; key: string }>();
  let statuses: string[] = [];
  const build = (scale: VerdictScale) => {
    const nextLooks = new Map<string, { look: StatusLook; key: string }>();
    statuses = ['unreviewed', ...scale.verdicts.map((v) => v.id)];
    // Any id the scale lacks looks the same: "unknown verdict".
    const all: [string, StatusLook][] = [...statuses.map((s): [string, StatusLook] => [s, statusLook(s, scale)]),
      [UNKNOWN_STYLE, statusLook(UNKNOWN_STYLE, { ...scale, verdicts: [] })]];
    for (const [status, look] of all) nextLooks.set(status, { look, key: JSON.stringify({ ...look, key: undefined, final: undefined }) });
    const next = new Map<string, vscode.TextEditorDecorationType>();
    for (const [id, t] of types) {
      const status = id.slice(id.indexOf(':') + 1);
      if (nextLooks.get(status)?.key === looks.get(status)?.key) next.set(id, t);
      else t.dispose();
    }
    types = next;
    looks = nextLooks;
  };
  build(initial);
  const styleOf = (status: string) => (looks.has(status) ? status : UNKNOWN_STYLE);
  const get = (prefix: StylePrefix, status: string) => {
    const as = styleOf(status);
    const id = `${prefix}:${as}`;
    let t = types.get(id);
    if (!t) types.set(id, (t = createStatusType(extensionUri, looks.get(as)!.look, prefix)));
    return t;
  };
  const gutterHover = vscode.window.createTextEditorDecorationType({});
  return {
    statuses: () => statuses,
    type: (kind, status) => get(kind, status),
    existing: (kind, status) => types.get(`${kind}:${styleOf(status)}`),
    gutter: (status) => get('gutter', status),
    existingGutters: () => [...types].filter(([id]) => id.startsWith('gutter:')).map(([, t]) => t),
    gutterHover,
    all: () => [...types.values(), gutterHover],
    setScale: build,
    dispose: () => {
      for (const t of types.values()) t.dispose();
      gutterHover.dispose();
    },
  };
}
