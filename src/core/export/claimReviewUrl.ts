/**
 * The ClaimReview `url`: the fact-check's own page (not the article it checks), from a template
 * such as `https://example.org/checks/{id}`. Placeholders: `{id}` the review's annotation id,
 * `{article}` the article's file name without its extension (`port-report` for
 * `news/port-report.txt`). Values are percent-encoded, so the result stays one valid URL.
 */
export const URL_TEMPLATE_SETTING = 'claimlens.claimReview.urlTemplate';
export const URL_TEMPLATE_OPTION = '--url-template';
export const URL_TEMPLATE_PLACEHOLDERS = ['id', 'article'] as const;

export type UrlTemplateValues = Record<(typeof URL_TEMPLATE_PLACEHOLDERS)[number], string>;

export type UrlTemplateResult = { ok: true; url: string } | { ok: false; error: string };

/** `port-report` for `news/port-report.txt` or `C:\news\port-report.txt`; a dot file keeps its name. */
export function articleBaseName(articlePath: string): string {
  const name = articlePath.split(/[\\/]/).pop() ?? articlePath;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** An absolute http(s) URL with a host and no credentials, or why not. */
export function webUrlProblem(text: string): string | undefined {
  if (/\s/.test(text)) return 'contains spaces';
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return 'is not an absolute web address (http:// or https://)';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `is not an http(s) address (${parsed.protocol}//)`;
  if (!parsed.hostname) return 'has no host name';
  if (parsed.username || parsed.password) return 'contains a user name or password';
  return undefined;
}

/** The template with its placeholders filled in, checked to be a web address. */
export function expandUrlTemplate(template: string, values: UrlTemplateValues): UrlTemplateResult {
  const text = template.trim();
  if (!text) return { ok: false, error: `${URL_TEMPLATE_SETTING} is empty` };
  const unknown = [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).filter((name) => !(URL_TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    return { ok: false, error: `unknown placeholder ${unknown.map((n) => `{${n}}`).join(', ')} in "${text}" (use {id} or {article})` };
  }
  const url = text.replace(/\{(id|article)\}/g, (_, name: keyof UrlTemplateValues) => encodeURIComponent(values[name]));
  const problem = webUrlProblem(url);
  return problem ? { ok: false, error: `"${url}" ${problem}` } : { ok: true, url };
}
