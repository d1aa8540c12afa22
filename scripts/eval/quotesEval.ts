/** Quote figures over PolNeAR-style articles (see ../shared/eval/README.md). */
import { analyze } from '../../src/core/analysis';
import type { Quote } from '../../src/core/types';
import { countExact, matchSpans, prf, trimRange, type SpanLike } from './metrics';

export interface GoldQuote {
  start: number;
  end: number;
  kind: 'direct' | 'mixed' | 'indirect';
  speaker: string | null;
  cue: string | null;
  speaker_spans: [number, number][];
  cue_spans: [number, number][];
}
export interface QuoteArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

export interface QuoteFigures {
  direct_mixed: { p: number; r: number; f1: number; exact_f1: number };
  indirect: { p: number; r: number; f1: number };
  speaker_acc: number;
  cue_acc: number;
}

interface Tally {
  gold: number;
  pred: number;
  tp: number;
  exact: number;
}

function overlapsAny(s: SpanLike | null | undefined, spans: [number, number][]): boolean {
  if (!s) return false;
  return spans.some(([a, b]) => Math.min(b, s.end) > Math.max(a, s.start));
}

export function evaluateQuotes(articles: Iterable<QuoteArticle>, analyzeFn: (t: string) => { quotes: Quote[] } = analyze): QuoteFigures {
  const dm: Tally = { gold: 0, pred: 0, tp: 0, exact: 0 };
  const ind: Tally = { gold: 0, pred: 0, tp: 0, exact: 0 };
  let spkN = 0;
  let spkOk = 0;
  let cueN = 0;
  let cueOk = 0;
  for (const art of articles) {
    const { quotes } = analyzeFn(art.text);
    const groups: [GoldQuote[], Quote[], Tally, boolean][] = [
      [art.quotes.filter((q) => q.kind !== 'indirect'), quotes.filter((q) => q.kind !== 'indirect'), dm, true],
      [art.quotes.filter((q) => q.kind === 'indirect'), quotes.filter((q) => q.kind === 'indirect'), ind, false],
    ];
    for (const [gold, pred, tally, primary] of groups) {
      const g = gold.map((q) => trimRange(art.text, q));
      const p = pred.map((q) => trimRange(art.text, q));
      const pairs = matchSpans(g, p);
      tally.gold += g.length;
      tally.pred += p.length;
      tally.tp += pairs.length;
      tally.exact += countExact(g, p);
      if (!primary) continue;
      for (const [gi, pi] of pairs) {
        const gq = gold[gi];
        const pq = pred[pi];
        if (gq.speaker !== null) {
          spkN++;
          if (overlapsAny(pq.speaker?.mention, gq.speaker_spans)) spkOk++;
        }
        if (gq.cue !== null) {
          cueN++;
          if (overlapsAny(pq.cue, gq.cue_spans)) cueOk++;
        }
      }
    }
  }
  const dmPrf = prf(dm.tp, dm.pred, dm.gold);
  return {
    direct_mixed: { ...dmPrf, exact_f1: prf(dm.exact, dm.pred, dm.gold).f1 },
    indirect: prf(ind.tp, ind.pred, ind.gold),
    speaker_acc: spkN ? spkOk / spkN : 0,
    cue_acc: cueN ? cueOk / cueN : 0,
  };
}
