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
import { commandLink as link, formatWhen, sourceLink, whyLine } from './hoverMarkdown';

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
      commandLink('$(pass) Mark as Sourced', CMD.markSourced, uri, k, 'Mark as sourced (asks for a source URL)'),
      commandLink('$(error) Mark as Disputed', CMD.markDisputed, uri, k, 'Mark as disputed (asks for a note)'),
      commandLink('$(question) Mark as Unverified', CMD.markUnverified, uri, k, 'Mark as unverified'),
    ];
  }
  return scale.verdicts.map((v) => {
    const look = statusLook(v.id, scale);
    const keyHint = v.key ? ` (Ctrl+Alt+K ${v.key.toUpperCase()})` : '';
    return commandLink(`$(${look.codicon}) ${escapeMarkdown(v.label)}`, CMD.markVerdict, uri, k, `Mark as ${v.label}${keyHint}`, { verdict: v.id });
  });
}

export function hoverMarkdown(item: ReviewItem, uri: vscode.Uri, readOnlyReason?: string, scale: VerdictScale = DEFAULT_VERDICT_SCALE): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  const lines: string[] = [];
  const kind = item.kind === 'quote' ? 'Quote' : item.annotation?.origin === 'manual' ? 'Claim (added by hand)' : 'Claim';
  const look = statusLook(item.status, scale);
  lines.push(`**ClaimLens · ${kind}** — $(${look.codicon}) ${escapeMarkdown(look.label)}`);

  if (item.claim) {
    const c = item.claim;
    lines.push(`Type: **${c.type}** · score **${c.score.toFixed(2)}**`);
    if (c.reasons.length) lines.push(whyLine(c.reasons));
    const ents = [
      ['People', c.entities.people], ['Places', c.entities.places], ['Organizations', c.entities.organizations],
    ].filter(([, v]) => (v as string[]).length > 0)
      .map(([k, v]) => `${k}: ${(v as string[]).map(escapeMarkdown).join(', ')}`);
    if (ents.length) lines.push(ents.join(' · '));
  }
  if (item.quote) {
    const q = item.quote;
    const speaker = item.annotation?.speaker
      ? `${escapeMarkdown(item.annotation.speaker)} (set by reviewer)`
      : q.speaker
        ? `${escapeMarkdown(q.speaker.name)}${q.speaker.mention.text !== q.speaker.name ? ` (“${escapeMarkdown(q.speaker.mention.text)}”)` : ''}`
        : 'unknown';
    lines.push(`Speaker: **${speaker}** · cue: ${q.cue ? `“${escapeMarkdown(q.cue.text)}”` : '—'} · ${q.kind} quote`);
    // Which engine rules found, attributed and shaped it (ids of src/core/rules/registry.ts).
    if (q.rules.length) lines.push(`Rules: ${q.rules.map((id) => `\`${id}\``).join(' · ')}`);
  }
  const a = item.annotation;
  if (a) {
    if (a.sources.length) lines.push(`Sources: ${a.sources.map((s) => sourceLink(s.url, s.title)).join(', ')}`);
    if (a.note) lines.push(`Note: ${escapeMarkdown(a.note)}`);
    lines.push(`Reviewed by ${escapeMarkdown(a.updated.by)}, ${formatWhen(a.updated.at)}`);
  }
  if (look.kind === 'unknown') {
    lines.push(`$(warning) The verdict scale (.claimlens/verdicts.json) has no verdict "${escapeMarkdown(item.status)}": the review is kept as it is. ${
      readOnlyReason ? '' : commandLink('Re-map Verdict…', CMD.remapVerdict, uri, item.key, 'Give its reviews a verdict of the scale', { from: item.status })}`);
  }
  if (a?.changedSinceReview) lines.push('$(warning) The text changed since it was reviewed: check that the review still holds.');
  if (item.orphaned) lines.push(`$(warning) Orphaned: ${escapeMarkdown(item.anchor?.reason ?? 'text not found')}`);

  if (readOnlyReason) {
    // An unsaved buffer has no review file to open.
    const open = !isUntitledDocument({ uri }) ? ` ${commandLink('Open Sidecar', CMD.openSidecar, uri, item.key, 'Open the review file')}` : '';
    lines.push(`$(lock) Reviewing disabled: ${escapeMarkdown(readOnlyReason)}${open}`);
  } else {
    const k = item.key;
    const actions = [
      ...verdictLinks(item, uri, scale),
      commandLink('$(link) Add Source', CMD.addSource, uri, k, 'Add a source URL'),
      commandLink('$(note) Note', CMD.editNote, uri, k, 'Edit the note'),
      ...(item.kind === 'quote' ? [commandLink('$(person) Correct Speaker…', CMD.correctSpeaker, uri, k, 'Set who said it')] : []),
      item.status === 'unreviewed'
        ? commandLink('$(circle-slash) Dismiss', CMD.dismiss, uri, k, 'Not a claim: hide it')
        : commandLink('$(discard) Clear Status', CMD.clearStatus, uri, k, 'Back to unreviewed'),
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
