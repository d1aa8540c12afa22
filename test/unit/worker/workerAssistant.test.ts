import * as assert from 'assert';
import * as path from 'node:path';
import { analyzeParagraph } from '../../../src/core/analysis';
import { ThreadAssistant } from '../../../src/worker/workerAssistant';

// The tsc-compiled worker entry, started in the assistant role (as the primary worker does).
const WORKER = path.join(__dirname, '..', '..', '..', 'src', 'worker', 'analysisWorker.js');

describe('ThreadAssistant (second analysis thread)', function () {
  this.timeout(60_000);
  let assistant: ThreadAssistant | undefined;
  afterEach(() => void assistant?.dispose());

  it('answers with exactly what analyzeParagraph gives here, one result per text, in order', async () => {
    assistant = new ThreadAssistant(WORKER);
    const texts = ['"Prices will rise," Ann Lee said on Monday.', 'The plan costs $4 billion, he added.', '  '];
    const [a, b] = await Promise.all([assistant.analyze(texts.slice(0, 2)), assistant.analyze(texts.slice(2))]);
    assert.deepStrictEqual([...a, ...b], texts.map((t) => analyzeParagraph(t)));
    await assistant.ready;
  });

  it('rejects pending and later requests once its thread is gone', async () => {
    assistant = new ThreadAssistant(WORKER);
    const pending = assistant.analyze(['One sentence here.']);
    await assistant.dispose();
    await assert.rejects(pending);
    await assert.rejects(assistant.analyze(['Another one.']));
  });
});
