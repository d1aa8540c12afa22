import * as assert from 'node:assert/strict';
import { validateSourceUrl } from '../../../../src/core/review/sourceUrl';
import { LIMITS, parseDetailsMessage } from '../../../../src/sidebar/details/detailsProtocol';

function ok(raw: unknown) {
  const r = parseDetailsMessage(raw);
  assert.ok(r.ok, `expected ok for ${JSON.stringify(raw)}: ${r.ok ? '' : r.error}`);
  return r.message;
}
function bad(raw: unknown, pattern: RegExp) {
  const r = parseDetailsMessage(raw);
  assert.equal(r.ok, false, `expected rejection of ${JSON.stringify(raw)}`);
  if (!r.ok) assert.match(r.error, pattern);
}

describe('sidebar/details/detailsProtocol: webview messages are validated', () => {
  it('accepts each well-formed message', () => {
    assert.deepEqual(ok({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(ok({ type: 'setStatus', key: 'k', status: 'disputed' }), { type: 'setStatus', key: 'k', status: 'disputed' });
    assert.deepEqual(ok({ type: 'saveNote', key: 'k', note: 'line 1\nline 2' }).type, 'saveNote');
    assert.deepEqual(ok({ type: 'saveNote', key: 'k', note: '' }), { type: 'saveNote', key: 'k', note: '' });
    assert.deepEqual(ok({ type: 'addSource', key: 'k', url: ' https://example.org/a b'.replace(' b', '') }), { type: 'addSource', key: 'k', url: 'https://example.org/a' });
    assert.deepEqual(ok({ type: 'addSource', key: 'k', url: 'https://example.org/', title: ' UN ' }), { type: 'addSource', key: 'k', url: 'https://example.org/', title: 'UN' });
    assert.deepEqual(ok({ type: 'removeSource', key: 'k', url: 'http://x.test' }), { type: 'removeSource', key: 'k', url: 'http://x.test' });
    assert.deepEqual(ok({ type: 'setSpeaker', key: 'k', speaker: '  Ann  ' }), { type: 'setSpeaker', key: 'k', speaker: 'Ann' });
    assert.deepEqual(ok({ type: 'setSpeaker', key: 'k', speaker: '' }), { type: 'setSpeaker', key: 'k', speaker: null });
    assert.deepEqual(ok({ type: 'setSpeaker', key: 'k', speaker: null }), { type: 'setSpeaker', key: 'k', speaker: null });
    assert.deepEqual(ok({ type: 'reveal', key: 'k' }), { type: 'reveal', key: 'k' });
  });

  it('accepts Apply this verdict for one of the five listed fact-checks only', () => {
    assert.deepEqual(parseDetailsMessage({ type: 'applyMatch', key: 'k', index: 4 }), { ok: true, message: { type: 'applyMatch', key: 'k', index: 4 } });
    for (const index of [5, -1, 1.5, '0', null]) assert.equal(parseDetailsMessage({ type: 'applyMatch', key: 'k', index }).ok, false, String(index));
    assert.equal(parseDetailsMessage({ type: 'applyMatch', key: 'k' }).ok, false);
  });

  it('rejects non-objects, unknown types and prototype tricks', () => {
    bad(null, /not an object/);
    bad('setStatus', /not an object/);
    bad([], /not an object/);
    bad({ type: 'runCommand', command: 'x' }, /unknown message type/);
    bad({ type: 'toString' }, /unknown message type/);
    bad({ type: '__proto__' }, /unknown message type/);
  });

  it('rejects missing, extra and mistyped fields', () => {
    bad({ type: 'setStatus', key: 'k' }, /missing field "status"/);
    bad({ type: 'setStatus', key: 'k', status: 'disputed', command: 'x' }, /unexpected field "command"/);
    bad({ type: 'setStatus', key: 'k', status: 'Hacked!' }, /unknown status/);
    bad({ type: 'setStatus', key: 'k', status: 'x'.repeat(41) }, /unknown status/);
    bad({ type: 'setStatus', key: 42, status: 'sourced' }, /key must be a string/);
    bad({ type: 'saveNote', key: 'k', note: { a: 1 } }, /note must be a string/);
    bad({ type: 'setSpeaker', key: 'k', speaker: 'a\nb' }, /one line/);
    bad({ type: 'setSpeaker', key: 'k', speaker: 'a\u202eb' }, /control/);
  });

  it('enforces length limits', () => {
    bad({ type: 'saveNote', key: 'k', note: 'x'.repeat(LIMITS.note + 1) }, /longer than/);
    assert.equal(parseDetailsMessage({ type: 'saveNote', key: 'k', note: 'x'.repeat(LIMITS.note) }).ok, true);
    bad({ type: 'reveal', key: 'k'.repeat(LIMITS.key + 1) }, /longer than/);
    bad({ type: 'addSource', key: 'k', url: 'https://x.test/', title: 't'.repeat(LIMITS.title + 1) }, /longer than/);
  });

  it('only http(s) URLs pass, for add, open and remove', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'command:workbench.action.quit', 'data:text/html,<b>', 'vscode://x', 'notaurl', 'https://user:pw@x.test/', 'https://x.test/a b', '']) {
      bad({ type: 'openSource', key: 'k', url }, /./);
      bad({ type: 'addSource', key: 'k', url }, /./);
    }
    bad({ type: 'addSource', key: 'k', url: `https://x.test/${'a'.repeat(LIMITS.url)}` }, /longer than/);
    assert.deepEqual(validateSourceUrl('HTTPS://Example.ORG/path'), { ok: true, url: 'https://example.org/path' });
  });
});
