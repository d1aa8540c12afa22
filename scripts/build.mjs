// Bundles with esbuild: the extension host entry, the analysis worker and the CLI (Node), the web build
// (the `browser` entry and its analysis Web Worker, for VS Code's web worker extension host), and the
// Claim Details webview script (browser, loaded by the webview with its nonce).
// `--watch`: unminified with source maps; otherwise minified for packaging.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeThirdPartyNotices } from './thirdPartyNotices.mjs';

const watch = process.argv.includes('--watch');
const entries = [
  { in: 'src/extension.ts', out: 'extension' },
  { in: 'src/worker/analysisWorker.ts', out: 'worker' },
  { in: 'src/worker/matchWorker.ts', out: 'matchWorker' },
  { in: 'src/cli/main.ts', out: 'cli' },
].filter((e) => existsSync(e.in));

const common = {
  bundle: true,
  minify: !watch,
  sourcemap: watch,
  logLevel: 'warning',
  legalComments: 'none',
};

// compromise's plugin loader merges its models (the lexicon: tens of thousands of keys) one key at a time through
// `Object.assign(model, { [key]: value })`, a throw-away object per key: about 30 ms of the analysis worker's CPU
// at every start (of ~170 ms loading dist/worker.js, Node 24). Plain assignment does the same (the loop already
// skips __proto__, constructor and prototype). The build fails if compromise's code no longer reads as expected.
const MERGE_DEEP = [
  ['if (!model[key]) Object.assign(model, { [key]: {} })', 'if (!model[key]) model[key] = {}'],
  ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
];
const fastCompromiseMerge = {
  name: 'fast-compromise-merge',
  setup(build) {
    build.onLoad({ filter: /[\\/]compromise[\\/]src[\\/]API[\\/]extend\.js$/ }, (args) => {
      let source = readFileSync(args.path, 'utf8');
      for (const [from, to] of MERGE_DEEP) {
        if (!source.includes(from)) throw new Error(`fast-compromise-merge: ${args.path} no longer contains ${from}`);
        source = source.replace(from, to);
      }
      return { contents: source, loader: 'js' };
    });
  },
};

// compromise/two also installs three plugins that only add methods the engine never calls — `.lookup()` and
// `buildTrie` (1-one/lookup), `.swap()` (2-two/swap) and `nlp.lazy` (2-two/lazy) — with no model, compute step or
// hook: the shipped bundles leave them out (3.4 KB of the analysis worker). The build fails if compromise's entry
// files no longer read as expected.
const UNCALLED_PLUGINS = [
  [/[\\/]compromise[\\/]src[\\/]one\.js$/, ["import lookup from './1-one/lookup/plugin.js'", 'nlp.extend(lookup) //7kb']],
  [/[\\/]compromise[\\/]src[\\/]two\.js$/, ["import lazy from './2-two/lazy/plugin.js'", "import swap from './2-two/swap/plugin.js'", 'nlp.plugin(lazy) //', 'nlp.plugin(swap) //']],
];
const uncalledPluginsOut = {
  name: 'uncalled-compromise-plugins-out',
  setup(build) {
    for (const [filter, lines] of UNCALLED_PLUGINS) {
      build.onLoad({ filter }, (args) => {
        let source = readFileSync(args.path, 'utf8');
        for (const line of lines) {
          if (!source.includes(line)) throw new Error(`uncalled-compromise-plugins-out: ${args.path} no longer contains ${line}`);
          source = source.replace(line, '');
        }
        return { contents: source, loader: 'js' };
      });
    }
  },
};

// Papa Parse (the match worker's CSV archives) also carries `unparse`, its JSON-to-CSV writer, which nothing here
// calls: the shipped bundles leave its function out (about 3 KB of the match worker). The build fails if Papa
// Parse's file no longer reads as expected.
const PAPA_UNPARSE = /\n\tfunction JsonToCsv\(_input, _config\)\n[\s\S]*?\n\t}\n(?=\n\n\t\/\*\* ChunkStreamer )/;
const papaUnparseOut = {
  name: 'papaparse-unparse-out',
  setup(build) {
    build.onLoad({ filter: /[\\/]papaparse[\\/]papaparse\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const cut = source.replace(PAPA_UNPARSE, '\n');
      if (cut === source || !cut.includes('Papa.unparse = JsonToCsv;')) throw new Error(`papaparse-unparse-out: ${args.path} no longer reads as expected`);
      return { contents: cut.replace('Papa.unparse = JsonToCsv;', ''), loader: 'js' };
    });
  },
};

// Each rule's one-line description with its example (src/core/rules/rule.ts) documents the rule in the source and its
// test; nothing reads it at run time, so the shipped bundles leave it out (13 KB of the analysis worker). The ids
// stay: results name the rules that shaped them. The build fails if a rule() call no longer reads as expected.
const RULE_CALL = /\brule(<[^>]*>)?\(\s*('[a-z0-9.-]+'),\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)\s*,/g;
const ruleDescriptionsOut = {
  name: 'rule-descriptions-out',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const calls = (source.match(/\brule(<[^>]*>)?\(\s*'/g) ?? []).length;
      if (calls === 0) return undefined;
      let stripped = 0;
      const contents = source.replace(RULE_CALL, (_, typeArgs = '', id) => {
        stripped++;
        return `rule${typeArgs}(${id}, '',`;
      });
      if (stripped !== calls) throw new Error(`rule-descriptions-out: ${args.path} has ${calls} rule() calls, ${stripped} read`);
      return { contents, loader: 'ts' };
    });
  },
};

const options = {
  ...common,
  plugins: watch ? [fastCompromiseMerge] : [fastCompromiseMerge, ruleDescriptionsOut, uncalledPluginsOut, papaUnparseOut],
  entryPoints: entries,
  outdir: 'dist',
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  metafile: true,
  // Node reads the bundles as UTF-8: curly quotes and dashes (in the quote patterns and rule descriptions) stay
  // UTF-8 instead of six-byte \u escapes (4 KB less in the worker and extension bundles).
  charset: 'utf8',
};

// The webview runs in VS Code's Chromium: one classic script, no imports left, nothing evaluated from strings (CSP).
const webview = {
  ...common,
  entryPoints: [{ in: 'src/sidebar/details/webview/main.ts', out: 'details' }],
  outdir: 'dist/webview',
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
};

// The web build's extension bundle: the same features over browser APIs. Node's modules and globals the shared
// code uses are replaced by src/web/shims and src/worker/nodeGlobals.ts (POSIX paths; the rest unused or answering
// like Node on a bare machine). Its analysis Web Worker runs dist/worker.js, the same bundle as the desktop's
// worker thread (src/worker/webWorkerGlobals.ts): the engine ships once.
const shim = (name) => `./src/web/shims/${name}.ts`;
const nodeShims = { path: shim('path'), os: shim('os'), fs: shim('fs'), worker_threads: shim('workerThreads') };
const web = {
  ...common,
  entryPoints: [{ in: 'src/web/extension.ts', out: 'extension' }],
  outdir: 'dist/web',
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  charset: 'utf8',
  metafile: true,
  alias: Object.fromEntries(Object.entries(nodeShims).flatMap(([name, file]) => [[name, file], [`node:${name}`, file]])),
  inject: ['./src/worker/nodeGlobals.ts'],
};

// The web build's "checked before" Web Worker (src/web/matchWorker.ts: the match index, sent file texts by the
// extension). Its own bundle rather than dist/matchWorker.js: no disk and no index cache there.
const webMatchWorker = {
  ...web,
  entryPoints: [{ in: 'src/web/matchWorker.ts', out: 'matchWorker' }],
  format: 'iife',
  external: [],
};

if (watch) {
  for (const o of [options, webview, web, webMatchWorker]) await (await esbuild.context(o)).watch();
  console.log('esbuild: watching…');
} else {
  const [result, , webResult, webMatchResult] = await Promise.all([esbuild.build(options), esbuild.build(webview), esbuild.build(web), esbuild.build(webMatchWorker)]);
  for (const file of [...entries.map((e) => `dist/${e.out}.js`), 'dist/webview/details.js', 'dist/web/extension.js', 'dist/web/matchWorker.js']) {
    console.log(`${file}  ${(statSync(file).size / 1024).toFixed(1)} KB`);
  }
  const listed = writeThirdPartyNotices(mergeMetafiles(mergeMetafiles(result.metafile, webResult.metafile), webMatchResult.metafile), 'dist/THIRD-PARTY-NOTICES.txt');
  console.log(`dist/THIRD-PARTY-NOTICES.txt  ${listed.length} packages`);
}

/** Both builds' inputs, for the notices (the web build bundles the same packages). */
function mergeMetafiles(a, b) {
  return { inputs: { ...a.inputs, ...b.inputs }, outputs: { ...a.outputs, ...b.outputs } };
}
