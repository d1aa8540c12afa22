/**
 * linkParagraphs: the cheap, compromise-free cross-paragraph step. Shifts offsets, resolves
 * pronoun speakers to the most recent compatible named person, carries speakers over quotes
 * that run across paragraphs, drops the headline and boilerplate from claims, assigns ids.
 *
 * A Linker kept per document makes the step incremental (a keystroke in a 1 MB article must not
 * re-link 4,000 paragraphs). It saves the cross-paragraph state at checkpoints (every K-th
 * paragraph); after an edit it re-links from the checkpoint before the first changed paragraph
 * and stops at the first later checkpoint where the new state equals the saved one: from there on
 * the previous output is reused, moved by the edit's length change. Ids (content hash plus an
 * occurrence number) are renumbered where a changed paragraph shifts the numbering. The result is
 * always the same as linking from scratch (property-tested).
 */
import type { Analysis, Claim, Mention, Quote, Sentence, Speaker } from '../types';
import type { Gender, ParagraphAnalysis, ParagraphQuote, ParagraphSpeaker } from '../paragraph/types';
import { fnv1a } from '../text/hash';
import { BOILERPLATE_LINE } from '../text/lexicon';

export interface PlacedParagraph {
  start: number;
  result: ParagraphAnalysis;
}

/**
 * A paragraph as the incremental analyzer holds it: passed again as the same object while its
 * text is unchanged, with `start` moved by edits before it. Without `text` nothing is reused.
 */
export interface LinkPart<R = ParagraphAnalysis> {
  start: number;
  result: R;
  text?: string;
}

/** Per list, how many trailing items are the previous output's items moved by the text length change. */
export type LinkTails = Record<'sentences' | 'claims' | 'quotes', number>;

export function linkParagraphs(text: string, parts: PlacedParagraph[]): Analysis {
  return new Linker().link(text, parts);
}

interface PersonInfo {
  start: number;
  name: string;
  gender: Gender;
  /** Lower-cased name when it is one word (looked up among full names), else null. */
  single: string | null;
  /** Lower-cased last word of a multi-word name. */
  lastWord: string;
}

/** A speaker/cue pair carried to later paragraphs, with the paragraph whose offsets its mentions use. */
interface Carried {
  speaker: Speaker | null;
  cue: Mention | null;
  owner: Seg;
}
interface LastCarried extends Carried {
  para: number;
}

/** The cross-paragraph state at a paragraph's entry. */
interface Checkpoint {
  fullNames: Map<string, string>;
  genders: Map<string, Gender>;
  /** `dist`: paragraphs from the one that set `last` to this one. */
  last: { c: LastCarried; ownerBase: number; dist: number } | null;
  open: { c: Carried; ownerBase: number } | null;
  intro: { c: Carried; ownerBase: number } | null;
  /** Names and genders a later pronoun can reach (see pronounChain). */
  chain: string;
}

interface Seg {
  part: LinkPart<ParagraphAnalysis>;
  idx: number;
  /** The paragraph's start in the text of the last link. */
  start: number;
  sortedQuotes: ParagraphQuote[];
  personInfo: PersonInfo[];
  /** Persons as registered in the last link: canonical name and gender. */
  persons: { start: number; name: string; gender: Gender }[];
  counts: LinkTails;
  claimStems: string[];
  quoteStems: string[];
  checkpoint?: Checkpoint;
  /** Link round in which this paragraph was last (re-)linked. */
  round: number;
}

const EMPTY_TAILS: LinkTails = { sentences: 0, claims: 0, quotes: 0 };

export interface LinkerOptions {
  /** Paragraphs between checkpoints; by default about 64 checkpoints per document, at least 16 paragraphs apart. */
  checkpointEvery?: number;
}

export class Linker {
  private round = 0;
  private prevParts: readonly LinkPart<ParagraphAnalysis>[] = [];
  private prevSegs: Seg[] = [];
  private prevOut: Analysis | undefined;
  private prevHeadline = -2;
  private prevLength = 0;
  private lastTails: LinkTails = EMPTY_TAILS;
  /** Paragraphs linked by the last call (for the benchmark and tests). */
  relinked = 0;
  /** Segments holding each claim / quote id stem (for occurrence numbers). */
  private claimIndex: StemIndex = new Map();
  private quoteIndex: StemIndex = new Map();

  // State of the link in progress.
  private text = '';
  private headlineEnd = -1;
  private segs: Seg[] = [];
  private fullNames = new Map<string, string>();
  private genders = new Map<string, Gender>();
  private last: LastCarried | null = null;
  private open: Carried | null = null;
  private intro: Carried | null = null;
  private sentences: Sentence[] = [];
  private claims: Claim[] = [];
  private quotes: Quote[] = [];
  /** Occurrences so far per stem while linking the whole document (undefined while re-linking). */
  private seenClaims: Map<string, number> | undefined;
  private seenQuotes: Map<string, number> | undefined;
  /** Whether the stem indexes are kept (only for incremental linking). */
  private indexing = false;
  /** Net change of occurrence counts per stem caused by re-linked paragraphs. */
  private stemDelta = new Map<string, number>();

  constructor(private readonly options: LinkerOptions = {}) {}

  /** Trailing items of the last output that are the previous output's, moved by the length change. */
  tails(): LinkTails {
    return this.lastTails;
  }

  link(text: string, parts: readonly LinkPart<ParagraphAnalysis>[]): Analysis {
    this.round++;
    this.text = text;
    this.headlineEnd = headlineEndOf(text);
    this.sentences = [];
    this.claims = [];
    this.quotes = [];
    this.stemDelta = new Map();
    this.relinked = 0;
    const incremental = parts.every((p) => p.text !== undefined) && isSorted(parts);
    const ordered = isSorted(parts) ? parts : parts.slice().sort((a, b) => a.start - b.start);
    const out = incremental && this.prevOut && this.headlineEnd === this.prevHeadline ? this.relink(ordered) : this.full(ordered, incremental);
    if (incremental) {
      this.prevParts = ordered;
      this.prevSegs = this.segs;
      this.prevOut = out;
      this.prevHeadline = this.headlineEnd;
      this.prevLength = text.length;
    } else {
      this.prevOut = undefined;
    }
    this.segs = [];
    this.text = '';
    return out;
  }

  private full(parts: readonly LinkPart<ParagraphAnalysis>[], incremental: boolean): Analysis {
    this.claimIndex.clear();
    this.quoteIndex.clear();
    this.segs = [];
    this.resetState(null);
    this.seenClaims = new Map();
    this.seenQuotes = new Map();
    this.indexing = incremental;
    const every = this.options.checkpointEvery ?? checkpointEvery(parts.length);
    parts.forEach((part, i) => {
      const seg = newSeg(part, i);
      if (incremental && i % every === 0) seg.checkpoint = this.saveState();
      this.segs.push(seg);
      this.linkSeg(seg);
    });
    this.seenClaims = this.seenQuotes = undefined;
    this.indexing = true;
    this.lastTails = EMPTY_TAILS;
    return { sentences: this.sentences, claims: this.claims, quotes: this.quotes };
  }

  private relink(parts: readonly LinkPart<ParagraphAnalysis>[]): Analysis {
    const prev = this.prevSegs;
    const prevOut = this.prevOut!;
    const n = parts.length;
    const m = prev.length;
    const delta = this.text.length - this.prevLength;
    let i0 = 0;
    const unchanged = (part: LinkPart<ParagraphAnalysis>, j: number, d: number): boolean =>
      part === this.prevParts[j] && part.result === prev[j].part.result && part.start === prev[j].start + d;
    while (i0 < n && i0 < m && unchanged(parts[i0], i0, 0)) i0++;
    let s = 0;
    while (s < n - i0 && s < m - i0 && unchanged(parts[n - 1 - s], m - 1 - s, delta)) s++;
    if (i0 === n && i0 === m && delta === 0) {
      this.segs = prev;
      this.lastTails = { sentences: prevOut.sentences.length, claims: prevOut.claims.length, quotes: prevOut.quotes.length };
      return prevOut;
    }
    // Re-link from the checkpoint at or before the first changed paragraph.
    let r = Math.min(i0, m - s);
    while (r > 0 && !(r < m && prev[r].checkpoint)) r--;
    const suffix = prev.slice(m - s);
    suffix.forEach((seg, t) => {
      seg.idx = n - s + t;
      seg.start = seg.part.start;
    });
    for (let j = r; j < m - s; j++) this.unindex(prev[j]); // replaced or re-linked: their stems are counted again
    this.segs = prev.slice(0, r);
    this.resetState(r > 0 ? prev[r].checkpoint! : null);
    const oldItemsBefore = this.itemOffsets(prev, r);
    this.sentences = prevOut.sentences.slice(0, oldItemsBefore.sentences);
    this.claims = prevOut.claims.slice(0, oldItemsBefore.claims);
    this.quotes = prevOut.quotes.slice(0, oldItemsBefore.quotes);

    const every = this.options.checkpointEvery ?? checkpointEvery(n);
    let sinceCheckpoint = 0;
    for (let i = r; i < n - s; i++) {
      const seg = i < i0 ? prev[i] : newSeg(parts[i], i);
      seg.idx = i;
      if (sinceCheckpoint === 0 || i % every === 0) {
        seg.checkpoint = this.saveState();
        sinceCheckpoint = 0;
      } else {
        seg.checkpoint = undefined;
      }
      sinceCheckpoint++;
      this.segs.push(seg);
      this.linkSeg(seg);
    }
    // Into the unchanged tail: re-link until a checkpoint shows the state is what it was.
    let k = 0;
    for (; k < s; k++) {
      const seg = suffix[k];
      if (seg.checkpoint && this.sameState(seg.checkpoint, delta, n - s)) break;
      this.unindex(seg);
      if (seg.checkpoint || sinceCheckpoint >= every) {
        seg.checkpoint = this.saveState();
        sinceCheckpoint = 0;
      }
      sinceCheckpoint++;
      this.segs.push(seg);
      this.linkSeg(seg);
    }
    const kept = suffix.slice(k);
    for (const seg of kept) this.segs.push(seg);
    // The kept tail: the previous items, moved by `delta`, with ids renumbered where needed.
    const keptCounts = { sentences: 0, claims: 0, quotes: 0 };
    for (const seg of kept) {
      keptCounts.sentences += seg.counts.sentences;
      keptCounts.claims += seg.counts.claims;
      keptCounts.quotes += seg.counts.quotes;
    }
    const renumber = this.renumbered(kept);
    const tailOf = <T extends Sentence | Claim | Quote>(list: T[], count: number, key: 'claims' | 'quotes' | null): { items: T[]; exact: number } => {
      const from = list.length - count;
      const items: T[] = new Array<T>(count);
      let exact = count;
      const ids = key ? renumber.get(key) : undefined;
      for (let i = 0; i < count; i++) {
        const id = ids?.get(from + i);
        items[i] = moveItem(list[from + i], delta, id);
        if (id !== undefined) exact = count - i - 1;
      }
      return { items, exact };
    };
    const ts = tailOf(prevOut.sentences, keptCounts.sentences, null);
    const tc = tailOf(prevOut.claims, keptCounts.claims, 'claims');
    const tq = tailOf(prevOut.quotes, keptCounts.quotes, 'quotes');
    for (const x of ts.items) this.sentences.push(x);
    for (const x of tc.items) this.claims.push(x);
    for (const x of tq.items) this.quotes.push(x);
    this.lastTails = { sentences: ts.exact, claims: tc.exact, quotes: tq.exact };
    return { sentences: this.sentences, claims: this.claims, quotes: this.quotes };
  }

  /** Items of the segments before index `r` in the previous output. */
  private itemOffsets(segs: Seg[], r: number): LinkTails {
    const o = { sentences: 0, claims: 0, quotes: 0 };
    for (let j = 0; j < r; j++) {
      o.sentences += segs[j].counts.sentences;
      o.claims += segs[j].counts.claims;
      o.quotes += segs[j].counts.quotes;
    }
    return o;
  }

  /**
   * New ids for items of kept paragraphs whose occurrence number changed (the same text appearing
   * in a re-linked paragraph): by list, index in the previous output → id.
   */
  private renumbered(kept: Seg[]): Map<'claims' | 'quotes', Map<number, string>> {
    const out = new Map<'claims' | 'quotes', Map<number, string>>();
    const changed = [...this.stemDelta].filter(([, d]) => d !== 0).map(([stem]) => stem);
    if (!changed.length || !kept.length) return out;
    const prevOut = this.prevOut!;
    const firstKept = kept[0].idx;
    for (const stem of changed) {
      const key = stem.startsWith('c-') ? 'claims' : 'quotes';
      const index = key === 'claims' ? this.claimIndex : this.quoteIndex;
      for (const seg of indexed(index, stem)) {
        if (seg.idx < firstKept) continue;
        // Where this segment's items sit in the previous output (kept segments are at its end).
        let after = 0;
        for (const later of kept) if (later.idx > seg.idx) after += later.counts[key];
        const list = key === 'claims' ? prevOut.claims : prevOut.quotes;
        const from = list.length - after - seg.counts[key];
        const stems = key === 'claims' ? seg.claimStems : seg.quoteStems;
        let n = this.countBefore(index, stem, seg);
        stems.forEach((st, i) => {
          if (st !== stem) return;
          let ids = out.get(key);
          if (!ids) out.set(key, (ids = new Map()));
          ids.set(from + i, idOf(stem, n++));
        });
      }
    }
    return out;
  }

  private resetState(cp: Checkpoint | null): void {
    this.fullNames = cp ? new Map(cp.fullNames) : new Map();
    this.genders = cp ? new Map(cp.genders) : new Map();
    const place = <C extends Carried>(x: { c: C; ownerBase: number } | null): C | null => {
      if (!x) return null;
      const d = x.c.owner.part.start - x.ownerBase;
      return { ...x.c, speaker: x.c.speaker && { mention: shift(x.c.speaker.mention, d), name: x.c.speaker.name }, cue: x.c.cue && shift(x.c.cue, d) };
    };
    const last = cp ? place(cp.last) : null;
    this.last = last && { ...last, para: this.segs.length - cp!.last!.dist };
    this.open = cp ? place(cp.open) : null;
    this.intro = cp ? place(cp.intro) : null;
  }

  private saveState(): Checkpoint {
    const keep = <C extends Carried>(c: C | null) => (c ? { c, ownerBase: c.owner.part.start } : null);
    const last = this.lastInReach();
    return {
      fullNames: new Map(this.fullNames),
      genders: new Map(this.genders),
      last: last && { c: last, ownerBase: last.owner.part.start, dist: this.segs.length - last.para },
      open: keep(this.open),
      intro: keep(this.intro),
      chain: this.pronounChain(),
    };
  }

  /** `last` as the next paragraph sees it: it only reaches two paragraphs on. */
  private lastInReach(): LastCarried | null {
    return this.last && this.segs.length - this.last.para <= 2 ? this.last : null;
  }

  /**
   * Whether the state now (at the entry of the paragraph at index `this.segs.length`) equals the
   * checkpoint saved there in the previous link, with offsets after the edit moved by `delta`.
   */
  private sameState(cp: Checkpoint, delta: number, firstSuffix: number): boolean {
    const here = this.segs.length;
    const moved = (owner: Seg): boolean => delta === 0 || owner.idx >= firstSuffix;
    const same = <C extends Carried>(now: C | null, then: { c: C; ownerBase: number } | null): boolean => {
      if (!now || !then) return now === then;
      const c = then.c;
      if (now.owner !== c.owner || !moved(now.owner)) return false;
      const d = now.owner.part.start - then.ownerBase;
      return sameSpeaker(c.speaker, now.speaker, d) && sameMention(c.cue, now.cue, d);
    };
    const last = this.lastInReach();
    // The distance in paragraphs decides whether a bare quote still takes this speaker.
    if (last && cp.last && here - last.para !== cp.last.dist) return false;
    return (
      same(last, cp.last) &&
      same(this.open, cp.open) &&
      same(this.intro, cp.intro) &&
      cp.chain === this.pronounChain() &&
      sameMap(cp.fullNames, this.fullNames) &&
      sameMap(cp.genders, this.genders)
    );
  }

  /**
   * What a pronoun in a later paragraph can resolve to from the persons so far: walking back, the
   * persons of unknown gender and the first he/she of each kind (after those, nothing is reached).
   */
  private pronounChain(): string {
    let m = false;
    let f = false;
    const out: string[] = [];
    for (let j = this.segs.length - 1; j >= 0 && !(m && f); j--) {
      const persons = this.segs[j].persons;
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
        if (out.length > 256) return `\u0000${this.round}`; // too long to compare: never equal
      }
    }
    return out.join('\u0001');
  }

  private unindex(seg: Seg): void {
    const drop = (index: StemIndex, stems: string[]): void => {
      for (const stem of stems) removeFromIndex(index, stem, seg);
      for (const stem of stems) this.stemDelta.set(stem, (this.stemDelta.get(stem) ?? 0) - 1);
    };
    drop(this.claimIndex, seg.claimStems);
    drop(this.quoteIndex, seg.quoteStems);
  }

  private countBefore(index: StemIndex, stem: string, seg: Seg): number {
    let n = 0;
    for (const other of indexed(index, stem)) {
      if (other.idx >= seg.idx) continue;
      const stems = index === this.claimIndex ? other.claimStems : other.quoteStems;
      for (const s of stems) if (s === stem) n++;
    }
    return n;
  }

  /**
   * The id of the next item with this stem in `seg`, whose earlier stems are `stems`. Linking the
   * whole document counts occurrences as it goes; re-linking counts those in earlier paragraphs.
   */
  /**
   * The id of the next item with this stem in `seg`, whose earlier stems are `stems`. Linking the
   * whole document counts occurrences as it goes; re-linking counts those in earlier paragraphs.
   */
  private allocate(index: StemIndex, seg: Seg, stem: string, stems: string[]): string {
    let n = 0;
    for (const s of stems) if (s === stem) n++;
    if (n === 0 && this.indexing) addToIndex(index, stem, seg);
    const seen = index === this.claimIndex ? this.seenClaims : this.seenQuotes;
    if (seen) {
      const before = seen.get(stem) ?? 0;
      seen.set(stem, before + 1);
      n = before;
    } else {
      n += this.countBefore(index, stem, seg);
      this.stemDelta.set(stem, (this.stemDelta.get(stem) ?? 0) + 1);
    }
    stems.push(stem);
    return idOf(stem, n);
  }

  /** Links one paragraph: appends its items and updates the state. */
  private linkSeg(seg: Seg): void {
    const text = this.text;
    const { start: base, result } = seg.part;
    const para = this.segs.length - 1;
    const headlineEnd = this.headlineEnd;
    seg.round = this.round;
    seg.start = base;
    this.relinked++;
    const counts = { sentences: 0, claims: 0, quotes: 0 };
    // Item texts are sliced from the paragraph's own text when it is known: a slice of the document
    // would keep this revision of the whole text alive for as long as the item is reused.
    const own = seg.part.text;
    const slice = (start: number, end: number): string =>
      own !== undefined && start >= base && end <= base + own.length ? own.slice(start - base, end - base) : text.slice(start, end);
    for (const s of result.sentences) {
      const start = base + s.start;
      const end = base + s.end;
      if (start < 0 || end > text.length || end <= start) continue;
      const stext = slice(start, end);
      // The headline and site furniture are never check-worthy.
      const score = start < headlineEnd || BOILERPLATE_LINE.test(stext.trim()) ? 0 : (s.score ?? 0);
      this.sentences.push({ start, end, text: stext, score });
      counts.sentences++;
    }
    seg.persons = seg.personInfo.map((p) => this.registerPerson(p, base));

    let stillOpen: Carried | null = null;
    const quoteStems: string[] = [];
    seg.sortedQuotes.forEach((q, qi) => {
      const start = base + q.start;
      const end = base + q.end;
      if (start < 0 || end > text.length || end <= start) return;
      // Single marks in a headline are headline style (AP and most desks) for words the story
      // quotes in full, with their speaker, in the body: the body's quote is the one to review.
      if (start < headlineEnd && q.single) return;
      let speaker: Speaker | null = q.speaker ? this.resolveSpeaker(q.speaker, base, para, q.speaker.pronoun ? ownContent(seg.sortedQuotes, q.speaker) : undefined) : null;
      let cue: Mention | null = q.cue ? shift(q.cue, base) : null;
      let owner = seg;
      if (!speaker && qi === 0 && q.reopens) {
        // A quote opening the paragraph: continues a quote left open, or follows "X said:".
        if (this.open?.speaker) ({ speaker, cue, owner } = this.open);
        else if (this.intro) ({ speaker, cue, owner } = this.intro);
      }
      // A bare quoted paragraph right after an attributed one is the same speaker talking on.
      if (!speaker && q.kind === 'direct' && this.last && para - this.last.para <= 2) ({ speaker, cue, owner } = this.last);
      if (!speaker && q.fallback) {
        speaker = this.resolveSpeaker(q.fallback.speaker, base, para);
        cue = shift(q.fallback.cue, base);
        owner = seg;
      }
      if (speaker && !validMention(text, speaker.mention)) speaker = null;
      if (cue && !validMention(text, cue)) cue = null;
      const qtext = slice(start, end);
      const stem = `q-${fnv1a(qtext.trim())}`;
      const id = this.allocate(this.quoteIndex, seg, stem, quoteStems);
      this.quotes.push({ id, start, end, text: qtext, kind: q.kind, speaker, cue });
      counts.quotes++;
      if (speaker) this.last = { speaker, cue, owner, para };
      if (q.unclosed) stillOpen = { speaker, cue, owner };
    });
    this.open = stillOpen;
    let intro: Carried | null = result.intro
      ? { speaker: this.resolveSpeaker(result.intro.speaker, base, para), cue: shift(result.intro.cue, base), owner: seg }
      : null;
    if (intro && (!validMention(text, intro.speaker!.mention) || !validMention(text, intro.cue!))) intro = null;
    this.intro = intro;

    const claimStems: string[] = [];
    for (const c of result.claims) {
      const start = base + c.start;
      const end = base + c.end;
      if (start < 0 || end > text.length || end <= start) continue;
      if (start < headlineEnd) continue;
      const ctext = slice(start, end);
      const trimmed = ctext.trim();
      if (BOILERPLATE_LINE.test(trimmed)) continue;
      const stem = `c-${fnv1a(trimmed)}`;
      this.claims.push({
        id: this.allocate(this.claimIndex, seg, stem, claimStems),
        start,
        end,
        text: ctext,
        score: c.score,
        type: c.type,
        reasons: c.reasons.slice(),
        entities: { people: c.entities.people.slice(), organizations: c.entities.organizations.slice(), places: c.entities.places.slice() },
      });
      counts.claims++;
    }
    seg.claimStems = claimStems;
    seg.quoteStems = quoteStems;
    seg.counts = counts;
  }

  private registerPerson(p: PersonInfo, base: number): { start: number; name: string; gender: Gender } {
    const full = p.single !== null ? (this.fullNames.get(p.single) ?? p.name) : p.name;
    const gender = p.gender || this.genders.get(full) || '';
    if (p.gender && !this.genders.has(full)) this.genders.set(full, p.gender);
    // Full names by surname, so "Delattre" resolves to "Francois Delattre". (A one-word name that
    // resolved to a full name would re-register a surname that is already known: nothing to do.)
    if (p.single === null && !this.fullNames.has(p.lastWord)) this.fullNames.set(p.lastWord, full);
    return { start: base + p.start, name: full, gender };
  }

  private canonical(name: string): string {
    if (/\s/.test(name)) return name;
    return this.fullNames.get(name.toLowerCase()) ?? name;
  }

  /** `exclude`: the pronoun's own reported content (paragraph offsets), whose names it cannot refer to. */
  private resolveSpeaker(s: ParagraphSpeaker, base: number, para: number, exclude?: readonly ParagraphQuote[]): Speaker {
    const mention = { start: base + s.mention.start, end: base + s.mention.end, text: s.mention.text };
    if (s.pronoun === undefined) return { mention, name: this.canonical(s.name) };
    if (s.pronoun === 'm' || s.pronoun === 'f') {
      // The most recent person before the mention: this paragraph's, then earlier paragraphs'.
      for (let j = para; j >= 0; j--) {
        const persons = this.segs[j].persons;
        for (let i = persons.length - 1; i >= 0; i--) {
          const p = persons[i];
          if (j === para && p.start >= mention.start) continue;
          if (j === para && exclude?.some((q) => p.start >= base + q.start && p.start < base + q.end)) continue;
          const g = p.gender || this.genders.get(p.name) || '';
          if (g === '' || g === s.pronoun) return { mention, name: p.name };
        }
      }
    }
    return { mention, name: s.name };
  }
}

/**
 * The quotes whose speaker is this very mention (`Tillerson is considering it, he said, "…"`): "he" cannot
 * be a name inside what he is reported to say, so those names are no antecedent.
 */
function ownContent(quotes: readonly ParagraphQuote[], sp: ParagraphSpeaker): ParagraphQuote[] {
  return quotes.filter((q) => q.speaker !== null && q.speaker.mention.start === sp.mention.start && q.speaker.mention.end === sp.mention.end);
}

/** Paragraphs holding each id stem: most stems occur once, so a lone paragraph is stored as is. */
type StemIndex = Map<string, Seg | Seg[]>;

function indexed(index: StemIndex, stem: string): readonly Seg[] {
  const v = index.get(stem);
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function addToIndex(index: StemIndex, stem: string, seg: Seg): void {
  const v = index.get(stem);
  if (v === undefined) index.set(stem, seg);
  else if (Array.isArray(v)) v.push(seg);
  else if (v !== seg) index.set(stem, [v, seg]);
}

function removeFromIndex(index: StemIndex, stem: string, seg: Seg): void {
  const v = index.get(stem);
  if (v === seg) index.delete(stem);
  else if (Array.isArray(v)) {
    const at = v.indexOf(seg);
    if (at >= 0) v.splice(at, 1);
    if (v.length === 1) index.set(stem, v[0]);
  }
}

function newSeg(part: LinkPart<ParagraphAnalysis>, idx: number): Seg {
  const result = part.result;
  return {
    part,
    idx,
    start: part.start,
    sortedQuotes: result.quotes.slice().sort((a, b) => a.start - b.start),
    personInfo: result.persons.map((p) => {
      const single = /\s/.test(p.name) ? null : p.name.toLowerCase();
      const words = p.name.split(/\s+/);
      return { start: p.start, name: p.name, gender: p.gender, single, lastWord: words[words.length - 1].toLowerCase() };
    }),
    persons: [],
    counts: { sentences: 0, claims: 0, quotes: 0 },
    claimStems: [],
    quoteStems: [],
    round: 0,
  };
}

/** Checkpoint spacing: about 64 checkpoints per document, at least every 16 paragraphs. */
function checkpointEvery(paragraphs: number): number {
  return Math.max(16, Math.ceil(paragraphs / 64));
}

function idOf(stem: string, n: number): string {
  return n === 0 ? stem : `${stem}-${n + 1}`;
}

/**
 * A kept item moved by `d` (and renumbered). Written out field by field — this runs for every item
 * after the edit on every keystroke, and an object spread is several times slower; the fields are
 * those linkSeg makes.
 */
function moveItem<T extends Sentence | Claim | Quote>(item: T, d: number, id: string | undefined): T {
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
      speaker: sp && { mention: { start: sp.mention.start + d, end: sp.mention.end + d, text: sp.mention.text }, name: sp.name },
      cue: q.cue && { start: q.cue.start + d, end: q.cue.end + d, text: q.cue.text },
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

function isSorted(parts: readonly LinkPart<ParagraphAnalysis>[]): boolean {
  for (let i = 1; i < parts.length; i++) if (parts[i - 1].start > parts[i].start) return false;
  return true;
}

function sameMap<V>(a: Map<string, V>, b: Map<string, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

function sameMention(before: Mention | null, now: Mention | null, d: number): boolean {
  if (!before || !now) return before === now;
  return before.start + d === now.start && before.end + d === now.end && before.text === now.text;
}

function sameSpeaker(before: Speaker | null, now: Speaker | null, d: number): boolean {
  if (!before || !now) return before === now;
  return before.name === now.name && sameMention(before.mention, now.mention, d);
}

/**
 * The headline is the first non-empty line, but only when more text follows it
 * (a lone sentence is content, not a headline).
 */
function headlineEndOf(text: string): number {
  const m = /^\s*([^\r\n]*)(\r?\n|\r)/.exec(text);
  if (!m) return -1;
  const end = m.index + m[0].length - m[2].length;
  if (!/\S/.test(text.slice(end))) return -1;
  const line = m[1].trim();
  // A long line ending with a full stop is a paragraph of text, not a headline.
  if (line.length > 200 || (/[.!?]["\u201d]?$/.test(line) && line.split(/\s+/).length > 25)) return -1;
  return end;
}

function shift(m: Mention, base: number): Mention {
  return { start: m.start + base, end: m.end + base, text: m.text };
}

function validMention(text: string, m: Mention): boolean {
  return m.start >= 0 && m.end <= text.length && m.end > m.start && text.slice(m.start, m.end) === m.text;
}
