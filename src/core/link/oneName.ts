/**
 * One person, one name (link.one-name): after linking, each quote's speaker shows the fullest form of the name the
 * whole article gives — a surname or `Mr. Surname` before the full name appears is shown under the full name too.
 * A pure pass over the linked quotes (the linker keeps its own, unrenamed, for re-linking).
 *
 * It runs over the whole article after every link, so after every keystroke: a name's key (its lower-cased last
 * word, or none) is read once per distinct name and kept (`NameKeys`), and a speaker's article-wide name is worked
 * out once per distinct name and pass. Splitting every name again cost a 1 MB article's keystroke about 20 ms.
 */
import type { Quote } from '../types';
import type { LinkedPerson } from './speakerRules';
import { oneName, surnameKey, type FullNamesByLast } from './speakerRules';

const NAME_WORD = /^\p{Lu}[\p{L}'\u2019.-]*$/u;

/** Full-name keys by name: the lower-cased last word of a full name (two to four capitalised words), else null. */
export class NameKeys {
  private readonly keys = new Map<string, string | null>();

  constructor(private readonly limit = 50_000) {}

  key(name: string): string | null {
    let key = this.keys.get(name);
    if (key === undefined) {
      const words = name.trim().split(/\s+/);
      key = words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w)) ? null : surnameKey(words);
      if (this.keys.size >= this.limit) this.keys.clear();
      this.keys.set(name, key);
    }
    return key;
  }
}

/** The article's full names (two or more capitalised words) by last word: its persons and its quotes' speakers. */
export function fullNamesByLast(persons: Iterable<readonly LinkedPerson[]>, quotes: readonly Quote[], keys = new NameKeys()): FullNamesByLast {
  const out = new Map<string, string[]>();
  const add = (name: string) => {
    const key = keys.key(name);
    if (key === null) return;
    const list = out.get(key);
    if (!list) out.set(key, [name]);
    else if (!list.includes(name)) list.push(name);
  };
  for (const list of persons) for (const p of list) add(p.name);
  for (const q of quotes) if (q.speaker && q.speaker.resolved !== false) add(q.speaker.name);
  return out;
}

/** The quotes with every speaker under its article-wide name; unchanged quotes are the same objects. */
export function withOneName(quotes: readonly Quote[], byLast: FullNamesByLast): Quote[] {
  const names = new Map<string, string | null>();
  return quotes.map((q) => {
    if (!q.speaker || q.speaker.resolved === false) return q;
    const said = q.speaker.name;
    let name = names.get(said);
    if (name === undefined) {
      name = NAME_WORD.test(said.split(/\s+/).pop() ?? '') ? oneName.fn(byLast, said) : null;
      names.set(said, name);
    }
    if (name === null) return q;
    return { ...q, speaker: { ...q.speaker, name }, rules: q.rules.includes(oneName.id) ? q.rules : [...q.rules, oneName.id] };
  });
}

/** A linked paragraph's contributions to `fullNamesByLast`: its persons' and its quotes' speakers' full names, in order. */
export interface FullNameContribution {
  persons: string[];
  speakers: string[];
}

/**
 * `fullNamesByLast` of the last link, kept while re-linking changes no paragraph's contribution: re-linked and
 * replaced paragraphs are dropped and added in document order, and when both sequences are equal the whole
 * article's sequence (hence the map, order included) is what it was.
 */
export class FullNamesKept {
  readonly keys = new NameKeys();
  private byLast: FullNamesByLast | undefined;
  private dropped: FullNameContribution = { persons: [], speakers: [] };
  private added: FullNameContribution = { persons: [], speakers: [] };

  /** A new link; `reuse`: whether the last map may be kept (false for a link of the whole document). */
  begin(reuse: boolean): void {
    if (!reuse) this.byLast = undefined;
    this.dropped = { persons: [], speakers: [] };
    this.added = { persons: [], speakers: [] };
  }

  /** The contribution of a paragraph's persons and quotes (speakers as the quotes carry them). */
  contribution(persons: readonly LinkedPerson[], quotes: readonly Quote[]): FullNameContribution {
    const out: FullNameContribution = { persons: [], speakers: [] };
    for (const p of persons) if (this.keys.key(p.name) !== null) out.persons.push(p.name);
    for (const q of quotes) if (q.speaker && q.speaker.resolved !== false && this.keys.key(q.speaker.name) !== null) out.speakers.push(q.speaker.name);
    return out;
  }

  drop(c: FullNameContribution): void {
    for (const n of c.persons) this.dropped.persons.push(n);
    for (const n of c.speakers) this.dropped.speakers.push(n);
  }

  add(c: FullNameContribution): void {
    for (const n of c.persons) this.added.persons.push(n);
    for (const n of c.speakers) this.added.speakers.push(n);
  }

  /** Whether the last map still holds. */
  unchanged(): boolean {
    return this.byLast !== undefined && sameList(this.dropped.persons, this.added.persons) && sameList(this.dropped.speakers, this.added.speakers);
  }

  /** The map for this link: the last one when unchanged, else built afresh. */
  map(persons: () => Iterable<readonly LinkedPerson[]>, quotes: readonly Quote[]): FullNamesByLast {
    if (!this.unchanged()) this.byLast = fullNamesByLast(persons(), quotes, this.keys);
    return this.byLast!;
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
