/**
 * Typed documents of this feature. The operations are in ./operations.graphql; codegen turns each
 * into its own module (src/gql/documents), so a lazily loaded screen carries only its own queries.
 */
export { LoginDocument } from '../../gql/documents/LoginDocument';
export { MeDocument } from '../../gql/documents/MeDocument';
export { LogoutDocument } from '../../gql/documents/LogoutDocument';
