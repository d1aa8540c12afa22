// Mocha's spec reporter plus the closing count line (`<layer>: N passed, N failed`) and a result
// record for `npm test` (see results.ts). The layer name comes from `--reporter-option layer=<name>`.
import Mocha from 'mocha';
import { countLine, reportLayerResult } from './results';

class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const reporterOptions = (options as { reporterOption?: Record<string, string> } | undefined)?.reporterOption;
    const layer = reporterOptions?.layer ?? 'mocha';
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const result = { layer, passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 };
      Mocha.reporters.Base.consoleLog(countLine(result));
      reportLayerResult(result);
    });
  }
}

export = CountingReporter;
