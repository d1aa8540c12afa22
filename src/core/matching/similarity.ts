/**
 * Similarity words shared by the matcher, the CLI and the editor, in a module with no imports so
 * the extension host can use them without bundling the index.
 */

/** Below this similarity a candidate is not worth showing at all. */
export const POSSIBLE_SIMILARITY = 0.2;
