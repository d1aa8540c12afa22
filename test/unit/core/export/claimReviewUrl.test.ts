import * as assert from 'node:assert/strict';
import { articleBaseName, expandUrlTemplate } from '../../../../src/core/export/claimReviewUrl';
import { isIsoDate, localDateOf } from '../../../../src/core/export/localDate';

describe('ClaimReview url template and dates', () => {
  const values = { id: 'a-10dd6e39', article: 'port-report' };
  const cases: [string, string | RegExp][] = [
    ['https://example.org/checks/{id}', 'https://example.org/checks/a-10dd6e39'],
    ['https://example.org/{article}#{id}', 'https://example.org/port-report#a-10dd6e39'],
    ['  https://example.org/checks/  ', 'https://example.org/checks/'],
    ['', /is empty/],
    ['https://example.org/{ID}', /unknown placeholder \{ID\}/],
    ['https://example.org/{id}/{lang}/{x}', /unknown placeholder \{lang\}, \{x\}/],
    ['example.org/{id}', /not an absolute web address/],
    ['mailto:desk@example.org?subject={id}', /not an http\(s\) address/],
    ['https://example.org/a b/{id}', /contains spaces/],
  ];
  for (const [template, expected] of cases) {
    it(`${JSON.stringify(template)} → ${String(expected)}`, () => {
      const r = expandUrlTemplate(template, values);
      if (typeof expected === 'string') assert.deepEqual(r, { ok: true, url: expected });
      else assert.ok(!r.ok && expected.test(r.error), JSON.stringify(r));
    });
  }

  it('{article} is the file name without folder or extension', () => {
    assert.deepEqual(['news/port-report.txt', 'C:\\news\\port.report.md', 'story', '.hidden', 'a/b.c/story'].map(articleBaseName), ['port-report', 'port.report', 'story', '.hidden', 'story']);
  });

  it('dates: real YYYY-MM-DD days only; a timestamp\'s local date', () => {
    assert.deepEqual(['2024-05-01', '2024-02-29', '2023-02-29', '2024-13-01', '2024-5-1', '2024-05-01T10:00:00Z'].map(isIsoDate), [true, true, false, false, false, false]);
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      assert.equal(localDateOf('2024-05-01T06:59:00.000Z'), '2024-04-30');
      assert.equal(localDateOf('not a time'), undefined);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
