/**
 * The shape of src/, checked on every unit run:
 * - no import cycle between top-level folders (a file directly in src/ counts as its own unit),
 *   so every feature folder can be read, tested and changed from the bottom up;
 * - src/core/ never imports `vscode` (ESLint says so too): it runs in plain Node for the CLI,
 *   the worker and these tests;
 * - the Claim Details webview script imports nothing but our own modules (it runs in a browser).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SRC = path.join(ROOT, 'src');

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** `core`, `sidebar`, … or `extension.ts` for a file directly in src/. */
function unitOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0];
}

export function importsOf(file: string): string[] {
  // Comments may quote import syntax; strip them first.
  const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...text.matchAll(SPECIFIER)].map((m) => m[1]);
}

/** Edges between top-level units, each with one file that makes it (for the message). */
function unitGraph(files: string[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of files) {
    const from = unitOf(file);
    if (!graph.has(from)) graph.set(from, new Map());
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const to = unitOf(path.resolve(path.dirname(file), spec));
      if (to !== from && !to.startsWith('..')) graph.get(from)!.set(to, path.relative(ROOT, file));
    }
  }
  return graph;
}

/** The first cycle found, as a list of units (first = last), or undefined. */
function findCycle(graph: Map<string, Map<string, string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (unit: string): string[] | undefined => {
    if (state.get(unit) === 'done') return undefined;
    if (state.get(unit) === 'open') return [...stack.slice(stack.indexOf(unit)), unit];
    state.set(unit, 'open');
    stack.push(unit);
    for (const next of graph.get(unit)?.keys() ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(unit, 'done');
    return undefined;
  };
  for (const unit of graph.keys()) {
    const cycle = visit(unit);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('architecture of src/', () => {
  const files = sourceFiles(SRC);

  it('has no import cycle between top-level folders', () => {
    const graph = unitGraph(files);
    const cycle = findCycle(graph);
    const how = cycle?.slice(1).map((to, i) => `${cycle[i]} → ${to} (${graph.get(cycle[i])!.get(to)})`);
    assert.equal(cycle, undefined, `import cycle: ${how?.join(', ')}`);
  });

  it('never imports vscode under src/core/', () => {
    const offenders = files.filter((f) => unitOf(f) === 'core' && importsOf(f).includes('vscode'));
    assert.deepEqual(offenders.map((f) => path.relative(ROOT, f)), []);
  });

  it('keeps the Claim Details webview script to relative imports it can bundle for the browser', () => {
    const webview = files.filter((f) => path.relative(SRC, f).startsWith(path.join('sidebar', 'details', 'webview')));
    assert.ok(webview.length > 0, 'the webview sources are where this test looks');
    for (const f of webview) {
      const outside = importsOf(f).filter((spec) => !spec.startsWith('.'));
      assert.deepEqual(outside, [], `${path.relative(ROOT, f)} imports vscode or a Node module`);
    }
  });

  it('can see a cycle and a vscode import (the checks are not vacuous)', () => {
    const graph = new Map([['a', new Map([['b', 'a.ts']])], ['b', new Map([['a', 'b.ts']])]]);
    assert.deepEqual(findCycle(graph), ['a', 'b', 'a']);
    assert.ok(importsOf(path.join(SRC, 'extension.ts')).includes('vscode'));
    assert.ok(unitGraph(files).get('extension.ts')!.has('articles'), 'extension.ts imports the articles folder');
  });
});
