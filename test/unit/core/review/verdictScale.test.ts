/**
 * The verdict scale (.claimlens/verdicts.json): the loader, table-driven (one row per rule, each
 * breaking one field of a valid file), kept in step with the JSON Schema VS Code validates the
 * file with, and unknown verdict ids reported without losing a review.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { DEFAULT_VERDICT_SCALE, parseVerdictScale, unknownVerdicts, verdictById } from '../../../../src/core/review/verdictScale';
import { RATINGS } from '../../../../src/core/export/rating';

const ROOT = resolve(__dirname, '../../../../..');
type Json = Record<string, unknown>;

/** A PolitiFact-like scale. */
function validFile(): Json {
  return {
    $schema: '../schemas/verdicts.schema.json',
    version: 1,
    claimReview: { worstRating: 1, bestRating: 6 },
    verdicts: [
      { id: 'true', label: 'True', colour: '#2e7d32', icon: 'check', key: 'Y', final: true, claimReview: { ratingValue: 6 } },
      { id: 'half-true', label: 'Half True', colour: 'charts.yellow', icon: 'circle-large', key: 'h', final: true, claimReview: { ratingValue: 4, alternateName: 'Half true' } },
      { id: 'pants-on-fire', label: 'Pants on Fire', colour: '#b71c1c', icon: 'flame', key: 'f', final: true, claimReview: { ratingValue: 1 } },
      { id: 'checking', label: 'Still checking', final: false },
    ],
  };
}

function withChange(path: string, value: unknown): Json {
  const doc = validFile();
  const keys = path.split('.');
  let at: Json = doc;
  for (const k of keys.slice(0, -1)) at = at[k] as Json;
  const last = keys[keys.length - 1];
  if (value === undefined) delete at[last];
  else at[last] = value;
  return doc;
}

const validateWithSchema = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(resolve(ROOT, 'schemas/verdicts.schema.json'), 'utf8')) as object);

// path, value, the loader's message, and whether the JSON Schema (in the editor) catches it too.
const ROWS: [string, unknown, RegExp, boolean][] = [
  ['version', 2, /version 2 is newer than this ClaimLens understands/, true],
  ['version', undefined, /version: must be 1/, true],
  ['extra', true, /the file: unknown field "extra"/, true],
  ['verdicts', [], /verdicts: must be a list of at least one verdict/, true],
  ['verdicts.0.id', 'True', /verdicts\[0\] \("True"\)\.id: must be lower-case letters/, true],
  ['verdicts.0.id', 'dismissed', /"dismissed" is a workflow state, not a verdict/, true],
  ['verdicts.0.label', ' ', /verdicts\[0\] \("true"\)\.label: must be text of 1–60 characters/, true],
  ['verdicts.0.colour', 'green', /\.colour: must be #rgb, #rrggbb, #rrggbbaa or a theme colour id/, true],
  ['verdicts.0.colour', '#12345', /\.colour: must be #rgb/, true],
  ['verdicts.0.icon', 'Check Mark', /\.icon: must be a codicon id/, true],
  ['verdicts.0.key', 'yy', /\.key: must be one letter/, true],
  ['verdicts.0.key', 'N', /\.key: "N" belongs to another ClaimLens command/, true],
  ['verdicts.0.final', 'yes', /\.final: must be true or false/, true],
  ['verdicts.0.final', undefined, /\.final: must be true or false/, true],
  ['verdicts.0.shade', 'x', /verdicts\[0\] \("true"\): unknown field "shade"/, true],
  ['verdicts.0.claimReview.ratingValue', 'high', /\.claimReview\.ratingValue: must be a number/, true],
  ['verdicts.0.claimReview.stars', 5, /\.claimReview: unknown field "stars"/, true],
  ['claimReview.worstRating', 0, /claimReview\.worstRating: must be a number of at least 1/, true],
  // What a JSON Schema cannot say: the loader alone.
  ['claimReview.bestRating', 1, /claimReview\.bestRating: must be greater than worstRating/, false],
  ['verdicts.0.claimReview.ratingValue', 7, /ratingValue: 7 is outside the scale's worstRating…bestRating \(1…6\)/, false],
  ['verdicts.1.id', 'true', /verdicts\[1\]\.id: "true" is already the id of verdicts\[0\]/, false],
  ['verdicts.1.key', 'Y', /verdicts\[1\] \("half-true"\)\.key: "Y" is already the key of "true"/, false],
];

describe('verdict scale (.claimlens/verdicts.json)', () => {
  it('reads a valid file: labels trimmed, keys lower case, alternateName defaulting to the label, the scale bounds', () => {
    const r = parseVerdictScale(JSON.stringify(validFile()));
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual([r.scale.worstRating, r.scale.bestRating], [1, 6]);
    assert.deepEqual(r.scale.verdicts.map((v) => [v.id, v.key, v.final, v.claimReview.ratingValue, v.claimReview.alternateName]), [
      ['true', 'y', true, 6, 'True'],
      ['half-true', 'h', true, 4, 'Half true'],
      ['pants-on-fire', 'f', true, 1, 'Pants on Fire'],
      ['checking', undefined, false, undefined, 'Still checking'],
    ]);
    assert.equal(validateWithSchema(validFile()), true, JSON.stringify(validateWithSchema.errors));
  });

  for (const [path, value, message, schemaToo] of ROWS) {
    it(`${path} = ${JSON.stringify(value) ?? '(absent)'}: ${message.source.slice(0, 60)}`, () => {
      const doc = withChange(path, value);
      const r = parseVerdictScale(JSON.stringify(doc));
      assert.ok(!r.ok, 'the loader accepted it');
      assert.ok(r.errors.some((e) => message.test(e)), r.errors.join('\n'));
      assert.equal(validateWithSchema(doc), !schemaToo, `the schema ${schemaToo ? 'accepted' : 'rejected'} it: ${JSON.stringify(validateWithSchema.errors)}`);
    });
  }

  it('reports every problem at once, and where bad JSON breaks without quoting the file', () => {
    const doc = validFile();
    (doc.verdicts as Json[])[0].key = 'x';
    (doc.verdicts as Json[])[2].colour = 'red';
    const r = parseVerdictScale(JSON.stringify(doc));
    assert.ok(!r.ok && r.errors.length === 2, JSON.stringify(r));
    const trailingComma = parseVerdictScale('{\n  "version": 1,\n  "verdicts": [],\n}');
    assert.deepEqual(trailingComma, { ok: false, errors: ['not valid JSON (line 4, column 1)'] });
    const bad = parseVerdictScale('{\n  "version": 1,\n  "verdicts": [ secret ]\n}');
    assert.ok(!bad.ok && /^not valid JSON/.test(bad.errors[0]) && !/secret/.test(bad.errors[0]), JSON.stringify(bad));
    assert.deepEqual(parseVerdictScale('[]'), { ok: false, errors: ['must be a JSON object { "version": 1, "verdicts": [ … ] }'] });
  });

  it('the default scale is sourced / disputed / unverified, valid by its own rules and the schema, the export\'s ratings', () => {
    const file = { version: 1, claimReview: { worstRating: DEFAULT_VERDICT_SCALE.worstRating, bestRating: DEFAULT_VERDICT_SCALE.bestRating }, verdicts: DEFAULT_VERDICT_SCALE.verdicts };
    assert.deepEqual(parseVerdictScale(JSON.stringify(file)), { ok: true, scale: DEFAULT_VERDICT_SCALE });
    assert.equal(validateWithSchema(file), true, JSON.stringify(validateWithSchema.errors));
    assert.deepEqual(DEFAULT_VERDICT_SCALE.verdicts.map((v) => v.id), ['sourced', 'disputed', 'unverified']);
    assert.deepEqual(RATINGS, {
      sourced: { ratingValue: 5, alternateName: 'Sourced', final: true },
      disputed: { ratingValue: 1, alternateName: 'Disputed', final: true },
      unverified: { alternateName: 'Unverified', final: false },
    });
    assert.equal(verdictById(DEFAULT_VERDICT_SCALE, 'unverified')?.final, false);
  });

  it('reports review statuses the scale lacks, with the reviews holding them, and changes nothing', () => {
    const r = parseVerdictScale(JSON.stringify(validFile()));
    assert.ok(r.ok);
    const annotations = [
      { id: 'a-1', status: 'sourced' }, { id: 'a-2', status: 'true' }, { id: 'a-3', status: 'unreviewed' },
      { id: 'a-4', status: 'dismissed' }, { id: 'a-5', status: 'sourced' }, { id: 'a-6', status: 'mostly-false' },
    ];
    const before = JSON.stringify(annotations);
    assert.deepEqual(unknownVerdicts(annotations, r.scale), [{ id: 'sourced', annotationIds: ['a-1', 'a-5'] }, { id: 'mostly-false', annotationIds: ['a-6'] }]);
    assert.equal(JSON.stringify(annotations), before);
    assert.deepEqual(unknownVerdicts(annotations.slice(0, 5).filter((a) => a.status !== 'true'), DEFAULT_VERDICT_SCALE), []);
  });

  it('the README\'s example is a valid scale', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const example = /\*\*Verdict scale\*\*[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(example, 'no verdict scale example in the README');
    const r = parseVerdictScale(example);
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(validateWithSchema(JSON.parse(example)), true);
  });

  it('package.json validates .claimlens/verdicts.json with the schema, and the schema ships', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
    assert.equal(pkg.contributes.jsonValidation.find((e) => e.fileMatch === '**/.claimlens/verdicts.json')?.url, './schemas/verdicts.schema.json');
    assert.match(readFileSync(resolve(ROOT, '.vscodeignore'), 'utf8'), /^!schemas\/\*\.schema\.json$/m);
  });
});
