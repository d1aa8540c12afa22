import * as assert from 'node:assert/strict';
import { Bm25Index } from '../../../../src/core/matching/bm25Index';
import { decodeCache, encodeCache } from '../../../../src/core/matching/cacheFile';
import { CANDIDATES, INDEX_FORMAT, MatchIndex } from '../../../../src/core/matching/matchIndex';
import type { FactCheck } from '../../../../src/core/matching/types';

const fact = (id: string, claim: string, extra: Partial<FactCheck> = {}): FactCheck => ({ id, origin: 'archive', claim, verdict: 'false', file: 'test.jsonl', ...extra });

const ARCHIVE = [
  fact('bridge', 'The new river bridge will cost $80 million and open in 2026.'),
  fact('tram', 'Tram ridership in the city doubled between 2019 and 2023.'),
  fact('school', 'Half of the district schools lack working heating.'),
  fact('library', 'The central library will close on Mondays starting in June.'),
];

describe('matching: the incremental index', () => {
  it('finds the fact-check of a reworded claim, best first', () => {
    const index = new MatchIndex();
    index.setSource('archive.jsonl', ARCHIVE);
    const [best] = index.match('Officials said the river bridge will cost 80 million dollars and open in 2026.');
    assert.equal(best.fact.id, 'bridge');
    assert.ok(best.strong, `similarity ${best.similarity}`);
    assert.deepEqual(index.match('Completely unrelated words about gardening and roses.', { top: 5 }).filter((m) => m.strong), []);
  });

  it('adds, replaces and removes one source without touching the others', () => {
    const index = new MatchIndex();
    index.setSource('archive.jsonl', ARCHIVE);
    index.setSource('reviews/a.txt.claimlens.json', [fact('r1', 'The ferry to the island runs every 20 minutes in summer.', { origin: 'review', article: 'a.txt' })]);
    assert.equal(index.size, 5);
    assert.equal(index.match('The island ferry runs every 20 minutes in summer.')[0].fact.id, 'r1');

    index.setSource('reviews/a.txt.claimlens.json', [fact('r2', 'Parking fees in the old town tripled in 2022.', { origin: 'review', article: 'a.txt' })]);
    assert.equal(index.size, 5);
    assert.notEqual(index.match('The island ferry runs every 20 minutes in summer.')[0]?.fact.id, 'r1');
    assert.equal(index.match('Old town parking fees tripled in 2022.')[0].fact.id, 'r2');

    assert.equal(index.removeSource('archive.jsonl'), true);
    assert.equal(index.size, 1);
    assert.deepEqual(index.sources(), ['reviews/a.txt.claimlens.json']);
    assert.equal(index.match('The new river bridge will cost $80 million.').some((m) => m.fact.id === 'bridge'), false);
    assert.equal(index.removeSource('archive.jsonl'), false);
  });

  it('leaves out the reviews of the article being matched', () => {
    const index = new MatchIndex();
    index.setSource('r.json', [fact('own', 'The ferry to the island runs every 20 minutes.', { article: '/w/a.txt' }), fact('other', 'The ferry to the island runs every 20 minutes.', { article: '/w/b.txt' })]);
    assert.deepEqual(index.match('The ferry to the island runs every 20 minutes.', { excludeArticle: '/w/a.txt' }).map((m) => m.fact.id), ['other']);
  });

  it('gives the re-ranker CANDIDATES candidates unless asked for another number (the experiments\' larger pools)', () => {
    const index = new MatchIndex();
    const many = Array.from({ length: 30 }, (_, i) => fact(`bus${i}`, `The bus line ${i} will run every ${i + 5} minutes from the station.`));
    index.setSource('archive.jsonl', many);
    const claim = 'The bus line from the station will run every few minutes.';
    assert.equal(index.candidates(claim).length, CANDIDATES);
    const pool = index.candidates(claim, undefined, 25);
    assert.equal(pool.length, 25);
    assert.deepEqual(pool.slice(0, CANDIDATES).map((c) => c.fact.id), index.candidates(claim).map((c) => c.fact.id));
    assert.equal(index.candidates(claim, (f) => f.id === pool[0].fact.id, 25).length, 25);
    assert.ok(index.candidates(claim, (f) => f.id === pool[0].fact.id, 25).every((c) => c.fact.id !== pool[0].fact.id));
  });

  it("matches the words of a fact-check's subtitle as it matches its title", () => {
    const subtitled = fact('ferry', 'Island boat service cut.', { title: 'Ferry cuts?', subtitle: 'Weekend crossings to the lighthouse pier end in October' });
    const index = new MatchIndex();
    index.setSource('archive.jsonl', [...ARCHIVE, subtitled]);
    assert.equal(index.match('No more weekend crossings to the lighthouse pier after October')[0]?.fact.id, 'ferry');
    const untitled = new MatchIndex();
    untitled.setSource('archive.jsonl', [...ARCHIVE, { ...subtitled, subtitle: undefined }]);
    assert.equal(untitled.match('No more weekend crossings to the lighthouse pier after October').some((m) => m.fact.id === 'ferry'), false);
  });

  it('keeps its answers through many updates (compaction renumbers documents)', () => {
    const index = new MatchIndex();
    index.setSource('archive.jsonl', ARCHIVE);
    for (let i = 0; i < 1500; i++) index.setSource('churn.jsonl', [fact(`c${i}`, `Filler claim number ${i} about the harbour festival.`)]);
    assert.equal(index.size, 5);
    assert.equal(index.match('Tram ridership doubled between 2019 and 2023.')[0].fact.id, 'tram');
  });

  it('round-trips through the cache file with the same matches, and refuses a cache of another format', () => {
    const index = new MatchIndex();
    index.setSource('archive.jsonl', ARCHIVE);
    index.setSource('gone.jsonl', [fact('gone', 'A claim that will be removed before saving.')]);
    index.removeSource('gone.jsonl');
    const saved = decodeCache(encodeCache(index.toJSON()));
    const loaded = MatchIndex.fromJSON(saved);
    assert.ok(loaded);
    assert.equal(loaded.size, 4);
    for (const q of ['The bridge will cost $80 million.', 'Schools lack heating.', 'Library closes on Mondays in June.']) {
      assert.deepEqual(loaded.match(q).map((m) => [m.fact.id, m.similarity]), index.match(q).map((m) => [m.fact.id, m.similarity]));
    }
    loaded.setSource('more.jsonl', [fact('m', 'The zoo bought two new elephants.')]);
    assert.equal(loaded.match('The zoo bought two elephants.')[0].fact.id, 'm');
    assert.equal(MatchIndex.fromJSON({ ...(saved as object), version: INDEX_FORMAT + 1 }), undefined);
    assert.equal(MatchIndex.fromJSON({ format: 'something else' }), undefined);
    assert.equal(MatchIndex.fromJSON(null), undefined);
  });

  it('ranks and scores exactly as before a save and load, also after sources change on either side', () => {
    // Document numbers differ (a saved index holds live documents only); fact-checks, features and scores may not. 1,250 claims from a small vocabulary: many share words, so BM25 ties and the re-ranker's order are exercised.
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const words = 'mayor council bridge tram school vaccine flood border wages rent prices doubled banned closed opened million percent café “record” naïve'.split(' ');
    const sentence = (n: number) => Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(' ');
    const many = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => fact(`${prefix}${i}`, `${sentence(6 + (i % 9))} in ${2000 + (i % 24)}.`, { ...(i % 3 ? { title: sentence(5) } : {}), file: i % 5 ? `${prefix}.jsonl` : 'elsewhere.csv' }));
    const index = new MatchIndex();
    index.setSource('a.jsonl', many('a', 1100));
    index.setSource('b.jsonl', many('b', 50));
    index.setSource('c.jsonl', many('c', 100));
    index.removeSource('b.jsonl');
    const file = encodeCache(index.toJSON());
    const loaded = MatchIndex.fromJSON(decodeCache(file))!;
    const queries = Array.from({ length: 30 }, () => sentence(4 + Math.floor(rand() * 10)));
    const results = (i: MatchIndex) => queries.map((q) => i.match(q, { top: 12 }).map((m) => [m.fact, m.similarity, m.strong, m.agreement]));
    const features = (i: MatchIndex) => queries.map((q) => i.candidates(q).map((c) => [c.fact.id, c.features]));
    assert.deepEqual(results(loaded), results(index));
    assert.deepEqual(features(loaded), features(index));
    assert.deepEqual(encodeCache(loaded.toJSON()), file, 'saved again unchanged: the same bytes');

    const d = many('d', 50);
    for (const i of [index, loaded]) {
      i.setSource('d.jsonl', d);
      i.removeSource('a.jsonl'); // more than half removed: the documents are renumbered
    }
    assert.deepEqual([index.size, loaded.size], [150, 150]);
    assert.deepEqual(results(loaded), results(index));
    assert.deepEqual(MatchIndex.fromJSON(decodeCache(encodeCache(loaded.toJSON())))!.match(queries[0]), index.match(queries[0]));
  });

  it('rejects index data whose term ids do not fit', () => {
    const field = (ids: number[], ends: number[]) => ({ ids: Int32Array.from(ids), ends: Int32Array.from(ends) });
    assert.throws(() => Bm25Index.fromData({ terms: ['a'], fields: [field([0, 5], [2]), field([], [0])] }), /does not fit/);
    assert.throws(() => Bm25Index.fromData({ terms: ['a'], fields: [field([0], [1]), field([], [])] }), /does not fit/);
    assert.throws(() => Bm25Index.fromData({ terms: ['a'], fields: [field([0, 0], [2, 1]), field([], [0, 0])] }), /does not fit/);
    assert.throws(() => Bm25Index.fromData({ terms: ['a'], fields: [field([0, 0], [1]), field([], [0])] }), /does not fit/);
    assert.throws(() => Bm25Index.fromData({ terms: ['a'], fields: [field([0], [1])] }), /does not fit/);
  });
});
