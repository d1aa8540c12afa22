/**
 * Hand-built review items over test/fixtures/export/article.txt: one claim per status, a quote
 * with a speaker overlapping a claim, an orphan, and notes/sources with commas, quotes,
 * newlines and Markdown/HTML specials.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation, ReviewItem, ReviewStatus } from '../../../../src/core/review/types';
import type { ExportInput } from '../../../../src/core/export/types';
import { headlineOf } from '../../../../src/core/export/types';

export const FIXTURE_DIR = join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'export');
export const ARTICLE_PATH = join(FIXTURE_DIR, 'article.txt');
export const TEXT = readFileSync(ARTICLE_PATH, 'utf8');

const T0 = '2024-05-01T10:00:00.000Z';

function span(phrase: string): { start: number; end: number } {
  const start = TEXT.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in fixture: ${phrase}`);
  return { start, end: start + phrase.length };
}

function annotation(id: string, kind: 'claim' | 'quote', phrase: string, status: ReviewStatus, extra: Partial<Annotation> = {}): Annotation {
  const { start, end } = span(phrase);
  return {
    id,
    kind,
    target: { quote: { exact: phrase, prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(end, end + 32) }, position: { start, end } },
    status,
    note: '',
    sources: [],
    origin: 'detected',
    created: { by: 'ana', at: T0 },
    updated: { by: 'ana', at: T0 },
    ...extra,
  };
}

function item(a: Annotation, extra: Partial<ReviewItem> = {}): ReviewItem {
  const range = span(a.target.quote.exact);
  return { key: a.id, kind: a.kind, range, text: TEXT.slice(range.start, range.end), status: a.status, annotation: a, orphaned: false, ...extra };
}

export const CLAIM_SPENT = 'The council spent 4.2 million euros on the bridge, twice the budget approved in 2019.';
export const CLAIM_FINISH = '"We will finish the bridge by March," said Mayor Anna Lind, adding that costs had stabilised.';
export const CLAIM_CRITICS = 'Critics say the overspend caused the closure of two libraries [1](http://evil.example).';
export const QUOTE_FINISH = 'We will finish the bridge by March,';
export const TRICKY_NOTE = 'Budget, p. 12: "4.2m" is right,\nbut see <script>alert(1)</script> & *page 3*';

export function fixtureItems(): ReviewItem[] {
  const spent = annotation('c-sourced', 'claim', CLAIM_SPENT, 'sourced', {
    note: TRICKY_NOTE,
    sources: [{ url: 'https://example.org/budget.pdf', title: 'Budget, 2019 "final"' }, { url: 'https://example.org/audit' }],
  });
  const finish = annotation('c-unverified', 'claim', CLAIM_FINISH, 'unverified');
  const critics = annotation('c-disputed', 'claim', CLAIM_CRITICS, 'disputed', { note: 'Libraries closed in 2017, before the bridge.' });
  const quote = annotation('q-lind', 'quote', QUOTE_FINISH, 'sourced', { speaker: 'Anna Lind' });
  const orphanAnnotation = annotation('c-orphan', 'claim', CLAIM_SPENT, 'sourced');
  orphanAnnotation.target.quote.exact = 'A sentence that was deleted.';
  const headline = span('Budget <b>row</b>');
  return [
    // An unreviewed detection: no annotation, not exported as ClaimReview.
    { key: 'd-headlineish', kind: 'claim', range: headline, text: TEXT.slice(headline.start, headline.end), status: 'unreviewed', orphaned: false },
    item(spent),
    item(quote),
    item(finish),
    item(critics),
    item(annotation('c-dismissed', 'claim', 'twice the budget', 'dismissed')),
    { key: 'c-orphan', kind: 'claim', range: null, text: 'A sentence that was deleted.', status: 'sourced', annotation: orphanAnnotation, orphaned: true,
      anchor: { annotationId: 'c-orphan', range: null, confidence: 0, method: 'orphan', reason: 'text not found' } },
  ];
}

/** The fact-check pages of the fixture's reviews: `https://factcheck.example/checks/article#c-sourced`. */
export const FACT_CHECK_URL_TEMPLATE = 'https://factcheck.example/checks/{article}#{id}';

export function fixtureInput(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    articlePath: ARTICLE_PATH,
    text: TEXT,
    headline: headlineOf(TEXT),
    url: 'https://news.example/bridge',
    claimReviewUrlTemplate: FACT_CHECK_URL_TEMPLATE,
    organization: 'Example Fact Check',
    organizationUrl: 'https://factcheck.example',
    date: '2024-05-02',
    items: fixtureItems(),
    ...overrides,
  };
}

/**
 * The fixture with Anna Lind's quote detected under an unresolved `she` (no reviewer's speaker): a pronoun no rule
 * tied to anyone, which every export must treat as naming no one.
 */
export function fixtureWithUnresolvedSpeaker(): ExportInput {
  const input = fixtureInput({ includeUnverified: true });
  const items = input.items.map((i): ReviewItem => {
    if (i.key !== 'q-lind' || !i.range) return i;
    const annotation = { ...i.annotation! };
    delete annotation.speaker;
    const mention = { start: i.range.end + 7, end: i.range.end + 10, text: 'she' };
    return { ...i, annotation, quote: { id: i.key, start: i.range.start, end: i.range.end, text: i.text, kind: 'direct', cue: null, rules: [], speaker: { mention, name: 'she', resolved: false } } };
  });
  return { ...input, items };
}
