/**
 * Core's source-address check (src/core/review/sourceUrl.ts) refuses with a code; these are its messages in the
 * user's language (core's English ones are the CLI's). `{0}` is the check's detail (a length, the text, a scheme).
 */
import type { SourceUrlCheck, SourceUrlProblem } from '../core/review/sourceUrl';
import { format, l10n } from './l10n';

export function sourceUrlProblems(): Record<SourceUrlProblem, string> {
  return {
    'empty': l10n.t('Enter the address of the source (http:// or https://).'),
    'too-long': l10n.t('The source address is longer than {0} characters.'),
    'spaces': l10n.t('A source address cannot contain spaces or control characters.'),
    'not-a-url': l10n.t('"{0}" is not a web address; sources must start with http:// or https://.'),
    'scheme': l10n.t('Only http:// and https:// sources can be stored (found {0}).'),
    'no-host': l10n.t('The source address has no host name.'),
    'credentials': l10n.t('A source address must not contain a user name or password.'),
    'prefix': l10n.t('Sources must start with http:// or https://.'),
  };
}

/** The refusal in the user's language (core's English message for a code this table does not know). */
export function sourceUrlMessage(check: Extract<SourceUrlCheck, { ok: false }>, problems: Readonly<Record<string, string>>): string {
  const template = problems[check.problem];
  return template === undefined ? check.error : format(template, check.detail === undefined ? [] : [check.detail]);
}
