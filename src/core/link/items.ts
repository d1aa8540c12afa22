/** Linked items as values: moved by an edit's length change, compared with offsets moved. */
import type { Claim, Mention, Quote, Sentence, Speaker } from '../types';

export function shift(m: Mention, base: number): Mention {
  return { start: m.start + base, end: m.end + base, text: m.text };
}

export function validMention(text: string, m: Mention): boolean {
  return m.start >= 0 && m.end <= text.length && m.end > m.start && text.slice(m.start, m.end) === m.text;
}

/**
 * A kept item moved by `d` (and renumbered). Written out field by field — this runs for every item
 * after the edit on every keystroke, and an object spread is several times slower; the fields are
 * those the linker makes.
 */
export function moveItem<T extends Sentence | Claim | Quote>(item: T, d: number, id: string | undefined): T {
  if (d === 0 && id === undefined) return item;
  if ('kind' in item) {
    const q = item as Quote;
    const sp = q.speaker;
    const moved: Quote = {
      id: id ?? q.id,
      start: q.start + d,
      end: q.end + d,
      text: q.text,
      kind: q.kind,
      speaker: sp && { mention: { start: sp.mention.start + d, end: sp.mention.end + d, text: sp.mention.text }, name: sp.name, ...(sp.resolved === false ? { resolved: false } : {}) },
      cue: q.cue && { start: q.cue.start + d, end: q.cue.end + d, text: q.cue.text },
      rules: q.rules,
    };
    return moved as T;
  }
  if ('entities' in item) {
    const c = item as Claim;
    const moved: Claim = { id: id ?? c.id, start: c.start + d, end: c.end + d, text: c.text, score: c.score, type: c.type, reasons: c.reasons, entities: c.entities };
    return moved as T;
  }
  const s = item as Sentence;
  const moved: Sentence = { start: s.start + d, end: s.end + d, text: s.text, score: s.score };
  return moved as T;
}

export function sameMap<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

export function sameMention(before: Mention | null, now: Mention | null, d: number): boolean {
  if (!before || !now) return before === now;
  return before.start + d === now.start && before.end + d === now.end && before.text === now.text;
}

export function sameSpeaker(before: Speaker | null, now: Speaker | null, d: number): boolean {
  if (!before || !now) return before === now;
  return before.name === now.name && before.resolved === now.resolved && sameMention(before.mention, now.mention, d);
}
