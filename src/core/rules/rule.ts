/**
 * A rule of the engine as data: an id, one line saying what it recognises (with an example), and the function
 * that does it. Rules are listed in order in registry.ts; a quote records the ids of the rules that shaped it.
 */
export interface Rule<F> {
  /** `step.name`, stable: shown in `claimlens analyze --json` and the hover, and used to disable the rule. */
  readonly id: string;
  /** One line, with an example. */
  readonly description: string;
  readonly fn: F;
}

export function rule<F>(id: string, description: string, fn: F): Rule<F> {
  return { id, description, fn: typeof fn === 'function' ? (namingFailures(id, fn as (...args: unknown[]) => unknown) as F) : fn };
}

/** The innermost rule each error was thrown in (errors are objects; a thrown primitive names no rule). */
const failedIn = new WeakMap<object, string>();

/** `fn`, noting the rule's id on any error thrown through it (innermost rule first), rethrown unchanged. */
function namingFailures(id: string, fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return function (this: unknown, ...args: unknown[]): unknown {
    try {
      return fn.apply(this, args);
    } catch (error) {
      if (typeof error === 'object' && error !== null && !failedIn.has(error)) failedIn.set(error, id);
      throw error;
    }
  };
}

/** The id of the innermost rule `error` was thrown in, if any. */
export function ruleOfFailure(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? failedIn.get(error) : undefined;
}

/** Which rules run: all but those disabled by id. */
export interface RuleSwitch {
  on(rule: { readonly id: string }): boolean;
}

/** Adds `id` to `ids` once, keeping the order in which rules shaped the item. */
export function noteRule(ids: string[], id: string): void {
  if (!ids.includes(id)) ids.push(id);
}
