/** The one list of command ids and package.json's contributed commands stay in step, both ways. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_COMMAND_IDS, CMD, HOVER_COMMANDS } from '../../../src/commands/ids';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string; category?: string }[] };
};

describe('command ids: one list, the same as package.json', () => {
  it('lists every contributed command once, and nothing else', () => {
    const declared = pkg.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual([...ALL_COMMAND_IDS].sort(), declared);
    assert.equal(new Set(ALL_COMMAND_IDS).size, ALL_COMMAND_IDS.length, 'no id twice');
  });

  it('lets hovers run review commands only', () => {
    const review = new Set<string>(Object.values(CMD));
    for (const id of HOVER_COMMANDS) assert.ok(review.has(id), id);
  });
});
