import * as assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webAnnotationJson } from '../../../../src/core/export/webAnnotation';
import type { ReviewItem } from '../../../../src/core/review/types';
import { fixtureInput, fixtureItems, TEXT, TRICKY_NOTE } from './fixture';

// Parsed JSON-LD is checked field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

describe('W3C Web Annotation export', () => {
  const parse = (input = fixtureInput()) => JSON.parse(webAnnotationJson(input)) as Json;

  it('is an AnnotationCollection of every annotated item (orphans and dismissed included, plain detections not)', () => {
    const doc = parse();
    assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(doc.type, 'AnnotationCollection');
    const items = doc.first.items as Json[];
    assert.equal(doc.total, items.length);
    assert.deepEqual(items.map((a) => a.id), ['c-sourced', 'q-lind', 'c-unverified', 'c-disputed', 'c-dismissed', 'c-orphan'].map((k) => `urn:claimlens:${k}`));
  });

  it('targets the text with matching TextQuote and TextPosition selectors', () => {
    for (const a of (parse().first.items as Json[]).filter((x) => x.id !== 'urn:claimlens:c-orphan')) {
      assert.equal(a.type, 'Annotation');
      assert.equal(a.target.source, 'https://news.example/bridge');
      const quote = a.target.selector.find((s: Json) => s.type === 'TextQuoteSelector');
      const position = a.target.selector.find((s: Json) => s.type === 'TextPositionSelector');
      assert.equal(TEXT.slice(position.start, position.end), quote.exact);
      assert.ok(TEXT.slice(0, position.start).endsWith(quote.prefix));
      assert.ok(TEXT.slice(position.end).startsWith(quote.suffix));
    }
  });

  it('has the status as a tagging body, the note as a commenting body and sources as linking bodies', () => {
    const a = (parse().first.items as Json[])[0];
    assert.deepEqual(a.body[0], { type: 'TextualBody', purpose: 'tagging', value: 'sourced' });
    assert.deepEqual(a.body[1], { type: 'TextualBody', purpose: 'commenting', value: TRICKY_NOTE, format: 'text/plain' });
    assert.deepEqual(a.body.slice(2).map((b: Json) => [b.purpose, b.source]), [['linking', 'https://example.org/budget.pdf'], ['linking', 'https://example.org/audit']]);
    assert.equal(a.creator.name, 'ana');
  });

  it('keeps the stored selectors of an orphan', () => {
    const orphan = (parse().first.items as Json[]).find((a) => a.id === 'urn:claimlens:c-orphan')!;
    assert.equal(orphan.target.selector[0].exact, 'A sentence that was deleted.');
  });

  it('without a URL targets the file name (a relative reference), never the local absolute path', () => {
    for (const articlePath of [join(tmpdir(), 'secret-project', 'drafts', 'my story.txt'), join('drafts', 'my story.txt')]) {
      const json = webAnnotationJson(fixtureInput({ url: undefined, articlePath, headline: '' }));
      const doc = JSON.parse(json) as Json;
      assert.ok((doc.first.items as Json[]).every((a) => a.target.source === 'my%20story.txt'));
      assert.equal(doc.id, 'my%20story.txt#claimlens-annotations');
      assert.equal(doc.label, 'ClaimLens review of my story.txt');
      assert.doesNotMatch(json, /file:|secret-project|drafts/);
    }
  });

  it('counts TextPositionSelector offsets in code points (an emoji before the claim), the sidecar keeps UTF-16', () => {
    const text = 'Budget row 🌉\n\nThe council 💶 spent 4.2 million euros on the bridge.\n';
    const exact = 'spent 4.2 million euros on the bridge.';
    const start = text.indexOf(exact);
    const range = { start, end: start + exact.length };
    const annotation = { ...fixtureItems()[1].annotation!, id: 'c-emoji', target: { quote: { exact, prefix: '', suffix: '' }, position: { ...range } } };
    const items: ReviewItem[] = [{ key: 'c-emoji', kind: 'claim', range, text: exact, status: 'sourced', annotation, orphaned: false }];
    const [a] = parse(fixtureInput({ text, items })).first.items as Json[];
    const position = a.target.selector.find((s: Json) => s.type === 'TextPositionSelector');
    assert.deepEqual(position, { type: 'TextPositionSelector', start: start - 2, end: start - 2 + exact.length });
    assert.equal([...text].slice(position.start, position.end).join(''), exact);
    assert.deepEqual(annotation.target.position, range);
  });

  it('is safe inside a <script> block: </, <!-- and U+2028/U+2029 are escaped, the JSON value is unchanged', () => {
    const text = 'Intro </script> here.\n\nThe mayor said\u2028 the <!-- bridge --> cost 4 million.\u2029';
    const exact = 'the <!-- bridge --> cost 4 million.';
    const start = text.indexOf(exact);
    const range = { start, end: start + exact.length };
    const annotation = { ...fixtureItems()[1].annotation!, id: 'c-html', note: 'a </script>\u2028note', target: { quote: { exact, prefix: '', suffix: '' }, position: { ...range } } };
    const items: ReviewItem[] = [{ key: 'c-html', kind: 'claim', range, text: exact, status: 'sourced', annotation, orphaned: false }];
    const json = webAnnotationJson(fixtureInput({ text, items, headline: '</script>' }));
    assert.doesNotMatch(json, /<\/|<!--|[\u2028\u2029]/);
    const doc = JSON.parse(json) as Json;
    const [a] = doc.first.items as Json[];
    assert.equal(a.target.selector[0].exact, exact);
    assert.equal(a.target.selector[0].prefix, text.slice(start - 32, start));
    assert.equal(a.body[1].value, 'a </script>\u2028note');
    assert.equal(doc.label, 'ClaimLens review of </script>');
  });

  it('tags a review whose text changed since it was reviewed', () => {
    const input = fixtureInput();
    const items = input.items.map((i) => (i.key === 'c-sourced' ? { ...i, annotation: { ...i.annotation!, changedSinceReview: true } } : i));
    const annotations = (JSON.parse(webAnnotationJson({ ...input, items })) as Json).first.items as Json[];
    const tags = (id: string) => (annotations.find((a) => a.id === `urn:claimlens:${id}`)!.body as Json[]).filter((b) => b.purpose === 'tagging').map((b) => b.value);
    assert.deepEqual(tags('c-sourced'), ['sourced', 'changed-since-review']);
    assert.deepEqual(tags('c-disputed'), ['disputed']);
  });
});
