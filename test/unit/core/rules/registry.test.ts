import * as assert from 'node:assert/strict';
import { ALL_RULES, QUOTE_RULES, analyze, ruleSet } from '../../../../src/core/analysis';
import type { RuleCase } from './ruleCase';
import { MARK_AND_FILTER_CASES } from '../quotes/cases/marksAndFilters';
import { ATTRIBUTION_CASES } from '../quotes/cases/attribution';
import { KIND_AND_SPAN_CASES } from '../quotes/cases/kindAndSpan';
import { INDIRECT_CASES } from '../quotes/cases/indirect';
import { REPORTED_CASES } from '../quotes/cases/reported';
import { SPEAKER_RULE_CASES } from '../link/speakerRuleCases';
import { MARKUP_CASES } from '../text/markupCases';

const CASES: RuleCase[] = [...MARKUP_CASES, ...MARK_AND_FILTER_CASES, ...ATTRIBUTION_CASES, ...KIND_AND_SPAN_CASES, ...INDIRECT_CASES, ...REPORTED_CASES, ...SPEAKER_RULE_CASES];

describe('rule registry', () => {
  it('ids are unique and read `step.name`', () => {
    const ids = ALL_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+\.[a-z]+(?:-[a-z]+)*$/);
  });

  it('every description is one line with an example', () => {
    for (const r of ALL_RULES) {
      assert.ok(!/\n/.test(r.description) && r.description.length <= 160, `${r.id}: ${r.description}`);
      assert.match(r.description, /`[^`]+`/, `${r.id} gives no example`);
    }
  });

  it('every rule has its own case, and every case names a registered rule', () => {
    const ids = new Set(ALL_RULES.map((r) => r.id));
    const covered = new Set(CASES.map((c) => c.rule));
    assert.deepEqual(ALL_RULES.map((r) => r.id).filter((id) => !covered.has(id)), []);
    assert.deepEqual([...covered].filter((id) => !ids.has(id)), []);
  });

  it('the step lists hold registered rules in the registry order', () => {
    const order = new Map(ALL_RULES.map((r, i) => [r, i]));
    for (const [step, list] of Object.entries(QUOTE_RULES)) {
      const at = list.map((r) => order.get(r));
      assert.ok(at.every((i) => i !== undefined), `${step} holds an unregistered rule`);
      assert.deepEqual(at, [...at].sort((a, b) => (a ?? 0) - (b ?? 0)), `${step} is out of order`);
    }
  });

  it('a misspelt rule id is an error, not a silent no-op', () => {
    assert.throws(() => ruleSet(['marks.dubble']), /unknown rule id: marks\.dubble/);
    assert.throws(() => analyze('"Hi there, all of you," she said.', { disabledRules: ['no.such-rule'] }), RangeError);
  });

  it('quotes list the rules that shaped them, in pipeline order', () => {
    const [q] = analyze('"We will build the bridge by May," Mayor Alice Brown said.').quotes;
    assert.deepEqual(q.rules, ['marks.double', 'after.x-said', 'kind.whole-sentence']);
  });
});
