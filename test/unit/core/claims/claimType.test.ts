import * as assert from 'node:assert/strict';
import { tokenize } from '../../../../src/core/text/tokens';
import { extractFeatures } from '../../../../src/core/claims/features';
import type { ClaimType } from '../../../../src/core/types';
import { claimTypeOf } from '../../../../src/core/claims/claimType';

function typeOf(sentence: string): ClaimType {
  const tz = tokenize(sentence);
  const features = new Set(extractFeatures(tz.tokens, 0, tz.tokens.length, sentence).map((h) => h.feature));
  return claimTypeOf(tz.tokens, 0, tz.tokens.length, features);
}

/** A small labelled table of Full Fact's types: sentences written for this test. */
const TABLE: [string, ClaimType][] = [
  ['The unemployment rate fell to 4.9 percent last month.', 'quantity'],
  ['The council spent $3.2 million on the new bridge.', 'quantity'],
  ['More than 80 people were killed in the attack.', 'quantity'],
  ['Violent crime has doubled in the city since the mayor took office.', 'quantity'],
  ['Wages are rising across the region.', 'quantity'],
  ['It has the highest taxes anywhere in the world.', 'quantity'],
  ['Nearly half of the nurses left within a year.', 'quantity'],
  ['The new plant will create jobs in the valley next year.', 'prediction'],
  ['Economists expect inflation to ease by the summer.', 'prediction'],
  ['Premiums are going to rise for most families.', 'prediction'],
  ['The bank is projected to lose $2 billion this year.', 'prediction'],
  ['Analysts predicted that the merger would fail.', 'prediction'],
  ['Shares fell 12% on Thursday after the company cut its full-year forecast.', 'quantity'],
  ['The loss was far bigger than anyone expected.', 'other'],
  ['The factory closed because of the new tariffs.', 'causation'],
  ['The heatwave led to hundreds of hospital admissions.', 'causation'],
  ['Smoking causes most cases of lung cancer.', 'causation'],
  ['It is illegal for employers to ask about your religion.', 'law'],
  ['The constitution gives the senate the power to reject treaties.', 'law'],
  ['The state banned the sale of flavoured vapes to anyone under 21.', 'law'],
  ['Under the new law, prison costs in the state are rising.', 'quantity'],
  ['I grew up in a small town in Ohio.', 'personal'],
  ['My father worked in the steel mill for thirty years.', 'personal'],
  ['The senator met the prime minister in Paris on Monday.', 'other'],
  ['She voted against the war in Iraq.', 'other'],
  ['He was one of the best coaches the club ever had.', 'other'],
  ['We need more teachers and better schools.', 'other'],
  ['In 2016 he moved to Washington.', 'other'],
];

describe('claim types (Full Fact)', () => {
  for (const [sentence, expected] of TABLE) {
    it(`${expected}: ${sentence}`, () => assert.equal(typeOf(sentence), expected));
  }

  it('calls a sentence quantity only when it states an amount', () => {
    assert.notEqual(typeOf('We want more freedom for our people.'), 'quantity');
    assert.notEqual(typeOf('On March 3 the governor visited the school.'), 'quantity');
    assert.notEqual(typeOf('This is one thing we agree on.'), 'quantity');
    assert.equal(typeOf('The governor visited 3 schools on March 3.'), 'quantity');
  });
});
