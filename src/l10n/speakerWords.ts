/**
 * An unresolved speaker in the user's language: `unresolved (“he”)`. Core's `unresolvedLabel`
 * (src/core/quotes/speakerName.ts) is the English one the CLI and the exports write.
 */
import type { Speaker } from '../core/types';
import { l10n } from './l10n';

export function unresolvedSpeakerLabel(s: Speaker): string {
  return l10n.t('unresolved (\u201c{0}\u201d)', s.mention.text.trim());
}
