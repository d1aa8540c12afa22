import { ruleTests } from '../rules/ruleCase';
import { MARK_AND_FILTER_CASES } from './cases/marksAndFilters';
import { ATTRIBUTION_CASES } from './cases/attribution';
import { KIND_AND_SPAN_CASES } from './cases/kindAndSpan';
import { INDIRECT_CASES } from './cases/indirect';
import { REPORTED_CASES } from './cases/reported';

describe('quote rules, one case each (holds with the rule on, fails with it off)', () => {
  describe('find and filter', () => ruleTests(MARK_AND_FILTER_CASES));
  describe('attribute', () => ruleTests(ATTRIBUTION_CASES));
  describe('classify, span, speaker', () => ruleTests(KIND_AND_SPAN_CASES));
  describe('indirect and intro', () => ruleTests(INDIRECT_CASES));
  describe('reported speech (quotes/reported.ts) and widened indirect rules', () => ruleTests(REPORTED_CASES));
});
