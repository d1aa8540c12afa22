/**
 * Upgrading sidecars written by older ClaimLens versions. Each step turns version N into
 * N + 1 and is kept forever. Version 1 is the first released format, so the table is empty
 * today; the mechanism is exercised by unit tests with a synthetic step.
 */

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] upgrades a version-n document to version n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrate(
  doc: Record<string, unknown>,
  from: number,
  to: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Record<string, unknown> | string {
  let current = doc;
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (!step) return `no migration from format version ${version} to ${version + 1}`;
    current = { ...step(current), version: version + 1 };
  }
  return current;
}
