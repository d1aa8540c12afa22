/** "Checked before": matching claims against earlier fact-checks and the team's past reviews. */
export * from './types';
export { MatchIndex, CANDIDATES, INDEX_FORMAT, POSSIBLE_SIMILARITY, type Match, type MatchOptions, type SerializedMatchIndex } from './matchIndex';
export { readArchive, archiveFormatOf, type ArchiveFormat } from './readers';
export { readReviewFile, factFromAnnotation } from './readers/reviewFile';
export { verdictOf, verdictOfStatus, verdictOfText, verdictOfNumber, VERDICT_LABELS } from './rating';
export { cleanClaimText } from './normalize';
export { claimSignals } from './signals';
