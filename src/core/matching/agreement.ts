/**
 * Rules on top of the learned similarity, for what must agree between a claim and an earlier
 * fact-check: numbers and years ("rose 9%" is not "rose 19%"), names (a claim about one person
 * is not a check of the same words said of another) and negation. A disagreement lowers the
 * similarity by a fixed factor; a number conflict also keeps a match from being strong. The
 * learned weights alone cannot do this: the CLEF-2020 training pairs almost never disagree on
 * numbers, so the model never learned to care.
 */
import type { PreparedCandidate, PreparedText } from './prepared';
import { coverage, disagree } from './signals';

export interface Agreement {
  /** Numbers or years on both sides, none in common. */
  numbersConflict: boolean;
  /** Both name people, places or organisations, and none of the fact-check's names is in the claim. */
  namesConflict: boolean;
  /** One side negated, the other not. */
  negationDiffers: boolean;
}

export const PENALTY = { numbers: 0.5, names: 0.7, negation: 0.85 } as const;

export function agreementOf(query: PreparedText, candidate: PreparedCandidate): Agreement {
  const q = query.signals;
  const names = candidate.claim.signals.entities;
  return {
    numbersConflict: disagree(q.numbers, candidate.numbers) === 1 || disagree(q.years, candidate.years) === 1,
    namesConflict: names.size > 0 && q.entities.size > 0 && coverage(names, query.termSet) === 0,
    negationDiffers: q.negations > 0 !== candidate.claim.signals.negations > 0,
  };
}

export function penalised(similarity: number, a: Agreement): number {
  return similarity * (a.numbersConflict ? PENALTY.numbers : 1) * (a.namesConflict ? PENALTY.names : 1) * (a.negationDiffers ? PENALTY.negation : 1);
}
