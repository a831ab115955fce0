import { TreePage } from '../common/TreePage';
import { TreeLevel, type TreeKind, type TreeProps } from './LazyTree';
import { OrgChildrenDocument, OrgRootsDocument, ROOT_PAGE, TREE_PAGE, type OrgTreeFieldsFragment } from './operations';

/**
 * The organization tree. Its tops are those the caller can see (`topLevel`: no parent, or a parent
 * outside the caller's scope): the central organizations for a system administrator, the province's
 * organizations for a provincial officer. The API filters before paging, so pages are full.
 */
export const ORG_TREE: TreeKind<OrgTreeFieldsFragment> = {
  meta: (n, t) => t(`orgKind.${n.kind}`),
  level: ({ validOn, parentId, ...page }) =>
    parentId === null ? (
      <TreePage {...page} query={OrgRootsDocument} variables={(after) => ({ validOn, first: ROOT_PAGE, after })} select={(d) => d.organizations} />
    ) : (
      <TreePage {...page} query={OrgChildrenDocument} variables={(after) => ({ id: parentId, validOn, first: TREE_PAGE, after })} select={(d) => d.organization.children} />
    ),
};

export function OrgRoots(p: TreeProps) {
  return <TreeLevel {...p} kind={ORG_TREE} parentId={null} depth={0} />;
}
