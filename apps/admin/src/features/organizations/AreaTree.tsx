import { useState } from 'react';
import { TreeNode, useI18n } from '@lnob/ui';
import { TreePage } from '../common/TreePage';
import { AreaChildrenDocument, AreaRootsDocument, ROOT_PAGE, TREE_PAGE, type AreaTreeFieldsFragment } from './operations';
import type { TreeProps } from './OrgTree';

export function AreaNode(p: TreeProps & { node: AreaTreeFieldsFragment; depth: number; meta?: string }) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const n = p.node;
  return (
    <TreeNode
      nodeId={n.id}
      name={n.name}
      label={n.name}
      meta={p.meta ?? `${t(`areaKind.${n.kind}`)} · ${n.code}`}
      depth={p.depth}
      expandable={n.firstChild.edges.length > 0}
      expanded={expanded}
      selected={p.selectedId === n.id}
      onToggle={() => setExpanded((x) => !x)}
      onSelect={() => p.onSelect(n.id)}
    >
      {expanded ? <AreaChildren {...p} parentId={n.id} depth={p.depth + 1} /> : null}
    </TreeNode>
  );
}

export function AreaChildren(p: TreeProps & { parentId: string; depth: number }) {
  const { t } = useI18n();
  return (
    <TreePage
      query={AreaChildrenDocument}
      variables={(after) => ({ id: p.parentId, validOn: p.validOn, first: TREE_PAGE, after })}
      select={(d) => d.area.children}
      depth={p.depth}
      emptyText={t('browser.noChildren')}
      renderNode={(n) => <AreaNode key={n.id} {...p} node={n} depth={p.depth} />}
    />
  );
}

/** Provinces and centrally-run cities valid on the date (those the caller's scope covers). */
export function AreaRoots(p: TreeProps) {
  const { t } = useI18n();
  return (
    <TreePage
      query={AreaRootsDocument}
      variables={(after) => ({ validOn: p.validOn, first: ROOT_PAGE, after })}
      select={(d) => d.areas}
      depth={0}
      emptyText={t('state.empty')}
      renderNode={(n) => <AreaNode key={n.id} {...p} node={n} depth={0} />}
    />
  );
}
