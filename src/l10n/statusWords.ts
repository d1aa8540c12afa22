/**
 * The review statuses in the user's language: core's STATUS_WORDS (src/core/review/statuses.ts) holds the
 * English words the CLI and the exports use; the editor shows these. A status core adds later falls back
 * to core's English word until it gets a line here.
 */
import { STATUS_WORDS } from '../core/review/statuses';
import type { StatusLook } from '../core/review/statusLook';
import { l10n } from './l10n';

/** "Sourced", "Disputed", … (the status's name, as in the hover, the Review view and Claim Details). */
export function statusLabel(status: string): string {
  switch (status) {
    case 'unreviewed': return l10n.t('Unreviewed');
    case 'sourced': return l10n.t('Sourced');
    case 'disputed': return l10n.t('Disputed');
    case 'unverified': return l10n.t('Unverified');
    case 'dismissed': return l10n.t('Dismissed');
    default: return (STATUS_WORDS as Record<string, { label: string } | undefined>)[status]?.label ?? status;
  }
}

/** The Claim Details button that sets the status, and what it says on hover. */
export function statusButton(status: string): { label: string; hint: string } {
  switch (status) {
    case 'unreviewed': return { label: l10n.t('Clear'), hint: l10n.t('Back to unreviewed') };
    case 'sourced': return { label: l10n.t('Sourced'), hint: l10n.t('Backed by a source') };
    case 'disputed': return { label: l10n.t('Disputed'), hint: l10n.t('Contradicted by evidence') };
    case 'unverified': return { label: l10n.t('Unverified'), hint: l10n.t('Could not be checked') };
    case 'dismissed': return { label: l10n.t('Dismiss'), hint: l10n.t('Not a claim') };
    default: {
      const words = (STATUS_WORDS as Record<string, { button: string; buttonHint: string } | undefined>)[status];
      return { label: words?.button ?? status, hint: words?.buttonHint ?? '' };
    }
  }
}

/**
 * A status's name under the workspace's verdict scale (core statusLook): the built-in words in the
 * user's language, a scale's own verdict as the scale spells it, an id the scale lacks as "unknown
 * verdict ‹id›".
 */
export function lookLabel(look: StatusLook): string {
  if (look.kind === 'unknown') return l10n.t('unknown verdict \u2039{0}\u203a', look.id);
  const english = (STATUS_WORDS as Record<string, { label: string } | undefined>)[look.id]?.label;
  return english !== undefined && english === look.label ? statusLabel(look.id) : look.label;
}
