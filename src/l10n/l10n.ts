/**
 * Localisation for the editor-side modules that do not import `vscode` (they run in plain Node in the
 * unit tests): `l10n.t('Marked {0} sourced.', n)` as with `vscode.l10n.t`. `activate()` hands it
 * `vscode.l10n.t`, which looks the message up in l10n/bundle.l10n.<language>.json; until then (and in
 * the unit tests) it formats the English message. Modules that import `vscode` call `vscode.l10n.t`.
 * The messages are the keys: `npm run l10n:export` collects both kinds of call into l10n/bundle.l10n.json.
 */
export type L10nArg = string | number | boolean;
type Translate = (message: string, args: L10nArg[] | Record<string, L10nArg>) => string;

let translate: Translate = format;

export const l10n = {
  /** `{0}`, `{1}`… are replaced by the arguments, `{name}` by the record's `name`. */
  t(message: string, ...args: L10nArg[] | [Record<string, L10nArg>]): string {
    const values = args.length === 1 && typeof args[0] === 'object' ? args[0] : (args as L10nArg[]);
    return translate(message, values);
  },
};

/** Called once by activate(): from then on messages go through VS Code's bundles. */
export function useTranslator(fn: Translate): void {
  translate = fn;
}

/** The English message with its placeholders filled, as vscode.l10n.t does without a bundle. */
export function format(message: string, args: L10nArg[] | Record<string, L10nArg>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = (args as Record<string, L10nArg>)[name];
    return value === undefined ? whole : String(value);
  });
}
