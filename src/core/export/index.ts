/** Exporters: ClaimReview and Web Annotation JSON-LD, Markdown report, CSV. Pure (no vscode). */
export * from './types';
export * from './rating';
export { claimAuthorName, claimSpeaker, quoteSpeaker } from './speakers';
export { buildClaimReview, buildClaimReviews, claimReviewClaims, claimReviewConfigProblems, claimReviewJson, ClaimReviewValidationError, type ClaimReviewJson } from './claimReview';
export { claimReviewProblems, type FieldProblem } from './claimReviewValidation';
export { articleBaseName, expandUrlTemplate, URL_TEMPLATE_SETTING } from './claimReviewUrl';
export { isIsoDate, localDateOf, localIsoDate } from './localDate';
export { buildAnnotationCollection, buildWebAnnotation, webAnnotationJson, annotatedItems, articleSource, type AnnotationCollectionJson, type WebAnnotationJson } from './webAnnotation';
export { markdownReport, countReport, type ReportCounts } from './markdown';
export { escapeMarkdown, type MarkdownEscapeStyle } from './escapeMarkdown';
export { csvReport, csvRows, CSV_COLUMNS } from './csv';
export { exportFiles, type ExportOptions } from './exportFiles';
export { jsonLdText } from './jsonLd';
