/**
 * Made-up news prose for warming up the engine (analysisWorker.ts): compromise runs several times
 * slower until V8 has optimised its many code paths, and repeating one sample sentence does not
 * reach most of them (tagger rules for names, numbers, dates, quotes, contractions, …). So the text
 * is varied: templates filled from small word lists by a seeded generator, same text every time.
 */
const FIRST = ['Maria', 'John', 'Aisha', 'Pierre', 'Li', 'Olga', 'Carlos', 'Fatima', 'Tom', 'Ingrid', 'Kwame', 'Sarah', 'Dmitri', 'Priya'];
const LAST = ['Lopez', 'Smith', 'Khan', 'Dubois', 'Wei', 'Petrova', 'Mendes', 'Haddad', 'Baker', 'Larsen', 'Mensah', 'Cohen', 'Ivanov', 'Nair'];
const TITLE = ['President', 'Senator', 'Dr.', 'Mr.', 'Ms.', 'Prime Minister', 'Gov.', 'Ambassador', 'Chief Executive', 'Professor'];
const ORG = ['the World Bank', 'NATO', 'the United Nations', 'Reuters', 'the Treasury', 'Acme Corp.', 'the Federal Reserve', 'the European Commission', 'Amnesty International', 'the U.S. Senate'];
const PLACE = ['Paris', 'Nairobi', 'Texas', 'Brazil', 'New York', 'Tokyo', 'the Gulf', 'Ukraine', 'Sydney', 'northern Syria', 'London', 'Mumbai'];
const SAY = ['said', 'told reporters', 'warned', 'added', 'claimed', 'insisted', 'argued', 'announced', 'wrote on Twitter', 'explained', 'denied'];
const WHEN = ['on Tuesday', 'last week', 'in 2019', 'on March 3', 'yesterday', 'this morning', 'in the past decade', 'by 2030', 'since January', 'on Friday night'];
const NUM = ['5 percent', '$2.4 billion', 'more than 80 people', 'nearly half', 'three times', '1,200 jobs', '12%', 'two million', 'a third', '€300m'];
const THING = ['unemployment', 'the new tax', 'crime', 'the budget deficit', 'vaccination rates', 'emissions', 'housing prices', 'the trade deal', 'wages', 'the ceasefire'];
const VERB = ['rose', 'fell', 'doubled', 'will increase', "didn't change", 'has dropped', 'could collapse', 'was cut', 'is expected to grow', 'had soared'];
const OPINION = ['a disaster', 'long overdue', 'completely false', 'the right thing to do', 'a historic mistake', 'not acceptable', 'good news for families'];
const PRONOUN = ['he', 'she', 'they', 'we'];
const COMPOUND = ['anti-GOP', 'long-term', 'so-called', 'six-million', 'left/right', 'self-declared', 'U.N.-backed', 'well-known'];
const CONTRACTION = ["won't", "can't", "it's", "they're", "we've", "isn't", "he'd", "that's"];
const TAG = ['#Budget2024', '@reuters', 'www.example.org', 'COVID-19', 'GDP', 'CEO', 'Sept. 12, 2015', '9:30 a.m.'];

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(xs: readonly T[]) => T;

const TEMPLATES: ((p: Pick) => string)[] = [
  (p) => `${p(TITLE)} ${p(FIRST)} ${p(LAST)} ${p(SAY)} ${p(WHEN)} that ${p(THING)} ${p(VERB)} by ${p(NUM)}.`,
  (p) => `"${cap(p(THING))} ${p(VERB)} and ${p(PRONOUN)} will not accept it," ${p(SAY).split(' ')[0]} ${p(FIRST)} ${p(LAST)}, a spokesman for ${p(ORG)}.`,
  (p) => `According to ${p(ORG)}, ${p(NUM)} in ${p(PLACE)} lost their homes ${p(WHEN)}.`,
  (p) => `${p(FIRST)} ${p(LAST)} called the plan "${p(OPINION)}" and ${p(SAY)} it would cost ${p(NUM)}.`,
  (p) => `${cap(p(PRONOUN))} ${p(SAY)}: "${cap(p(THING))} ${p(VERB)} because of ${p(ORG)}. That is ${p(OPINION)}."`,
  (p) => `The report by ${p(ORG)} found that ${p(THING)} in ${p(PLACE)} ${p(VERB)} ${p(WHEN)}, while ${p(THING)} ${p(VERB)}.`,
  (p) => `Asked about ${p(PLACE)}, ${p(LAST)} ${p(SAY)} ${p(ORG)} "must act now", adding that ${p(NUM)} were at risk.`,
  (p) => `If ${p(THING)} ${p(VERB)}, ${p(ORG)} could face ${p(NUM)} in fines, ${p(TITLE)} ${p(LAST)}'s office ${p(SAY)}.`,
  (p) => `Critics in ${p(PLACE)} say it's ${p(OPINION)}; supporters disagree.`,
  (p) => `${p(WHEN).replace(/^./, (c) => c.toUpperCase())}, ${p(NUM)} marched through ${p(PLACE)} — the largest protest since ${1990 + Math.floor(p([0, 5, 9, 14, 21, 27]))}.`,
  (p) => `Why ${p(CONTRACTION)} the ${p(COMPOUND)} plan working? ${cap(p(PRONOUN))} ${p(SAY)} it ${p(CONTRACTION)} ${p(OPINION)} (see ${p(TAG)}).`,
  (p) => `${p(LAST)}'s ${p(COMPOUND)} report: ${p(THING)} ${p(VERB)} from ${p(NUM)} to ${p(NUM)} — REALLY? ${p(TAG)}...`,
  (p) => `"${cap(p(CONTRACTION))} over," ${p(FIRST)} said. "${cap(p(PRONOUN))} ${p(VERB)}!" Then ${p(LAST).toUpperCase()} left ${p(PLACE)}; ${p(ORG)} (${p(TAG)}) did not comment.`,
  (p) => `In ${p(PLACE)}'s ${p(COMPOUND)} districts, ${p(THING)} ${p(VERB)} 3.5% in Q2/2023, per ${p(ORG)}'s data, ${p(LAST)} noted.`,
];

/** Typographic variety of real articles: curly quotes and apostrophes in about half the paragraphs. */
function curly(s: string): string {
  return s.replace(/"([^"]*)"/g, '\u201c$1\u201d').replace(/'/g, '\u2019');
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** About `chars` characters of varied, deterministic news prose in blank-line separated paragraphs. */
export function warmUpText(chars: number, seed = 7): string {
  const rand = prng(seed);
  const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentences: string[] = [];
    const n = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) sentences.push(pick(TEMPLATES)(pick));
    const joined = sentences.join(rand() < 0.1 ? '  ' : ' ');
    const paragraph = rand() < 0.5 ? curly(joined) : joined;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}
