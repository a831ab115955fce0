import { useState } from 'react';
import { TreeNode, useI18n } from '@lnob/ui';
import { TreePage } from '../common/TreePage';
import { OrgChildrenDocument, OrgRootsDocument, ROOT_PAGE, TREE_PAGE, type OrgTreeFieldsFragment } from './operations';

export interface TreeProps {
  validOn: string;
  selectedId: string | null;
  onSelect(id: string): void;
}

/** One organization of the tree; its children are fetched when it is first expanded. */
export function OrgNode(p: TreeProps & { node: OrgTreeFieldsFragment; depth: number; meta?: string }) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const n = p.node;
  return (
    <TreeNode
      nodeId={n.id}
      name={n.name}
      label={n.name}
      meta={p.meta ?? t(`orgKind.${n.kind}`)}
      depth={p.depth}
      expandable={n.firstChild.edges.length > 0}
      expanded={expanded}
      selected={p.selectedId === n.id}
      onToggle={() => setExpanded((x) => !x)}
      onSelect={() => p.onSelect(n.id)}
    >
      {expanded ? <OrgChildren {...p} parentId={n.id} depth={p.depth + 1} /> : null}
    </TreeNode>
  );
}

export function OrgChildren(p: TreeProps & { parentId: string; depth: number }) {
  const { t } = useI18n();
  return (
    <TreePage
      query={OrgChildrenDocument}
      variables={(after) => ({ id: p.parentId, validOn: p.validOn, first: TREE_PAGE, after })}
      select={(d) => d.organization.children}
      depth={p.depth}
      emptyText={t('browser.noChildren')}
      renderNode={(n) => <OrgNode key={n.id} {...p} node={n} depth={p.depth} />}
    />
  );
}

/**
 * The tops of the organization tree the caller can see (`topLevel`: no parent, or a parent outside
 * the caller's scope): the central organizations for a system administrator, the province's
 * organizations for a provincial officer. The API filters before paging, so pages are full.
 */
export function OrgRoots(p: TreeProps) {
  const { t } = useI18n();
  return (
    <TreePage
      query={OrgRootsDocument}
      variables={(after) => ({ validOn: p.validOn, first: ROOT_PAGE, after })}
      select={(d) => d.organizations}
      depth={0}
      emptyText={t('state.empty')}
      renderNode={(n) => <OrgNode key={n.id} {...p} node={n} depth={0} />}
    />
  );
}
