/** The status commands: Mark as Unverified, Clear Status, Dismiss, and Mark as Disputed… (with a note). */
import type { ArticleService } from '../articles/contracts';
import { STATUS_WORDS } from '../core/review/statuses';
import type { BuiltInStatus } from '../core/review/types';
import { applyReview, claimsWord } from './applyReview';
import { askNote } from './note';
import { subjectOf } from './promptText';
import type { ReviewCommand } from './results';
import { normalizeArg } from './targets';

export function setStatusCommand(articles: ArticleService, status: BuiltInStatus): ReviewCommand {
  const word = STATUS_WORDS[status].label.toLowerCase();
  return async (raw, extra) => applyReview(articles, normalizeArg(raw, extra), async () => ({ status }), (n) => `Marked ${claimsWord(n)} ${word}.`);
}

export function markDisputedCommand(articles: ArticleService): ReviewCommand {
  return async (raw, extra) => {
    const arg = normalizeArg(raw, extra);
    return applyReview(articles, arg, async (items) => {
      const note = await askNote(arg, items, 'Mark as Disputed', `Why is ${subjectOf(items)} disputed? (optional note)`);
      if (note === undefined) return undefined;
      // An empty answer keeps any existing note rather than wiping it.
      return note.trim() ? { status: 'disputed', note } : { status: 'disputed' };
    }, (n) => `Marked ${claimsWord(n)} disputed.`);
  };
}
