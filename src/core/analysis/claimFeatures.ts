/** Features of a sentence for check-worthiness, each with a human-readable reason. */
import type { Token } from './tokens';
import type { ClaimType } from './types';

export interface FeatureHit {
  feature: string;
  /** The words that triggered it, quoted in the reason. */
  evidence: string;
}

const CAUSAL = /^(cause[sd]?|causing|prompt(?:s|ed|ing)?|trigger(?:s|ed|ing)?|lead(?:s|ing)?|led|result(?:s|ed|ing)?|because|due|thanks|blame[sd]?|fuel(?:s|ed|led|ing)?|drive[sn]?|drove|spark(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|boost(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|cut|cuts|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|create[sd]?|creating|destroy(?:s|ed|ing)?|kill(?:s|ed|ing)?|save[sd]?|saving|grow(?:s|n|ing)?|grew|fell|fall(?:s|ing)?|rose|rise[sn]?|rising|drop(?:s|ped|ping)?|soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)|hurt(?:s|ing)?)$/;
const PREDICT = /^(will|won't|going|forecasts?|predict(?:s|ed)?|expects?|projected|projects?|likely|unlikely|soon|future|next|would|could|may|might|plans?|planned|intends?|threatens?)$/;
const LAW = /^(laws?|legal|illegal(?:ly)?|legislation|bill|bills|act|statute|rules?|regulations?|regulat(?:e|ed|es|ing)|ban(?:s|ned)?|constitution(?:al)?|unconstitutional|court|courts|supreme|ruling|ruled|treaty|veto(?:ed|es)?|tax(?:es)?|tariffs?|sanctions?|mandate[sd]?|require[sd]?|requirement|prohibit(?:s|ed)?|amendment|policy|policies|resolutions?|congress|senate|votes?|voted|signed|sign|executive|order|lawsuit|sued|charged|convicted|indicted|allowed|permit(?:s|ted)?)$/;
const STATS = /^(percent|percentage|%|rate|rates|average|median|million|millions|billion|billions|trillion|trillions|thousands?|hundreds?|dozens?|majority|half|twice|times|per|capita|poll|polls|survey|data|record|records|statistics?|number|numbers|jobs|unemployment|deficit|debt|budget|gdp|economy|wages?|income|taxes|spending|cost|costs|funding|dollars?|population|growth|inflation|crime|deaths?|killed|died|people|families|workers|americans|citizens|students|children|votes|voters|acres|miles|tons|years|decades?|months)$/;
const OPINION = /^(think|believe|feel|guess|hope|wish|love|like|hate|great|wonderful|terrible|horrible|amazing|beautiful|awesome|nice|good|bad|wrong|right|stupid|disgrace|disaster|sad|happy|proud|honored|thank|thanks|please|sorry|okay|ok|yes|no|well|maybe|perhaps|probably|frankly|honestly|absolutely|believe|should|must|ought|need|let|let's|welcome|congratulations|applause|laughter|crosstalk)$/;
const FIRST_PERSON = /^(i|i'm|i've|i'd|my|me|we|we've|our|us)$/;
const SECOND_PERSON = /^(you|your|you're|you've)$/;
const HEDGE = /^(may|might|could|perhaps|maybe|possibly|reportedly|allegedly|apparently|seems?|appears?|suggests?)$/;
const NUMBER_WORD = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|dozens|half|third|quarter|double|triple|twice|thrice|percent)$/;
const QUANT_LEAD = /^(more|less|fewer|over|under|nearly|almost|about|around|roughly|approximately|some|at|least|most|than|up|to|only|just)$/;

export function extractFeatures(tokens: Token[], from: number, to: number, text: string): FeatureHit[] {
  const hits: FeatureHit[] = [];
  const seen = new Set<string>();
  const add = (feature: string, a: number, b: number) => {
    if (seen.has(feature)) return;
    seen.add(feature);
    hits.push({ feature, evidence: text.slice(tokens[a].start, tokens[b].end) });
  };
  let nCount = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const w = t.lower;
    const isNum = /\d/.test(t.text) || t.tags.has('Value') || t.tags.has('Cardinal') || NUMBER_WORD.test(w);
    const isYear = /^(1[89]\d\d|20\d\d)s?$/.test(t.text);
    if (isYear) add('year', i, i);
    else if (isNum && !(w === 'one' && !t.tags.has('Value'))) {
      nCount++;
      // evidence: "more than 80 people"
      let a = i;
      while (a > from && a > i - 3 && QUANT_LEAD.test(tokens[a - 1].lower) && !tokens[a - 1].post) a--;
      let b = i;
      while (b + 1 < to && b < i + 2 && !tokens[b].post && (/\d/.test(tokens[b + 1].text) || NUMBER_WORD.test(tokens[b + 1].lower) || tokens[b + 1].tags.has('Noun') && !tokens[b + 1].tags.has('Pronoun'))) {
        b++;
        if (tokens[b].tags.has('Noun') && !NUMBER_WORD.test(tokens[b].lower)) break;
      }
      if (/%|\$|€|£/.test(t.text + t.pre + t.post) || t.tags.has('Percent') || t.tags.has('Money')) add('money or percent', a, b);
      add('number', a, b);
    }
    if (t.tags.has('Superlative') || /^(most|least|best|worst|largest|biggest|highest|lowest|first|only|record)$/.test(w)) add('superlative', i, i);
    if (t.tags.has('Comparative') || /^(more|less|fewer|than)$/.test(w)) add('comparative', i, i);
    if (CAUSAL.test(w)) add('causal', i, i);
    if (PREDICT.test(w)) add('prediction', i, i);
    if (LAW.test(w)) add('law or rule', i, i);
    if (STATS.test(w)) add('statistics word', i, i);
    if (t.tags.has('Person') && !t.tags.has('Pronoun')) add('person', i, i);
    if (t.tags.has('Organization')) add('organisation', i, i);
    if (t.tags.has('Place')) add('place', i, i);
    if (t.tags.has('Date') && !isYear && /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last|ago|since)$/.test(w)) add('date', i, i);
    if (FIRST_PERSON.test(w)) add('first person', i, i);
    if (SECOND_PERSON.test(w)) add('second person', i, i);
    if (OPINION.test(w)) add('opinion or courtesy', i, i);
    if (HEDGE.test(w)) add('hedge', i, i);
    if (t.tags.has('PastTense')) add('past tense', i, i);
    if (t.tags.has('Negative')) add('negation', i, i);
  }
  if (nCount >= 2) add('several numbers', from, to - 1);
  const last = tokens[to - 1];
  if (last && /\?/.test(last.post)) add('question', to - 1, to - 1);
  if (to - from <= 5) add('short sentence', from, to - 1);
  if (to - from >= 12) add('long sentence', from, to - 1);
  return hits;
}

/** Weights of a logistic model over the features above (fitted offline on labelled sentences, see scripts/eval.ts). */
export const WEIGHTS: Record<string, number> = {
  bias: -1.6,
  number: 1.6,
  'money or percent': 0.8,
  'several numbers': 0.5,
  year: 0.6,
  superlative: 0.5,
  comparative: 0.5,
  causal: 0.5,
  prediction: 0.1,
  'law or rule': 0.5,
  'statistics word': 0.6,
  person: 0.2,
  organisation: 0.3,
  place: 0.3,
  date: 0.2,
  'first person': -0.4,
  'second person': -0.6,
  'opinion or courtesy': -0.8,
  hedge: -0.2,
  'past tense': 0.4,
  negation: -0.1,
  question: -1.5,
  'short sentence': -1.5,
  'long sentence': 0.3,
};

const TYPE_OF: [string, ClaimType][] = [
  ['number', 'quantity'], ['money or percent', 'quantity'], ['statistics word', 'quantity'], ['superlative', 'quantity'], ['comparative', 'quantity'],
  ['causal', 'causation'], ['law or rule', 'law'], ['prediction', 'prediction'], ['first person', 'personal'],
];

export function scoreFeatures(hits: FeatureHit[]): { score: number; type: ClaimType; reasons: string[] } {
  let z = WEIGHTS.bias;
  const reasons: string[] = [];
  const present = new Set<string>();
  for (const h of hits) {
    const w = WEIGHTS[h.feature] ?? 0;
    z += w;
    present.add(h.feature);
    if (w > 0.15) reasons.push(`${h.feature}: "${h.evidence.length > 60 ? h.evidence.slice(0, 57) + '…' : h.evidence}"`);
  }
  const score = 1 / (1 + Math.exp(-z));
  let type: ClaimType = 'other';
  for (const [f, ty] of TYPE_OF) {
    if (present.has(f)) {
      type = ty;
      break;
    }
  }
  return { score: Math.round(score * 1000) / 1000, type, reasons };
}
