import * as assert from 'node:assert/strict';
import { commandLink, sourceLink } from '../../../src/hover/hoverMarkdown';

describe('hover markdown helpers', () => {
  it('links only plain http(s) sources', () => {
    assert.equal(sourceLink('https://example.org/a?b=1'), '[https://example\\.org/a?b=1](https://example.org/a?b=1)');
    assert.ok(!sourceLink('javascript:alert(1)').includes(']('));
    assert.ok(!sourceLink('command:workbench.action.terminal.new').includes(']('));
    assert.ok(!sourceLink('https://x.org/a) [y](command:z').includes('](command'));
  });

  it('encodes command arguments as a JSON URI query', () => {
    const link = commandLink('Go', 'claimlens.markDisputed', { uri: 'file:///a b.txt', keys: ['k1'] }, 'say "hi"');
    const m = /\(command:claimlens\.markDisputed\?([^ ]+) "say 'hi'"\)$/.exec(link);
    assert.ok(m, link);
    assert.deepEqual(JSON.parse(decodeURIComponent(m![1])), { uri: 'file:///a b.txt', keys: ['k1'] });
  });
});
