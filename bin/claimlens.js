#!/usr/bin/env node
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS shim */
// Runs the bundled CLI (dist/cli.js, built by `npm run build`).
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write(`claimlens: ${cli} is not built yet. Run "npm run build" in ${path.join(__dirname, '..')} first.\n`);
  process.exit(2);
}
require(cli)
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
