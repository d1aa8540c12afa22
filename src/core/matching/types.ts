/**
 * What the matcher knows about an earlier fact-check: one claim from a fact-check archive
 * (ClaimReview JSON-LD, JSON Lines, CSV) or one reviewed claim from the workspace's review files.
 */
import type { Source } from '../review/types';

export type FactCheckOrigin = 'archive' | 'review';

/** The verdict a rating stands for (see rating.ts for how free text and numbers map to it). */
export type Verdict = 'false' | 'mixed' | 'true' | 'unproven' | 'unknown';

export interface FactCheck {
  /** Unique within its source file. */
  id: string;
  origin: FactCheckOrigin;
  /** The claim as the fact-checker worded it. */
  claim: string;
  /** Title of the fact-check article, when the archive has one. */
  title?: string;
  /**
   * The article's other headings (a subtitle, an alternative headline): matched with the title,
   * since they often word the claim as a reader would, but not shown.
   */
  subtitle?: string;
  /** The archive's own rating as written ("Pants on Fire", "Mostly False", "Disputed"). */
  rating?: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  verdict: Verdict;
  url?: string;
  /** ISO 8601 date (or as the archive wrote it, when it is not one). */
  date?: string;
  publisher?: string;
  /** Reviews only: the reviewer's note, sources, reviewer name and the article reviewed. */
  note?: string;
  sources?: Source[];
  reviewer?: string;
  article?: string;
  /** Where it came from: the file, and the line for JSON Lines and CSV. */
  file: string;
  line?: number;
}

/** A row or object an archive reader could not use; the rest of the file is still read. */
export interface ArchiveProblem {
  file: string;
  /** 1-based; absent when the problem concerns the whole file. */
  line?: number;
  message: string;
}

export interface ArchiveReadResult {
  entries: FactCheck[];
  problems: ArchiveProblem[];
}
