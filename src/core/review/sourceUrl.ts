/**
 * The one rule for a source URL, wherever a source is added (review commands, the Claim Details
 * webview and its host, the review store) — the stricter of the two rules that used to exist:
 * http(s) with a host, no credentials, no spaces, control characters or bidi overrides, at most
 * 2,048 characters. Sidecars written under the older, looser rule still load: the sidecar schema
 * (4,096 characters, any http(s) scheme) decides what a file may hold; this decides what is added.
 */

export const MAX_SOURCE_URL_LENGTH = 2_048;

/** C0/C1 controls except tab/newline, and bidi overrides that could disguise text. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Why an address is refused: a stable code (the editor words it in the user's language) and its detail, if any. */
export type SourceUrlProblem = 'empty' | 'too-long' | 'spaces' | 'not-a-url' | 'scheme' | 'no-host' | 'credentials' | 'prefix';

export type SourceUrlCheck = { ok: true; url: string } | { ok: false; error: string; problem: SourceUrlProblem; detail?: string };

/** `ok` with the normalised URL (`new URL(…).href`), or a message for the user. */
export function validateSourceUrl(raw: string): SourceUrlCheck {
  const text = raw.trim();
  const fail = (error: string, problem: SourceUrlProblem, detail?: string): SourceUrlCheck => ({ ok: false, error, problem, ...(detail === undefined ? {} : { detail }) });
  if (!text) return fail('Enter the address of the source (http:// or https://).', 'empty');
  if (text.length > MAX_SOURCE_URL_LENGTH) return fail(`The source address is longer than ${MAX_SOURCE_URL_LENGTH} characters.`, 'too-long', String(MAX_SOURCE_URL_LENGTH));
  if (/\s/.test(text) || CONTROL_CHARACTERS.test(text)) return fail('A source address cannot contain spaces or control characters.', 'spaces');
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return fail(`"${text.slice(0, 80)}" is not a web address; sources must start with http:// or https://.`, 'not-a-url', text.slice(0, 80));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return fail(`Only http:// and https:// sources can be stored (found ${parsed.protocol}//).`, 'scheme', `${parsed.protocol}//`);
  }
  if (!parsed.hostname) return fail('The source address has no host name.', 'no-host');
  if (parsed.username || parsed.password) return fail('A source address must not contain a user name or password.', 'credentials');
  // The sidecar schema checks the scheme case-insensitively on the raw string; keep them in step.
  if (!/^https?:\/\//i.test(text)) return fail('Sources must start with http:// or https://.', 'prefix');
  return { ok: true, url: parsed.href };
}
