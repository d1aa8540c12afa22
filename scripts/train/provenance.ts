/**
 * Where a trained model's knowledge comes from, as the model file, the README and the VSIX's
 * third-party notices state it: the data file's hash, rows per dataset, and each dataset's source,
 * commit and licence terms as the data file records them. Never a sentence.
 */
import { basename } from 'node:path';
import type { ModelProvenance } from '../../src/core/claims/claimModel';
import { rowCounts, type DataFile } from './dataset';

const DATASET_NAMES: Record<string, string> = {
  'ct19-task1': 'CLEF-2019 CheckThat! Task 1 check-worthiness (Atanasova et al. 2019): 26 US debates and speeches',
  'claimbuster-2.5xNCS': 'ClaimBuster (Arslan et al. 2020), the 2.5×NCS sample of US presidential debate sentences',
};

/** `github:owner/repo@commit:path (licence: terms)` → the repository at its commit (and the file, when one file holds the dataset) and the terms. */
function parseSource(sources: string[]): { source: string; licence: string } {
  const parsed = sources.map((s) => /^(\S+?@[0-9a-f]+)(?::(\S+))?\s*(?:\(licence: (.*)\))?$/.exec(s));
  const repos = [...new Set(parsed.map((m, i) => (m ? m[1] : sources[i])))];
  const files = [...new Set(parsed.map((m) => m?.[2] ?? ''))];
  const licences = [...new Set(parsed.map((m) => m?.[3] ?? 'not stated'))];
  const source = repos.length === 1 && files.length === 1 && files[0] ? `${repos[0]}:${files[0]}` : repos.join(', ');
  return { source, licence: licences.join('; ') };
}

export function provenanceOf(data: DataFile): ModelProvenance {
  const datasets = [...new Set(data.rows.map((r) => r.dataset))].sort();
  return {
    trainedBy: 'npm run train (scripts/train.ts): deterministic, reproduces this file byte for byte from the same data',
    data: { file: basename(data.file), sha256: data.sha256, rows: rowCounts(data.rows) },
    sources: datasets.map((dataset) => {
      const { source, licence } = parseSource([...new Set(data.rows.filter((r) => r.dataset === dataset).map((r) => r.source))]);
      return { dataset: DATASET_NAMES[dataset] ? `${dataset}: ${DATASET_NAMES[dataset]}` : dataset, source, licence };
    }),
    note: 'Weights only: feature names of our own and hashed n-gram buckets. The file holds no sentence, word list or vocabulary from the data.',
  };
}
