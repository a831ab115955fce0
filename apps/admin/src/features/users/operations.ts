/**
 * Typed documents of this feature. The operations are in ./operations.graphql; codegen turns each
 * into its own module (src/gql/documents), so a lazily loaded screen carries only its own queries.
 */
export { UsersDocument } from '../../gql/documents/UsersDocument';
export { UserDetailDocument } from '../../gql/documents/UserDetailDocument';
export { CreateUserDocument } from '../../gql/documents/CreateUserDocument';
export { UpdateUserDocument } from '../../gql/documents/UpdateUserDocument';
export { ResetUserPasswordDocument } from '../../gql/documents/ResetUserPasswordDocument';
export { AssignRoleDocument } from '../../gql/documents/AssignRoleDocument';
export { EndRoleAssignmentDocument } from '../../gql/documents/EndRoleAssignmentDocument';
export type { UserDetailQuery } from '../../gql/graphql';

export const USERS_PAGE = 20;
