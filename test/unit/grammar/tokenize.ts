/**
 * Tokenizes text with the real TextMate engine VS Code uses (vscode-textmate + oniguruma wasm),
 * so grammar tests see exactly the scopes a theme will see.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const GRAMMAR_PATH = path.join(REPO_ROOT, 'syntaxes', 'news-article.tmLanguage.json');
export const SCOPE_NAME = 'text.news-article';

export interface Token {
  text: string;
  scopes: string[];
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

function loadGrammar(): Promise<textmate.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === SCOPE_NAME
          ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH)
          : null,
    });
    const grammar = await registry.loadGrammar(SCOPE_NAME);
    if (!grammar) throw new Error(`grammar ${SCOPE_NAME} did not load`);
    return grammar;
  })();
  return grammarPromise;
}

/** Tokens per line of `text`, carrying the rule stack across lines like the editor does. */
export async function tokenizeDocument(text: string): Promise<Token[][]> {
  const grammar = await loadGrammar();
  let state = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** Scopes of the first token on `line` whose text contains `fragment` (fails loudly if absent). */
export function scopesAt(line: Token[], fragment: string): string[] {
  const token = line.find((t) => t.text.includes(fragment));
  if (!token) {
    throw new Error(`no token containing ${JSON.stringify(fragment)} in ${JSON.stringify(line.map((t) => t.text))}`);
  }
  return token.scopes;
}

/** The exact text runs on `line` that carry `scope`, adjacent tokens merged. */
export function runsWithScope(line: Token[], scope: string): string[] {
  const runs: string[] = [];
  let current: string | undefined;
  for (const t of line) {
    if (t.scopes.includes(scope)) {
      current = (current ?? '') + t.text;
    } else if (current !== undefined) {
      runs.push(current);
      current = undefined;
    }
  }
  if (current !== undefined) runs.push(current);
  return runs;
}
