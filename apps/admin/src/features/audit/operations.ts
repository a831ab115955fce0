/**
 * Typed documents of this feature. The operations are in ./operations.graphql; codegen turns each
 * into its own module (src/gql/documents), so a lazily loaded screen carries only its own queries.
 */
export { AuditLogDocument } from '../../gql/documents/AuditLogDocument';
export type { AuditLogQuery } from '../../gql/graphql';

export const AUDIT_PAGE = 25;
