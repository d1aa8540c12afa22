import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, csvReport } from '../../../../src/core/export/csv';
import type { ReviewItem } from '../../../../src/core/review/types';
import { fixtureInput, fixtureItems, TRICKY_NOTE } from './fixture';

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
});
