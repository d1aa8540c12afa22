/** A paragraph as the linker keeps it between links, and the document-level facts the linker needs. */
import type { AnalysisError, Span } from '../types';
import type { Gender, ParagraphAnalysis, ParagraphQuote } from '../paragraph/types';
import { surnameKey, type LinkedPerson } from './speakerRules';
import type { Checkpoint } from './carry';
import type { FullNameContribution } from './oneName';

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

export const EMPTY_TAILS: LinkTails = { sentences: 0, claims: 0, quotes: 0 };

export interface PersonInfo {
  start: number;
  name: string;
  gender: Gender;
  /** Lower-cased name when it is one word (looked up among full names), else null. */
  single: string | null;
  /** Lower-cased last word of a multi-word name. */
  lastWord: string;
}

export interface Seg {
  part: LinkPart<ParagraphAnalysis>;
  idx: number;
  /** The paragraph's start in the text of the last link. */
  start: number;
  sortedQuotes: ParagraphQuote[];
  personInfo: PersonInfo[];
  /** Persons as registered in the last link: canonical name and gender. */
  persons: LinkedPerson[];
  counts: LinkTails;
  claimStems: string[];
  quoteStems: string[];
  /** What the paragraph gave link.one-name's map in the last link. */
  fullNames: FullNameContribution;
  /** The cross-paragraph map keys (and PERSONS_READ) it read when last linked (carry.ts). */
  touched: string[];
  checkpoint?: Checkpoint;
  /** Link round in which this paragraph was last (re-)linked. */
  round: number;
}

export function newSeg(part: LinkPart<ParagraphAnalysis>, idx: number): Seg {
  const result = part.result;
  return {
    part,
    idx,
    start: part.start,
    sortedQuotes: result.quotes.slice().sort((a, b) => a.start - b.start),
    personInfo: result.persons.map((p) => {
      const single = /\s/.test(p.name) ? null : p.name.toLowerCase();
      const words = p.name.split(/\s+/);
      return { start: p.start, name: p.name, gender: p.gender, single, lastWord: surnameKey(words) };
    }),
    persons: [],
    counts: { sentences: 0, claims: 0, quotes: 0 },
    claimStems: [],
    quoteStems: [],
    fullNames: { persons: [], speakers: [] },
    touched: [],
    round: 0,
  };
}

/** Items of the segments before index `r`. */
export function itemsBefore(segs: readonly Seg[], r: number): LinkTails {
  const o = { sentences: 0, claims: 0, quotes: 0 };
  for (let j = 0; j < r; j++) {
    o.sentences += segs[j].counts.sentences;
    o.claims += segs[j].counts.claims;
    o.quotes += segs[j].counts.quotes;
  }
  return o;
}

/** Checkpoint spacing: about 64 checkpoints per document, at least every 16 paragraphs. */
export function checkpointEvery(paragraphs: number): number {
  return Math.max(16, Math.ceil(paragraphs / 64));
}

export function isSorted(parts: readonly LinkPart<ParagraphAnalysis>[]): boolean {
  for (let i = 1; i < parts.length; i++) if (parts[i - 1].start > parts[i].start) return false;
  return true;
}

/** The paragraphs' failed steps, placed at their paragraph's offset in the document. */
export function errorsOf(segs: readonly Seg[]): AnalysisError[] {
  const out: AnalysisError[] = [];
  for (const seg of segs) for (const e of seg.part.result.errors ?? []) out.push({ offset: seg.part.start, ...e });
  return out;
}

/** Parts an incremental link can reuse: each with its text, in document order. */
export function incrementalParts(parts: readonly LinkPart<ParagraphAnalysis>[]): boolean {
  return parts.every((p) => p.text !== undefined) && isSorted(parts);
}

/** What a re-link compares: the headline's place (a moved headline re-links everything). */
export function headlineKey(h: Span | null): string {
  return h ? `${h.start}:${h.end}` : '';
}
