/**
 * `The plan, which supporters say will create 500 jobs, was approved`: a report inside a relative clause set off by
 * commas ends at the comma where the main clause's verb resumes, not at the sentence's end.
 */
import type { Token } from '../../text/tokens';
import { rule } from '../../rules/rule';
import { has } from '../speakers';

export const relativeAsideEnd = rule(
  'span.relative-aside-end',
  '`The plan, which supporters say will create jobs, was approved.`: a report inside a relative set off by commas ends before the main verb.',
  /** The content's new end (the end of the word before that comma), or -1 to keep the clause's own end. */
  (tokens: readonly Token[], rel: number, from: number, b: number): number => {
    if (!tokens[rel - 1]?.post.includes(',')) return -1;
    for (let k = from; k + 1 < b; k++) {
      if (!tokens[k].post.includes(',')) continue;
      const next = tokens[k + 1];
      // Only the first comma: a list inside the aside (`jobs, schools and roads`) is no verb and keeps the span.
      return has(next, 'Verb') && !has(next, 'Noun') && !has(next, 'Gerund') ? tokens[k].end : -1;
    }
    return -1;
  },
);
