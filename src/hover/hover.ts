/**
 * Hover for claims and quotes: what ClaimLens found, what the reviewer did, and action links.
 * Article text, notes and URLs are user data: everything is escaped, and the command links are
 * trusted for our own review commands only (MarkdownString.isTrusted allow-list).
 */
import * as vscode from 'vscode';
import { STATUS_WORDS } from '../core/review/statuses';
import type { ReviewItem, ReviewStatus } from '../core/review/types';
import type { ArticleService } from '../articles/contracts';
import { isUntitledDocument } from '../articles/documents';
import { CMD, HOVER_COMMANDS } from '../commands/ids';
import { escapeMarkdown as escape } from '../core/export/escapeMarkdown';
import { statusLabel } from '../l10n/statusWords';
import { commandLink as link, formatWhen, sourceLink, speakerField, whyLine } from './hoverMarkdown';

/** Hover fields are one line each. */
const escapeMarkdown = (text: string): string => escape(text, 'line');

function statusIcon(status: string): string {
  const codicon = STATUS_WORDS[status as ReviewStatus]?.codicon;
  return codicon ? `$(${codicon})` : '';
}

function commandLink(label: string, command: string, uri: vscode.Uri, key: string, tooltip: string): string {
  return link(label, command, { uri: uri.toString(), keys: [key] }, tooltip);
}

export function hoverMarkdown(item: ReviewItem, uri: vscode.Uri, readOnlyReason?: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  const lines: string[] = [];
  const kind = item.kind === 'quote' ? vscode.l10n.t('Quote') : item.annotation?.origin === 'manual' ? vscode.l10n.t('Claim (added by hand)') : vscode.l10n.t('Claim');
  lines.push(vscode.l10n.t('**ClaimLens · {0}** — {1} {2}', kind, statusIcon(item.status), statusLabel(item.status).toLocaleLowerCase()));

  if (item.claim) {
    const c = item.claim;
    lines.push(vscode.l10n.t('Type: **{0}** · score **{1}**', c.type, c.score.toFixed(2)));
    if (c.reasons.length) lines.push(whyLine(c.reasons));
    const ents = [
      [vscode.l10n.t('People'), c.entities.people], [vscode.l10n.t('Places'), c.entities.places], [vscode.l10n.t('Organizations'), c.entities.organizations],
    ].filter(([, v]) => (v as string[]).length > 0)
      .map(([k, v]) => `${k}: ${(v as string[]).map(escapeMarkdown).join(', ')}`);
    if (ents.length) lines.push(ents.join(' · '));
  }
  if (item.quote) {
    const q = item.quote;
    lines.push(vscode.l10n.t('Speaker: {0} · cue: {1} · {2} quote', speakerField(item), q.cue ? `“${escapeMarkdown(q.cue.text)}”` : '—', q.kind));
    // Which engine rules found, attributed and shaped it (ids of src/core/rules/registry.ts).
    if (q.rules.length) lines.push(vscode.l10n.t('Rules: {0}', q.rules.map((id) => `\`${id}\``).join(' · ')));
  }
  const a = item.annotation;
  if (a) {
    if (a.sources.length) lines.push(vscode.l10n.t('Sources: {0}', a.sources.map((s) => sourceLink(s.url, s.title)).join(', ')));
    if (a.note) lines.push(vscode.l10n.t('Note: {0}', escapeMarkdown(a.note)));
    lines.push(vscode.l10n.t('Reviewed by {0}, {1}', escapeMarkdown(a.updated.by), formatWhen(a.updated.at)));
  }
  if (a?.changedSinceReview) lines.push(`$(warning) ${vscode.l10n.t('The text changed since it was reviewed: check that the review still holds.')}`);
  if (item.orphaned) lines.push(`$(warning) ${vscode.l10n.t('Orphaned: {0}', escapeMarkdown(item.anchor?.reason ?? vscode.l10n.t('text not found')))}`);

  if (readOnlyReason) {
    // An unsaved buffer has no review file to open.
    const open = !isUntitledDocument({ uri }) ? ` ${commandLink(vscode.l10n.t('Open Sidecar'), CMD.openSidecar, uri, item.key, vscode.l10n.t('Open the review file'))}` : '';
    lines.push(`$(lock) ${vscode.l10n.t('Reviewing disabled: {0}', escapeMarkdown(readOnlyReason))}${open}`);
  } else {
    const k = item.key;
    const actions = [
      commandLink(`$(pass) ${vscode.l10n.t('Mark as Sourced')}`, CMD.markSourced, uri, k, vscode.l10n.t('Mark as sourced (asks for a source URL)')),
      commandLink(`$(error) ${vscode.l10n.t('Mark as Disputed')}`, CMD.markDisputed, uri, k, vscode.l10n.t('Mark as disputed (asks for a note)')),
      commandLink(`$(question) ${vscode.l10n.t('Mark as Unverified')}`, CMD.markUnverified, uri, k, vscode.l10n.t('Mark as unverified')),
      commandLink(`$(link) ${vscode.l10n.t('Add Source')}`, CMD.addSource, uri, k, vscode.l10n.t('Add a source URL')),
      commandLink(`$(note) ${vscode.l10n.t('Note')}`, CMD.editNote, uri, k, vscode.l10n.t('Edit the note')),
      ...(item.kind === 'quote' ? [commandLink(`$(person) ${vscode.l10n.t('Correct Speaker…')}`, CMD.correctSpeaker, uri, k, vscode.l10n.t('Set who said it'))] : []),
      item.status === 'unreviewed'
        ? commandLink(`$(circle-slash) ${vscode.l10n.t('Dismiss')}`, CMD.dismiss, uri, k, vscode.l10n.t('Not a claim: hide it'))
        : commandLink(`$(discard) ${vscode.l10n.t('Clear Status')}`, CMD.clearStatus, uri, k, vscode.l10n.t('Back to unreviewed')),
    ];
    lines.push(actions.join(' · '));
  }
  // Two trailing spaces = Markdown line break.
  md.appendMarkdown(lines.join('  \n'));
  return md;
}

export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(private readonly articles: ArticleService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.articles.get(document.uri);
    if (!state || state.version !== document.version) return undefined;
    const offset = document.offsetAt(position);
    const items = this.articles.itemsAt(document.uri, offset, offset)
      .filter((i) => i.status !== 'dismissed' && i.range)
      // Claims first (the review queue's unit), then quotes; innermost first within a kind.
      .sort((x, y) => (x.kind === y.kind ? 0 : x.kind === 'claim' ? -1 : 1)
        || (x.range!.end - x.range!.start) - (y.range!.end - y.range!.start));
    if (items.length === 0) return undefined;
    const r = items[0].range!;
    return new vscode.Hover(
      items.map((i) => hoverMarkdown(i, document.uri, state.readOnlyReason)),
      new vscode.Range(document.positionAt(r.start), document.positionAt(r.end)),
    );
  }
}

/** Hovers on every document (files of any file system, unsaved buffers); the provider asks the ArticleService whether it is an article. */
export function registerHover(context: vscode.ExtensionContext, articles: ArticleService): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ scheme: '*' }, new ClaimHoverProvider(articles)));
}
