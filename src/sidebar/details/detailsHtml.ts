/**
 * The static shell of the "Claim Details" webview. It contains no article text at all: the
 * script (./webview/, bundled into dist/webview/details.js) receives plain data by postMessage
 * and builds the DOM with text nodes. Strict CSP: nothing but our own stylesheet and the nonce'd
 * script may load.
 */
import { type DetailsStrings, detailsStrings } from './detailsStrings';

/** 18 random bytes from Web Crypto (Node 20 and browsers alike: the desktop and the web build), base64 letters and digits. */
export function makeNonce(): string {
  const bytes = (globalThis as unknown as { crypto: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/[^A-Za-z0-9]/g, '');
}

export interface DetailsHtmlParts {
  cspSource: string;
  styleUri: string;
  scriptUri: string;
  nonce: string;
  /** The webview's words in the user's language (default: detailsStrings() now). */
  strings?: DetailsStrings;
  /** The user's language (vscode.env.language), for the page's lang attribute. */
  lang?: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    "form-action 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function detailsHtml(p: DetailsHtmlParts): string {
  const strings = p.strings ?? detailsStrings();
  return `<!DOCTYPE html>
<html lang="${attr(p.lang ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(p.cspSource, p.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(p.styleUri)}" nonce="${attr(p.nonce)}">
<title>${attr(strings.detailsTitle)}</title>
</head>
<body>
<main id="root" aria-live="polite" data-strings="${attr(JSON.stringify(strings))}">
  <p class="empty" id="empty">${attr(strings.empty)}</p>
</main>
<script nonce="${attr(p.nonce)}" src="${attr(p.scriptUri)}"></script>
</body>
</html>`;
}
