import * as assert from 'node:assert/strict';
import { MAX_SOURCE_URL_LENGTH, validateSourceUrl } from '../../../../src/core/review/sourceUrl';

function problem(url: string): string {
  const r = validateSourceUrl(url);
  assert.equal(r.ok, false, `expected ${JSON.stringify(url)} to be refused`);
  return r.ok ? '' : r.error;
}

describe('core/review/sourceUrl: the one source-URL rule', () => {
  it('accepts http and https addresses, normalised', () => {
    assert.deepEqual(validateSourceUrl('https://www.bls.gov/news.release/empsit.nr0.htm'), { ok: true, url: 'https://www.bls.gov/news.release/empsit.nr0.htm' });
    assert.deepEqual(validateSourceUrl(' http://example.org/a?b=c#d '), { ok: true, url: 'http://example.org/a?b=c#d' });
    assert.deepEqual(validateSourceUrl('HTTPS://Example.ORG/path'), { ok: true, url: 'https://example.org/path' });
  });

  it('explains what is wrong otherwise', () => {
    assert.match(problem(''), /Enter the address/);
    assert.match(problem('https://exa mple.org'), /spaces/);
    assert.match(problem('ftp://example.org/file'), /Only http/);
    assert.match(problem('file:///etc/passwd'), /Only http/);
    assert.match(problem('javascript:alert(1)'), /Only http/);
    assert.match(problem('www.example.org'), /not a web address/);
    assert.match(problem('https:example.org'), /must start with http/);
  });

  it('is the stricter of the two old rules: no credentials, controls, bidi overrides or overlong addresses', () => {
    assert.match(problem('https://user:pass@example.org/'), /user name or password/);
    assert.match(problem('https://user@example.org/'), /user name or password/);
    assert.match(problem('https://example.org/\u202egpj.exe'), /control characters/);
    assert.match(problem('https://example.org/a\u0000b'), /control characters/);
    const longest = `https://example.org/${'a'.repeat(MAX_SOURCE_URL_LENGTH - 20)}`;
    assert.equal(longest.length, MAX_SOURCE_URL_LENGTH);
    assert.equal(validateSourceUrl(longest).ok, true);
    assert.match(problem(`${longest}a`), /longer than 2048/);
  });
});
