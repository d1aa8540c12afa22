// The unit layer: every compiled test under out/test/unit whose TypeScript source still exists.
// tsc never deletes its outputs, so a test that was moved or removed must not run from a stale copy
// (the integration runner filters the same way).
const fs = require('node:fs');
const path = require('node:path');

const OUT = path.join(__dirname, 'out', 'test', 'unit');
const SOURCE = path.join(__dirname, 'test', 'unit');

const spec = fs.existsSync(OUT)
  ? fs.readdirSync(OUT, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .filter((name) => fs.existsSync(path.join(SOURCE, name.replace(/\.js$/, '.ts'))))
    .sort()
    .map((name) => path.join('out', 'test', 'unit', name))
  : [];

module.exports = { spec, timeout: 20000, reporter: 'spec' };
