/**
 * Calendar dates as the reviewer's clock shows them. A review given at 23:30 in New York is
 * dated that day, not the next one (its UTC date): `toISOString().slice(0, 10)` was the UTC date.
 */

/** YYYY-MM-DD of an instant in the local time zone (the TZ environment variable in Node). */
export function localIsoDate(at: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The local date of an ISO 8601 timestamp, or undefined when it is not one. */
export function localDateOf(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? undefined : localIsoDate(at);
}

/** A calendar date written YYYY-MM-DD that exists (2024-02-30 does not). */
export function isIsoDate(text: unknown): boolean {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const at = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text;
}
