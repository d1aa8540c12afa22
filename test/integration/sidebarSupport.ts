/** What the sidebar's integration tests share: a small article, the sidebar's API, the tree as group → keys. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SidebarApi } from '../../src/sidebar';
import type { GroupNode, ItemNode } from '../../src/sidebar/review/reviewTreeProvider';
import { api, until } from './editorSupport';

export const ARTICLE = [
  'Harbor Authority Says Cargo Volumes Hit Record High',
  '',
  'Cargo volumes at the port rose 9% in 2024 to 2.3 million containers, the harbor authority said on Monday.',
  '',
  'Unemployment in the city fell to 3.1 percent last year, down from 4.5 percent in 2023.',
  '',
  '"We will spend $48 million on new buses by 2030," Mayor Jane Alvarez said.',
  '',
  'The council will cut property taxes by 2% next year, according to the budget office.',
  '',
].join('\n');

export async function sidebar(): Promise<SidebarApi> {
  const exports = (await api()) as unknown as { sidebar?: SidebarApi };
  assert.ok(exports.sidebar, 'ClaimLens does not export its sidebar');
  return exports.sidebar;
}

export async function showReview(): Promise<SidebarApi> {
  const s = await sidebar();
  await vscode.commands.executeCommand('claimlens.review.focus');
  await until(() => s.review.treeView.visible, 'review view visible');
  return s;
}

/** Group label → item keys, as the tree shows them right now. */
export async function snapshot(s: SidebarApi): Promise<Map<string, string[]>> {
  await s.review.whenRefreshed();
  const p = s.review.provider;
  const out = new Map<string, string[]>();
  for (const g of p.getChildren() as GroupNode[]) {
    out.set(String(p.getTreeItem(g).label), (p.getChildren(g) as ItemNode[]).map((n) => n.key));
  }
  return out;
}

/** "Claims to review (3)" → 3; "Disputed (2 claims · 1 quote)" → 3 (claims and quotes are counted apart). */
export function count(label: string): number {
  const plain = /\((\d+)\)$/.exec(label);
  if (plain) return Number(plain[1]);
  const apart = /\((?:(\d+) claims?)?(?: · )?(?:(\d+) quotes?)?\)$/.exec(label);
  assert.ok(apart && (apart[1] || apart[2]), `no count in group label "${label}"`);
  return Number(apart[1] ?? 0) + Number(apart[2] ?? 0);
}

