/**
 * Decoration styles keyed by how a status looks, not by its id, so that each workspace folder can have
 * its own verdict scale (a multi-root workspace paints every article in its folder's colours) while
 * statuses that look the same, in any scale, share one style. Pure (the style is whatever `make`
 * returns: a decoration type in the editor, a plain record in the unit tests).
 */
import { statusLook, type StatusLook } from '../core/review/statusLook';
import type { VerdictScale } from '../core/review/verdictScale';
import { UNKNOWN_STYLE } from './decorationBuckets';

export type StylePrefix = 'claim' | 'quote' | 'gutter';

/** The styles of one scale. */
export interface ScaleStyles<T> {
  /** The painted statuses (unreviewed and the scale's verdicts), UNKNOWN_STYLE apart. */
  readonly statuses: readonly string[];
  /** The style of a prefix × status, made on first use (a status the scale lacks: the unknown verdict's). */
  type(prefix: StylePrefix, status: string): T;
  /** The same, if it was made already (nothing to clear otherwise). */
  existing(prefix: StylePrefix, status: string): T | undefined;
  /** The gutter styles of this scale made so far. */
  existingGutters(): T[];
}

/** What makes two looks paint alike (the keyboard letter and publishing do not). */
function lookKey(look: StatusLook): string {
  return JSON.stringify({ ...look, key: undefined, final: undefined });
}

export class StyleRegistry<T> {
  private readonly types = new Map<string, T>();
  private readonly views = new WeakMap<VerdictScale, ScaleStyles<T>>();

  constructor(private readonly make: (prefix: StylePrefix, look: StatusLook) => T, private readonly drop: (style: T) => void) {}

  /** The styles of `scale` (the same object for the same scale, so a repaint builds nothing). */
  of(scale: VerdictScale): ScaleStyles<T> {
    let view = this.views.get(scale);
    if (!view) this.views.set(scale, (view = this.view(scale)));
    return view;
  }

  /** Drops every style no look of `scales` uses (a scale changed: its old colours go, with their decorations). */
  retain(scales: readonly VerdictScale[]): void {
    const used = new Set<string>();
    for (const scale of scales) {
      for (const look of looksOf(scale).values()) for (const prefix of PREFIXES) used.add(`${prefix}:${lookKey(look)}`);
    }
    for (const [id, style] of this.types) {
      if (used.has(id)) continue;
      this.types.delete(id);
      this.drop(style);
    }
  }

  all(): T[] {
    return [...this.types.values()];
  }

  dispose(): void {
    for (const style of this.types.values()) this.drop(style);
    this.types.clear();
  }

  private view(scale: VerdictScale): ScaleStyles<T> {
    const looks = looksOf(scale);
    const lookOf = (status: string) => looks.get(status) ?? looks.get(UNKNOWN_STYLE)!;
    const idOf = (prefix: StylePrefix, status: string) => `${prefix}:${lookKey(lookOf(status))}`;
    return {
      statuses: paintedStatuses(scale),
      type: (prefix, status) => {
        const id = idOf(prefix, status);
        let style = this.types.get(id);
        if (style === undefined) this.types.set(id, (style = this.make(prefix, lookOf(status))));
        return style;
      },
      existing: (prefix, status) => this.types.get(idOf(prefix, status)),
      existingGutters: () => [...looks.keys()].map((s) => this.types.get(idOf('gutter', s))).filter((t): t is T => t !== undefined),
    };
  }
}

const PREFIXES: readonly StylePrefix[] = ['claim', 'quote', 'gutter'];

/** Unreviewed and the scale's verdicts. */
function paintedStatuses(scale: VerdictScale): string[] {
  return ['unreviewed', ...scale.verdicts.map((v) => v.id)];
}

/** Each painted status's look under `scale`, and the look of any id the scale lacks ("unknown verdict"). */
function looksOf(scale: VerdictScale): Map<string, StatusLook> {
  const looks = new Map<string, StatusLook>();
  for (const status of paintedStatuses(scale)) looks.set(status, statusLook(status, scale));
  looks.set(UNKNOWN_STYLE, statusLook(UNKNOWN_STYLE, { ...scale, verdicts: [] }));
  return looks;
}
