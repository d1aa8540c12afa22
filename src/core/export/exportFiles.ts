/** One entry point for the CLI and the editor command: format in, files (suffix + content) out. */
import { buildClaimReviews } from './claimReview';
import { csvReport } from './csv';
import { jsonLdText } from './jsonLd';
import { markdownReport } from './markdown';
import type { ExportFile, ExportFormat, ExportInput } from './types';
import { webAnnotationJson } from './webAnnotation';

export interface ExportOptions {
  /** ClaimReview only: one file per claim (`.claim-<id>.claimreview.json`) instead of one array. */
  split?: boolean;
}

export function exportFiles(format: ExportFormat, input: ExportInput, options: ExportOptions = {}): ExportFile[] {
  switch (format) {
    case 'md':
      return [{ suffix: '.review.md', content: markdownReport(input) }];
    case 'csv':
      return [{ suffix: '.review.csv', content: csvReport(input) }];
    case 'annotation':
      return [{ suffix: '.annotations.jsonld', content: webAnnotationJson(input) }];
    case 'claimreview': {
      const reviews = buildClaimReviews(input);
      if (!options.split) return [{ suffix: '.claimreview.json', content: jsonLdText(reviews) }];
      return reviews.map((r) => ({ suffix: `.claim-${r.identifier.replace(/[^A-Za-z0-9_-]/g, '_')}.claimreview.json`, content: jsonLdText(r) }));
    }
  }
}
