/**
 * npm run train [-- --data FILE] [--out FILE] [--check]
 * Trains the claim model from ../shared/eval/claims.dev.jsonl and writes
 * src/core/claims/claimModel.generated.json. Deterministic: the same data give the same bytes.
 * --check compares instead of writing (exit 1 when the committed file differs).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildModelText } from './train/buildModel';
import { defaultClaimsFile, projectRoot } from './evalPaths';

function main(): number {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
  });
  if (values.help) {
    console.log('Usage: npm run train -- [--data FILE] [--out FILE] [--check]\nDefaults: ../shared/eval/claims.dev.jsonl → src/core/claims/claimModel.generated.json');
    return 0;
  }
  const data = resolve(values.data ?? defaultClaimsFile());
  const out = resolve(values.out ?? resolve(projectRoot(), 'src', 'core', 'claims', 'claimModel.generated.json'));
  if (!existsSync(data)) {
    console.error(`Training data not found: ${data}\nThe data is not part of the project; put claims.dev.jsonl in ../shared/eval/ or pass --data FILE.`);
    return 2;
  }
  const t0 = Date.now();
  const text = buildModelText(data);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (values.check) {
    const same = existsSync(out) && readFileSync(out, 'utf8') === text;
    console.log(same ? `${out} is reproduced byte for byte (${seconds} s)` : `${out} differs from a fresh training run (${seconds} s)`);
    return same ? 0 : 1;
  }
  writeFileSync(out, text);
  console.log(`Wrote ${out} (${(text.length / 1024).toFixed(0)} KB, ${seconds} s)`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`train failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
