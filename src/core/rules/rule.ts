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
  return { id, description, fn };
}

/** Which rules run: all but those disabled by id. */
export interface RuleSwitch {
  on(rule: { readonly id: string }): boolean;
}

/** Adds `id` to `ids` once, keeping the order in which rules shaped the item. */
export function noteRule(ids: string[], id: string): void {
  if (!ids.includes(id)) ids.push(id);
}
