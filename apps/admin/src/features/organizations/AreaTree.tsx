import { TreePage } from '../common/TreePage';
import { TreeLevel, type TreeKind, type TreeProps } from './LazyTree';
import { AreaChildrenDocument, AreaRootsDocument, ROOT_PAGE, TREE_PAGE, type AreaTreeFieldsFragment } from './operations';

/** The area tree: provinces and centrally-run cities valid on the date (those the caller's scope covers), then their units. */
export const AREA_TREE: TreeKind<AreaTreeFieldsFragment> = {
  meta: (n, t) => `${t(`areaKind.${n.kind}`)} · ${n.code}`,
  level: ({ validOn, parentId, ...page }) =>
    parentId === null ? (
      <TreePage {...page} query={AreaRootsDocument} variables={(after) => ({ validOn, first: ROOT_PAGE, after })} select={(d) => d.areas} />
    ) : (
      <TreePage {...page} query={AreaChildrenDocument} variables={(after) => ({ id: parentId, validOn, first: TREE_PAGE, after })} select={(d) => d.area.children} />
    ),
};

export function AreaRoots(p: TreeProps) {
  return <TreeLevel {...p} kind={AREA_TREE} parentId={null} depth={0} />;
}

export function AreaChildren(p: TreeProps & { parentId: string; depth: number }) {
  return <TreeLevel {...p} kind={AREA_TREE} />;
}
