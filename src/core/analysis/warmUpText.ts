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
];

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
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}
