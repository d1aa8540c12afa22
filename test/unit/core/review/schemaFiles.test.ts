/** The shipped JSON Schema, the generated validator and package.json stay in step. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../../..');

describe('sidecar schema files', () => {
  it('the committed validator is generated from the current schema', async () => {
    const generator = (await import(resolve(ROOT, 'scripts/generate-sidecar-validator.mjs'))) as { generateValidatorSource(schema: string): string };
    const expected = generator.generateValidatorSource(readFileSync(resolve(ROOT, 'schemas/sidecar.schema.json'), 'utf8'));
    const committed = readFileSync(resolve(ROOT, 'src/core/review/sidecarValidator.generated.ts'), 'utf8');
    assert.ok(committed === expected, 'src/core/review/sidecarValidator.generated.ts is stale: run node scripts/generate-sidecar-validator.mjs');
  });

  it('package.json validates *.claimlens.json files with the schema', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation?: { fileMatch: string; url: string }[] } };
    const entry = pkg.contributes.jsonValidation?.find((e) => e.fileMatch === '*.claimlens.json');
    assert.equal(entry?.url, './schemas/sidecar.schema.json');
  });
});
