/// <reference lib="dom" />
/**
 * DOM helpers of the Claim Details webview. Article text is untrusted: every string goes into the
 * DOM as a text node or an attribute value, never as HTML.
 */

export function el(tag: string, attrs: Record<string, string> = {}, children: (Node | string)[] = []): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

export function button(label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, [label]) as HTMLButtonElement;
  b.addEventListener('click', onClick);
  return b;
}

export function section(title: string, id: string, children: Node[]): HTMLElement {
  return el('section', { 'aria-labelledby': id }, [el('h3', { id }, [title]), ...children]);
}

/** Disables the controls when the article cannot be reviewed (read-only folder, unusable sidecar). */
export function disableWhen(readOnly: boolean, ...controls: HTMLElement[]): void {
  if (readOnly) for (const c of controls) c.setAttribute('disabled', '');
}

/** Calls `action` on Enter (without Ctrl), instead of the browser's default. */
export function onEnter(input: HTMLElement, action: () => void): void {
  input.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter') {
      e.preventDefault();
      action();
    }
  });
}

export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toLocaleString();
}
