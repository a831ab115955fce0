/**
 * Typed documents of this feature. The operations are in ./operations.graphql; codegen turns each
 * into its own module (src/gql/documents), so a lazily loaded screen carries only its own queries.
 */
export { ApiKeysDocument } from '../../gql/documents/ApiKeysDocument';
export { CreateApiKeyDocument } from '../../gql/documents/CreateApiKeyDocument';
export { RevokeApiKeyDocument } from '../../gql/documents/RevokeApiKeyDocument';
export type { ApiKeyFieldsFragment } from '../../gql/graphql';

export const API_KEYS_PAGE = 20;
