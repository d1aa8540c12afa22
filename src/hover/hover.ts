/**
 * Hover for claims and quotes: what ClaimLens found, what the reviewer did, and action links.
 * Article text, notes and URLs are user data: everything is escaped, and the command links are
 * trusted for our own review commands only (MarkdownString.isTrusted allow-list).
 */
import * as vscode from 'vscode';
import { statusLook } from '../core/review/statusLook';
import type { ReviewItem } from '../core/review/types';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../core/review/verdictScale';
import type { VerdictScales } from '../verdicts/verdictScales';
import type { ArticleService } from '../articles/contracts';
import { isUntitledDocument } from '../articles/documents';
import { CMD, HOVER_COMMANDS } from '../commands/ids';
import { escapeMarkdown as escape } from '../core/export/escapeMarkdown';
import { lookLabel } from '../l10n/statusWords';
import { commandLink as link, formatWhen, sourceLink, speakerField, whyLine } from './hoverMarkdown';

/** Hover fields are one line each. */
const escapeMarkdown = (text: string): string => escape(text, 'line');

function commandLink(label: string, command: string, uri: vscode.Uri, key: string, tooltip: string, extra: Record<string, string> = {}): string {
  return link(label, command, { uri: uri.toString(), keys: [key], ...extra }, tooltip);
}

/**
 * The mark links: the default scale keeps its three commands (Sourced asks for a source, Disputed
 * for a note); a workspace scale gets one link per verdict, in the scale's order.
 */
function verdictLinks(item: ReviewItem, uri: vscode.Uri, scale: VerdictScale): string[] {
  const k = item.key;
  if (scale === DEFAULT_VERDICT_SCALE) {
    return [
      commandLink(`$(pass) ${vscode.l10n.t('Mark as Sourced')}`, CMD.markSourced, uri, k, vscode.l10n.t('Mark as sourced (asks for a source URL)')),
      commandLink(`$(error) ${vscode.l10n.t('Mark as Disputed')}`, CMD.markDisputed, uri, k, vscode.l10n.t('Mark as disputed (asks for a note)')),
      commandLink(`$(question) ${vscode.l10n.t('Mark as Unverified')}`, CMD.markUnverified, uri, k, vscode.l10n.t('Mark as unverified')),
    ];
  }
  return scale.verdicts.map((v) => {
    const look = statusLook(v.id, scale);
    const tooltip = v.key ? vscode.l10n.t('Mark as {0} (Ctrl+Alt+K {1})', v.label, v.key.toUpperCase()) : vscode.l10n.t('Mark as {0}', v.label);
    return commandLink(`$(${look.codicon}) ${escapeMarkdown(v.label)}`, CMD.markVerdict, uri, k, tooltip, { verdict: v.id });
  });
}

export function hoverMarkdown(item: ReviewItem, uri: vscode.Uri, readOnlyReason?: string, scale: VerdictScale = DEFAULT_VERDICT_SCALE): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  const lines: string[] = [];
  const kind = item.kind === 'quote' ? vscode.l10n.t('Quote') : item.annotation?.origin === 'manual' ? vscode.l10n.t('Claim (added by hand)') : vscode.l10n.t('Claim');
  const look = statusLook(item.status, scale);
  // The built-in words as before (lower case); a scale's own verdict as the scale spells it.
  const label = look.builtIn ? lookLabel(look).toLocaleLowerCase() : lookLabel(look);
  lines.push(vscode.l10n.t('**ClaimLens · {0}** — {1} {2}', kind, `$(${look.codicon})`, escapeMarkdown(label)));

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
  if (look.kind === 'unknown') {
    const remap = readOnlyReason ? '' : ` ${commandLink(vscode.l10n.t('Re-map Verdict…'), CMD.remapVerdict, uri, item.key, vscode.l10n.t('Give its reviews a verdict of the scale'), { from: item.status })}`;
    lines.push(`$(warning) ${vscode.l10n.t('The verdict scale (.claimlens/verdicts.json) has no verdict "{0}": the review is kept as it is.', escapeMarkdown(item.status))}${remap}`);
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
      ...verdictLinks(item, uri, scale),
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
  constructor(private readonly articles: ArticleService, private readonly scales: VerdictScales) {}

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
      items.map((i) => hoverMarkdown(i, document.uri, state.readOnlyReason, this.scales.scaleFor(document.uri))),
      new vscode.Range(document.positionAt(r.start), document.positionAt(r.end)),
    );
  }
}

/** Hovers on every document (files of any file system, unsaved buffers); the provider asks the ArticleService whether it is an article. */
export function registerHover(context: vscode.ExtensionContext, articles: ArticleService, scales: VerdictScales): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ scheme: '*' }, new ClaimHoverProvider(articles, scales)));
}
