/** Word lists used by the rules. General English, not tuned to any article. */

function inflect(base: string, extra: string[] = []): string[] {
  const out = new Set<string>([base, ...extra]);
  const e = base.endsWith('e');
  const y = /[^aeiou]y$/.test(base);
  out.add(y ? base.slice(0, -1) + 'ies' : /(s|sh|ch|x|z)$/.test(base) ? base + 'es' : base + 's');
  out.add(e ? base + 'd' : y ? base.slice(0, -1) + 'ied' : base + 'ed');
  out.add(e && !base.endsWith('ee') ? base.slice(0, -1) + 'ing' : base + 'ing');
  return [...out];
}

/** Speech and attribution verbs (all inflections), the cue of a quote. */
const SPEECH_BASES: [string, string[]?][] = [
  ['say', ['said', 'says', 'saying']],
  ['tell', ['told', 'telling']],
  ['write', ['wrote', 'written', 'writing', 'writes']],
  ['tweet'], ['add'], ['note'], ['explain'], ['argue'], ['claim'], ['insist'], ['warn'], ['state'],
  ['announce'], ['declare'], ['report'], ['ask'], ['answer'], ['reply'], ['respond'], ['acknowledge'],
  ['admit', ['admitted', 'admitting']], ['concede'], ['suggest'], ['contend'], ['assert'], ['maintain'],
  ['predict'], ['promise'], ['vow'], ['pledge'], ['urge'], ['recall'], ['conclude'], ['complain'],
  ['boast'], ['joke'], ['quip', ['quipped', 'quipping']], ['observe'], ['emphasize'], ['emphasise'], ['stress'],
  ['charge'], ['allege'], ['confirm'], ['deny', ['denied', 'denies']], ['testify', ['testified', 'testifies']],
  ['estimate'], ['recount'], ['remark'], ['reiterate'], ['exclaim'], ['shout'], ['scream'], ['whisper'],
  ['post'], ['blog', ['blogged', 'blogging']], ['mention'], ['comment'], ['counter'], ['retort'], ['repeat'],
  ['describe'], ['proclaim'], ['caution'], ['advise'], ['indicate'], ['hint'], ['threaten'], ['demand'],
  ['declare'], ['acknowledge'], ['lament'], ['signal'], ['disclose'], ['reveal'], ['continue'], ['begin', ['began', 'begun', 'beginning', 'begins']],
  ['believe'], ['think', ['thought', 'thinks', 'thinking']], ['feel', ['felt', 'feels', 'feeling']],
  ['know', ['knew', 'known', 'knows', 'knowing']], ['hope'], ['fear'], ['worry', ['worried', 'worries']],
  ['expect'], ['agree', ['agreed', 'agrees', 'agreeing']], ['accuse'], ['call'], ['brand'], ['dub', ['dubbed', 'dubbing']],
  ['label', ['labeled', 'labelled']], ['praise'], ['criticize'], ['criticise'], ['blame'], ['question'], ['wonder'],
  ['speculate'], ['assure'], ['inform'], ['remind'], ['pronounce'], ['surmise'], ['figure'], ['reckon'],
  ['yell'], ['chant'], ['holler'], ['interject'], ['snap', ['snapped', 'snapping']], ['scoff'],
];

/** Verbs whose complement clause is what was said (indirect speech): excludes call/accuse/… */
const NON_CLAUSAL = new Set(['snap', 'scoff', 'call', 'brand', 'dub', 'label', 'praise', 'criticize', 'criticise', 'blame', 'accuse', 'describe', 'question', 'continue', 'begin']);

export const SPEECH_VERBS = new Map<string, string>();
export const CLAUSE_VERBS = new Set<string>();
for (const [base, extra] of SPEECH_BASES) {
  for (const f of inflect(base, extra)) {
    SPEECH_VERBS.set(f, base);
    if (!NON_CLAUSAL.has(base)) CLAUSE_VERBS.add(f);
  }
}

/** Verbs that are strong, unambiguous speech cues (used when a quote has no other cue). */
export const CORE_SPEECH = new Set([
  'say', 'tell', 'write', 'tweet', 'add', 'note', 'explain', 'argue', 'claim', 'insist', 'warn', 'state', 'announce',
  'declare', 'ask', 'reply', 'respond', 'acknowledge', 'admit', 'concede', 'contend', 'assert', 'recall', 'conclude',
  'complain', 'boast', 'joke', 'quip', 'observe', 'emphasize', 'emphasise', 'stress', 'charge', 'allege', 'confirm',
  'deny', 'testify', 'remark', 'reiterate', 'exclaim', 'shout', 'post', 'mention', 'comment', 'counter', 'retort',
  'proclaim', 'caution', 'predict', 'promise', 'vow', 'pledge', 'urge', 'suggest', 'report', 'maintain', 'answer',
  'repeat', 'write', 'blog', 'lament', 'whisper', 'scream', 'recount', 'disclose', 'reveal',
]);

/** Title words that may precede a name but are not part of it. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father',
  'president', 'vice', 'prime', 'minister', 'secretary', 'ambassador', 'senator', 'sen', 'rep', 'del', 'representative',
  'congressman', 'congresswoman', 'gov', 'governor', 'mayor', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'general', 'gen', 'lt', 'col', 'colonel', 'captain', 'capt', 'sgt', 'sergeant', 'admiral', 'adm', 'major', 'maj',
  'judge', 'justice', 'attorney', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'spokesman',
  'spokeswoman', 'spokesperson', 'commissioner', 'officer', 'deputy', 'assistant', 'speaker', 'leader', 'state',
  'foreign', 'defense', 'defence', 'interior', 'u.s.', 'us', 'u.n.', 'un', 'former', 'new', 'candidate', 'nominee',
  'republican', 'democrat', 'democratic', 'sheriff', 'pope', 'cardinal', 'bishop', 'rabbi', 'imam', 'sheikh', 'emir',
  'gop', 'house', 'senate', 'majority', 'minority', 'whip', 'founder', 'executive', 'analyst', 'professor',
  'pastor', 'economist', 'author', 'host', 'anchor', 'correspondent', 'reporter', 'columnist', 'editor', 'lawyer',
  'st', 'of', 'the', 'general\'s', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman',
]);

export const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
export const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'congressman', 'chairman', 'spokesman']);
export const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'congresswoman', 'chairwoman', 'spokeswoman']);

/** Lines that are site furniture, not article text. Whole-line, case-insensitive. */
export const BOILERPLATE_LINE =
  /^(?:latest news|related(?: (?:news|stories|articles|coverage))?|read more|advertisement|share (?:this|on \w+)|follow us.*|subscribe.*|sign up.*|click here.*|more from .*|top stories|trending(?: now)?|most (?:read|popular)|recommended(?: for you)?|you may also like|comments?|photo:.*|image:.*|\(?ap photo.*|copyright .*|©.*|all rights reserved\.?|see also)\s*[.:]?$/i;

/** Words of a transcriber's note: "(Laughter)", "[applause]", "(inaudible)", "(ph)". */
const STAGE_NOTE = /^(?:inaudible|unintelligible|crosstalk|laughter|laughs|laughing|applause|cheering|cheers|booing|boos|ph|sic|phonetic|off-mike|silence|music)$/i;
const BRACKETED = /[([]([^()[\]]*)[)\]]/g;

/**
 * A sentence made only of transcript stage directions — "(APPLAUSE)", "(BELL RINGS)", "[Laughter]",
 * "(inaudible)" — is the transcriber's, not the speaker's, and never a claim. A group counts when it is
 * in capitals (three letters or more, so "(AP)" and "(A)" are not) or at most four words with a note word.
 */
export function isStageDirection(sentence: string): boolean {
  const t = sentence.trim();
  if (!t || t.replace(BRACKETED, '').replace(/[\s.,;:]+/g, '') !== '') return false;
  for (const [, inner] of t.matchAll(BRACKETED)) {
    const body = inner.trim().replace(/[.,;:]+$/, '');
    const capitals = /^[A-Z][A-Z\s,'\u2019&.-]*[A-Z]$/.test(body) && (body.match(/[A-Z]/g) ?? []).length >= 3;
    const words = body.split(/[\s,]+/).filter(Boolean);
    const note = words.length > 0 && words.length <= 4 && words.some((w) => STAGE_NOTE.test(w));
    if (!capitals && !note) return false;
  }
  return true;
}

/** Cues only when right next to a quotation: `Blackwell continued, “…”`. */
export const ADJACENT_ONLY_CUES = new Set(['continue', 'begin']);

/**
 * Cues whose next noun is who was told or judged, never the speaker: `…, told the BBC: "…"`, `…, accused the mayor`.
 * `said X` inverts (`"…," said Lee`); these do not, so no inverted reading of them.
 */
const ADDRESSEE_CUES = new Set(['tell', 'inform', 'assure', 'remind', 'accuse', 'praise', 'criticize', 'criticise', 'blame', 'brand', 'dub', 'label']);

/** Is `word` (lower case, any inflection) a cue whose next noun is who was told, never an inverted speaker? */
export function namesAddressee(word: string): boolean {
  return ADDRESSEE_CUES.has(SPEECH_VERBS.get(word) ?? word);
}

/** Cognition verbs: weaker cues than speech verbs when both introduce the same quote. */
export const WEAK_CUES = new Set(['believe', 'think', 'feel', 'know', 'hope', 'fear', 'worry', 'expect', 'agree', 'wonder', 'figure', 'reckon', 'surmise', 'speculate']);

/** Verbs reporting a stance or act whose object is attributed content ("denied any role", "promised to deport"). */
export const ATTITUDE_VERBS = new Set<string>();
for (const [base, extra] of [
  ['promise'], ['vow'], ['pledge'], ['refuse'], ['decide'], ['plan', ['planned', 'planning', 'plans']], ['want'], ['demand'], ['seek', ['sought', 'seeks', 'seeking']],
  ['propose'], ['support'], ['oppose'], ['criticize'], ['criticise'], ['reject'], ['disclose'], ['deny', ['denied', 'denies', 'denying']], ['praise'],
  ['blame'], ['cite'], ['defend'], ['dismiss'], ['endorse'], ['recommend'], ['prove'], ['show', ['showed', 'shown', 'shows', 'showing']],
  ['find', ['found', 'finds', 'finding']], ['conclude'], ['estimate'], ['indicate'], ['suggest'], ['reveal'], ['consider'], ['acknowledge'],
  ['accuse'], ['question'], ['urge'], ['ask'], ['agree', ['agreed', 'agrees', 'agreeing']], ['hope'], ['expect'], ['fear'], ['doubt'], ['insist'],
  ['threaten'], ['announce'], ['predict'], ['warn'], ['argue'], ['claim'], ['believe'], ['think', ['thought', 'thinks', 'thinking']], ['know', ['knew', 'known', 'knows']],
  ['recall'], ['admit', ['admitted', 'admitting', 'admits']], ['describe'], ['call'], ['condemn'], ['welcome'], ['applaud'], ['mock'], ['attack'], ['slam', ['slammed', 'slams']],
  ['blast'], ['decry', ['decried', 'decries', 'decrying']], ['bemoan'], ['herald'], ['hail'], ['tout'], ['deride'], ['denounce'], ['lambaste'],
  ['ridicule'], ['portray'], ['lament'], ['laud'],
] as [string, string[]?][]) {
  for (const f of inflect(base, extra)) ATTITUDE_VERBS.add(f);
}

/**
 * Closed-class words that open a sentence capitalised but never begin a name: `If Obama Says It` (a headline),
 * `But the survey shows`, `By refusing to admit …`. Words that are also names (`Will`, `May`, `Grant`, `From`) are not here.
 */
export const NEVER_NAME_WORDS = new Set([
  'if', 'but', 'and', 'or', 'nor', 'so', 'yet', 'then', 'even', 'while', 'whilst', 'when', 'whether', 'as', 'because', 'although',
  'though', 'since', 'unless', 'until', 'once', 'after', 'before', 'in', 'on', 'at', 'by', 'with', 'without', 'for', 'of',
  'to', 'into', 'about', 'against', 'despite', 'during', 'amid', 'among', 'through', 'also', 'still', 'now', 'just', 'only',
  'perhaps', 'indeed', 'however', 'meanwhile', 'instead', 'thus', 'hence', 'here', 'there', 'like', 'unlike',
]);

/** Abbreviations whose full stop ends no sentence or clause: `Sen. Cruz`, `No. 2`, `Sept. 9`. */
export const ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Maj',
  'Prof', 'Rev', 'Hon', 'Atty', 'Supt', 'St', 'Ft', 'Mt', 'Jr', 'Sr', 'No', 'Nos', 'Inc', 'Co', 'Corp', 'Ltd', 'Bros',
  'vs', 'etc', 'approx', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ala', 'Ariz', 'Ark',
  'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Mass', 'Md', 'Mich', 'Minn', 'Miss',
  'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
];
