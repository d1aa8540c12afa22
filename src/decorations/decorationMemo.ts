/**
 * What one editor was last given per decoration type, so a repaint sends only the types whose
 * ranges changed. Every `setDecorations` with ranges crosses to the renderer, which then removes and
 * re-adds every decoration of that type, even when the list is the same; after a keystroke most lists
 * are (only the edited line's ranges move). Pure (no vscode): ranges are anything with
 * `start`/`end` line and character, as vscode.Range is.
 *
 * Between repaints VS Code itself moves an editor's decorations along with the typed text. A range
 * that lies before an edit, or on a later line than an edit that adds and removes no line break,
 * stays where it was; any other may have moved or grown in a way this file does not model. So an edit
 * forgets each type with a range it may have moved (noteEdits), and the next repaint sends that type.
 */

export interface Pos {
  line: number;
  character: number;
}

export interface PlainRange {
  start: Pos;
  end: Pos;
}

/** A document change as VS Code reports it: the replaced range (before the change) and the new text. */
export interface PlainEdit {
  range: PlainRange;
  text: string;
}

interface Sent {
  /** line, character of start and end, four numbers a range. */
  coords: number[];
  /** Per range, what else it carries (hover, after-text), when the type has such options. */
  labels?: readonly string[];
}

/** The ranges as four numbers each (start line, start character, end line, end character). */
export function flatRanges(ranges: readonly PlainRange[]): number[] {
  const out = new Array<number>(ranges.length * 4);
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    out[4 * i] = r.start.line;
    out[4 * i + 1] = r.start.character;
    out[4 * i + 2] = r.end.line;
    out[4 * i + 3] = r.end.character;
  }
  return out;
}

function sameArray<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const before = (a: Pos, b: Pos): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

/**
 * Whether VS Code keeps the range `coords[i..i+3]` exactly where it was through `edit`: it ends before
 * the edit starts, or the edit stays within its line (no line break added or removed) and the range
 * starts on a later line. A range touching the edit's start is assumed moved (empty ranges and edges
 * follow stickiness rules not modelled here).
 */
function untouched(coords: readonly number[], i: number, edit: PlainEdit): boolean {
  const { start, end } = edit.range;
  if (before({ line: coords[i + 2], character: coords[i + 3] }, start)) return true;
  const sameLines = start.line === end.line && !edit.text.includes('\n');
  return sameLines && coords[i] > end.line;
}

export class DecorationMemo<K> {
  private readonly sent = new Map<K, Sent>();

  /**
   * @param startsEmpty the editor is known to hold none of these types (one never given any: VS Code makes a new
   * editor object for every editor shown with a document, and its decorations start empty), so an empty list need
   * not be sent. Otherwise a type not sent yet is unknown, and even an empty list goes out (it may clear something).
   */
  constructor(private startsEmpty = false) {}

  /**
   * Whether `type` must be sent these ranges (and labels): true unless the editor holds exactly them.
   * When it returns true the caller sends them, and they are remembered as what the editor holds.
   */
  shouldSet(type: K, ranges: readonly PlainRange[], labels?: readonly string[]): boolean {
    const coords = flatRanges(ranges);
    const last = this.sent.get(type) ?? (this.startsEmpty ? { coords: [] } : undefined);
    if (last && sameArray(last.coords, coords) && sameArray(last.labels ?? [], labels ?? [])) return false;
    this.sent.set(type, { coords, labels });
    return true;
  }

  /**
   * Forgets every type with a range the edits may have moved: it is sent again on the next repaint. A forgotten type
   * may still hold ranges, so from then on a type not remembered is not assumed empty either.
   */
  noteEdits(edits: readonly PlainEdit[]): void {
    for (const [type, { coords }] of this.sent) {
      for (let i = 0; i < coords.length; i += 4) {
        if (!edits.every((e) => untouched(coords, i, e))) {
          this.sent.delete(type);
          this.startsEmpty = false;
          break;
        }
      }
    }
  }

  /** Forgets everything (the editor's decorations may have been reset: shown again, restyled). */
  clear(): void {
    this.sent.clear();
    this.startsEmpty = false;
  }

  /** How many types are remembered (what the editor holds is known for these). */
  get size(): number {
    return this.sent.size;
  }
}
