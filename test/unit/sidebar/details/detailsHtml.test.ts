import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, detailsHtml, makeNonce } from '../../../../src/sidebar/details/detailsHtml';

describe('sidebar/details/detailsHtml: the webview shell', () => {
  const parts = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', styleUri: 'https://x/details.css', scriptUri: 'https://x/details.js', nonce: 'abc123' };

  it('has a strict CSP: nothing by default, scripts only with the nonce, no inline or eval', () => {
    const csp = contentSecurityPolicy(parts.cspSource, parts.nonce);
    assert.match(csp, /^default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'(;|$)/);
    assert.match(csp, /style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net 'nonce-abc123'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*|http:/);
  });

  it('loads only our script and stylesheet, both with the nonce, and carries no article text', () => {
    const html = detailsHtml(parts);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="abc123" src="https:\/\/x\/details\.js"><\/script>/);
    assert.match(html, /<link rel="stylesheet" href="https:\/\/x\/details\.css" nonce="abc123">/);
    assert.doesNotMatch(html, /\son\w+=/i, 'no inline event handlers');
  });

  it('escapes attribute values', () => {
    const html = detailsHtml({ ...parts, scriptUri: 'https://x/"><img src=x onerror=alert(1)>' });
    assert.doesNotMatch(html, /<img/);
  });

  it('makes a fresh alphanumeric nonce each time', () => {
    const a = makeNonce();
    const b = makeNonce();
    assert.match(a, /^[A-Za-z0-9]{16,}$/);
    assert.notEqual(a, b);
  });
});
