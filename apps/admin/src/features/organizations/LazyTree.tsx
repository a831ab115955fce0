import { useState, type ReactNode } from 'react';
import { TreeNode, useI18n, type I18n } from '@lnob/ui';

export interface TreeProps {
  validOn: string;
  selectedId: string | null;
  onSelect(id: string): void;
}

/** What a tree node needs of its data: `firstChild` says whether it has children on the date. */
export interface TreeData {
  id: string;
  name: string;
  firstChild: { edges: readonly unknown[] };
}

/** One level of a tree: the roots (`parentId` null) or a node's children, as a `TreePage`. */
export interface LevelProps<N> {
  validOn: string;
  parentId: string | null;
  depth: number;
  emptyText: string;
  renderNode(node: N): ReactNode;
}

/** What differs between the organization and the area tree: the text after a name, and where levels come from. */
export interface TreeKind<N extends TreeData> {
  meta(node: N, t: I18n['t']): string;
  level(p: LevelProps<N>): ReactNode;
}

/** One node of the tree; its children are fetched when it is first expanded. */
export function TreeBranch<N extends TreeData>(p: TreeProps & { kind: TreeKind<N>; node: N; depth: number; meta?: string }) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const n = p.node;
  return (
    <TreeNode
      nodeId={n.id}
      name={n.name}
      label={n.name}
      meta={p.meta ?? p.kind.meta(n, t)}
      depth={p.depth}
      expandable={n.firstChild.edges.length > 0}
      expanded={expanded}
      selected={p.selectedId === n.id}
      onToggle={() => setExpanded((x) => !x)}
      onSelect={() => p.onSelect(n.id)}
    >
      {expanded ? <TreeLevel kind={p.kind} validOn={p.validOn} selectedId={p.selectedId} onSelect={p.onSelect} parentId={n.id} depth={p.depth + 1} /> : null}
    </TreeNode>
  );
}

/** The roots (`parentId` null) or the children of a node, each a lazily expanding branch. */
export function TreeLevel<N extends TreeData>(p: TreeProps & { kind: TreeKind<N>; parentId: string | null; depth: number }) {
  const { t } = useI18n();
  return p.kind.level({
    validOn: p.validOn,
    parentId: p.parentId,
    depth: p.depth,
    emptyText: t(p.parentId === null ? 'state.empty' : 'browser.noChildren'),
    renderNode: (n) => <TreeBranch key={n.id} kind={p.kind} validOn={p.validOn} selectedId={p.selectedId} onSelect={p.onSelect} node={n} depth={p.depth} />,
  });
}
