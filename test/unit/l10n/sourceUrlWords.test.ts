/**
 * Core's source-address check refuses with a code; the editor words each code in the user's language. In English
 * the words are core's own message, for every kind of refusal (so the CLI and the editor say the same).
 */
import * as assert from 'node:assert/strict';
import { validateSourceUrl } from '../../../src/core/review/sourceUrl';
import { sourceUrlMessage, sourceUrlProblems } from '../../../src/l10n/sourceUrlWords';

const REFUSED: ReadonlyArray<readonly [string, string]> = [
  ['', 'empty'],
  [`https://example.org/${'a'.repeat(3000)}`, 'too-long'],
  ['https://example.org/a b', 'spaces'],
  ['example.org/page', 'not-a-url'],
  ['ftp://example.org/file', 'scheme'],
  ['javascript:alert(1)', 'scheme'],
  ['https://user:secret@example.org/', 'credentials'],
  ['http:/example.org', 'prefix'],
];

describe('l10n/sourceUrlWords: refusals of a source address in the user\'s language', () => {
  for (const [input, problem] of REFUSED) {
    it(`${problem}: ${input.slice(0, 40) || '(empty)'}`, () => {
      const check = validateSourceUrl(input);
      assert.ok(!check.ok);
      assert.equal(check.problem, problem);
      assert.equal(sourceUrlMessage(check, sourceUrlProblems()), check.error, 'English is core\'s message');
      assert.equal(sourceUrlMessage(check, { ...sourceUrlProblems(), [problem]: 'Übersetzt: {0}' }), `Übersetzt: ${check.detail ?? '{0}'}`);
    });
  }

  it('falls back to core\'s message for a code it has no words for', () => {
    const check = validateSourceUrl('');
    assert.ok(!check.ok);
    assert.equal(sourceUrlMessage(check, {}), check.error);
  });
});
