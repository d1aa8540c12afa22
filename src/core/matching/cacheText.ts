/**
 * The saved index as text: JSON with every non-ASCII character escaped, so the file is one byte
 * per character and is read back as latin1. A 100,000-claim cache holds some 76,000 curly quotes
 * and accents; with them V8 decodes all 39 MB as UTF-8 into a two-byte string and parses that,
 * about a fifth more CPU than reading and parsing the same index as ASCII.
 */

/** The encoding to read a cache file with (exact for ASCII, and the cheapest decode). */
export const CACHE_ENCODING = 'latin1';

/** `\u` and four hex digits (0x10000 + the code, its leading 1 cut) for each character above 0x7f. */
export const toCacheText = (data: unknown): string => JSON.stringify(data).replace(/[^\0-\x7f]/g, (c) => `\\u${(c.charCodeAt(0) + 65536).toString(16).slice(1)}`);
