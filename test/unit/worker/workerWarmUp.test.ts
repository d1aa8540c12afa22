import * as assert from 'assert';
import { splitParagraphs } from '../../../src/core/analysis';
import { warmUpText } from '../../../src/core/incremental/warmUpText';
import { warmUpEngine } from '../../../src/worker/workerWarmUp';

describe('worker warm-up', () => {
  it('warmUpText: deterministic, at least the asked length, varied paragraphs with quotes and numbers', () => {
    const a = warmUpText(5000);
    assert.strictEqual(a, warmUpText(5000));
    assert.notStrictEqual(a, warmUpText(5000, 8));
    assert.ok(a.length >= 5000);
    const paragraphs = splitParagraphs(a).map((s) => a.slice(s.start, s.end));
    assert.ok(paragraphs.length >= 20);
    assert.ok(new Set(paragraphs).size > paragraphs.length * 0.8, 'paragraphs are mostly distinct');
    assert.ok(/"[^"]+"/.test(a) && /\d/.test(a));
  });

  it('waits while real work is pending, then analyses every paragraph', async () => {
    let pending = 3;
    let asked = 0;
    const busy = (): boolean => {
      asked++;
      return pending-- > 0;
    };
    const { paragraphs: n } = await warmUpEngine({ chars: 600, busy, keystrokes: 0 });
    assert.strictEqual(n, splitParagraphs(warmUpText(600)).length);
    // Three busy answers were waited out, then one check per paragraph.
    assert.strictEqual(asked, 3 + n);
  });

  it('then types through the incremental path, still giving way to real work before each keystroke', async () => {
    let asked = 0;
    const done = await warmUpEngine({ chars: 600, keystrokes: 6, busy: () => (asked++, false) });
    assert.deepStrictEqual(done, { paragraphs: splitParagraphs(warmUpText(600)).length, keystrokes: 6 });
    assert.strictEqual(asked, done.paragraphs + 6);
  });
});
