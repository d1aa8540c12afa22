/**
 * One reading of a detected speaker for every consumer (hover, inline label, sidebar, exports, CLI): the name it
 * resolved to, or — for a pronoun or relative word no rule could tie to someone — an unresolved mention that names
 * no one (`Speaker.resolved === false`).
 */
import type { Speaker } from '../types';

/** A speaker "name" that is only a pronoun or relative word: no one is named. */
export const BARE_PRONOUN = /^(?:he|she|it|they|we|i|you|us|me|who|whom|whose|which|that|this|these|those|him|her|them|his|its|their|one)$/i;

/** Is `name` (trimmed) a bare pronoun or relative word? */
export function isBarePronoun(name: string): boolean {
  return BARE_PRONOUN.test(name.trim());
}

/** The speaker's display name; undefined when there is none or it is unresolved. */
export function resolvedName(s: Speaker | null | undefined): string | undefined {
  if (!s || s.resolved === false) return undefined;
  const name = s.name.trim();
  return name && !isBarePronoun(name) ? name : undefined;
}

/** Is this an unresolved speaker (a mention naming no one)? */
export function isUnresolved(s: Speaker | null | undefined): s is Speaker {
  return !!s && resolvedName(s) === undefined;
}

/** `unresolved (“he”)`: how an unresolved speaker is shown in full (hover, reports, CLI). */
export function unresolvedLabel(s: Speaker): string {
  return `unresolved (\u201c${s.mention.text.trim()}\u201d)`;
}

/** The inline label's name: the resolved name, or `?` for an unresolved speaker. */
export function inlineName(s: Speaker | null | undefined): string | undefined {
  if (!s) return undefined;
  return resolvedName(s) ?? '?';
}
