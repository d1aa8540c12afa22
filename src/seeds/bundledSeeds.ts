/**
 * The seed articles ClaimLens ships, by file name in the repository's seeds/ folder: the design
 * card's seeds and nothing else. The one list the VSIX (.vscodeignore names each), *Open Seed
 * Article…* and `npm start` (which copies them into its working folder) follow, so an article
 * someone drops into seeds/ — a private one, a review, an export — is never packaged or offered
 * as a bundled seed. Checked against .vscodeignore and `vsce ls` by test/unit/packaging.
 */
export const BUNDLED_SEEDS: readonly string[] = ['000_f9e8f79b6daea75d.txt'];

/** The folder, inside the repository, that `npm start` opens: copies of the seeds, reviews, exports (git-ignored, never packaged). */
export const START_WORKSPACE_FOLDER = 'workspace';
