/**
 * Seeded random edits on a text with character-identity ground truth: every character carries
 * an id, edits move ids with their characters, inserted text gets fresh ids, and copies of
 * existing text get the negated ids of what they copy. Where an annotation's text "really" is
 * after the edits is therefore known without using any code under test.
 */
import type { TextEdit } from '../../../../src/core/incremental/service';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type EditKind =
  | 'insert-before'
  | 'insert-after'
  | 'insert-inside'
  | 'insert-anywhere'
  | 'delete-before'
  | 'delete-after'
  | 'delete-inside'
  | 'replace-inside'
  | 'replace-anywhere'
  | 'typo-inside'
  | 'delete-annotated'
  | 'move-paragraph'
  | 'duplicate-sentence'
  | 'insert-look-alike';

export const EDIT_KINDS: readonly EditKind[] = [
  'insert-before',
  'insert-after',
  'insert-inside',
  'insert-anywhere',
  'delete-before',
  'delete-after',
  'delete-inside',
  'replace-inside',
  'replace-anywhere',
  'typo-inside',
  'delete-annotated',
  'move-paragraph',
  'duplicate-sentence',
  'insert-look-alike',
];

export interface Span {
  start: number;
  end: number;
}

/** Text plus the id of each of its characters. */
export class TrackedText {
  text: string;
  ids: number[];
  private nextId: number;

  constructor(text: string) {
    this.text = text;
    this.ids = Array.from({ length: text.length }, (_, i) => i + 1);
    this.nextId = text.length + 1;
  }

  /** Replaces [start, end) with `text`; `copiedIds` marks the new text as a copy of existing characters. */
  apply(edit: TextEdit, copiedIds?: number[]): { inserted: number[]; removed: number[] } {
    const inserted = copiedIds ?? Array.from({ length: edit.text.length }, () => this.nextId++);
    this.text = this.text.slice(0, edit.start) + edit.text + this.text.slice(edit.end);
    const removed = this.ids.splice(edit.start, edit.end - edit.start, ...inserted);
    return { inserted, removed };
  }

  /** Where the original characters [ids] are now: the span from the first to the last survivor. */
  locate(ids: ReadonlySet<number>): { span: Span | null; survivors: number } {
    let first = -1;
    let last = -1;
    let survivors = 0;
    for (let i = 0; i < this.ids.length; i++) {
      if (ids.has(this.ids[i])) {
        if (first < 0) first = i;
        last = i;
        survivors++;
      }
    }
    return { span: first < 0 ? null : { start: first, end: last + 1 }, survivors };
  }
}

const WORD = /[A-Za-z][A-Za-z'’-]+/g;
/** Surnames for the adversary's look-alikes (used only when the article has none of them). */
const INVENTED_NAMES = ['Okonkwo', 'Lindqvist', 'Varga', 'Moreau', 'Tanaka', 'Haddad', 'Novak', 'Ferreira', 'Castellanos', 'Achterberg'];
/** Capitalised words inside a sentence that name nobody (titles of works, quoted speech). */
const NOT_A_NAME = new Set(['The', 'A', 'An', 'And', 'But', 'Or', 'Of', 'In', 'On', 'At', 'To', 'For', 'From', 'With', 'As', 'By', 'Is', 'Are', 'Was', 'Were', 'Be', 'You', 'Your', 'He', 'His', 'She', 'Her', 'It', 'Its', 'We', 'Our', 'They', 'Their', 'This', 'That', 'These', 'Those', 'Than', 'Then', 'What', 'Who', 'How', 'Why', 'When', 'Where', 'If', 'Not', 'No', 'So', 'All', 'My', 'Me']);

export class EditGenerator {
  private readonly words: string[];
  /** Look-alikes stating another fact that the adversary made (in a deleted text's place or elsewhere). */
  factChanges = 0;

  /**
   * `adversary`: a second random stream that turns some look-alikes into text stating other facts
   * and makes finalLookAlike's edits; a separate stream, so the other edits stay those of the plain
   * benchmark.
   */
  constructor(
    private readonly random: () => number,
    private readonly vocabularySource: string,
    private readonly adversary?: () => number,
  ) {
    this.words = vocabularySource.match(WORD) ?? ['alpha', 'beta', 'gamma'];
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  phrase(): string {
    const n = this.int(1, 6);
    return Array.from({ length: n }, () => this.pick(this.words)).join(' ');
  }

  /** One edit of the given kind around `around` (the current span of some annotation). */
  makeEdit(kind: EditKind, doc: TrackedText, around: Span | null): { edit: TextEdit; copiedIds?: number[] }[] | null {
    const text = doc.text;
    const len = text.length;
    const clamp = (n: number) => Math.max(0, Math.min(len, n));
    const a = around ?? { start: this.int(0, len), end: 0 };
    if (!around) a.end = clamp(a.start + this.int(5, 80));
    switch (kind) {
      case 'insert-before': {
        const at = clamp(a.start - this.int(0, 40));
        return [{ edit: { start: at, end: at, text: ` ${this.phrase()} ` } }];
      }
      case 'insert-after': {
        const at = clamp(a.end + this.int(0, 40));
        return [{ edit: { start: at, end: at, text: ` ${this.phrase()} ` } }];
      }
      case 'insert-inside': {
        if (a.end - a.start < 2) return null;
        const at = this.int(a.start + 1, a.end - 1);
        return [{ edit: { start: at, end: at, text: ` ${this.phrase()}` } }];
      }
      case 'insert-anywhere': {
        const at = this.int(0, len);
        return [{ edit: { start: at, end: at, text: `${this.phrase()} ` } }];
      }
      case 'delete-before': {
        const end = clamp(a.start - this.int(0, 20));
        return [{ edit: { start: clamp(end - this.int(1, 60)), end, text: '' } }];
      }
      case 'delete-after': {
        const start = clamp(a.end + this.int(0, 20));
        return [{ edit: { start, end: clamp(start + this.int(1, 60)), text: '' } }];
      }
      case 'delete-inside': {
        const size = a.end - a.start;
        if (size < 10) return null;
        const n = this.int(1, Math.max(1, Math.floor(size * 0.3)));
        const start = this.int(a.start, a.end - n);
        return [{ edit: { start, end: start + n, text: '' } }];
      }
      case 'replace-inside': {
        const size = a.end - a.start;
        if (size < 10) return null;
        const n = this.int(1, Math.max(1, Math.floor(size * 0.3)));
        const start = this.int(a.start, a.end - n);
        return [{ edit: { start, end: start + n, text: this.phrase() } }];
      }
      case 'replace-anywhere': {
        const start = this.int(0, len);
        return [{ edit: { start, end: clamp(start + this.int(1, 120)), text: this.phrase() } }];
      }
      case 'typo-inside': {
        if (a.end - a.start < 4) return null;
        const at = this.int(a.start, a.end - 2);
        return [{ edit: { start: at, end: at + this.int(1, 2), text: this.pick(['e', 'a', 'th', '1', '']) } }];
      }
      case 'delete-annotated':
        if (!around) return null;
        return [{ edit: { start: a.start, end: a.end, text: '' } }];
      case 'move-paragraph':
        return this.moveParagraph(doc);
      case 'duplicate-sentence': {
        // Copy the annotated sentence (or any stretch) somewhere else; copies carry negated ids.
        const source = around ?? a;
        const copy = text.slice(source.start, source.end);
        const ids = doc.ids.slice(source.start, source.end).map((id) => -Math.abs(id));
        const at = this.paragraphBoundary(text);
        return [{ edit: { start: at, end: at, text: copy }, copiedIds: ids }];
      }
      case 'insert-look-alike': {
        // A near copy with one word changed (or, for the adversary, one fact), in another place, as brand-new text.
        if (!around) return null;
        const source = text.slice(a.start, a.end);
        const words = source.match(WORD);
        if (!words || words.length < 3) return null;
        const target = this.pick(words);
        const wordChanged = source.replace(target, this.pick(this.words));
        const lookAlike = this.adversary && this.adversary() < 0.5 ? this.otherFact(source, text) : wordChanged;
        if (!lookAlike || lookAlike === source) return null;
        // Elsewhere: a look-alike taking the deleted original's exact place is the adversary's last edit (finalLookAlike).
        const at = this.paragraphBoundary(text, a);
        return [{ edit: { start: at, end: at, text: lookAlike } }];
      }
    }
  }

  /**
   * The adversary's last edit, in half of the trials: one annotated text (of `spans`, where they
   * are now) deleted and a near copy stating another fact (a number, a name, a negation) typed in
   * its place — new text a review must not silently carry over to. Last, so that no later random
   * edit can turn the look-alike back into the reviewed facts.
   */
  finalLookAlike(doc: TrackedText, spans: readonly (Span | null)[]): { edit: TextEdit }[] | null {
    if (!this.adversary || this.adversary() >= 0.5) return null;
    const span = spans[Math.floor(this.adversary() * spans.length)];
    const lookAlike = span && this.otherFact(doc.text.slice(span.start, span.end), doc.text);
    if (!span || !lookAlike) return null;
    return [{ edit: { start: span.start, end: span.end, text: '' } }, { edit: { start: span.start, end: span.start, text: lookAlike } }];
  }

  /**
   * The text stating another fact: one number changed, else a name swapped, else a negation
   * added; or null. The new number or name occurs nowhere in the article, before or after the
   * edits, so the look-alike can never restore what was reviewed.
   */
  private otherFact(source: string, current: string): string | null {
    const random = this.adversary ?? this.random;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const unused = (word: string) => !new RegExp(`\\b${word}\\b`).test(this.vocabularySource) && !new RegExp(`\\b${word}\\b`).test(current);
    const replace = (start: number, end: number, by: string) => (this.factChanges++, source.slice(0, start) + by + source.slice(end));
    const numbers = [...source.matchAll(/\d+/g)];
    if (numbers.length) {
      const m = pick(numbers);
      let other = Number(m[0]) + 1 + Math.floor(random() * 9);
      while (!unused(String(other))) other += 7;
      return replace(m.index, m.index + m[0].length, String(other));
    }
    const names = [...source.matchAll(/(?<=[a-z,] )[A-Z][a-z]+/g)].filter((m) => !NOT_A_NAME.has(m[0]));
    const newNames = INVENTED_NAMES.filter(unused);
    if (names.length && newNames.length) {
      const m = pick(names);
      return replace(m.index, m.index + m[0].length, pick(newNames));
    }
    const verb = /\b(is|was|are|were|will|would|has|had|have|can|could|should|did|does)\b/.exec(source);
    return verb ? replace(verb.index + verb[0].length, verb.index + verb[0].length, ' not') : null;
  }

  /** The start of a random paragraph, or the end of the text. */
  private paragraphBoundary(text: string, awayFrom?: Span): number {
    let starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    starts.push(text.length);
    if (awayFrom) {
      const away = starts.filter((p) => p < awayFrom.start - 3 || p > awayFrom.end + 3);
      if (away.length) starts = away;
    }
    return this.pick(starts);
  }

  private moveParagraph(doc: TrackedText): { edit: TextEdit; copiedIds?: number[] }[] | null {
    const text = doc.text;
    const paragraphs: Span[] = [];
    const re = /[^\n]+\n*/g;
    for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
    if (paragraphs.length < 3) return null;
    const from = this.pick(paragraphs);
    const others = paragraphs.filter((p) => p !== from);
    const to = this.pick(others);
    let block = text.slice(from.start, from.end);
    let ids = doc.ids.slice(from.start, from.end);
    if (!block.endsWith('\n')) {
      block += '\n\n';
      ids = [...ids, -1e9, -1e9 - 1];
    }
    // Cut, then paste (offsets of the paste refer to the text after the cut), moving ids along.
    const insertAt = to.start > from.start ? to.start - (from.end - from.start) : to.start;
    return [
      { edit: { start: from.start, end: from.end, text: '' } },
      { edit: { start: insertAt, end: insertAt, text: block }, copiedIds: ids },
    ];
  }
}

/** Sentence-like spans worth annotating: whole sentences and quoted passages. */
export function candidateSpans(text: string): Span[] {
  const spans: Span[] = [];
  const sentence = /[A-Z“"][^.!?\n]{20,300}[.!?]["”’]?/g;
  for (let m = sentence.exec(text); m; m = sentence.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  const quoted = /[“"]([^”"\n]{8,200})[”"]/g;
  for (let m = quoted.exec(text); m; m = quoted.exec(text)) spans.push({ start: m.index + 1, end: m.index + 1 + m[1].length });
  return spans;
}
