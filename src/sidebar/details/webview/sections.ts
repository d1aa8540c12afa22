/// <reference lib="dom" />
/**
 * The parts of the Claim Details view for one item: header and text, facts, status buttons, note,
 * sources, speaker override and history. Every control posts a DetailsMessage, which the host
 * validates again before it acts.
 */
import { validateSourceUrl } from '../../../core/review/sourceUrl';
import { BUTTON_ORDER, STATUS_WORDS } from '../../../core/review/statuses';
import { type DetailsMessage, type DetailsPayload, LIMITS } from '../detailsProtocol';
import { button, disableWhen, el, formatTime, onEnter, section } from './dom';
import type { FormMemory } from './formMemory';

export interface RenderContext {
  item: DetailsPayload;
  readOnly: boolean;
  send(message: DetailsMessage): void;
  memory: FormMemory;
}

/** Kind, status and file; the text itself (literal); a way back to the editor or why there is none. */
export function header({ item, readOnly, send }: RenderContext): Node[] {
  const parts: Node[] = [
    el('div', { class: 'header' }, [
      el('span', { class: 'kind' }, [item.kind === 'claim' ? 'Claim' : 'Quote']),
      el('span', { class: `status status-${item.status}`, id: 'status-label' }, [item.orphaned ? `${item.statusLabel ?? item.status} · orphaned` : item.statusLabel ?? item.status]),
      el('span', { class: 'file' }, [item.fileName]),
    ]),
    el('blockquote', { class: 'text', id: 'item-text' }, [item.text]),
  ];
  if (item.orphaned) parts.push(el('p', { class: 'warning' }, [`Orphaned: ${item.orphanReason || 'its text is no longer in the article'}`]));
  else parts.push(button('Show in editor', () => send({ type: 'reveal', key: item.key }), { class: 'link' }));
  if (readOnly) parts.push(el('p', { class: 'warning', role: 'status' }, [`Read-only: ${item.readOnlyReason}`]));
  return parts;
}

/** Type and score of a claim, speaker, cue and kind of a quote, and why a claim is check-worthy. */
export function facts({ item }: RenderContext): Node[] {
  const rows: [string, string][] = [];
  if (item.kind === 'claim' && item.claimType) rows.push(['Type', item.claimType], ['Score', Number(item.score).toFixed(2)]);
  if (item.kind === 'quote') {
    rows.push(['Speaker', item.speaker || 'unknown']);
    if (item.cue) rows.push(['Cue', item.cue]);
    if (item.quoteKind) rows.push(['Kind', item.quoteKind]);
  }
  const parts: Node[] = [];
  if (rows.length) parts.push(el('dl', { class: 'facts' }, rows.flatMap(([k, v]) => [el('dt', {}, [k]), el('dd', {}, [v])])));
  if (item.reasons?.length) {
    // Every reason, largest effect first: what raised (+) or lowered (−) the check-worthiness score.
    parts.push(el('p', { class: 'reasons-caption' }, ['What raised (+) or lowered (\u2212) the score, largest first:']));
    parts.push(el('ul', { class: 'reasons', 'aria-label': 'What raised or lowered the score' }, item.reasons.map((r) => el('li', {}, [r]))));
  }
  return parts;
}

export function statusButtons({ item, readOnly, send }: RenderContext): Node {
  // A workspace scale's verdicts, then clear and dismiss; the default scale's buttons otherwise.
  const entries = item.verdicts
    ? [...item.verdicts.map((v) => ({ status: v.id, label: v.label, hint: v.hint })), ...(['unreviewed', 'dismissed'] as const).map((s) => ({ status: s, label: STATUS_WORDS[s].button, hint: STATUS_WORDS[s].buttonHint }))]
    : BUTTON_ORDER.map((s) => ({ status: s, label: STATUS_WORDS[s].button, hint: STATUS_WORDS[s].buttonHint }));
  const buttons = entries.map(({ status, label, hint }) => {
    const words = { button: label, buttonHint: hint };
    const b = button(words.button, () => send({ type: 'setStatus', key: item.key, status }), {
      id: `status-${status}`, // stable ids: keyboard focus survives the re-render after a click
      class: `status-button status-${status}`,
      'aria-pressed': String(item.status === status),
      title: words.buttonHint,
      'data-status': status,
    });
    disableWhen(readOnly, b);
    return b;
  });
  return section('Status', 'h-status', [el('div', { class: 'buttons', role: 'group', 'aria-label': 'Set status' }, buttons)]);
}

/** The note editor: Ctrl+Enter or the button saves; a draft is kept until then. */
export function note({ item, readOnly, send, memory }: RenderContext): Node {
  const draft = memory.draft(item.key);
  const area = el('textarea', { id: 'note', rows: '4', maxlength: String(LIMITS.note), placeholder: 'Why this status? What did you check?' }) as HTMLTextAreaElement;
  area.value = draft ?? item.note ?? '';
  memory.noteDirty = draft !== undefined;
  const hint = el('span', { class: 'hint', id: 'note-hint', 'aria-live': 'polite' }, [memory.noteDirty ? 'Unsaved note · Ctrl+Enter saves' : 'Ctrl+Enter saves']);
  const save = () => {
    send({ type: 'saveNote', key: item.key, note: area.value });
    memory.noteSaved(item.key);
    hint.textContent = 'Ctrl+Enter saves';
  };
  area.addEventListener('input', () => {
    memory.noteDirty = true;
    hint.textContent = 'Unsaved note · Ctrl+Enter saves';
  });
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    }
  });
  const saveButton = button('Save note', save, { id: 'save-note' });
  disableWhen(readOnly, area, saveButton);
  return section('Note', 'h-note', [el('label', { for: 'note', class: 'sr-only' }, ['Note']), area, el('div', { class: 'row' }, [saveButton, hint])]);
}

/** The sources (open, remove) and the form that adds one, checked by core's one URL rule. */
export function sources({ item, readOnly, send, memory }: RenderContext): Node {
  const list = el('ul', { class: 'sources', id: 'sources' }, (item.sources ?? []).map((s, i) => {
    const open = button(s.title || s.url, () => send({ type: 'openSource', key: item.key, url: s.url }), { class: 'link', title: s.url, id: `open-source-${i}` });
    const remove = button('Remove', () => send({ type: 'removeSource', key: item.key, url: s.url }), { class: 'secondary', 'aria-label': `Remove source ${s.title || s.url}`, id: `remove-source-${i}` });
    disableWhen(readOnly, remove);
    return el('li', {}, [open, remove]);
  }));
  if (!item.sources?.length) list.append(el('li', { class: 'none' }, ['No sources yet.']));
  const url = el('input', { id: 'source-url', type: 'url', placeholder: 'https://…', maxlength: String(LIMITS.url) }) as HTMLInputElement;
  const title = el('input', { id: 'source-title', type: 'text', placeholder: 'Title (optional)', maxlength: String(LIMITS.title) }) as HTMLInputElement;
  const urlError = el('span', { class: 'field-error', id: 'source-error', role: 'alert' });
  const add = () => {
    const check = validateSourceUrl(url.value);
    if (!check.ok) {
      urlError.textContent = check.error;
      memory.setError(url.id, url.value, check.error);
      url.focus();
      return;
    }
    urlError.textContent = '';
    memory.setError(url.id, url.value, undefined);
    send({ type: 'addSource', key: item.key, url: url.value.trim(), title: title.value.trim() });
  };
  onEnter(url, add);
  onEnter(title, add);
  const addButton = button('Add source', add, { id: 'add-source' });
  memory.keepTyped(url);
  memory.keepTyped(title);
  // A re-render (the sidecar saved, the text changed) must not wipe an error the reviewer has not acted on.
  urlError.textContent = memory.errorFor(url.id, url.value) ?? '';
  disableWhen(readOnly, url, title, addButton);
  return section('Sources', 'h-sources', [
    list,
    el('label', { for: 'source-url' }, ['Source URL']), url,
    el('label', { for: 'source-title' }, ['Title']), title,
    el('div', { class: 'row' }, [addButton, urlError]),
  ]);
}

/** A quote's speaker override; empty or "Use detected" goes back to the detected speaker. */
export function speaker({ item, readOnly, send, memory }: RenderContext): Node {
  const input = el('input', { id: 'speaker', type: 'text', maxlength: String(LIMITS.speaker), placeholder: item.detectedSpeaker || 'Speaker name' }) as HTMLInputElement;
  input.value = item.speakerOverride || '';
  memory.keepTyped(input);
  const setSpeaker = (value: string | null) => {
    memory.forget('speaker');
    send({ type: 'setSpeaker', key: item.key, speaker: value });
  };
  const fromInput = () => setSpeaker(input.value.trim() === '' ? null : input.value.trim());
  onEnter(input, fromInput);
  const setButton = button('Set speaker', fromInput, { id: 'set-speaker' });
  const resetButton = button('Use detected', () => setSpeaker(null), { class: 'secondary' });
  disableWhen(readOnly, input, setButton, resetButton);
  return section('Speaker', 'h-speaker', [
    el('p', { class: 'hint' }, [`Detected: ${item.detectedSpeaker || 'unknown'}`]),
    el('label', { for: 'speaker' }, ['Override']), input,
    el('div', { class: 'row' }, [setButton, resetButton]),
  ]);
}

/** Who created and last changed the review. */
export function history({ item }: RenderContext): Node {
  const lines: Node[] = [];
  if (item.created) lines.push(el('li', {}, [`Created by ${item.created.by}, ${formatTime(item.created.at)}`]));
  if (item.updated && (!item.created || item.updated.at !== item.created.at || item.updated.by !== item.created.by)) {
    lines.push(el('li', {}, [`Last changed by ${item.updated.by}, ${formatTime(item.updated.at)}`]));
  }
  if (lines.length === 0) lines.push(el('li', { class: 'none' }, ['Not reviewed yet.']));
  return section('History', 'h-history', [el('ul', { class: 'history' }, lines)]);
}

/** Earlier fact-checks of a claim (archives, other articles' reviews), each with Apply this verdict. */
export function checkedBefore({ item, readOnly, send }: RenderContext): Node | undefined {
  if (item.kind !== 'claim' || !item.checkedBefore) return undefined;
  const rows: Node[] = item.checkedBefore.map((m, index) => {
    const apply = button('Apply this verdict', () => send({ type: 'applyMatch', key: item.key, index }), { class: 'secondary', id: `apply-match-${index}`, title: 'Copy this verdict and its source into the review' });
    disableWhen(readOnly, apply);
    const detail = `${m.verdict}${m.date ? `, ${m.date}` : ''} · ${m.place}${m.warnings.length ? ` · ${m.warnings.join(', ')}` : ''}`;
    return el('li', { class: m.strong ? 'match strong' : 'match' }, [el('div', {}, [el('strong', {}, [m.similarity]), ` ${m.claim}`]), el('div', { class: 'hint' }, [detail]), apply]);
  });
  if (rows.length === 0) rows.push(el('li', { class: 'none' }, ['No earlier fact-check is similar.']));
  return section('Checked before', 'h-checked', [el('ul', { class: 'matches', id: 'matches' }, rows)]);
}
