/**
 * Scores of a few hand-written news and debate paragraphs (none from the eval data) under one or more
 * model files, side by side: a quick look at whether a training change helps or hurts obvious cases.
 *
 *   esbuild scripts/train/exp/probeSentences.ts --bundle --platform=node --outfile=out/scripts/probe.js
 *   node out/scripts/probe.js old.json new.json
 */
import { readFileSync } from 'node:fs';
import { loadModel, type ClaimModelFile } from '../../../src/core/claims/claimModel';
import { logitOf, probability } from '../../../src/core/claims/learnedScorer';
import { paragraphVectors } from '../../../src/core/claims/paragraphSentences';
import { tokenize } from '../../../src/core/text/tokens';

/** Each entry is one paragraph; every sentence of it is printed. */
const PARAGRAPHS: string[] = [
  'The bridge is the longest in Europe, at 17 kilometres.',
  'But we hired 3,000 new officers, and we will hire 2,000 more if I am re-elected.',
  'Crime in this city is out of control. Well, theft is up.',
  'Unemployment fell to 4.1 percent in March, the lowest rate since 2001.',
  'The company cut 1,200 jobs last year while its chief executive was paid $14 million.',
  'My opponent voted to raise taxes on the middle class nine times.',
  'Since the law passed, emergency room visits have dropped by a third.',
  'The city spends more on policing than on schools, parks and libraries combined.',
  'Half of all new homes in the region were bought by investors in 2022.',
  'China now produces more steel than the rest of the world put together.',
  'The minister said the new hospital would open next spring.',
  'Average rents in the capital have doubled in a decade.',
  'I think we can do better than this. Thank you all for coming tonight.',
  'It was a cold and windy morning when the delegates arrived.',
  'We will fight for every family in this state.',
  'What would you do about the deficit? The deficit has tripled under this administration.',
  'The vaccine was tested on more than 40,000 volunteers before it was approved.',
  'Mexico is paying for the wall.',
];

function main(): void {
  const files = process.argv.slice(2);
  const models = files.map((f) => loadModel(JSON.parse(readFileSync(f, 'utf8')) as ClaimModelFile));
  console.log(files.map((_, k) => `m${k}`).join('\t') + '\tsentence');
  for (const text of PARAGRAPHS) {
    const tz = tokenize(text);
    const perModel = models.map((m) => paragraphVectors(text, tz, m.hashing).map((v) => (v ? probability(logitOf(m, v)) : 0)));
    tz.sentences.forEach((s, si) => console.log(`${perModel.map((p) => p[si].toFixed(2)).join('\t')}\t${text.slice(s.start, s.end)}`));
  }
}

main();
