import { useState } from 'react';
import { ORGANIZATION_LEVELS, type OrganizationLevel } from '@lnob/domain';
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
 * The tops of the organization tree the caller can see. The API has no "top-level" filter for
 * organizations, so: the first level (central, province, district…) at which the caller sees any
 * organization, keeping those whose parent is absent or outside the caller's view. A system
 * administrator gets the central organizations; a provincial officer the province's organizations.
 */
export function OrgRoots(p: TreeProps & { levelIndex?: number }) {
  const { t } = useI18n();
  const index = p.levelIndex ?? 0;
  const level: OrganizationLevel = ORGANIZATION_LEVELS[index];
  const next = index + 1 < ORGANIZATION_LEVELS.length ? <OrgRoots {...p} levelIndex={index + 1} /> : undefined;
  return (
    <TreePage
      query={OrgRootsDocument}
      variables={(after) => ({ level: [level], validOn: p.validOn, first: ROOT_PAGE, after })}
      select={(d) => d.organizations}
      keep={(n) => n.parent === null}
      depth={0}
      emptyText={t('state.empty')}
      onEmpty={next}
      renderNode={(n) => <OrgNode key={n.id} {...p} node={n} depth={0} />}
    />
  );
}
