/// <reference lib="dom" />
/**
 * Claim Details webview script (bundled by esbuild into dist/webview/details.js and loaded with
 * the page's nonce). The host posts plain data (HostMessage); this builds the DOM from it with
 * text nodes only and posts the reviewer's actions back (DetailsMessage), which the host validates.
 */
import type { DetailsMessage, DetailsPayload, HostMessage } from '../detailsProtocol';
import type { DetailsStrings } from '../detailsStrings';
import { el } from './dom';
import { FormMemory } from './formMemory';
import { checkedBefore, facts, header, history, note, type RenderContext, sources, speaker, statusButtons } from './sections';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;
// The words, in the user's language, put in the page by the host (detailsHtml.ts); the script has none of its own.
const strings = JSON.parse(root.dataset.strings ?? '{}') as DetailsStrings;
const memory = new FormMemory();
let shown: DetailsPayload | null = null;

function send(message: DetailsMessage): void {
  vscode.postMessage(message);
}

function renderEmpty(reason: string): void {
  memory.stashNote(shown);
  shown = null;
  memory.noteDirty = false;
  root.replaceChildren(el('p', { class: 'empty' }, [reason]));
}

function renderError(message: string): void {
  root.prepend(el('p', { class: 'error', role: 'alert' }, [message]));
}

function render(item: DetailsPayload): void {
  memory.stashNote(shown);
  memory.prepare(item, shown);
  shown = item;
  const context: RenderContext = { item, readOnly: !!item.readOnlyReason, send, memory, strings };
  const parts: Node[] = [...header(context), ...facts(context), statusButtons(context), note(context), sources(context)];
  if (item.kind === 'quote') parts.push(speaker(context));
  const matches = checkedBefore(context);
  if (matches) parts.push(matches);
  parts.push(history(context));
  const active = document.activeElement?.id;
  root.replaceChildren(...parts);
  // Keep keyboard focus where it was across re-renders.
  if (active) document.getElementById(active)?.focus();
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const msg = event.data;
  if (!msg || typeof msg !== 'object') return;
  if (msg.type === 'show' && msg.item && typeof msg.item === 'object') render(msg.item);
  else if (msg.type === 'empty') renderEmpty(String(msg.reason || ''));
  else if (msg.type === 'error') renderError(String(msg.message || strings.somethingWentWrong));
});

send({ type: 'ready' });
