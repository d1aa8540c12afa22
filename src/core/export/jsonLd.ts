/**
 * JSON-LD text safe to paste into a `<script type="application/ld+json">` block, where it is
 * usually published: `</` (which would close the script element, `</script>` in a note),
 * `<!--` (which switches the HTML parser into its escaped state) and U+2028/U+2029 (line
 * terminators to older JavaScript readers) are written as JSON escapes. The JSON value is
 * unchanged: any JSON parser reads the same strings back.
 */
const UNSAFE = /<\/|<!--|[\u2028\u2029]/g;

function escapeUnsafe(match: string): string {
  if (match === '</') return '<\\/';
  if (match === '<!--') return '\\u003c!--';
  return match === '\u2028' ? '\\u2028' : '\\u2029';
}

/** Pretty-printed (2-space indent), with a final newline. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE, escapeUnsafe) + '\n';
}
