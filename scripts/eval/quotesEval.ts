/** Quote figures over PolNeAR-style articles (see ../shared/eval/README.md). */
import { analyze } from '../../src/core/analysis';
import { BARE_PRONOUN } from '../../src/core/export/speakers';
import { TITLES } from '../../src/core/text/lexicon';
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
  /**
   * Among matched direct+mixed quotes whose gold speaker holds a capitalised name, the share whose resolved
   * display name contains that name's last word (`Sen. Chris Coons, Democrat of Delaware` → `Coons`).
   */
  speaker_name_acc: number;
  /**
   * The share of predicted quotes (all kinds) whose resolved display name is a bare pronoun or relative word. A
   * speaker marked unresolved (`resolved: false`) has no display name (shown `— ?`) and is counted apart, below.
   */
  pronoun_speaker_rate: number;
  /** The share of predicted quotes (all kinds) whose speaker is marked unresolved (a pronoun or relative word tied to no one). */
  unresolved_speaker_rate: number;
  cue_acc: number;
}

/** Words never a name, though capitalised at a sentence start. */
const NOT_NAME = /^(?:he|she|it|they|we|i|you|who|which|that|this|these|those|him|her|them|his|its|their|the|a|an|one|some|many|most|others?|both|all|mr|mrs|ms|dr|sen|rep|gov|gen|pres|president|senator|representative|governor|secretary|former|but|and|as|in|on|at|according)$/;

/**
 * The name a gold speaker text gives: in its first part (split at commas, brackets and dashes) that holds a
 * capitalised word, the last capitalised word (the appositive after the name only describes). `Sen. Chris Coons, Democrat of Delaware`
 * → Coons; `CIA spokesman Ryan Trapani` → Trapani; `Gov. John Kasich (R-OH)` → Kasich; `Ryan's campaign` → Ryan;
 * `a spokeswoman, Anna Richardson White,` → White; `Rep. Lee Zeldin of New York` → Zeldin; `he`, `a spokesman` → null.
 */
export function goldNameWord(speaker: string): string | null {
  for (const whole of speaker.split(/[,;:()[\]\u2014\u2013]|\s-{1,2}\s|\s-{2}/)) {
    const part = personOfPlace(whole);
    let last: string | null = null;
    for (const raw of part.split(/\s+/).filter(Boolean)) {
      const w = bare(raw);
      const cap = /^\p{Lu}[\p{L}'\u2019.-]*$/u.test(w) && !NOT_NAME.test(w.toLowerCase().replace(/\.$/, ''));
      if (cap) last = w;
    }
    if (last) return last;
  }
  return null;
}

const bare = (raw: string): string => raw.replace(/^["\u201c'\u2018]+/, '').replace(/['\u2019]s?$/, '').replace(/[."\u201d'\u2019]+$/, '');

/**
 * `Rep. Lee Zeldin of New York`, `Mr. Nevins of Showtime`: a name of two capitalised words or more before `of` is the
 * person's, the rest where they come from. Not `Secretary of State John Kerry`, `Deputy Chief of Staff …` (a title
 * before `of`) or `Bank of England` (one word).
 */
function personOfPlace(part: string): string {
  const at = part.search(/\sof\s/);
  if (at < 0) return part;
  const head = part.slice(0, at).split(/\s+/).filter(Boolean).map(bare);
  let run = 0;
  for (let i = head.length - 1; i >= 0 && /^\p{Lu}/u.test(head[i]); i--) run++;
  const last = head[head.length - 1] ?? '';
  return run >= 2 && !TITLES.has(last.toLowerCase()) && !NOT_NAME.test(last.toLowerCase()) ? part.slice(0, at) : part;
}

/** A display name that names nobody: a bare pronoun or relative word. */
export { BARE_PRONOUN } from '../../src/core/export/speakers';


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
  let nameN = 0;
  let nameOk = 0;
  let predAll = 0;
  let pronounNamed = 0;
  let unresolved = 0;
  for (const art of articles) {
    const { quotes } = analyzeFn(art.text);
    predAll += quotes.length;
    pronounNamed += quotes.filter((q) => q.speaker && q.speaker.resolved !== false && BARE_PRONOUN.test(q.speaker.name.trim())).length;
    unresolved += quotes.filter((q) => q.speaker?.resolved === false).length;
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
          const word = goldNameWord(gq.speaker);
          if (word) {
            nameN++;
            if (pq.speaker && pq.speaker.name.split(/[\s,]+/).some((w) => w.replace(/['\u2019]s$|[.]$/g, '') === word)) nameOk++;
          }
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
    speaker_name_acc: nameN ? nameOk / nameN : 0,
    pronoun_speaker_rate: predAll ? pronounNamed / predAll : 0,
    unresolved_speaker_rate: predAll ? unresolved / predAll : 0,
    cue_acc: cueN ? cueOk / cueN : 0,
  };
}
