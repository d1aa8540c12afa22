/**
 * The cross-paragraph state a paragraph is linked in — full names and genders seen, the speakers a later quote may
 * take — and its checkpoints: saved at a paragraph's entry, restored to re-link from there, compared to know when
 * re-linking after an edit may stop (the rest of the previous output is then reused).
 */
import type { Mention, Speaker } from '../types';
import type { Gender } from '../paragraph/types';
import type { LinkedPerson } from './speakerRules';
import type { PersonInfo, Seg } from './segment';
import { sameMention, sameSpeaker, shift } from './items';

/** A speaker/cue pair carried to later paragraphs, with the paragraph whose offsets its mentions use. */
export interface Carried {
  speaker: Speaker | null;
  cue: Mention | null;
  owner: Seg;
}

export interface LastCarried extends Carried {
  para: number;
}

/** The cross-paragraph state at a paragraph's entry. */
export interface Checkpoint {
  fullNames: Map<string, string>;
  genders: Map<string, Gender>;
  /** `dist`: paragraphs from the one that set `last` to this one. */
  last: { c: LastCarried; ownerBase: number; dist: number } | null;
  open: { c: Carried; ownerBase: number } | null;
  intro: { c: Carried; ownerBase: number } | null;
  /** Names and genders a later pronoun can reach (see pronounChain). */
  chain: string;
}

type Saved<C extends Carried> = { c: C; ownerBase: number } | null;

/** What the speaker rules may read of a map: lookups only, so each one can be recorded. */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

/** Recorded reads: of the full-name map (`n` + key), the gender map (`g` + key), an earlier paragraph's persons (PERSONS_READ). */
export const PERSONS_READ = '\u0001persons';

export class CarryState {
  fullNames = new Map<string, string>();
  genders = new Map<string, Gender>();
  /** The last quote with a speaker. */
  last: LastCarried | null = null;
  /** The quote left open at the end of the previous paragraph. */
  open: Carried | null = null;
  /** The previous paragraph's closing `he said:`. */
  intro: Carried | null = null;
  /** Where the paragraph being linked records the map keys it reads (the only way it depends on them). */
  touched: string[] = [];
  readonly names: Lookup<string> = {
    get: (key) => (this.touched.push(`n${key}`), this.fullNames.get(key)),
    has: (key) => (this.touched.push(`n${key}`), this.fullNames.has(key)),
  };
  readonly genderOf: Lookup<Gender> = {
    get: (key) => (this.touched.push(`g${key}`), this.genders.get(key)),
    has: (key) => (this.touched.push(`g${key}`), this.genders.has(key)),
  };

  /** Back to a checkpoint (or the document start), `segCount` paragraphs in. */
  reset(cp: Checkpoint | null, segCount: number): void {
    this.fullNames = cp ? new Map(cp.fullNames) : new Map();
    this.genders = cp ? new Map(cp.genders) : new Map();
    const place = <C extends Carried>(x: Saved<C>): C | null => {
      if (!x) return null;
      const d = x.c.owner.part.start - x.ownerBase;
      return { ...x.c, speaker: x.c.speaker && { ...x.c.speaker, mention: shift(x.c.speaker.mention, d) }, cue: x.c.cue && shift(x.c.cue, d) };
    };
    const last = cp ? place(cp.last) : null;
    this.last = last && { ...last, para: segCount - cp!.last!.dist };
    this.open = cp ? place(cp.open) : null;
    this.intro = cp ? place(cp.intro) : null;
  }

  /** The state at the entry of the paragraph after `segs`. */
  save(segs: readonly Seg[], round: number): Checkpoint {
    const keep = <C extends Carried>(c: C | null) => (c ? { c, ownerBase: c.owner.part.start } : null);
    const last = this.lastInReach(segs.length);
    return {
      fullNames: new Map(this.fullNames),
      genders: new Map(this.genders),
      last: last && { c: last, ownerBase: last.owner.part.start, dist: segs.length - last.para },
      open: keep(this.open),
      intro: keep(this.intro),
      chain: pronounChain(segs, round),
    };
  }

  /**
   * How the state now (at the entry of the paragraph after `segs`) differs from the checkpoint saved there in the
   * previous link, with offsets after the edit moved by `delta` (paragraphs from index `firstSuffix` on moved):
   * null when the carried quotes or the pronoun chain differ, else the map keys whose values differ (recorded-read
   * form, see Lookup; none: the same state).
   */
  differences(cp: Checkpoint, delta: number, firstSuffix: number, segs: readonly Seg[], round: number): string[] | null {
    const here = segs.length;
    const moved = (owner: Seg): boolean => delta === 0 || owner.idx >= firstSuffix;
    const same = <C extends Carried>(now: C | null, then: Saved<C>): boolean => {
      if (!now || !then) return now === then;
      const c = then.c;
      if (now.owner !== c.owner || !moved(now.owner)) return false;
      const d = now.owner.part.start - then.ownerBase;
      return sameSpeaker(c.speaker, now.speaker, d) && sameMention(c.cue, now.cue, d);
    };
    const last = this.lastInReach(here);
    // The distance in paragraphs decides whether a bare quote still takes this speaker.
    if (last && cp.last && here - last.para !== cp.last.dist) return null;
    const carriedSame = same(last, cp.last) && same(this.open, cp.open) && same(this.intro, cp.intro);
    if (!carriedSame || cp.chain !== pronounChain(segs, round)) return null;
    return [...diffKeys('n', cp.fullNames, this.fullNames), ...diffKeys('g', cp.genders, this.genders)];
  }

  /** A kept checkpoint after one that differed only in `keys`, which no paragraph in between read: their values now. */
  patch(cp: Checkpoint, keys: readonly string[]): void {
    for (const key of keys) {
      const [map, now] = key[0] === 'n' ? [cp.fullNames, this.fullNames as Map<string, string | Gender>] : [cp.genders as Map<string, string | Gender>, this.genders];
      const k = key.slice(1);
      const v = now.get(k);
      if (v === undefined) map.delete(k);
      else map.set(k, v);
    }
  }

  /** A person of the paragraph starting at `base`, under its canonical name; learns its surname and gender. */
  registerPerson(p: PersonInfo, base: number): LinkedPerson {
    const full = p.single !== null ? (this.names.get(p.single) ?? p.name) : p.name;
    this.touched.push(`g${full}`);
    const gender = p.gender || this.genders.get(full) || '';
    if (p.gender && !this.genders.has(full)) this.genders.set(full, p.gender);
    // Full names by surname, so "Delattre" resolves to "Francois Delattre". (A one-word name that
    // resolved to a full name would re-register a surname that is already known: nothing to do.)
    if (p.single === null && !this.names.has(p.lastWord)) this.fullNames.set(p.lastWord, full);
    return { start: base + p.start, name: full, gender };
  }

  /** `last` as the paragraph at index `here` sees it: it only reaches two paragraphs on. */
  private lastInReach(here: number): LastCarried | null {
    return this.last && here - this.last.para <= 2 ? this.last : null;
  }
}

/** The keys whose values differ between two maps, each with `prefix`. */
function diffKeys<V>(prefix: string, a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): string[] {
  const out: string[] = [];
  for (const [k, v] of a) if (b.get(k) !== v) out.push(prefix + k);
  if (b.size !== a.size || out.length > 0) for (const k of b.keys()) if (!a.has(k)) out.push(prefix + k);
  return out;
}

/** The index of the last of `segs` that read one of the map `keys` when it was linked (-1: none). */
export function lastReader(keys: readonly string[], segs: readonly Seg[]): number {
  const set = new Set(keys);
  for (let i = segs.length - 1; i >= 0; i--) if (segs[i].touched.some((k) => set.has(k))) return i;
  return -1;
}

/**
 * What a pronoun in a later paragraph can resolve to from the persons so far: walking back, the
 * persons of unknown gender and the first he/she of each kind (after those, nothing is reached).
 */
function pronounChain(segs: readonly Seg[], round: number): string {
  let m = false;
  let f = false;
  const out: string[] = [];
  for (let j = segs.length - 1; j >= 0 && !(m && f); j--) {
    const persons = segs[j].persons;
    for (let i = persons.length - 1; i >= 0 && !(m && f); i--) {
      const p = persons[i];
      if (p.gender === 'p' || p.gender === 'n') continue;
      if (p.gender === 'm') {
        if (m) continue;
        m = true;
      } else if (p.gender === 'f') {
        if (f) continue;
        f = true;
      }
      out.push(`${p.gender}:${p.name}`);
      if (out.length > 256) return `\u0000${round}`; // too long to compare: never equal
    }
  }
  return out.join('\u0001');
}
