/** The review store: sidecar format, anchoring, review queue and safe persistence. */
export * from './types';
export { sidecarPathFor, articlePathFor, isSidecarPath, SIDECAR_SUFFIX } from './sidecarPath';
export { SIDECAR_VERSION, serializeSidecar, sortAnnotations, compareAnnotations, emptySidecar } from './format';
export { parseSidecar, type ParseResult, type SidecarProblem } from './parse';
export { createAnnotation, applyChange, type CreateAnnotationOptions } from './annotations';
export { validateSourceUrl, MAX_SOURCE_URL_LENGTH, type SourceUrlCheck } from './sourceUrl';
export { countReviews, emptyReviewCounts, type ReviewCounts, type Countable } from './counts';
export { STATUS_WORDS, REVIEWED_STATUSES, VISIBLE_STATUSES, isReviewed, type VisibleStatus, type StatusWords } from './statuses';
export { CONTEXT_LENGTH, quoteSelector, targetFor } from './selectors';
export { anchorAnnotations, anchorAnnotation, DEFAULT_ANCHOR_THRESHOLD, type AnchorOptions } from './anchoring';
export { retargetAnnotations } from './retarget';
export { shiftAnnotations, type ShiftResult } from './shift';
export { buildReviewItems, type BuildReviewItemsArgs } from './reviewItems';
export { mergeAnnotations } from './merge';
export { FileStoreError, MemoryFileStore, type FileStore, type FileStoreErrorCode } from './fileStore';
export { NodeFileStore, DEFAULT_MAX_BYTES } from './nodeFileStore';
export { ReviewStore, ReviewStoreError, type LoadResult, type SidecarState, type ReviewStoreOptions } from './reviewStore';
export { defaultReviewer } from './reviewer';
