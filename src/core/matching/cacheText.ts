/**
 * The saved index's text is ASCII: every non-ASCII character escaped, so a string is one byte per
 * character on disk and is read back as latin1. A 100,000-claim cache holds some 76,000 curly
 * quotes and accents; with them V8 decodes the text as UTF-8 into a two-byte string and parses
 * that, about a fifth more CPU than the same text as ASCII.
 */

/** JSON text with `\u` and four hex digits (0x10000 + the code, its leading 1 cut) for each character above 0x7f. */
export const asciiJson = (json: string): string => json.replace(/[^\0-\x7f]/g, (c) => `\\u${(c.charCodeAt(0) + 65536).toString(16).slice(1)}`);

/** `data` as ASCII JSON. */
export const toCacheText = (data: unknown): string => asciiJson(JSON.stringify(data));
