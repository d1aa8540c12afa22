/**
 * What a review prompt (an input box) says, so it names the claim it is about: its title quotes the
 * claim's first words, or counts the items of a multi-selection. Pure (no vscode), unit-tested.
 */
import { firstWords } from '../core/review/firstWords';
import { l10n } from '../l10n/l10n';

interface Named {
  readonly kind: string;
  readonly text: string;
}

/** “Crime near the docks has doubled since the…” for one item; "3 claims" / "2 claims and 1 quote" for several. */
export function subjectOf(items: readonly Named[]): string {
  if (items.length === 1) return `“${firstWords(items[0].text, 60)}”`;
  const quotes = items.filter((i) => i.kind === 'quote').length;
  const claims = items.length - quotes;
  const claimsPart = claims === 1 ? l10n.t('1 claim') : l10n.t('{0} claims', claims);
  const quotesPart = quotes === 1 ? l10n.t('1 quote') : l10n.t('{0} quotes', quotes);
  if (claims && quotes) return l10n.t('{0} and {1}', claimsPart, quotesPart);
  return claims ? claimsPart : quotesPart;
}

/** The input box's title: "ClaimLens · Disputed: “Crime near the docks…”". */
export function promptTitle(action: string, items: readonly Named[]): string {
  return l10n.t('ClaimLens · {0}: {1}', action, subjectOf(items));
}
