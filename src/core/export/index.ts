/** Exporters: ClaimReview and Web Annotation JSON-LD, Markdown report, CSV. Pure (no vscode). */
export * from './types';
export * from './rating';
export { claimSpeaker, quoteSpeaker } from './speakers';
export { buildClaimReview, buildClaimReviews, claimReviewJson, missingClaimReviewFields, ratedClaims, ClaimReviewValidationError, type ClaimReviewJson } from './claimReview';
export { buildAnnotationCollection, buildWebAnnotation, webAnnotationJson, annotatedItems, articleSource, type AnnotationCollectionJson, type WebAnnotationJson } from './webAnnotation';
export { markdownReport, countReport, type ReportCounts } from './markdown';
export { escapeMarkdown, type MarkdownEscapeStyle } from './escapeMarkdown';
export { csvReport, csvRows, CSV_COLUMNS } from './csv';
export { exportFiles, type ExportOptions } from './exportFiles';
export { jsonLdText } from './jsonLd';
