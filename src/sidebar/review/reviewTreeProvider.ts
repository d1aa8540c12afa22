/**
 * Tree data of the "Review" view: the active article's items, filtered and grouped by the pure
 * queue model (./queue). Item nodes carry `{uri, key}`, the argument shape every review
 * command accepts, so the menus can call those commands directly (with the whole selection for
 * multi-select).
 */
import * as vscode from 'vscode';
import { SIDEBAR_CMD } from '../../commands/ids';
import { claimDefinition } from '../../l10n/countWords';
import { readSettings } from '../../settings/settings';
import { lookLabel } from '../../l10n/statusWords';
import type { ReviewItem } from '../../core/review/types';
import { isHexColour, statusLook } from '../../core/review/statusLook';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../../core/review/verdictScale';
import { gutterIconSvg } from '../../decorations/gutterIcon';
import type { ArticleState } from '../../articles/contracts';
import { firstWords } from '../../core/review/firstWords';
import {
  DEFAULT_FILTER, DEFAULT_GROUP_BY, GroupBy, QueueFilter, describeItem, filterItems, groupItems, groupLabel, itemIcon, itemLabel,
  itemTooltipMarkdown,
} from './queue';

export interface GroupNode {
  readonly nodeType: 'group';
  readonly id: string;
  /** The group's id without the article (`status:dismissed`): what the collapsed state is kept by. */
  readonly groupId: string;
  readonly label: string;
  readonly orphans: boolean;
  /** Starts collapsed (dismissed items). */
  readonly collapsed: boolean;
  readonly children: ItemNode[];
}

export interface ItemNode {
  readonly nodeType: 'item';
  readonly id: string;
  /** `uri` + `key` make the node a valid argument of the review commands. */
  readonly uri: vscode.Uri;
  readonly key: string;
  readonly item: ReviewItem;
  readonly parent: GroupNode;
}

export type ReviewNode = GroupNode | ItemNode;

/**
 * Claims by the shape of their status, quotes a quotation mark, in the status's colour (./queue
 * itemIcon). A tree icon takes only theme colours: a verdict with a hex colour gets a disc of that
 * colour with its initial (the gutter's icon).
 */
export function statusIcon(item: ReviewItem, scale: VerdictScale = DEFAULT_VERDICT_SCALE): vscode.ThemeIcon | vscode.Uri {
  const { codicon, color } = itemIcon(item, scale);
  if (!isHexColour(color)) return new vscode.ThemeIcon(codicon, new vscode.ThemeColor(color));
  return vscode.Uri.parse(`data:image/svg+xml;utf8,${encodeURIComponent(gutterIconSvg(statusLook(item.status, scale)))}`);
}

/** `claimlens.item.<kind>.<status>[.unknownVerdict][.orphan]`: menus match on it with regexes. */
export function contextValueOf(item: ReviewItem, unknownVerdict = false): string {
  return `claimlens.item.${item.kind}.${item.status}${unknownVerdict ? '.unknownVerdict' : ''}${item.orphaned ? '.orphan' : ''}`;
}

export class ReviewTreeProvider implements vscode.TreeDataProvider<ReviewNode> {
  private readonly emitter = new vscode.EventEmitter<ReviewNode | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;

  private state: ArticleState | undefined;
  private groups: GroupNode[] = [];
  private byKey = new Map<string, ItemNode>();
  private shownCount = 0;
  groupBy: GroupBy = DEFAULT_GROUP_BY;
  /** Whether a claim has a strong earlier fact-check (set by the matching feature). */
  checkedBefore: (uri: vscode.Uri, item: ReviewItem) => boolean = () => false;
  /** The verdict scale of an article's workspace folder (set by the extension). */
  scaleFor: (uri: vscode.Uri) => VerdictScale = () => DEFAULT_VERDICT_SCALE;
  filter: QueueFilter = { ...DEFAULT_FILTER };
  /** Groups the user collapsed (true) or expanded (false), by group id; others start as their grouping says. */
  collapsed: Record<string, boolean> = {};

  /** Rebuilds the nodes for an article (or none) and tells the tree to redraw. */
  setState(state: ArticleState | undefined): void {
    this.state = state;
    this.rebuild();
    this.emitter.fire();
  }

  get article(): ArticleState | undefined {
    return this.state;
  }

  /** Number of items that pass the filters. */
  get visibleCount(): number {
    return this.shownCount;
  }

  private rebuild(): void {
    this.byKey = new Map();
    this.groups = [];
    this.shownCount = 0;
    const state = this.state;
    if (!state) return;
    const prefix = state.uri.toString();
    const shown = filterItems(state.items, this.filter);
    this.shownCount = shown.length;
    for (const g of groupItems(shown, this.groupBy, (item) => this.checkedBefore(state.uri, item), this.scaleFor(state.uri))) {
      const children: ItemNode[] = [];
      const group: GroupNode = { nodeType: 'group', id: `${prefix}#${g.id}`, groupId: g.id, label: groupLabel(g), orphans: g.orphans, collapsed: g.collapsed === true, children };
      for (const item of g.items) {
        const node: ItemNode = { nodeType: 'item', id: `${group.id}#${item.key}`, uri: state.uri, key: item.key, item, parent: group };
        children.push(node);
        this.byKey.set(item.key, node);
      }
      this.groups.push(group);
    }
  }

  /** Node currently showing the item with this key (undefined if filtered out). */
  nodeFor(key: string): ItemNode | undefined {
    return this.byKey.get(key);
  }

  get rootGroups(): readonly GroupNode[] {
    return this.groups;
  }

  getChildren(element?: ReviewNode): ReviewNode[] {
    if (!element) return this.groups;
    return element.nodeType === 'group' ? element.children : [];
  }

  getParent(element: ReviewNode): ReviewNode | undefined {
    return element.nodeType === 'item' ? element.parent : undefined;
  }

  getTreeItem(node: ReviewNode): vscode.TreeItem {
    if (node.nodeType === 'group') {
      // Dismissed items are rarely worked on: start collapsed, unless the user chose otherwise.
      const collapsed = this.collapsed[node.groupId] ?? node.collapsed;
      const t = new vscode.TreeItem(node.label, collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      t.id = node.id;
      t.contextValue = node.orphans ? 'claimlens.group.orphans' : 'claimlens.group';
      // A screen reader announces the group by its name and count; VS Code would read a string tooltip instead.
      t.accessibilityInformation = { label: node.label };
      if (!node.orphans && this.state) t.tooltip = claimDefinition(readSettings(this.state.uri).scoreThreshold, 'claimlens.scoreThreshold');
      if (node.orphans) {
        t.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('claimlens.sidebar.orphanedIcon'));
        t.tooltip = vscode.l10n.t('Reviews whose text is no longer in the article: select the right text in the editor, then right-click the review → “Re-attach Review to Selection”.');
      }
      return t;
    }
    const { item } = node;
    const t = new vscode.TreeItem(itemLabel(item), vscode.TreeItemCollapsibleState.None);
    t.id = node.id;
    t.description = describeItem(item);
    const scale = this.scaleFor(node.uri);
    // Lower case, as the rows' labels have always said it ("claim, unreviewed: …").
    const a11yStatus = lookLabel(statusLook(item.status, scale)).toLocaleLowerCase();
    t.iconPath = statusIcon(item, scale);
    t.contextValue = contextValueOf(item, statusLook(item.status, scale).kind === 'unknown');
    const md = new vscode.MarkdownString(itemTooltipMarkdown(item, scale));
    // Article text is untrusted: no command links, no HTML.
    md.isTrusted = false;
    md.supportHtml = false;
    t.tooltip = md;
    t.accessibilityInformation = {
      label: item.orphaned
        ? vscode.l10n.t('{0}, orphaned, {1}: {2}. {3}', kindWord(item.kind), a11yStatus, firstWords(item.text, 160), describeItem(item))
        : vscode.l10n.t('{0}, {1}: {2}. {3}', kindWord(item.kind), a11yStatus, firstWords(item.text, 160), describeItem(item)),
    };
    t.command = { command: SIDEBAR_CMD.revealItem, title: vscode.l10n.t('Show in Editor'), arguments: [node] };
    return t;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

function kindWord(kind: string): string {
  return kind === 'quote' ? vscode.l10n.t('quote') : vscode.l10n.t('claim');
}
