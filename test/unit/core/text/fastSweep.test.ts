import * as assert from 'assert';
import * as fc from 'fast-check';
import nlp from 'compromise/two';
import { fasterBulkMatch, type BulkMatch as Faster } from '../../../../src/core/text/fastSweep';
import { SentenceParser } from '../../../../src/core/text/sentenceParse';

type BulkMatch = (document: unknown[][], net: unknown, methods: unknown, opts?: { matchOne?: boolean }) => { match: string; pointer: number[]; tag?: string }[];
interface World {
  hooks: string[];
  methods: { one: { bulkMatch: BulkMatch; buildNet(matches: unknown[], world: World): unknown } };
}
const world = (nlp as unknown as { world(): World }).world();
const stockBulkMatch = world.methods.one.bulkMatch;
const fast = fasterBulkMatch(stockBulkMatch as unknown as Faster) as unknown as BulkMatch;

/** A text's terms after the pre-tagger: what the post-tagger's sweep reads. */
function preTagged(text: string): unknown[][] {
  const doc = nlp(text) as unknown as { document: unknown[][]; compute(steps: string[]): void };
  return doc.document;
}

/** The net compromise's post-tagger sweeps with (built once, from its parsed model), caught on its way in. */
function postTaggerNet(): unknown {
  let net: unknown;
  world.methods.one.bulkMatch = (document, n, methods, opts) => {
    net = n;
    return stockBulkMatch(document, n, methods, opts);
  };
  try {
    nlp('One sentence.');
  } finally {
    world.methods.one.bulkMatch = stockBulkMatch;
  }
  return net;
}

const found = (bulk: BulkMatch, document: unknown[][], net: unknown, opts = {}) =>
  bulk(document, net, world.methods, opts).map((f) => [f.match, f.tag, ...f.pointer.slice(0, 3)].join(' '));

/** compromise's tags with its own sweep, then with fastBulkMatch swapped in. */
function tagsBoth(text: string): [string, string] {
  const tags = () => JSON.stringify((nlp(text) as unknown as { document: { text: string; tags: Set<string> }[][] }).document.map((s) => s.map((t) => [t.text, ...t.tags])));
  const stock = tags();
  world.methods.one.bulkMatch = fast;
  try {
    return [stock, tags()];
  } finally {
    world.methods.one.bulkMatch = stockBulkMatch;
  }
}

const SENTENCES = [
  'The mayor said on Tuesday that the bridge would cost $40 million, twice the first estimate.',
  '“We will not raise taxes,” she told reporters at City Hall.',
  "Mr. Brown, who chairs the U.S. committee, declined to comment; he'd rather not.",
  'Unemployment fell to 4.2 percent in March, the lowest since 2001, according to the Labor Department.',
  'Walking home, the old man saw that the store had been closed for years.',
  'Is it worth it? Nobody knows, and few would say.',
];

describe('fastBulkMatch (compromise post-tagger sweep)', () => {
  it('tags every term exactly as compromise does, tag order included', () => {
    for (const s of SENTENCES) {
      const [stock, mine] = tagsBoth(s);
      assert.strictEqual(mine, stock, s);
    }
  });

  it('finds the same matches in the same order as compromise on its own net', () => {
    const net = postTaggerNet();
    const document = preTagged(SENTENCES.join(' '));
    const stock = found(stockBulkMatch, document, net);
    assert.ok(stock.length > 5, 'the sweep finds matches to compare');
    assert.deepStrictEqual(found(fast, document, net), stock);
    assert.deepStrictEqual(found(fast, document, net, { matchOne: true }), found(stockBulkMatch, document, net, { matchOne: true }));
  });

  it('leaves a net with two matches of one pattern (never built by compromise) to the stock walk', () => {
    const net = (matches: object[]) => world.methods.one.buildNet(matches, world) as { hooks: Record<string, unknown[]> };
    const first = net([{ match: '#Determiner [#Noun]', group: 0, tag: 'Singular' }]);
    const second = net([{ match: '#Determiner [#Noun]', group: 0, tag: 'Place' }]);
    // compromise keeps the first it meets under any hook: Singular, whichever list it comes from.
    const shared = { hooks: { '#Noun': [...first.hooks['#Noun']], '#Determiner': [...second.hooks['#Determiner']] }, always: [] };
    let stockCalls = 0;
    const counted: BulkMatch = (...args) => {
      stockCalls++;
      return stockBulkMatch(...args);
    };
    const document = preTagged('The mayor said the bridge would cost more.');
    const mine = found(fasterBulkMatch(counted as unknown as Faster) as unknown as BulkMatch, document, shared);
    assert.strictEqual(stockCalls, 1);
    assert.deepStrictEqual(mine, found(stockBulkMatch, document, shared));
  });

  it('lists matches met under several hooks once, in the order of the hook met first', () => {
    const matches = [
      { match: 'bridge', tag: 'Noun' },
      { match: 'the (bridge|mayor)', tag: 'Noun' },
      { match: '#Noun would', tag: 'Noun' },
      { match: 'mayor? said', tag: 'Verb' },
      { match: '(cost|costs) more', tag: 'Verb' },
      // No needs, three wants: woken by each it meets, tried once.
      { match: '(bridge|mayor|said)', tag: 'Noun' },
    ];
    const net = world.methods.one.buildNet(matches, world);
    for (const text of ['The mayor said the bridge would cost more.', 'Costs more, said no one.', 'A bridge.']) {
      const document = preTagged(text);
      assert.deepStrictEqual(found(fast, document, net), found(stockBulkMatch, document, net), text);
    }
  });

  it('after learning which needs are rare (the first 200 sentences of a net), still the same matches in the same order', () => {
    const net = world.methods.one.buildNet([
      { match: '#Noun #Value', tag: 'Noun' },
      { match: '#Determiner #Noun would', tag: 'Noun' },
      { match: '#Verb (#Value|more)', tag: 'Verb' },
      { match: 'the #Noun', tag: 'Noun' },
    ], world);
    const sweep = fasterBulkMatch(stockBulkMatch as unknown as Faster) as unknown as BulkMatch;
    // Nouns in every sentence, values in one of ten: '#Noun #Value' comes to wait under #Value.
    for (let i = 0; i < 210; i++) {
      const document = preTagged(i % 10 === 0 ? `The bridge cost ${i} million.` : 'The mayor said the bridge would close.');
      assert.deepStrictEqual(found(sweep, document, net), found(stockBulkMatch, document, net), `sentence ${i}`);
    }
    for (const text of [...SENTENCES, 'Prices rose 5% in the year 2020.', 'The bridge 40 would cost more.']) {
      const document = preTagged(text);
      assert.deepStrictEqual(found(sweep, document, net), found(stockBulkMatch, document, net), text);
    }
  });

  it('random word sequences: the same tags as compromise (property)', function () {
    this.timeout(60000);
    const words = ['the', 'a', 'said', 'Mr.', 'Smith', 'will', 'not', 'have', "didn't", 'rose', '5%', '$4', 'million', 'in', 'March', 'running',
      'was', 'been', 'very', 'old', 'house', 'houses', 'to', 'close', 'Paris', 'he', 'she', 'that', ',', '.', '?', 'and', 'more', 'than', 'walk'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 25 }), (ws) => {
        const [stock, mine] = tagsBoth(ws.join(' '));
        assert.strictEqual(mine, stock);
      }),
      { numRuns: 300 },
    );
  });

  it("the sentence parser leaves compromise's own sweep in place for other callers", () => {
    new SentenceParser().parse('The council voted to close the old library on Friday.');
    assert.strictEqual(world.methods.one.bulkMatch, stockBulkMatch);
  });
});
