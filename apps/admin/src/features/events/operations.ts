/**
 * Typed documents of the events feature (./operations.graphql), one module per document so the
 * lazily loaded screens carry only their own queries.
 */
export { EventsDocument } from '../../gql/documents/EventsDocument';
export { CreateEventDocument } from '../../gql/documents/CreateEventDocument';
export type { CreateEventInput, EventFilter, EventKind, EventRowFragment } from '../../gql/graphql';

export const EVENTS_PAGE = 20;
