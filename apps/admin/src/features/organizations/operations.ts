/**
 * Typed documents of this feature. The operations are in ./operations.graphql; codegen turns each
 * into its own module (src/gql/documents), so a lazily loaded screen carries only its own queries.
 */
export { OrgRootsDocument } from '../../gql/documents/OrgRootsDocument';
export { OrgChildrenDocument } from '../../gql/documents/OrgChildrenDocument';
export { OrgSearchDocument } from '../../gql/documents/OrgSearchDocument';
export { OrgDetailDocument } from '../../gql/documents/OrgDetailDocument';
export { AreaRootsDocument } from '../../gql/documents/AreaRootsDocument';
export { AreaChildrenDocument } from '../../gql/documents/AreaChildrenDocument';
export { AreaSearchDocument } from '../../gql/documents/AreaSearchDocument';
export { AreaDetailDocument } from '../../gql/documents/AreaDetailDocument';
export type { OrgTreeFieldsFragment, AreaTreeFieldsFragment } from '../../gql/graphql';

/** Page size of tree levels ("load more" fetches the next page). */
export const TREE_PAGE = 50;

/** Page size of the tree tops (the API picks them before paging, so pages are full). */
export const ROOT_PAGE = 100;
