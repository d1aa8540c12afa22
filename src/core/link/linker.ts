/**
 * linkParagraphs: the cheap, compromise-free cross-paragraph step. Shifts offsets, resolves
 * pronoun speakers to the most recent compatible named person, carries speakers over quotes
 * that run across paragraphs (speakerRules.ts), drops boilerplate from claims,
 * assigns ids (ids.ts).
 *
 * A Linker kept per document makes the step incremental (a keystroke in a 1 MB article must not
 * re-link 4,000 paragraphs). It saves the cross-paragraph state at checkpoints (carry.ts, every
 * K-th paragraph); after an edit it re-links from the checkpoint before the first changed
 * paragraph and stops at the first later checkpoint where the new state equals the saved one:
 * from there on the previous output is reused, moved by the edit's length change. Ids (content
 * hash plus an occurrence number) are renumbered where a changed paragraph shifts the numbering.
 * The result is always the same as linking from scratch (property-tested).
 */
import type { Analysis, Claim, Quote, Sentence, Span } from '../types';
import type { ParagraphAnalysis } from '../paragraph/types';
import { fnv1a } from '../text/hash';
import { BOILERPLATE_LINE } from '../text/lexicon';
import type { RuleSwitch } from '../rules/rule';
import { ALL_RULES_ON } from '../rules/registry';
import type { PersonsSoFar } from './speakerRules';
import { CarryState, lastReader, PERSONS_READ, type Checkpoint } from './carry';
import { ItemIds } from './ids';
import { Antecedents } from './antecedents';
import { moveItem } from './items';
import { linkIntro, linkQuotes, type QuoteLinking } from './quotes';
import { FullNamesKept, withOneName } from './oneName';
import { oneName, type FullNamesByLast } from './speakerRules';
import { checkpointEvery, EMPTY_TAILS, errorsOf, headlineKey, incrementalParts, isSorted, itemsBefore, newSeg, type LinkPart, type LinkTails, type PlacedParagraph, type Seg } from './segment';
import { headlineSpan } from '../text/headline';

export type { LinkPart, LinkTails, PlacedParagraph } from './segment';

export function linkParagraphs(text: string, parts: PlacedParagraph[], rules?: RuleSwitch): Analysis {
  return new Linker({ rules }).link(text, parts);
}

export interface LinkerOptions {
  /** Paragraphs between checkpoints; by default about 64 checkpoints per document, at least 16 paragraphs apart. */
  checkpointEvery?: number;
  /** The speaker rules in force (all by default). */
  rules?: RuleSwitch;
}

/** The unchanged paragraphs at both ends after an edit: `head` from the start, `tail` from the end. */
interface Unchanged {
  head: number;
  tail: number;
  delta: number;
}

export class Linker {
  private round = 0;
  private prevParts: readonly LinkPart<ParagraphAnalysis>[] = [];
  private prevSegs: Seg[] = [];
  private prevOut: Analysis | undefined;
  /** The quotes of the last output (`raw`) and of the previous one before link.one-name renamed any: what re-linking reuses. */
  private raw: Quote[] = [];
  private prevRaw: Quote[] = [];
  private prevHeadline = '';
  private prevLength = 0;
  private lastTails: LinkTails = EMPTY_TAILS;
  /** Paragraphs linked by the last call: how far an edit's re-link reached (`npm run bench` reports it per keystroke). */
  relinked = 0;
  private readonly ids = new ItemIds();
  private readonly oneNames = new FullNamesKept();
  /** Quotes before the first re-linked paragraph, and the kept tail's (count, renumbering, shift): what link.one-name may reuse. */
  private reuse = { before: 0, kept: 0, ids: undefined as Map<number, string> | undefined, delta: 0 };
  private readonly rules: RuleSwitch;

  // State of the link in progress.
  private text = '';
  /** The headline the grammar styles (core/text/headline.ts), or null. */
  private headline: Span | null = null;
  private segs: Seg[] = [];
  private readonly carry = new CarryState();
  private sentences: Sentence[] = [];
  private claims: Claim[] = [];
  private quotes: Quote[] = [];
  /** What the speaker rules read: the persons registered so far. */
  private readonly soFar: PersonsSoFar = {
    persons: (para) => {
      if (para !== this.segs.length - 1) this.carry.touched.push(PERSONS_READ);
      return this.segs[para].persons;
    },
    fullNames: () => this.carry.names,
    genders: () => this.carry.genderOf,
    earlier: (pronoun) => this.antecedents.find(pronoun, this.carry.genderOf),
  };
  /** Persons of the paragraphs linked so far that a later he/she may refer to. */
  private readonly antecedents = new Antecedents();

  constructor(private readonly options: LinkerOptions = {}) {
    this.rules = options.rules ?? ALL_RULES_ON;
  }

  /** Trailing items of the last output that are the previous output's, moved by the length change. */
  tails(): LinkTails {
    return this.lastTails;
  }

  link(text: string, parts: readonly LinkPart<ParagraphAnalysis>[]): Analysis {
    this.round++;
    this.text = text;
    this.headline = headlineSpan(text);
    this.sentences = [];
    this.claims = [];
    this.quotes = [];
    this.ids.beginRound();
    this.relinked = 0;
    this.reuse = { before: 0, kept: 0, ids: undefined, delta: 0 };
    this.oneNames.begin(incrementalParts(parts) && this.prevOut !== undefined);
    const incremental = incrementalParts(parts);
    const ordered = isSorted(parts) ? parts : parts.slice().sort((a, b) => a.start - b.start);
    const out = incremental && this.prevOut && headlineKey(this.headline) === this.prevHeadline ? this.relink(ordered) : this.full(ordered, incremental);
    if (incremental) {
      this.prevParts = ordered;
      this.prevSegs = this.segs;
      this.prevOut = out;
      this.prevRaw = this.raw;
      this.prevHeadline = headlineKey(this.headline);
      this.prevLength = text.length;
    } else {
      this.prevOut = undefined;
    }
    this.segs = [];
    this.text = '';
    return out;
  }

  private full(parts: readonly LinkPart<ParagraphAnalysis>[], incremental: boolean): Analysis {
    this.ids.beginFull(incremental);
    this.oneNames.begin(false);
    this.segs = [];
    this.carry.reset(null, 0);
    this.antecedents.reset([]);
    const every = this.options.checkpointEvery ?? checkpointEvery(parts.length);
    parts.forEach((part, i) => {
      const seg = newSeg(part, i);
      if (incremental && i % every === 0) seg.checkpoint = this.saveState();
      this.segs.push(seg);
      this.linkSeg(seg);
    });
    this.ids.endFull();
    this.lastTails = EMPTY_TAILS;
    return this.output();
  }

  private relink(parts: readonly LinkPart<ParagraphAnalysis>[]): Analysis {
    const prevOut = this.prevOut!;
    const u = this.unchangedEnds(parts);
    const m = this.prevSegs.length;
    if (u.head === parts.length && u.head === m && u.delta === 0) {
      this.segs = this.prevSegs;
      this.lastTails = { sentences: prevOut.sentences.length, claims: prevOut.claims.length, quotes: prevOut.quotes.length };
      return prevOut;
    }
    const suffix = this.prevSegs.slice(m - u.tail);
    suffix.forEach((seg, t) => {
      seg.idx = parts.length - u.tail + t;
      seg.start = seg.part.start;
    });
    const every = this.options.checkpointEvery ?? checkpointEvery(parts.length);
    const sinceCheckpoint = this.relinkChanged(parts, u, every);
    const kept = this.relinkIntoTail(suffix, u, every, sinceCheckpoint);
    this.appendKept(kept, u.delta);
    return this.output();
  }

  /** How many paragraphs at the start and at the end are those of the previous link (the end moved by `delta`). */
  private unchangedEnds(parts: readonly LinkPart<ParagraphAnalysis>[]): Unchanged {
    const prev = this.prevSegs;
    const n = parts.length;
    const m = prev.length;
    const delta = this.text.length - this.prevLength;
    const unchanged = (part: LinkPart<ParagraphAnalysis>, j: number, d: number): boolean =>
      part === this.prevParts[j] && part.result === prev[j].part.result && part.start === prev[j].start + d;
    let head = 0;
    while (head < n && head < m && unchanged(parts[head], head, 0)) head++;
    let tail = 0;
    while (tail < n - head && tail < m - head && unchanged(parts[n - 1 - tail], m - 1 - tail, delta)) tail++;
    return { head, tail, delta };
  }

  /**
   * Re-links from the checkpoint at or before the first changed paragraph up to the unchanged tail; the items
   * before that checkpoint are the previous output's. Returns the paragraphs linked since the last checkpoint.
   */
  private relinkChanged(parts: readonly LinkPart<ParagraphAnalysis>[], u: Unchanged, every: number): number {
    const prev = this.prevSegs;
    const prevOut = this.prevOut!;
    const m = prev.length;
    const end = parts.length - u.tail;
    let r = Math.min(u.head, m - u.tail);
    while (r > 0 && !(r < m && prev[r].checkpoint)) r--;
    for (let j = r; j < m - u.tail; j++) {
      this.ids.unindex(prev[j]); // replaced or re-linked: their stems are counted again
      this.oneNames.drop(prev[j].fullNames);
    }
    this.segs = prev.slice(0, r);
    this.carry.reset(r > 0 ? prev[r].checkpoint! : null, this.segs.length);
    this.antecedents.reset(this.segs);
    const before = itemsBefore(prev, r);
    this.sentences = prevOut.sentences.slice(0, before.sentences);
    this.claims = prevOut.claims.slice(0, before.claims);
    this.quotes = this.prevRaw.slice(0, before.quotes);
    this.reuse.before = before.quotes;
    let sinceCheckpoint = 0;
    for (let i = r; i < end; i++) {
      const seg = i < u.head ? prev[i] : newSeg(parts[i], i);
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
    return sinceCheckpoint;
  }

  /** Into the unchanged tail: re-links until a checkpoint shows the state is what it was; returns the rest, kept. */
  private relinkIntoTail(suffix: Seg[], u: Unchanged, every: number, sinceCheckpoint: number): Seg[] {
    const firstSuffix = suffix.length ? suffix[0].idx : 0;
    // Differing map keys that no later paragraph reads do not stop the kept tail (a name first seen in the edit).
    let readers = { keys: '', last: -1 };
    const keptDespite = (keys: string[], k: number): boolean => {
      if (keys.length === 0) return true;
      if (suffix[k].touched.includes(PERSONS_READ)) return false;
      if (readers.keys !== keys.join('\u0002')) readers = { keys: keys.join('\u0002'), last: lastReader(keys, suffix) };
      return readers.last < k;
    };
    let k = 0;
    for (; k < suffix.length; k++) {
      const seg = suffix[k];
      const diff = seg.checkpoint ? this.carry.differences(seg.checkpoint, u.delta, firstSuffix, this.segs, this.round) : null;
      if (diff && keptDespite(diff, k)) {
        if (diff.length > 0) for (let j = k; j < suffix.length; j++) if (suffix[j].checkpoint) this.carry.patch(suffix[j].checkpoint!, diff);
        break;
      }
      this.ids.unindex(seg);
      this.oneNames.drop(seg.fullNames);
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
    return kept;
  }

  /** The kept tail: the previous items, moved by `delta`, with ids renumbered where needed. */
  private appendKept(kept: Seg[], delta: number): void {
    const prevOut = this.prevOut!;
    const counts = { sentences: 0, claims: 0, quotes: 0 };
    for (const seg of kept) {
      counts.sentences += seg.counts.sentences;
      counts.claims += seg.counts.claims;
      counts.quotes += seg.counts.quotes;
    }
    const renumber = this.ids.renumbered(kept, prevOut);
    this.reuse = { ...this.reuse, kept: counts.quotes, ids: renumber.get('quotes'), delta };
    const tailOf = <T extends Sentence | Claim | Quote>(list: T[], count: number, ids: Map<number, string> | undefined, into: T[]): number => {
      const from = list.length - count;
      let exact = count;
      for (let i = 0; i < count; i++) {
        const id = ids?.get(from + i);
        into.push(moveItem(list[from + i], delta, id));
        if (id !== undefined) exact = count - i - 1;
      }
      return exact;
    };
    this.lastTails = {
      sentences: tailOf(prevOut.sentences, counts.sentences, undefined, this.sentences),
      claims: tailOf(prevOut.claims, counts.claims, renumber.get('claims'), this.claims),
      quotes: tailOf(this.prevRaw, counts.quotes, renumber.get('quotes'), this.quotes),
    };
  }

  private saveState(): Checkpoint {
    return this.carry.save(this.segs, this.round);
  }

  private output(): Analysis {
    this.raw = this.quotes;
    const errors = errorsOf(this.segs);
    const withErrors = (out: Analysis): Analysis => (errors.length > 0 ? { ...out, errors } : out);
    if (!this.rules.on(oneName)) return withErrors({ sentences: this.sentences, claims: this.claims, quotes: this.quotes });
    const reuse = this.oneNames.unchanged() && this.prevOut !== undefined;
    const byLast = this.oneNames.map(() => this.segs.map((s) => s.persons), this.quotes);
    const quotes = reuse ? this.renamedReusing(byLast) : withOneName(this.quotes, byLast);
    // A kept quote is the previous output's only if its name is too (a full name added or removed elsewhere renames it).
    const prev = this.prevOut?.quotes;
    if (!reuse && prev && this.lastTails.quotes > 0) {
      let exact = 0;
      while (exact < this.lastTails.quotes && quotes[quotes.length - 1 - exact].speaker?.name === prev[prev.length - 1 - exact].speaker?.name) exact++;
      this.lastTails = { ...this.lastTails, quotes: exact };
    }
    return withErrors({ sentences: this.sentences, claims: this.claims, quotes });
  }

  /**
   * link.one-name's output when its map is the last link's: the previous output's renamed quotes before the re-linked
   * paragraphs and in the kept tail (moved), renaming only the re-linked paragraphs' quotes.
   */
  private renamedReusing(byLast: FullNamesByLast): Quote[] {
    const prev = this.prevOut!.quotes;
    const { before, kept, ids, delta } = this.reuse;
    const out = prev.slice(0, before);
    for (const q of withOneName(this.quotes.slice(before, this.quotes.length - kept), byLast)) out.push(q);
    for (let i = prev.length - kept; i < prev.length; i++) out.push(moveItem(prev[i], delta, ids?.get(i)));
    return out;
  }

  /** Links one paragraph: appends its items and updates the state. */
  private linkSeg(seg: Seg): void {
    const base = seg.part.start;
    const para = this.segs.length - 1;
    seg.round = this.round;
    seg.start = base;
    seg.touched = this.carry.touched = [];
    this.relinked++;
    // Item texts are sliced from the paragraph's own text when it is known: a slice of the document
    // would keep this revision of the whole text alive for as long as the item is reused.
    const own = seg.part.text;
    const text = this.text;
    const slice = (start: number, end: number): string =>
      own !== undefined && start >= base && end <= base + own.length ? own.slice(start - base, end - base) : text.slice(start, end);
    const sentences = this.linkSentences(seg, slice);
    seg.persons = seg.personInfo.map((p) => this.carry.registerPerson(p, base));
    const k: QuoteLinking = { text, headline: this.headline, rules: this.rules, carry: this.carry, soFar: this.soFar, ids: this.ids, slice };
    const quotesFrom = this.quotes.length;
    const quoteStems = linkQuotes(k, seg, para, this.quotes);
    linkIntro(k, seg, para);
    this.antecedents.add(seg.persons);
    seg.claimStems = this.linkClaims(seg, slice);
    seg.quoteStems = quoteStems;
    seg.fullNames = this.oneNames.contribution(seg.persons, this.quotes.slice(quotesFrom));
    this.oneNames.add(seg.fullNames);
    seg.counts = { sentences, claims: seg.claimStems.length, quotes: quoteStems.length };
  }

  /** Appends the paragraph's sentences; returns how many. */
  private linkSentences(seg: Seg, slice: (start: number, end: number) => string): number {
    const base = seg.part.start;
    let n = 0;
    for (const s of seg.part.result.sentences) {
      const start = base + s.start;
      const end = base + s.end;
      if (start < 0 || end > this.text.length || end <= start) continue;
      const stext = slice(start, end);
      // Site furniture is never check-worthy (a headline is read like any sentence).
      const score = BOILERPLATE_LINE.test(stext.trim()) ? 0 : (s.score ?? 0);
      this.sentences.push({ start, end, text: stext, score });
      n++;
    }
    return n;
  }

  /** Appends the paragraph's claims (not site furniture's); returns their id stems. */
  private linkClaims(seg: Seg, slice: (start: number, end: number) => string): string[] {
    const base = seg.part.start;
    const stems: string[] = [];
    for (const c of seg.part.result.claims) {
      const start = base + c.start;
      const end = base + c.end;
      if (start < 0 || end > this.text.length || end <= start) continue;
      const ctext = slice(start, end);
      const trimmed = ctext.trim();
      if (BOILERPLATE_LINE.test(trimmed)) continue;
      this.claims.push({
        id: this.ids.allocate('claims', seg, `c-${fnv1a(trimmed)}`, stems),
        start,
        end,
        text: ctext,
        score: c.score,
        type: c.type,
        reasons: c.reasons.slice(),
        entities: { people: c.entities.people.slice(), organizations: c.entities.organizations.slice(), places: c.entities.places.slice() },
      });
    }
    return stems;
  }
}
