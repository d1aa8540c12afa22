/// <reference lib="dom" />
/**
 * The parts of the Claim Details view for one item: header and text, facts, status buttons, note,
 * sources, speaker override and history. Every control posts a DetailsMessage, which the host
 * validates again before it acts.
 */
import { validateSourceUrl } from '../../../core/review/sourceUrl';
import { BUTTON_ORDER } from '../../../core/review/statuses';
import { format } from '../../../l10n/l10n';
import { sourceUrlMessage } from '../../../l10n/sourceUrlWords';
import { type DetailsMessage, type DetailsPayload, LIMITS } from '../detailsProtocol';
import type { DetailsStrings } from '../detailsStrings';
import { button, disableWhen, el, formatTime, onEnter, section } from './dom';
import type { FormMemory } from './formMemory';

export interface RenderContext {
  item: DetailsPayload;
  readOnly: boolean;
  send(message: DetailsMessage): void;
  memory: FormMemory;
  /** The words, in the user's language, from the host (the webview has none of its own). */
  strings: DetailsStrings;
}

/** A badge in a scale verdict's own colour (the built-in statuses are coloured by the stylesheet). */
function coloured(badge: HTMLElement, colour: string | undefined): HTMLElement {
  if (colour) {
    badge.style.backgroundColor = colour;
    badge.style.color = '#ffffff';
  }
  return badge;
}

/** Kind, status and file; the text itself (literal); a way back to the editor or why there is none. */
export function header({ item, readOnly, send, strings: s }: RenderContext): Node[] {
  // A scale's own verdict as the scale spells it; the built-in statuses in lower case.
  const status = item.statusLabel ?? (s.statuses[item.status] ?? item.status).toLocaleLowerCase();
  const parts: Node[] = [
    el('div', { class: 'header' }, [
      el('span', { class: 'kind' }, [item.kind === 'claim' ? s.claim : s.quote]),
      coloured(el('span', { class: `status status-${item.status}`, id: 'status-label' }, [item.orphaned ? format(s.statusOrphaned, [status]) : status]), item.statusColour),
      el('span', { class: 'file' }, [item.fileName]),
    ]),
    el('blockquote', { class: 'text', id: 'item-text' }, [item.text]),
  ];
  if (item.orphaned) parts.push(el('p', { class: 'warning' }, [format(s.orphanedBecause, [item.orphanReason || s.noLongerInArticle])]));
  else parts.push(button(s.showInEditor, () => send({ type: 'reveal', key: item.key }), { class: 'link' }));
  if (readOnly) parts.push(el('p', { class: 'warning', role: 'status' }, [format(s.readOnlyBecause, [item.readOnlyReason ?? ''])]));
  return parts;
}

/** Type and score of a claim, speaker, cue and kind of a quote, and why a claim is check-worthy. */
export function facts({ item, strings: s }: RenderContext): Node[] {
  const rows: [string, string][] = [];
  if (item.kind === 'claim' && item.claimType) rows.push([s.type, item.claimType], [s.score, Number(item.score).toFixed(2)]);
  if (item.kind === 'quote') {
    rows.push([s.speaker, item.speaker || item.detectedSpeaker || s.unknown]);
    if (item.cue) rows.push([s.cue, item.cue]);
    if (item.quoteKind) rows.push([s.kind, item.quoteKind]);
  }
  const parts: Node[] = [];
  if (rows.length) parts.push(el('dl', { class: 'facts' }, rows.flatMap(([k, v]) => [el('dt', {}, [k]), el('dd', {}, [v])])));
  if (item.reasons?.length) {
    // Every reason, largest effect first: what raised (+) or lowered (−) the check-worthiness score.
    parts.push(el('p', { class: 'reasons-caption' }, [s.reasonsCaption]));
    parts.push(el('ul', { class: 'reasons', 'aria-label': s.reasonsLabel }, item.reasons.map((r) => el('li', {}, [r]))));
  }
  return parts;
}

export function statusButtons({ item, readOnly, send, strings: s }: RenderContext): Node {
  // A workspace scale's verdicts, then clear and dismiss; the default scale's buttons otherwise.
  const builtIn = (status: string) => ({ status, ...(s.buttons[status] ?? { label: status, hint: '' }) });
  const entries = item.verdicts
    ? [...item.verdicts.map((v) => ({ status: v.id, label: v.label, hint: v.hint, colour: v.colour })), builtIn('unreviewed'), builtIn('dismissed')]
    : BUTTON_ORDER.map(builtIn);
  const buttons = entries.map(({ status, label, hint, ...rest }) => {
    const colour = 'colour' in rest ? (rest.colour as string | undefined) : undefined;
    const words = { label, hint };
    const b = button(words.label, () => send({ type: 'setStatus', key: item.key, status }), {
      id: `status-${status}`, // stable ids: keyboard focus survives the re-render after a click
      class: `status-button status-${status}`,
      'aria-pressed': String(item.status === status),
      title: words.hint,
      'data-status': status,
    });
    disableWhen(readOnly, b);
    // A scale's own verdict: a bar of its colour (set through the CSSOM, which the page's CSP allows).
    if (colour) b.style.borderLeft = `4px solid ${colour}`;
    return b;
  });
  return section(s.status, 'h-status', [el('div', { class: 'buttons', role: 'group', 'aria-label': s.setStatus }, buttons)]);
}

/** The note editor: Ctrl+Enter or the button saves; a draft is kept until then. */
export function note({ item, readOnly, send, memory, strings: s }: RenderContext): Node {
  const draft = memory.draft(item.key);
  const area = el('textarea', { id: 'note', rows: '4', maxlength: String(LIMITS.note), placeholder: s.notePlaceholder }) as HTMLTextAreaElement;
  area.value = draft ?? item.note ?? '';
  memory.noteDirty = draft !== undefined;
  const hint = el('span', { class: 'hint', id: 'note-hint', 'aria-live': 'polite' }, [memory.noteDirty ? s.unsavedNote : s.ctrlEnterSaves]);
  const save = () => {
    send({ type: 'saveNote', key: item.key, note: area.value });
    memory.noteSaved(item.key);
    hint.textContent = s.ctrlEnterSaves;
  };
  area.addEventListener('input', () => {
    memory.noteDirty = true;
    hint.textContent = s.unsavedNote;
  });
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    }
  });
  const saveButton = button(s.saveNote, save, { id: 'save-note' });
  disableWhen(readOnly, area, saveButton);
  return section(s.note, 'h-note', [el('label', { for: 'note', class: 'sr-only' }, [s.note]), area, el('div', { class: 'row' }, [saveButton, hint])]);
}

/** The sources (open, remove) and the form that adds one, checked by core's one URL rule. */
export function sources({ item, readOnly, send, memory, strings: s }: RenderContext): Node {
  const strings = s;
  const list = el('ul', { class: 'sources', id: 'sources' }, (item.sources ?? []).map((src, i) => {
    const open = button(src.title || src.url, () => send({ type: 'openSource', key: item.key, url: src.url }), { class: 'link', title: src.url, id: `open-source-${i}` });
    const remove = button(strings.remove, () => send({ type: 'removeSource', key: item.key, url: src.url }), { class: 'secondary', 'aria-label': format(strings.removeSource, [src.title || src.url]), id: `remove-source-${i}` });
    disableWhen(readOnly, remove);
    return el('li', {}, [open, remove]);
  }));
  if (!item.sources?.length) list.append(el('li', { class: 'none' }, [s.noSources]));
  const url = el('input', { id: 'source-url', type: 'url', placeholder: 'https://…', maxlength: String(LIMITS.url) }) as HTMLInputElement;
  const title = el('input', { id: 'source-title', type: 'text', placeholder: s.titleOptional, maxlength: String(LIMITS.title) }) as HTMLInputElement;
  const urlError = el('span', { class: 'field-error', id: 'source-error', role: 'alert' });
  const add = () => {
    const check = validateSourceUrl(url.value);
    if (!check.ok) {
      const problem = sourceUrlMessage(check, strings.urlProblems);
      urlError.textContent = problem;
      memory.setError(url.id, url.value, problem);
      url.focus();
      return;
    }
    urlError.textContent = '';
    memory.setError(url.id, url.value, undefined);
    send({ type: 'addSource', key: item.key, url: url.value.trim(), title: title.value.trim() });
  };
  onEnter(url, add);
  onEnter(title, add);
  const addButton = button(s.addSource, add, { id: 'add-source' });
  memory.keepTyped(url);
  memory.keepTyped(title);
  // A re-render (the sidecar saved, the text changed) must not wipe an error the reviewer has not acted on.
  urlError.textContent = memory.errorFor(url.id, url.value) ?? '';
  disableWhen(readOnly, url, title, addButton);
  return section(s.sources, 'h-sources', [
    list,
    el('label', { for: 'source-url' }, [s.sourceUrl]), url,
    el('label', { for: 'source-title' }, [s.title]), title,
    el('div', { class: 'row' }, [addButton, urlError]),
  ]);
}

/** A quote's speaker override; empty or "Use detected" goes back to the detected speaker. */
export function speaker({ item, readOnly, send, memory, strings: s }: RenderContext): Node {
  const input = el('input', { id: 'speaker', type: 'text', maxlength: String(LIMITS.speaker), placeholder: item.detectedSpeaker || s.speakerPlaceholder }) as HTMLInputElement;
  input.value = item.speakerOverride || '';
  memory.keepTyped(input);
  const setSpeaker = (value: string | null) => {
    memory.forget('speaker');
    send({ type: 'setSpeaker', key: item.key, speaker: value });
  };
  const fromInput = () => setSpeaker(input.value.trim() === '' ? null : input.value.trim());
  onEnter(input, fromInput);
  const setButton = button(s.setSpeaker, fromInput, { id: 'set-speaker' });
  const resetButton = button(s.useDetected, () => setSpeaker(null), { class: 'secondary' });
  disableWhen(readOnly, input, setButton, resetButton);
  return section(s.speaker, 'h-speaker', [
    el('p', { class: 'hint' }, [format(s.detected, [item.detectedSpeaker || s.unknown])]),
    el('label', { for: 'speaker' }, [s.override]), input,
    el('div', { class: 'row' }, [setButton, resetButton]),
  ]);
}

/** Who created and last changed the review. */
export function history({ item, strings: s }: RenderContext): Node {
  const lines: Node[] = [];
  if (item.created) lines.push(el('li', {}, [format(s.createdBy, [item.created.by, formatTime(item.created.at)])]));
  if (item.updated && (!item.created || item.updated.at !== item.created.at || item.updated.by !== item.created.by)) {
    lines.push(el('li', {}, [format(s.lastChangedBy, [item.updated.by, formatTime(item.updated.at)])]));
  }
  if (lines.length === 0) lines.push(el('li', { class: 'none' }, [s.notReviewed]));
  return section(s.history, 'h-history', [el('ul', { class: 'history' }, lines)]);
}

/** Earlier fact-checks of a claim (archives, other articles' reviews), each with Apply this verdict. */
export function checkedBefore({ item, readOnly, send, strings: s }: RenderContext): Node | undefined {
  if (item.kind !== 'claim' || !item.checkedBefore) return undefined;
  const rows: Node[] = item.checkedBefore.map((m, index) => {
    const apply = button(s.applyVerdict, () => send({ type: 'applyMatch', key: item.key, index }), { class: 'secondary', id: `apply-match-${index}`, title: s.applyVerdictHint });
    disableWhen(readOnly, apply);
    const detail = `${m.verdict}${m.date ? `, ${m.date}` : ''} · ${m.place}${m.warnings.length ? ` · ${m.warnings.join(', ')}` : ''}`;
    return el('li', { class: m.strong ? 'match strong' : 'match' }, [el('div', {}, [el('strong', {}, [m.similarity]), ` ${m.claim}`]), el('div', { class: 'hint' }, [detail]), apply]);
  });
  if (rows.length === 0) rows.push(el('li', { class: 'none' }, [s.noMatches]));
  return section(s.checkedBefore, 'h-checked', [el('ul', { class: 'matches', id: 'matches' }, rows)]);
}
