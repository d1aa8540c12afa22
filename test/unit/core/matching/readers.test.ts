import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { MAX_STORED_SOURCE_URL, STORED_DATE_TIME, STORED_SOURCE_URL } from '../../../../src/core/matching/readers/reviewFile';
import { claimReviewJson } from '../../../../src/core/export/claimReview';
import { readArchive } from '../../../../src/core/matching/readers';
import { createAnnotation } from '../../../../src/core/review/annotations';
import { serializeSidecar, SIDECAR_VERSION } from '../../../../src/core/review/format';
import { fixtureInput, CLAIM_CRITICS, CLAIM_SPENT } from '../export/fixture';

const review = (claim: string, rating: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  claimReviewed: claim,
  reviewRating: { '@type': 'Rating', ...rating },
  ...extra,
});

describe('matching: archive readers', () => {
  describe('ClaimReview JSON-LD', () => {
    it('keeps the headline and the alternative headline beside the name as the subtitle, each once', () => {
      const heads = (extra: Record<string, unknown>) => readArchive('h.json', JSON.stringify(review('The tram line doubled its riders.', { alternateName: 'False' }, extra))).entries[0];
      const both = heads({ name: 'Did tram riders double?', headline: 'Tram ridership did not double', alternativeHeadline: 'Transfers were counted twice' });
      assert.deepEqual([both.title, both.subtitle], ['Did tram riders double?', 'Tram ridership did not double — Transfers were counted twice']);
      const same = heads({ name: 'Did tram riders double?', headline: 'Did tram riders double?' });
      assert.deepEqual([same.title, same.subtitle], ['Did tram riders double?', undefined]);
      const headlineOnly = heads({ headline: 'Tram ridership did not double' });
      assert.deepEqual([headlineOnly.title, headlineOnly.subtitle], ['Tram ridership did not double', undefined]);
    });

    it('reads a single object with its rating, URL, date and publisher', () => {
      const text = JSON.stringify(review('The tram line doubled its riders in a year.', { alternateName: 'Pants on Fire', ratingValue: 1, bestRating: 5, worstRating: 1 }, {
        url: 'https://checks.example/tram', datePublished: '2024-03-02', author: { '@type': 'Organization', name: 'Tram Checkers' }, name: 'Did tram riders double?',
      }));
      const { entries, problems } = readArchive('one.json', text);
      assert.deepEqual(problems, []);
      assert.equal(entries.length, 1);
      const f = entries[0];
      assert.equal(f.claim, 'The tram line doubled its riders in a year.');
      assert.equal(f.title, 'Did tram riders double?');
      assert.equal(f.rating, 'Pants on Fire');
      assert.equal(f.verdict, 'false');
      assert.equal(f.url, 'https://checks.example/tram');
      assert.equal(f.date, '2024-03-02');
      assert.equal(f.publisher, 'Tram Checkers');
      assert.equal(f.origin, 'archive');
    });

    it('reads arrays and @graph (also nested in a page), and reports an object without a claim by line', () => {
      const text = JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Fact checks' },
          review('Bus fares rose 40% last spring.', { ratingValue: 4, bestRating: 5, worstRating: 1 }),
          { '@type': 'ItemList', itemListElement: [review('The museum closed on Sundays in 2023.', { alternateName: 'Mostly True' })] },
          { '@type': 'ClaimReview', reviewRating: { alternateName: 'False' } },
        ],
      }, null, 2);
      const { entries, problems } = readArchive('graph.jsonld', text);
      assert.deepEqual(entries.map((e) => [e.claim, e.verdict]), [['Bus fares rose 40% last spring.', 'mixed'], ['The museum closed on Sundays in 2023.', 'true']]);
      assert.equal(problems.length, 1);
      assert.match(problems[0].message, /without claimReviewed/);
      // The third "@type": "ClaimReview" of the file is the one without a claim.
      const typeLines = text.split('\n').flatMap((l, i) => (l.includes('"ClaimReview"') ? [i + 1] : []));
      assert.equal(problems[0].line, typeLines[2]);
    });

    it('reads ClaimLens\'s own ClaimReview export: Disputed is rated false, Sourced true', () => {
      const { entries, problems } = readArchive('export.claimreview.json', claimReviewJson(fixtureInput()));
      assert.deepEqual(problems, []);
      const byClaim = new Map(entries.map((e) => [e.claim, e]));
      assert.equal(byClaim.get(CLAIM_CRITICS)?.verdict, 'false');
      assert.equal(byClaim.get(CLAIM_CRITICS)?.publisher, 'Example Fact Check');
      assert.equal(byClaim.get(CLAIM_SPENT)?.verdict, 'true');
      // The fact-check's own page (the ClaimReview url), not the article it checks.
      assert.equal(byClaim.get(CLAIM_SPENT)?.url, 'https://factcheck.example/checks/article#c-sourced');
    });

    it('reports malformed JSON with its line and returns nothing else', () => {
      const { entries, problems } = readArchive('bad.json', '[\n  {"@type": "ClaimReview",\n  "claimReviewed": "x" oops }\n]');
      assert.equal(entries.length, 0);
      assert.equal(problems.length, 1);
      assert.match(problems[0].message, /not valid JSON/);
      assert.equal(problems[0].line, 3);
    });

    it('says so when a JSON file holds no ClaimReview', () => {
      const { problems } = readArchive('other.json', '{"@type": "NewsArticle"}');
      assert.match(problems[0].message, /no ClaimReview objects/);
    });
  });

  describe('JSON Lines', () => {
    it('reads flat rows and ClaimReview rows, skipping bad lines with their numbers', () => {
      const text = [
        JSON.stringify({ id: 'r1', claim: 'The river flooded the old mill twice in 2021.', rating: 'False', url: 'https://c.example/1', date: '2022-01-01', publisher: 'River Desk' }),
        '',
        '{"claim": "broken',
        JSON.stringify(['not', 'an', 'object']),
        JSON.stringify({ title: 'A row without a claim' }),
        JSON.stringify(review('Night trains will return in May.', { alternateName: 'Unproven' })),
        JSON.stringify({ statement: 'School meals became free for all pupils.', verdict: 'Half True' }),
      ].join('\n');
      const { entries, problems } = readArchive('archive.jsonl', text);
      assert.deepEqual(entries.map((e) => [e.claim, e.verdict, e.line]), [
        ['The river flooded the old mill twice in 2021.', 'false', 1],
        ['Night trains will return in May.', 'unproven', 6],
        ['School meals became free for all pupils.', 'mixed', 7],
      ]);
      assert.equal(entries[0].id, 'r1');
      assert.equal(entries[0].publisher, 'River Desk');
      assert.deepEqual(problems.map((p) => [p.line, p.message.split(' (')[0]]), [[3, 'not valid JSON'], [4, 'not a JSON object'], [5, 'no claim field']]);
    });

    it('reads the verified_claims.jsonl layout (id, claim, title)', () => {
      const { entries } = readArchive('verified.jsonl', '{"id": "vclaim:7", "claim": "A photo shows a shark on a flooded highway.", "title": "Shark on the Highway?"}\n');
      assert.deepEqual([entries[0].id, entries[0].title, entries[0].verdict], ['vclaim:7', 'Shark on the Highway?', 'unknown']);
    });

    it('reads a subtitle column (CLEF 2021+ layout: id, claim, title, subtitle) and its aliases', () => {
      const { entries } = readArchive('verified.jsonl', [
        '{"vclaim_id": "a", "vclaim": "A shark swam on a flooded highway.", "title": "Shark on the Highway?", "subtitle": "The photograph resurfaces after every hurricane."}',
        '{"id": "b", "claim": "Tram riders doubled.", "Alternative Headline": "City figures count transfers twice"}',
        '{"id": "c", "claim": "No subtitle here."}',
      ].join('\n'));
      assert.deepEqual(entries.map((e) => e.subtitle), ['The photograph resurfaces after every hurricane.', 'City figures count transfers twice', undefined]);
    });
  });

  describe('CSV', () => {
    it('reads a header with aliases, reports empty claims and broken rows by line, keeps the rest', () => {
      const text = [
        'Claim Text,Textual Rating,Review URL,Date Published,Publisher',
        '"Ferries carried 3,100 cars on Sunday.",Mostly False,https://c.example/f,2023-06-01,Coast Desk',
        ',True,https://c.example/empty,,',
        '"The pier, built in 1903, is the oldest in the county.",Correct,https://c.example/pier,2023-06-02,Coast Desk',
        '"an unclosed quote,False,x,y,z',
      ].join('\n');
      const { entries, problems } = readArchive('archive.csv', text);
      assert.deepEqual(entries.map((e) => [e.claim, e.verdict, e.line]), [
        ['Ferries carried 3,100 cars on Sunday.', 'false', 2],
        ['The pier, built in 1903, is the oldest in the county.', 'true', 4],
      ]);
      assert.equal(entries[0].url, 'https://c.example/f');
      assert.equal(entries[0].publisher, 'Coast Desk');
      assert.deepEqual(problems.map((p) => p.line), [3, 5]);
      assert.match(problems[0].message, /no claim text/);
    });

    it('counts lines through quoted line breaks and CRLF, and reads on after a row with a broken quote', () => {
      const text = [
        '\ufeffclaim,rating',
        '"A claim written',
        'over two lines.",False',
        '',
        '"A stray quote"here,True',
        'The next row is read.,False',
        '"Quotes ""inside"" a claim.",True',
      ].join('\r\n');
      const { entries, problems } = readArchive('c.csv', text);
      assert.deepEqual(entries.map((e) => [e.claim, e.line]), [
        ['A claim written\nover two lines.', 2],
        ['The next row is read.', 6],
        ['Quotes "inside" a claim.', 7],
      ]);
      assert.deepEqual(problems.map((p) => [p.file, p.line]), [['c.csv', 5]]);
      assert.match(problems[0].message, /unreadable row/);
    });

    it('reads tab-separated files and reports a header without a claim column', () => {
      assert.equal(readArchive('a.tsv', 'claim\trating\nTaxes on fuel fell by half.\tFalse\n').entries[0].verdict, 'false');
      const bad = readArchive('b.csv', 'headline,rating\nx,False\n');
      assert.equal(bad.entries.length, 0);
      assert.match(bad.problems[0].message, /no claim column/);
    });
  });

  describe('review files and other input', () => {
    it('reads every claim reviewed sourced, disputed or unverified, with note, sources, reviewer and article', () => {
      const text = 'The depot handled 12,000 parcels a day in 2023. Drivers were not paid for overtime.';
      const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
      const a1 = createAnnotation({ kind: 'claim', text, ...at('The depot handled 12,000 parcels a day in 2023.'), origin: 'detected', by: 'lee', now: '2024-02-01T09:00:00.000Z', status: 'disputed' });
      a1.note = 'Depot report says 8,000.';
      a1.sources.push({ url: 'https://depot.example/report' });
      const a2 = createAnnotation({ kind: 'claim', text, ...at('Drivers were not paid for overtime.'), origin: 'detected', by: 'lee', now: '2024-02-01T09:00:00.000Z', status: 'unreviewed' });
      const { entries, problems } = readArchive('news/depot.txt.claimlens.json', serializeSidecar({ version: SIDECAR_VERSION, annotations: [a1, a2] }));
      assert.deepEqual(problems, []);
      assert.equal(entries.length, 1);
      const f = entries[0];
      assert.deepEqual([f.origin, f.claim, f.verdict, f.rating, f.note, f.url, f.reviewer, f.article, f.date], [
        'review', 'The depot handled 12,000 parcels a day in 2023.', 'false', 'Disputed', 'Depot report says 8,000.', 'https://depot.example/report', 'lee', 'news/depot.txt', '2024-02-01T09:00:00.000Z',
      ]);
    });

    it('skips a reviewed annotation it cannot read, saying which and why, and reads the rest of the file', () => {
      const text = 'Rents rose 9% in 2023. The mayor resigned in May. Parks got 40 new benches.';
      const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
      const make = (phrase: string, status: string) => createAnnotation({ kind: 'claim', text, ...at(phrase), origin: 'detected', by: 'kim', now: '2024-03-01T10:00:00.000Z', status });
      const good = make('Rents rose 9% in 2023.', 'sourced');
      const badSource = { ...make('The mayor resigned in May.', 'disputed'), sources: [{ url: 'javascript:alert(1)' }] };
      const noQuote = { ...make('Parks got 40 new benches.', 'sourced'), target: {} };
      const repeated = { ...make('Parks got 40 new benches.', 'sourced'), id: good.id };
      const unreviewedJunk = { status: 'unreviewed' };
      const doc = { version: SIDECAR_VERSION, annotations: [good, badSource, noQuote, repeated, unreviewedJunk, 'not an object'] };
      const { entries, problems } = readArchive('city/rents.txt.claimlens.json', JSON.stringify(doc));
      assert.deepEqual(entries.map((e) => e.claim), ['Rents rose 9% in 2023.']);
      assert.deepEqual(problems.map((p) => [p.file, p.message.replace(/"[A-Za-z0-9._:-]{6,}"/u, '"ID"')]), [
        ['city/rents.txt.claimlens.json', 'annotations[1] (annotation "ID") has "sources" that are not a list of http:// or https:// addresses: not used for "checked before".'],
        ['city/rents.txt.claimlens.json', 'annotations[2] (annotation "ID") has no "target.quote.exact" text: not used for "checked before".'],
        ['city/rents.txt.claimlens.json', 'annotations[3] (annotation "ID") repeats an id: not used for "checked before".'],
        ['city/rents.txt.claimlens.json', 'annotations[5] is not an object: not used for "checked before".'],
      ]);
    });

    it('reads a workspace scale\'s verdict by its id, and a newer file as far as it understands, without throwing', () => {
      const text = 'The bridge cost twice its budget.';
      const a = createAnnotation({ kind: 'claim', text, start: 0, end: text.length, origin: 'manual', by: 'ana', now: '2024-04-01T08:00:00.000Z', status: 'pants-on-fire' });
      const scaled = readArchive('b.txt.claimlens.json', serializeSidecar({ version: SIDECAR_VERSION, annotations: [a] }));
      assert.deepEqual(scaled.problems, []);
      assert.deepEqual([scaled.entries[0].rating, scaled.entries[0].verdict, scaled.entries[0].ratingValue], ['pants-on-fire', 'unknown', undefined]);
      const newer = readArchive('b.txt.claimlens.json', JSON.stringify({ version: SIDECAR_VERSION + 1, annotations: [{ ...a, status: 'disputed', shape: 'new' }] }));
      assert.deepEqual(newer.entries.map((e) => [e.claim, e.verdict]), [[text, 'false']]);
      assert.match(newer.problems[0].message, /newer ClaimLens \(format version 2\): read as far as this version understands/);
    });

    it('reports a review file that is not an object with a version and annotations, without quoting it', () => {
      const message = (json: string) => readArchive('x.txt.claimlens.json', json).problems.map((p) => p.message);
      assert.deepEqual(message('[1, 2]'), ['The review file has no valid format "version".']);
      assert.deepEqual(message('{"version": 1}'), ['The review file has no "annotations" list.']);
      const [bad] = message('{"version": 1, "annotations": [secret-words]}');
      assert.match(bad, /^The review file is not valid JSON: /);
      assert.doesNotMatch(bad, /secret-words/);
    });

    it('reports a malformed review file, a binary file and an unknown type without throwing', () => {
      assert.match(readArchive('x.txt.claimlens.json', '{"version": 1, "annotations": [').problems[0].message, /JSON|valid/i);
      assert.match(readArchive('x.json', 'ab\u0000cd').problems[0].message, /binary/);
      assert.match(readArchive('x.xml', '<a/>').problems[0].message, /unknown archive type/);
    });
  });
});

describe('matching: the review reader keeps the sidecar schema\'s rules', () => {
  const schema = JSON.parse(readFileSync(path.join(__dirname, '../../../../../schemas/sidecar.schema.json'), 'utf8')) as Record<string, unknown>;
  /** Every `pattern` (with its maxLength) under a property named `name`, anywhere in the schema. */
  function rulesOf(node: unknown, name: string, found: { pattern: string; maxLength?: number }[] = []): { pattern: string; maxLength?: number }[] {
    if (typeof node !== 'object' || node === null) return found;
    for (const [key, value] of Object.entries(node)) {
      const v = value as { pattern?: string; maxLength?: number };
      if (key === name && typeof v?.pattern === 'string') found.push({ pattern: v.pattern, maxLength: v.maxLength });
      rulesOf(value, name, found);
    }
    return found;
  }

  it('accepts and refuses the same source addresses and dates as the schema', () => {
    const [url] = rulesOf(schema, 'url');
    const [at] = rulesOf(schema, 'at');
    assert.ok(url && at, 'the schema names url and at patterns');
    assert.equal(url.maxLength, MAX_STORED_SOURCE_URL);
    const urls = ['https://example.org/a', 'HTTP://x.y', 'http://', 'ftp://x.y', 'https://a b', 'javascript:alert(1)', 'https://x.y/\u00e9'];
    for (const u of urls) assert.equal(STORED_SOURCE_URL.test(u), new RegExp(url.pattern, 'u').test(u), u);
    const dates = ['2026-12-08T04:00:00Z', '2026-12-08T04:00:00.123+01:00', '2026-12-08', '2026-12-08T04:00Z', 'yesterday'];
    for (const d of dates) assert.equal(STORED_DATE_TIME.test(d), new RegExp(at.pattern, 'u').test(d), d);
  });
});
