/** Features of a sentence for check-worthiness, each with a human-readable reason. */
import type { Token } from '../text/tokens';
import { addPatternFeatures } from './patterns';
import type { AddFeature, FeatureHit, FeatureId } from './featureIds';

const CAUSAL = /^(cause[sd]?|causing|prompt(?:s|ed|ing)?|trigger(?:s|ed|ing)?|lead(?:s|ing)?|led|result(?:s|ed|ing)?|because|due|thanks|blame[sd]?|fuel(?:s|ed|led|ing)?|drive[sn]?|drove|spark(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|boost(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|cut|cuts|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|create[sd]?|creating|destroy(?:s|ed|ing)?|kill(?:s|ed|ing)?|save[sd]?|saving|grow(?:s|n|ing)?|grew|fell|fall(?:s|ing)?|rose|rise[sn]?|rising|drop(?:s|ped|ping)?|soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)|hurt(?:s|ing)?)$/;
const PREDICT = /^(will|won't|going|forecasts?|predict(?:s|ed)?|expects?|projected|projects?|likely|unlikely|soon|future|next|would|could|may|might|plans?|planned|intends?|threatens?)$/;
const LAW = /^(laws?|legal|illegal(?:ly)?|legislation|bill|bills|act|statute|rules?|regulations?|regulat(?:e|ed|es|ing)|ban(?:s|ned)?|constitution(?:al)?|unconstitutional|court|courts|supreme|ruling|ruled|treaty|veto(?:ed|es)?|tax(?:es)?|tariffs?|sanctions?|mandate[sd]?|require[sd]?|requirement|prohibit(?:s|ed)?|amendment|policy|policies|resolutions?|congress|senate|votes?|voted|signed|sign|executive|order|lawsuit|sued|charged|convicted|indicted|allowed|permit(?:s|ted)?)$/;
const STATS = /^(percent|percentage|%|rate|rates|average|median|million|millions|billion|billions|trillion|trillions|thousands?|hundreds?|dozens?|majority|half|twice|times|per|capita|poll|polls|survey|data|record|records|statistics?|number|numbers|jobs|unemployment|deficit|debt|budget|gdp|economy|wages?|income|taxes|spending|cost|costs|funding|dollars?|population|growth|inflation|crime|deaths?|killed|died|people|families|workers|americans|citizens|students|children|votes|voters|acres|miles|tons|years|decades?|months)$/;
const OPINION = /^(think|believe|feel|guess|hope|wish|love|like|hate|great|wonderful|terrible|horrible|amazing|beautiful|awesome|nice|good|bad|wrong|right|stupid|disgrace|disaster|sad|happy|proud|honored|thank|thanks|please|sorry|okay|ok|yes|no|well|maybe|perhaps|probably|frankly|honestly|absolutely|believe|should|must|ought|need|let|let's|welcome|congratulations|applause|laughter|crosstalk)$/;
const FIRST_PERSON = /^(i|i'm|i've|i'd|my|me|we|we've|our|us)$/;
const SECOND_PERSON = /^(you|your|you're|you've)$/;
const HEDGE = /^(may|might|could|perhaps|maybe|possibly|reportedly|allegedly|apparently|seems?|appears?|suggests?)$/;
const NUMBER_WORD = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|trillions|dozen|dozens|half|third|quarter|double|triple|twice|thrice|percent)$/;
const QUANT_LEAD = /^(more|less|fewer|over|under|nearly|almost|about|around|roughly|approximately|some|at|least|most|than|up|to|only|just)$/;

/** Topic lexicons: subjects on which factual, checkable statements are common. */
const TOPICS: readonly [FeatureId, RegExp][] = [
  ['economy word', /^(economy|economic|jobs?|unemployment|wages?|income|incomes|taxes|tax|deficits?|debt|budget|spending|trade|manufacturing|businesses|companies|gdp|inflation|recession|growth|poverty|minimum|salary|salaries|pension|pensions|prices?|markets?)$/],
  ['money word', /^(dollars?|\$|million|billion|trillion|cents?|funds?|funding|paid|pay|pays|cost|costs|spent|spend|money|fund|raised)$/],
  ['health or welfare word', /^(health|healthcare|insurance|medicare|medicaid|obamacare|hospitals?|doctors?|drugs?|social|security|benefits?|welfare|care|disease|abortion|vaccines?)$/],
  ['security word', /^(war|wars|military|troops|soldiers|army|weapons?|nuclear|terror|terrorism|terrorists?|isis|attacks?|bomb|bombing|killed|police|crime|crimes|guns?|murders?|prison|border|borders|immigrants?|immigration|illegal|refugees)$/],
  ['politics word', /^(voted|vote|votes|voting|elected|election|campaign|senate|senator|congress|governor|president|administration|government|federal|state|states|country|nation|countries|party|republicans?|democrats?|law|bill|record)$/],
  ['education or energy word', /^(schools?|education|students?|college|teachers?|energy|oil|gas|coal|climate|emissions|carbon|environment|water)$/],
];
/**
 * General lexicons separating checkable statements from debate rhetoric: value words and talk about
 * the debate itself lower the score; spans of time, public bodies, comparisons and completed actions raise it.
 */
const STYLE_LEXICONS: readonly [FeatureId, RegExp][] = [
  ['values rhetoric', /^(values?|freedoms?|tough|important|responsibility|responsibilities|opportunity|opportunities|rights|strong|stronger|strength|future|peace|dignity|dreams?|faith|leadership|vision|character|courage|hopes?|believe|beliefs?|principles?|commitment|committed|deserve|fairness|fair|together|greatness|great|proud|challenges?|serious|clear|sure)$/],
  ['debate talk', /^(answers?|questions?|ask|asked|talk|talking|talked|tonight|issues?|debate|discuss|discussion|point|thank|agree|disagree|mean|means|let|somebody|something|anything|everybody|kind|things)$/],
  ['time span', /^(months?|years?|decades?|century|centuries|ago|since|history|historic|last|already|weeks?|today|previous|earlier|during|until)$/],
  ['public body', /^(office|administration|committees?|senate|congress|congressional|house|bills?|budget|federal|national|programs?|department|agency|agencies|legislature|legislation|government|governor|court|commission)$/],
  ['comparison word', /^(less|than|under|over|times|fewer|few|many|half|single|including|without|against|actually|fact|only|nearly|almost|average|higher|lower|increase|increased|decrease|decreased|lost|gained|doubled|tripled)$/],
  ['completed action', /^(went|passed|took|taken|lost|gone|supported|opposed|voted|signed|cut|raised|increased|spent|came|worked|seen|created|added|reduced|vetoed|sent|made|gave|given|built|closed|won|failed|became|left|killed|died)$/],
  ['intention', /^(will|'ll|won't|going|want|wants|plan|intend|propose|promise|would|should|must|need|needs|ought|let's|can|try)$/],
];
const SPEAKER_INTENT = /^(will|'ll|want|am|would|can|must|should|need|propose|support|favor|intend)$/;

const DISCOURSE_START = /^(and|so|well|now|but|look|listen|oh|yes|no|okay|ok|uh|um|folks|ladies|thank|thanks|please|let|let's|again)$/;
const FILLER = /^(uh|um|ah|applause|laughter|crosstalk|inaudible)$/;
const OPINION_VERB_AFTER_I = /^(think|believe|feel|guess|hope|want|wish|know|love|like|am|will|'m|'ll|would)$/;
const PERFECT_AUX = /^(has|have|had)$/;

/** The lower-cased word, except "US" (the country), which must not read as the pronoun "us". */
function pronounOrWord(t: Token): string {
  return t.text === 'US' ? 'u.s.' : t.lower;
}

/** Last token of the name starting at i, so a reason shows "United States", not "United". */
function nameEnd(tokens: Token[], i: number, to: number, tag: string): number {
  let j = i;
  while (j + 1 < to && !tokens[j].post && tokens[j + 1].tags.has(tag)) j++;
  return j;
}

/** The features of the sentence of tokens [from, to), in the order found (each once). */
export function extractFeatures(tokens: Token[], from: number, to: number, text: string): FeatureHit[] {
  const hits: FeatureHit[] = [];
  const seen = new Set<FeatureId>();
  const add: AddFeature = (feature, a, b) => {
    if (seen.has(feature)) return;
    seen.add(feature);
    // A feature of the whole sentence has no telling excerpt: quoting the sentence back says nothing.
    const whole = a === from && b === to - 1 && b > a;
    hits.push({ feature, evidence: whole ? '' : text.slice(tokens[a].start, tokens[b].end) });
  };
  const numbers = addTokenFeatures(tokens, from, to, add);
  addWordFeatures(tokens, from, to, add, seen);
  addShapeFeatures(tokens, from, to, add);
  addPatternFeatures(tokens, from, to, add);
  addSentenceFeatures(tokens, from, to, add, seen, numbers);
  return hits;
}

/** Numbers, years, names, tense and the word lexicons, token by token; returns how many numbers. */
function addTokenFeatures(tokens: Token[], from: number, to: number, add: AddFeature): number {
  let nCount = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const w = pronounOrWord(t);
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
    if (t.tags.has('Person') && !t.tags.has('Pronoun')) add('person', i, nameEnd(tokens, i, to, 'Person'));
    if (t.tags.has('Organization')) add('organisation', i, nameEnd(tokens, i, to, 'Organization'));
    if (t.tags.has('Place')) add('place', i, nameEnd(tokens, i, to, 'Place'));
    if (t.tags.has('Date') && !isYear && /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last|ago|since)$/.test(w)) add('date', i, i);
    if (FIRST_PERSON.test(w)) add('first person', i, i);
    if (SECOND_PERSON.test(w)) add('second person', i, i);
    if (OPINION.test(w)) add('opinion or courtesy', i, i);
    if (HEDGE.test(w)) add('hedge', i, i);
    if (t.tags.has('PastTense')) add('past tense', i, i);
    if (t.tags.has('Negative')) add('negation', i, i);
  }
  return nCount;
}

/** Topic words, fillers, self-reference and stance, word by word; some depend on features found before (`seen`). */
function addWordFeatures(tokens: Token[], from: number, to: number, add: AddFeature, seen: ReadonlySet<FeatureId>): void {
  for (let i = from; i < to; i++) {
    const w = pronounOrWord(tokens[i]);
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
}

/** Features of the whole sentence: its opener, its length, combinations of features found before (`seen`). */
function addSentenceFeatures(tokens: Token[], from: number, to: number, add: AddFeature, seen: ReadonlySet<FeatureId>, nCount: number): void {
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
}

/** Shape of the sentence: names, density of nouns, time and intent phrases, lexicon hits. */
function addShapeFeatures(tokens: Token[], from: number, to: number, add: AddFeature): void {
  const n = to - from;
  let proper = 0;
  let values = 0;
  let nouns = 0;
  let adjectives = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const w = pronounOrWord(t);
    const next = i + 1 < to ? tokens[i + 1] : undefined;
    const pronoun = t.tags.has('Pronoun');
    if (t.tags.has('ProperNoun') && !pronoun) proper++;
    if (t.tags.has('Value')) values++;
    if (t.tags.has('Noun') && !pronoun) nouns++;
    if (t.tags.has('Adjective')) adjectives++;
    if (w === 'there' && next && /^(is|are|was|were|'s)$/.test(next.lower)) add('existential', i, i + 1);
    if ((w === 'i' || w === 'we') && next && SPEAKER_INTENT.test(next.lower)) add('speaker intent', i, i + 1);
    if ((w === 'i' || w === 'we') && next?.tags.has('PastTense')) add('speaker past action', i, i + 1);
    if (t.tags.has('Ordinal')) add('ordinal', i, i);
    if (t.tags.has('Modal')) add('modal', i, i);
    if (/^(he|she|they|his|her|their)$/.test(w)) add('third person', i, i);
    if (t.tags.has('Value') && next?.tags.has('Noun') && !next.tags.has('Pronoun')) add('counted noun', i, i + 1);
    if (t.tags.has('Verb') && t.tags.has('PresentTense')) add('present tense', i, i);
    if (t.tags.has('Adverb')) add('adverb', i, i);
    if (t.tags.has('Possessive')) add('possessive', i, i);
    if (t.tags.has('Acronym')) add('acronym', i, i);
    if (i === from && /^(this|that|these|those)$/.test(w)) add('deictic opener', i, i);
    if (i === from && (w === 'he' || w === 'she')) add('third-person opener', i, i);
    for (const [name, re] of STYLE_LEXICONS) if (re.test(w)) add(name, i, i);
  }
  if (proper >= 2) add('several names', from, to - 1);
  if (n && nouns / n > 0.4) add('noun-dense', from, to - 1);
  if (n && nouns / n < 0.2) add('few nouns', from, to - 1);
  if (adjectives >= 3) add('adjective-heavy', from, to - 1);
  if (values >= 1 && proper >= 1) add('number with a name', from, to - 1);
  if (n >= 18) add('18+ words', from, to - 1);
  if (n >= 35) add('35+ words', from, to - 1);
}
