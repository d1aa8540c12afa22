import * as assert from 'node:assert/strict';
import { debateGroups } from '../../../scripts/eval/crossValidation';

describe('cross-validation folds of the CLEF-2019 debates', () => {
  const debates = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'];
  const cases: { name: string; folds: number | undefined; want: string[][] }[] = [
    { name: 'leave one debate out by default', folds: undefined, want: debates.map((d) => [d]) },
    { name: 'leave one debate out with 0', folds: 0, want: debates.map((d) => [d]) },
    { name: 'as many folds as debates is leave one out', folds: 7, want: debates.map((d) => [d]) },
    { name: 'debates dealt into 3 folds in turn', folds: 3, want: [['d1', 'd4', 'd7'], ['d2', 'd5'], ['d3', 'd6']] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const groups = debateGroups(debates, c.folds);
      assert.deepEqual(groups, c.want);
      assert.deepEqual(groups.flat().sort(), debates, 'each debate held out exactly once');
    });
  }
});
