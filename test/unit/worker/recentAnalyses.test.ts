/** The analyses of the articles closed last, kept in memory for a reopen. */
import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../src/core/types';
import { RecentAnalyses } from '../../../src/worker/recentAnalyses';

const analysisOf = (n: number): Analysis => ({ sentences: [{ start: 0, end: n, text: 'x'.repeat(n) }], claims: [], quotes: [] } as unknown as Analysis);

describe('worker/RecentAnalyses', () => {
  it('gives back the analysis of a document reopened with the same text, once', () => {
    const recent = new RecentAnalyses();
    const a = analysisOf(3);
    recent.remember('doc', 'One.', a);
    assert.equal(recent.take('doc', 'One.'), a);
    assert.equal(recent.take('doc', 'One.'), undefined, 'taken: the open document has it now');
  });

  it('gives nothing for another text or another document, and forgets the entry', () => {
    const recent = new RecentAnalyses();
    recent.remember('doc', 'One.', analysisOf(3));
    assert.equal(recent.take('other', 'One.'), undefined);
    assert.equal(recent.take('doc', 'One!'), undefined);
    assert.equal(recent.size, 0);
  });

  it('keeps at most its number of entries and characters, the least recently closed dropped first', () => {
    const recent = new RecentAnalyses(2, 10);
    recent.remember('a', 'aaa', analysisOf(1));
    recent.remember('b', 'bbb', analysisOf(1));
    recent.remember('c', 'ccc', analysisOf(1));
    assert.equal(recent.size, 2);
    assert.equal(recent.take('a', 'aaa'), undefined, 'over the count: the oldest went');
    recent.remember('d', 'dddddddd', analysisOf(1));
    assert.equal(recent.take('b', 'bbb'), undefined, 'over the characters: the oldest went');
    assert.ok(recent.take('d', 'dddddddd'));
    recent.remember('e', 'e'.repeat(11), analysisOf(1));
    assert.equal(recent.take('e', 'e'.repeat(11)), undefined, 'a text longer than the whole budget is not kept');
  });

  it('keeps one entry per document: closed again, the newer text replaces the older', () => {
    const recent = new RecentAnalyses();
    recent.remember('doc', 'One.', analysisOf(1));
    const newer = analysisOf(2);
    recent.remember('doc', 'Two.', newer);
    assert.equal(recent.size, 1);
    assert.equal(recent.take('doc', 'Two.'), newer);
  });
});
