// Claim Details webview script. Article text is untrusted: every string is put into the DOM
// with textContent / value, never innerHTML. The host validates each message we send anyway.
// @ts-check
(function () {
  'use strict';
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));

  const STATUSES = [
    { id: 'sourced', label: 'Sourced', hint: 'Backed by a source' },
    { id: 'disputed', label: 'Disputed', hint: 'Contradicted by evidence' },
    { id: 'unverified', label: 'Unverified', hint: 'Could not be checked' },
    { id: 'unreviewed', label: 'Clear', hint: 'Back to unreviewed' },
    { id: 'dismissed', label: 'Dismiss', hint: 'Not a claim' },
  ];

  /** @type {any} */
  let shown = null;
  let noteDirty = false;
  /**
   * Unsaved notes by item key. A draft must survive a re-render for another item (the cursor
   * moved, another row was clicked) and the key change of a detection's first review.
   */
  const drafts = new Map();

  /**
   * Other fields typed into but not sent yet (source URL and title, speaker), by element id: a
   * re-render of the same item (after a save made elsewhere) must not wipe them.
   */
  const typed = new Map();

  /** @param {HTMLInputElement} input */
  function keepTyped(input) {
    const v = typed.get(input.id);
    if (v !== undefined) input.value = v;
    input.addEventListener('input', () => typed.set(input.id, input.value));
  }

  /** Keeps the note being typed for the item on screen before the view shows something else. */
  function stashDraft() {
    const note = /** @type {HTMLTextAreaElement|null} */ (document.getElementById('note'));
    if (shown && noteDirty && note) drafts.set(shown.key, note.value);
  }

  /**
   * @param {string} tag
   * @param {Record<string, string>} [attrs]
   * @param {(Node|string)[]} [children]
   */
  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children || []) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
    return e;
  }

  /** @param {string} label @param {() => void} onClick @param {Record<string,string>} [attrs] */
  function button(label, onClick, attrs) {
    const b = el('button', Object.assign({ type: 'button' }, attrs || {}), [label]);
    b.addEventListener('click', onClick);
    return b;
  }

  function send(msg) {
    vscode.postMessage(msg);
  }

  function section(title, id, children) {
    return el('section', { 'aria-labelledby': id }, [el('h3', { id }, [title]), ...children]);
  }

  function isHttpUrl(text) {
    try {
      const u = new URL(text.trim());
      return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
    } catch (_) {
      return false;
    }
  }

  function fmtTime(iso) {
    const d = new Date(iso);
    return isNaN(d.getTime()) ? String(iso) : d.toLocaleString();
  }

  function renderEmpty(reason) {
    stashDraft();
    shown = null;
    noteDirty = false;
    root.replaceChildren(el('p', { class: 'empty' }, [reason]));
  }

  function renderError(message) {
    const box = el('p', { class: 'error', role: 'alert' }, [message]);
    root.prepend(box);
  }

  function render(item) {
    stashDraft();
    const sameItem = !!shown && (shown.key === item.key || (item.previousKeys || []).includes(shown.key));
    // A source was added: the form that added it starts empty again.
    if (!sameItem || (item.sources || []).length > (shown.sources || []).length) {
      typed.delete('source-url');
      typed.delete('source-title');
    }
    if (!sameItem) typed.clear();
    for (const k of item.previousKeys || []) {
      if (drafts.has(k)) {
        drafts.set(item.key, drafts.get(k));
        drafts.delete(k);
      }
    }
    const draftValue = drafts.has(item.key) ? String(drafts.get(item.key)) : null;
    shown = item;
    const readOnly = !!item.readOnlyReason;
    const parts = [];

    // Header: kind, status, the text itself (literal), and a way back to the editor.
    const kind = item.kind === 'claim' ? 'Claim' : 'Quote';
    parts.push(el('div', { class: 'header' }, [
      el('span', { class: 'kind' }, [kind]),
      el('span', { class: 'status status-' + item.status, id: 'status-label' }, [item.orphaned ? item.status + ' · orphaned' : item.status]),
      el('span', { class: 'file' }, [item.fileName]),
    ]));
    parts.push(el('blockquote', { class: 'text', id: 'item-text' }, [item.text]));
    if (item.orphaned) parts.push(el('p', { class: 'warning' }, ['Orphaned: ' + (item.orphanReason || 'its text is no longer in the article')]));
    else parts.push(button('Show in editor', () => send({ type: 'reveal', key: item.key }), { class: 'link' }));
    if (readOnly) parts.push(el('p', { class: 'warning', role: 'status' }, ['Read-only: ' + item.readOnlyReason]));

    const facts = [];
    if (item.kind === 'claim' && item.claimType) facts.push(['Type', item.claimType], ['Score', Number(item.score).toFixed(2)]);
    if (item.kind === 'quote') {
      facts.push(['Speaker', item.speaker || 'unknown']);
      if (item.cue) facts.push(['Cue', item.cue]);
      if (item.quoteKind) facts.push(['Kind', item.quoteKind]);
    }
    if (facts.length) {
      parts.push(el('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [el('dt', {}, [k]), el('dd', {}, [v])])));
    }
    if (item.reasons && item.reasons.length) {
      parts.push(el('ul', { class: 'reasons', 'aria-label': 'Why this is check-worthy' }, item.reasons.map((r) => el('li', {}, [r]))));
    }

    // Status buttons.
    const statusButtons = STATUSES.map((s) => {
      const b = button(s.label, () => send({ type: 'setStatus', key: item.key, status: s.id }), {
        id: 'status-' + s.id, // stable ids: keyboard focus survives the re-render after a click
        class: 'status-button status-' + s.id,
        'aria-pressed': String(item.status === s.id),
        title: s.hint,
        'data-status': s.id,
      });
      if (readOnly) b.setAttribute('disabled', '');
      return b;
    });
    parts.push(section('Status', 'h-status', [el('div', { class: 'buttons', role: 'group', 'aria-label': 'Set status' }, statusButtons)]));

    // Note editor.
    const note = /** @type {HTMLTextAreaElement} */ (el('textarea', { id: 'note', rows: '4', maxlength: '10000', placeholder: 'Why this status? What did you check?' }));
    note.value = draftValue !== null ? draftValue : item.note || '';
    noteDirty = draftValue !== null;
    if (readOnly) note.setAttribute('disabled', '');
    const hint = el('span', { class: 'hint', id: 'note-hint', 'aria-live': 'polite' }, [noteDirty ? 'Unsaved note · Ctrl+Enter saves' : 'Ctrl+Enter saves']);
    const saveNote = () => {
      send({ type: 'saveNote', key: item.key, note: note.value });
      noteDirty = false;
      drafts.delete(item.key);
      hint.textContent = 'Ctrl+Enter saves';
    };
    note.addEventListener('input', () => {
      noteDirty = true;
      hint.textContent = 'Unsaved note · Ctrl+Enter saves';
    });
    note.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); saveNote(); }
    });
    const saveBtn = button('Save note', saveNote, { id: 'save-note' });
    if (readOnly) saveBtn.setAttribute('disabled', '');
    parts.push(section('Note', 'h-note', [el('label', { for: 'note', class: 'sr-only' }, ['Note']), note, el('div', { class: 'row' }, [saveBtn, hint])]));

    // Sources: open / remove each, add a new one.
    const list = el('ul', { class: 'sources', id: 'sources' }, (item.sources || []).map((s, i) => {
      const open = button(s.title || s.url, () => send({ type: 'openSource', key: item.key, url: s.url }), { class: 'link', title: s.url, id: 'open-source-' + i });
      const remove = button('Remove', () => send({ type: 'removeSource', key: item.key, url: s.url }), { class: 'secondary', 'aria-label': 'Remove source ' + (s.title || s.url), id: 'remove-source-' + i });
      if (readOnly) remove.setAttribute('disabled', '');
      return el('li', {}, [open, remove]);
    }));
    if (!item.sources || item.sources.length === 0) list.append(el('li', { class: 'none' }, ['No sources yet.']));
    const url = /** @type {HTMLInputElement} */ (el('input', { id: 'source-url', type: 'url', placeholder: 'https://…', maxlength: '2048' }));
    const title = /** @type {HTMLInputElement} */ (el('input', { id: 'source-title', type: 'text', placeholder: 'Title (optional)', maxlength: '300' }));
    const urlError = el('span', { class: 'field-error', id: 'source-error', role: 'alert' });
    const addSource = () => {
      if (!isHttpUrl(url.value)) { urlError.textContent = 'Enter an http(s) URL.'; url.focus(); return; }
      urlError.textContent = '';
      send({ type: 'addSource', key: item.key, url: url.value.trim(), title: title.value.trim() });
    };
    url.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); addSource(); } });
    title.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); addSource(); } });
    const addBtn = button('Add source', addSource, { id: 'add-source' });
    keepTyped(url);
    keepTyped(title);
    for (const x of [url, title, addBtn]) if (readOnly) x.setAttribute('disabled', '');
    parts.push(section('Sources', 'h-sources', [
      list,
      el('label', { for: 'source-url' }, ['Source URL']), url,
      el('label', { for: 'source-title' }, ['Title']), title,
      el('div', { class: 'row' }, [addBtn, urlError]),
    ]));

    // Speaker override (quotes).
    if (item.kind === 'quote') {
      const sp = /** @type {HTMLInputElement} */ (el('input', { id: 'speaker', type: 'text', maxlength: '200', placeholder: item.detectedSpeaker || 'Speaker name' }));
      sp.value = item.speakerOverride || '';
      keepTyped(sp);
      const setSp = () => {
        typed.delete('speaker');
        send({ type: 'setSpeaker', key: item.key, speaker: sp.value.trim() === '' ? null : sp.value.trim() });
      };
      sp.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); setSp(); } });
      const setBtn = button('Set speaker', setSp, { id: 'set-speaker' });
      const resetBtn = button('Use detected', () => {
        typed.delete('speaker');
        send({ type: 'setSpeaker', key: item.key, speaker: null });
      }, { class: 'secondary' });
      for (const x of [sp, setBtn, resetBtn]) if (readOnly) x.setAttribute('disabled', '');
      parts.push(section('Speaker', 'h-speaker', [
        el('p', { class: 'hint' }, ['Detected: ' + (item.detectedSpeaker || 'unknown')]),
        el('label', { for: 'speaker' }, ['Override']), sp,
        el('div', { class: 'row' }, [setBtn, resetBtn]),
      ]));
    }

    // Checked before: earlier fact-checks of this claim (archives and other articles' reviews).
    if (item.kind === 'claim' && Array.isArray(item.checkedBefore)) {
      const rows = item.checkedBefore.map((/** @type {any} */ m, /** @type {number} */ i) => {
        const apply = button('Apply this verdict', () => send({ type: 'applyMatch', key: item.key, index: i }), { class: 'secondary', id: 'apply-match-' + i, title: 'Copy this verdict and its source into the review' });
        if (readOnly) apply.setAttribute('disabled', '');
        return el('li', { class: m.strong ? 'match strong' : 'match' }, [
          el('div', {}, [el('strong', {}, [String(m.similarity)]), ' ' + String(m.claim)]),
          el('div', { class: 'hint' }, [String(m.verdict) + (m.date ? ', ' + String(m.date) : '') + ' · ' + String(m.place) + (m.warnings.length ? ' · ' + m.warnings.join(', ') : '')]),
          apply,
        ]);
      });
      if (rows.length === 0) rows.push(el('li', { class: 'none' }, ['No earlier fact-check is similar.']));
      parts.push(section('Checked before', 'h-checked', [el('ul', { class: 'matches', id: 'matches' }, rows)]));
    }

    // History: who created and last changed the review.
    const hist = [];
    if (item.created) hist.push(el('li', {}, ['Created by ' + item.created.by + ', ' + fmtTime(item.created.at)]));
    if (item.updated && (!item.created || item.updated.at !== item.created.at || item.updated.by !== item.created.by)) {
      hist.push(el('li', {}, ['Last changed by ' + item.updated.by + ', ' + fmtTime(item.updated.at)]));
    }
    if (hist.length === 0) hist.push(el('li', { class: 'none' }, ['Not reviewed yet.']));
    parts.push(section('History', 'h-history', [el('ul', { class: 'history' }, hist)]));

    const active = document.activeElement && document.activeElement.id;
    root.replaceChildren(...parts);
    // Keep keyboard focus where it was across re-renders.
    if (active) { const again = document.getElementById(active); if (again) again.focus(); }
  }

  window.addEventListener('message', (event) => {
    const msg = event.data;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'show' && msg.item && typeof msg.item === 'object') render(msg.item);
    else if (msg.type === 'empty') renderEmpty(String(msg.reason || ''));
    else if (msg.type === 'error') renderError(String(msg.message || 'Something went wrong.'));
  });

  send({ type: 'ready' });
})();
