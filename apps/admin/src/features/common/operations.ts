/**
 * Typed documents of this feature. The operations are in ./operations.graphql; codegen turns each
 * into its own module (src/gql/documents), so a lazily loaded screen carries only its own queries.
 */
export { AreaPickerDocument } from '../../gql/documents/AreaPickerDocument';
export { OrganizationPickerDocument } from '../../gql/documents/OrganizationPickerDocument';
export { UserPickerDocument } from '../../gql/documents/UserPickerDocument';

export const PICKER_SIZE = 10;
