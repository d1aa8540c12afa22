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

/** Topic lexicons: subjects on which factual, checkable statements are common. */
const TOPICS: [string, RegExp][] = [
  ['economy word', /^(economy|economic|jobs?|unemployment|wages?|income|incomes|taxes|tax|deficits?|debt|budget|spending|trade|manufacturing|businesses|companies|gdp|inflation|recession|growth|poverty|minimum|salary|salaries|pension|pensions|prices?|markets?)$/],
  ['money word', /^(dollars?|\$|million|billion|trillion|cents?|funds?|funding|paid|pay|pays|cost|costs|spent|spend|money|fund|raised)$/],
  ['health or welfare word', /^(health|healthcare|insurance|medicare|medicaid|obamacare|hospitals?|doctors?|drugs?|social|security|benefits?|welfare|care|disease|abortion|vaccines?)$/],
  ['security word', /^(war|wars|military|troops|soldiers|army|weapons?|nuclear|terror|terrorism|terrorists?|isis|attacks?|bomb|bombing|killed|police|crime|crimes|guns?|murders?|prison|border|borders|immigrants?|immigration|illegal|refugees)$/],
  ['politics word', /^(voted|vote|votes|voting|elected|election|campaign|senate|senator|congress|governor|president|administration|government|federal|state|states|country|nation|countries|party|republicans?|democrats?|law|bill|record)$/],
  ['education or energy word', /^(schools?|education|students?|college|teachers?|energy|oil|gas|coal|climate|emissions|carbon|environment|water)$/],
];
const DISCOURSE_START = /^(and|so|well|now|but|look|listen|oh|yes|no|okay|ok|uh|um|folks|ladies|thank|thanks|please|let|let's|again)$/;
const FILLER = /^(uh|um|ah|applause|laughter|crosstalk|inaudible)$/;
const OPINION_VERB_AFTER_I = /^(think|believe|feel|guess|hope|want|wish|know|love|like|am|will|'m|'ll|would)$/;
const PERFECT_AUX = /^(has|have|had)$/;

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
  for (let i = from; i < to; i++) {
    const w = tokens[i].lower;
    for (const [name, re] of TOPICS) if (re.test(w)) add(name, i, i);
    if (FILLER.test(w)) add('filler', i, i);
    if (w === 'percent' || w === '%' || /%$/.test(tokens[i].text + tokens[i].post)) add('percentage', i, i);
    if (/^(voted|votes|vote)$/.test(w) && i + 1 < to && /^(for|against|to|on)$/.test(tokens[i + 1].lower)) add('voting record', i, i + 1);
    if (/^(i|me|my|mine|myself)$/.test(w)) add('speaker self-reference', i, i);
    if (/^(we|our|us)$/.test(w)) add('collective we', i, i);
    if (/^(said|says|claimed|claims)$/.test(w)) add('reported claim', i, i);
    if (/^(never|always|every|all|none|nobody|everybody|only)$/.test(w)) add('absolute word', i, i);
    if (/^(since|ago|previous|previously|before|former|formerly|until|history|historic|ever)$/.test(w)) add('time comparison', i, i);
    if (/^(many|few|several|lots?|much|majority|minority|most|number|amount|quarter|third)$/.test(w)) add('quantity word', i, i);
    if (/^(important|need|needs|must|should|believe|deserve|deserves|right|wrong|fair|unfair|great|better|best)$/.test(w) && seen.has('stance')) add('value judgement', i, i);
    if (/^(country|world|america|nation|people)$/.test(w) && seen.has('collective we')) add('rhetoric', i, i);
    if ((w === 'i' || w === 'we') && i + 1 < to && OPINION_VERB_AFTER_I.test(tokens[i + 1].lower)) add('stance', i, i + 1);
    if (PERFECT_AUX.test(w) && i + 1 < to && tokens[i + 1].tags.has('PastTense')) add('perfect tense', i, i + 1);
    if ((w === 'he' || w === 'she' || w === 'they') && i + 1 < to && tokens[i + 1].tags.has('PastTense')) add('third-person past', i, i + 1);
    if ((w === 'is' || w === 'are' || w === 'was' || w === 'were') && tokens[i].tags.has('Copula')) add('copula', i, i);
  }
  if (from < to && DISCOURSE_START.test(tokens[from].lower)) add('discourse opener', from, from);
  const n = to - from;
  if (n >= 6 && n < 12) add('medium sentence', from, to - 1);
  if (n >= 25) add('very long sentence', from, to - 1);
  if (nCount >= 2) add('several numbers', from, to - 1);
  // Figures stated about the world rather than about the speaker are what fact-checkers pick.
  if (seen.has('number') && !seen.has('speaker self-reference') && !seen.has('question')) add('figure about others', from, to - 1);
  if ((seen.has('past tense') || seen.has('perfect tense')) && (seen.has('person') || seen.has('organisation') || seen.has('place'))) add('past event with named actor', from, to - 1);
  if (seen.has('prediction') && seen.has('collective we')) add('promise', from, to - 1);
  const last = tokens[to - 1];
  if (last && /\?/.test(last.post)) add('question', to - 1, to - 1);
  if (to - from <= 5) add('short sentence', from, to - 1);
  if (to - from >= 12) add('long sentence', from, to - 1);
  return hits;
}

/**
 * Weights of a logistic model over the features above, fitted offline (L2-regularised logistic
 * regression) on the development sentences; only this table ships, never the data.
 */
export const WEIGHTS: Record<string, number> = {
  bias: -2.13,
  'absolute word': -0.11,
  causal: 0.35,
  'collective we': 0.3,
  comparative: 0.29,
  copula: 0.18,
  date: -0.09,
  'discourse opener': -0.29,
  'economy word': 0.73,
  'education or energy word': 0.42,
  'figure about others': 0.02,
  filler: 0.02,
  'first person': -0.32,
  'health or welfare word': 0.35,
  hedge: 0.12,
  'law or rule': 0.42,
  'long sentence': -0.31,
  'medium sentence': -0.4,
  'money or percent': 0.86,
  'money word': 0.42,
  negation: 0.02,
  number: 0.81,
  'opinion or courtesy': -0.5,
  organisation: 0.34,
  'past event with named actor': 0.13,
  'past tense': 0.79,
  percentage: 0.41,
  'perfect tense': 0.15,
  person: 0.01,
  place: 0.48,
  'politics word': 0.27,
  prediction: -0.41,
  promise: -0.52,
  'quantity word': -0.11,
  question: -1.22,
  'reported claim': 0.35,
  rhetoric: -0.2,
  'second person': -0.35,
  'security word': 0.55,
  'several numbers': 0.63,
  'short sentence': -1.1,
  'speaker self-reference': -0.3,
  stance: -0.61,
  'statistics word': 0.27,
  superlative: 0.14,
  'third-person past': 0.15,
  'time comparison': 0.41,
  'value judgement': -0.31,
  'very long sentence': 0.12,
  'voting record': 0.39,
  year: 0.75,
};

/** Full Fact type by the strongest evidence present: figures first, then causes, rules, forecasts, experience. */
const TYPE_OF: [string, ClaimType][] = [
  ['number', 'quantity'], ['money or percent', 'quantity'], ['percentage', 'quantity'],
  ['causal', 'causation'], ['law or rule', 'law'], ['prediction', 'prediction'], ['speaker self-reference', 'personal'],
  ['superlative', 'quantity'], ['comparative', 'quantity'],
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
