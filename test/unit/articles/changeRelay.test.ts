/** ChangeRelay: the paint is told in the same task, everything else a timer turn later, once per article. */
import * as assert from 'node:assert/strict';
import { ChangeRelay } from '../../../src/articles/changeRelay';

function relay() {
  const log: string[] = [];
  const r = new ChangeRelay<string>((k) => log.push(`now ${k}`), (k) => log.push(`later ${k}`));
  return { r, log };
}

describe('articles/changeRelay', () => {
  it('tells the paint at once and the rest only after the current task', async () => {
    const { r, log } = relay();
    r.changed('a');
    assert.deepEqual(log, ['now a']);
    // Not in this task, nor its microtasks. (Whether a 0 ms timer or setImmediate comes first outside an I/O callback
    // is up to the machine's speed in Node, so the test does not compare them.)
    await Promise.resolve();
    await Promise.resolve();
    assert.deepEqual(log, ['now a'], 'not within the current task');
    await r.settled();
    assert.deepEqual(log, ['now a', 'later a']);
  });

  it('tells the later listeners once per article, in the order the articles first changed', async () => {
    const { r, log } = relay();
    r.changed('b');
    r.changed('a');
    r.changed('b');
    await r.settled();
    assert.deepEqual(log, ['now b', 'now a', 'now b', 'later b', 'later a']);
  });

  it('tells the rest after a timer the paint set (as VS Code\'s protocol writer sets its flush)', async () => {
    const log: string[] = [];
    const r = new ChangeRelay<string>((k) => {
      log.push(`now ${k}`);
      setTimeout(() => log.push('writer flush'), 0);
    }, (k) => log.push(`later ${k}`));
    r.changed('a');
    await r.settled();
    assert.deepEqual(log, ['now a', 'writer flush', 'later a']);
  });

  it('tells the rest after the writer\'s flush and an I/O turn after it (the websocket writes the deflated bytes then)', async () => {
    const log: string[] = [];
    const r = new ChangeRelay<string>((k) => {
      log.push(`now ${k}`);
      setTimeout(() => setImmediate(() => log.push('bytes written')), 0);
    }, (k) => log.push(`later ${k}`));
    r.changed('a');
    await r.settled();
    assert.deepEqual(log, ['now a', 'bytes written', 'later a']);
  });

  it('settled() resolves at once when nothing is due, and a change after a flush is told again', async () => {
    const { r, log } = relay();
    await r.settled();
    r.changed('a');
    await r.settled();
    r.changed('a');
    await r.settled();
    assert.deepEqual(log, ['now a', 'later a', 'now a', 'later a']);
  });

  it('tells nothing after dispose, and releases whoever waits', async () => {
    const { r, log } = relay();
    r.changed('a');
    const waiting = r.settled();
    r.dispose();
    await waiting;
    r.changed('b');
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(log, ['now a']);
  });
});
