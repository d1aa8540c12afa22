/**
 * What a review prompt (an input box) says, so it names the claim it is about: its title quotes the
 * claim's first words, or counts the items of a multi-selection. Pure (no vscode), unit-tested.
 */
import { firstWords } from '../core/review/firstWords';

interface Named {
  readonly kind: string;
  readonly text: string;
}

/** “Crime near the docks has doubled since the…” for one item; "3 claims" / "2 claims and 1 quote" for several. */
export function subjectOf(items: readonly Named[]): string {
  if (items.length === 1) return `“${firstWords(items[0].text, 60)}”`;
  const quotes = items.filter((i) => i.kind === 'quote').length;
  const claims = items.length - quotes;
  const parts: string[] = [];
  if (claims) parts.push(`${claims} claim${claims === 1 ? '' : 's'}`);
  if (quotes) parts.push(`${quotes} quote${quotes === 1 ? '' : 's'}`);
  return parts.join(' and ');
}

/** The input box's title: "ClaimLens · Disputed: “Crime near the docks…”". */
export function promptTitle(action: string, items: readonly Named[]): string {
  return `ClaimLens · ${action}: ${subjectOf(items)}`;
}
