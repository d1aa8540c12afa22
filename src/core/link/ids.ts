/**
 * Item ids: a content hash (`c-…` for claims, `q-…` for quotes) plus an occurrence number, so the same text twice
 * gets two stable ids. Linking the whole document counts occurrences as it goes; re-linking counts those in earlier
 * paragraphs through an index of the paragraphs holding each stem, and renumbers kept items whose count moved.
 */
import type { Analysis } from '../types';
import type { Seg } from './segment';

export type IdList = 'claims' | 'quotes';

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

function idOf(stem: string, n: number): string {
  return n === 0 ? stem : `${stem}-${n + 1}`;
}

function stemsOf(seg: Seg, list: IdList): string[] {
  return list === 'claims' ? seg.claimStems : seg.quoteStems;
}

export class ItemIds {
  /** Segments holding each claim / quote id stem (for occurrence numbers). */
  private readonly index: Record<IdList, StemIndex> = { claims: new Map(), quotes: new Map() };
  /** Occurrences so far per stem while linking the whole document (undefined while re-linking). */
  private seen: Record<IdList, Map<string, number>> | undefined;
  /** Whether the stem indexes are kept (only for incremental linking). */
  private indexing = false;
  /** Net change of occurrence counts per stem caused by re-linked paragraphs. */
  private stemDelta = new Map<string, number>();

  beginRound(): void {
    this.stemDelta = new Map();
  }

  /** Linking the whole document; `incremental`: keep the indexes for re-linking later. */
  beginFull(incremental: boolean): void {
    this.index.claims.clear();
    this.index.quotes.clear();
    this.seen = { claims: new Map(), quotes: new Map() };
    this.indexing = incremental;
  }

  endFull(): void {
    this.seen = undefined;
    this.indexing = true;
  }

  /** The id of the next item with this stem in `seg`, whose earlier stems (of that list) are `stems`. */
  allocate(list: IdList, seg: Seg, stem: string, stems: string[]): string {
    let n = 0;
    for (const s of stems) if (s === stem) n++;
    if (n === 0 && this.indexing) addToIndex(this.index[list], stem, seg);
    const seen = this.seen?.[list];
    if (seen) {
      const before = seen.get(stem) ?? 0;
      seen.set(stem, before + 1);
      n = before;
    } else {
      n += this.countBefore(list, stem, seg);
      this.stemDelta.set(stem, (this.stemDelta.get(stem) ?? 0) + 1);
    }
    stems.push(stem);
    return idOf(stem, n);
  }

  /** A paragraph about to be replaced or re-linked: its stems are counted again. */
  unindex(seg: Seg): void {
    for (const list of ['claims', 'quotes'] as const) {
      const stems = stemsOf(seg, list);
      for (const stem of stems) removeFromIndex(this.index[list], stem, seg);
      for (const stem of stems) this.stemDelta.set(stem, (this.stemDelta.get(stem) ?? 0) - 1);
    }
  }

  /**
   * New ids for items of kept paragraphs whose occurrence number changed (the same text appearing
   * in a re-linked paragraph): by list, index in the previous output → id.
   */
  renumbered(kept: readonly Seg[], prevOut: Analysis): Map<IdList, Map<number, string>> {
    const out = new Map<IdList, Map<number, string>>();
    const changed = [...this.stemDelta].filter(([, d]) => d !== 0).map(([stem]) => stem);
    if (!changed.length || !kept.length) return out;
    const firstKept = kept[0].idx;
    for (const stem of changed) {
      const list: IdList = stem.startsWith('c-') ? 'claims' : 'quotes';
      for (const seg of indexed(this.index[list], stem)) {
        if (seg.idx < firstKept) continue;
        // Where this segment's items sit in the previous output (kept segments are at its end).
        let after = 0;
        for (const later of kept) if (later.idx > seg.idx) after += later.counts[list];
        const from = prevOut[list].length - after - seg.counts[list];
        let n = this.countBefore(list, stem, seg);
        stemsOf(seg, list).forEach((st, i) => {
          if (st !== stem) return;
          let ids = out.get(list);
          if (!ids) out.set(list, (ids = new Map()));
          ids.set(from + i, idOf(stem, n++));
        });
      }
    }
    return out;
  }

  private countBefore(list: IdList, stem: string, seg: Seg): number {
    let n = 0;
    for (const other of indexed(this.index[list], stem)) {
      if (other.idx >= seg.idx) continue;
      for (const s of stemsOf(other, list)) if (s === stem) n++;
    }
    return n;
  }
}
