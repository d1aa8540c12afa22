/**
 * The localisation scanner (TypeScript AST, no type checker): which strings of the editor side reach the
 * user without `vscode.l10n.t`, and which messages the code passes to `l10n.t`.
 *   - `findUnlocalized(fileName, source)`: string and template literals with words in them, passed
 *     straight to a user-facing API (messages, quick picks, input boxes, hovers, tree items, the status
 *     bar, diagnostics, code actions, progress) or to the Claim Details webview's DOM helpers.
 *   - `findL10nMessages(fileName, source)`: the first argument of every `l10n.t(...)` call (a literal).
 * Used by test/unit/l10n/ and by `npm run l10n:export`, which writes l10n/bundle.l10n.json.
 */
import * as ts from 'typescript';

export interface Finding {
  readonly file: string;
  readonly line: number;
  /** The literal's text as written (template literals with `${…}` for their holes). */
  readonly text: string;
  /** The API or property it was passed to. */
  readonly via: string;
}

/** Calls whose arguments are shown to the user: the argument positions, or 'all'. */
const USER_FACING_CALLS: Readonly<Record<string, readonly number[] | 'all'>> = {
  showInformationMessage: 'all',
  showWarningMessage: 'all',
  showErrorMessage: 'all',
  setStatusBarMessage: [0],
  showQuickPick: 'all',
  showInputBox: [0],
  appendMarkdown: [0],
  appendText: [0],
  // The Claim Details webview's DOM helpers (src/sidebar/details/webview/dom.ts): el(tag, attrs, children),
  // button(label, …, attrs), section(title, id, children).
  el: [1, 2],
  button: [0, 2],
  section: [0],
};

/** Constructors whose arguments are shown: `new vscode.X(...)`. */
const USER_FACING_CONSTRUCTORS: Readonly<Record<string, readonly number[]>> = {
  MarkdownString: [0],
  TreeItem: [0],
  Diagnostic: [1],
  CodeAction: [0],
  Hover: [0],
  DiagnosticRelatedInformation: [1],
};

/** Properties whose value is shown, in object literals and in assignments (`item.tooltip = …`). */
const USER_FACING_PROPERTIES = new Set([
  'label', 'description', 'detail', 'tooltip', 'title', 'placeHolder', 'placeholder', 'prompt', 'message',
  'text', 'textContent', 'validationMessage', 'aria-label', 'ariaLabel', 'accessibilityInformation',
]);

/** Callbacks whose return value is shown (an input box's validation message). */
const USER_FACING_CALLBACKS = new Set(['validateInput']);

/**
 * Literals that are not words of a language: brand and format names are the same in every language.
 * Compared after codicons (`$(name)`) are removed and whitespace is trimmed.
 */
const NOT_WORDS = new Set(['ClaimLens', 'ClaimReview', 'ClaimReview JSON-LD', 'W3C Web Annotation JSON-LD', 'JSON-LD', 'CSV', 'https://…']);

export function findUnlocalized(fileName: string, source: string): Finding[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (expr: ts.Expression, via: string) => {
    for (const literal of literalLeaves(expr)) {
      const text = literal.getText(sf).slice(1, -1);
      if (!hasWords(literalText(literal))) continue;
      findings.push({ file: fileName, line: sf.getLineAndCharacterOfPosition(literal.getStart(sf)).line + 1, text, via });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      const positions = name && Object.hasOwn(USER_FACING_CALLS, name) ? USER_FACING_CALLS[name] : undefined;
      if (name && positions) node.arguments.forEach((arg, i) => (positions === 'all' || positions.includes(i)) && report(arg, `${name}()`));
    } else if (ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      const positions = name && Object.hasOwn(USER_FACING_CONSTRUCTORS, name) ? USER_FACING_CONSTRUCTORS[name] : undefined;
      if (name && positions) node.arguments?.forEach((arg, i) => positions.includes(i) && report(arg, `new ${name}()`));
    } else if (ts.isPropertyAssignment(node)) {
      const name = propertyName(node.name);
      if (name && USER_FACING_PROPERTIES.has(name)) report(node.initializer, `${name}:`);
      if (name && USER_FACING_CALLBACKS.has(name)) for (const value of returnedValues(node.initializer)) report(value, `${name}()`);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      const name = node.left.name.text;
      if (USER_FACING_PROPERTIES.has(name)) report(node.right, `.${name} =`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // A literal reached through two routes (an object literal inside showQuickPick's items) counts once.
  const seen = new Set<string>();
  return findings.filter((f) => !seen.has(`${f.line}:${f.text}`) && !!seen.add(`${f.line}:${f.text}`));
}

/** The messages passed to `l10n.t(...)` / `vscode.l10n.t(...)`: a literal message, or `{ message }`. */
export function findL10nMessages(fileName: string, source: string): { messages: string[]; nonLiteral: Finding[] } {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const messages: string[] = [];
  const nonLiteral: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isL10nT(node.expression)) {
      const arg = node.arguments[0];
      const message = arg && messageOf(arg);
      if (message !== undefined) messages.push(message);
      else nonLiteral.push({ file: fileName, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: node.getText(sf), via: 'l10n.t()' });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { messages, nonLiteral };
}

function isL10nT(expr: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(expr) && expr.name.text === 't' && calleeName(expr.expression) === 'l10n';
}

function messageOf(arg: ts.Expression): string | undefined {
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
  if (ts.isObjectLiteralExpression(arg)) {
    const prop = arg.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === 'message');
    return prop ? messageOf(prop.initializer) : undefined;
  }
  return undefined;
}

/** What a function literal returns: its expression body, or the expressions of its return statements. */
function returnedValues(fn: ts.Expression): ts.Expression[] {
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  const values: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node) && node.expression) values.push(node.expression);
    else if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return values;
}

/** The literals an expression shows as they are: through conditionals, `+`, `??`, `||`, arrays, templates. Calls are not entered. */
function literalLeaves(expr: ts.Expression): Array<ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression> {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr];
  if (ts.isTemplateExpression(expr)) return [expr, ...expr.templateSpans.flatMap((s) => literalLeaves(s.expression))];
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr)) return literalLeaves(expr.expression);
  if (ts.isConditionalExpression(expr)) return [...literalLeaves(expr.whenTrue), ...literalLeaves(expr.whenFalse)];
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) return [...literalLeaves(expr.left), ...literalLeaves(expr.right)];
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalLeaves(expr.right);
    return [];
  }
  if (ts.isArrayLiteralExpression(expr)) return expr.elements.flatMap((e) => (ts.isSpreadElement(e) ? literalLeaves(e.expression) : literalLeaves(e)));
  return [];
}

/** The literal's own text, without the holes of a template. */
function literalText(literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): string {
  if (!ts.isTemplateExpression(literal)) return literal.text;
  return [literal.head.text, ...literal.templateSpans.map((s) => s.literal.text)].join(' ');
}

/** Words: two letters in a row, once codicons, brand names and markup are set aside. */
export function hasWords(text: string): boolean {
  const bare = text.replace(/\$\([\w~-]+\)/g, ' ').trim();
  if (NOT_WORDS.has(bare)) return false;
  return /\p{L}{2}/u.test(bare.replace(/\b(ClaimLens|ClaimReview)\b/g, ' '));
}

function calleeName(expr: ts.Expression): string | undefined {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) return expr.name.text;
  return undefined;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}
