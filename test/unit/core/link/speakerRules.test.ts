import { ruleTests } from '../rules/ruleCase';
import { SPEAKER_RULE_CASES } from './speakerRuleCases';

describe('cross-paragraph speaker rules, one case each (holds with the rule on, fails with it off)', () => {
  ruleTests(SPEAKER_RULE_CASES);
});
