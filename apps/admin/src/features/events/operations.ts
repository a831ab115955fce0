/**
 * Typed documents of the events feature (./operations.graphql), one module per document so the
 * lazily loaded screens carry only their own queries.
 */
export { EventsDocument } from '../../gql/documents/EventsDocument';
export { CreateEventDocument } from '../../gql/documents/CreateEventDocument';
export type { CreateEventInput, EventFilter, EventKind, EventRowFragment } from '../../gql/graphql';

export const EVENTS_PAGE = 20;

export const EVENT_KINDS = ['LAUNCH_CEREMONY', 'FORUM', 'CHARITY_TOURNAMENT', 'STUDY_TOUR', 'TET_PROGRAMME', 'SCHOLARSHIP_CEREMONY', 'OTHER'] as const;
