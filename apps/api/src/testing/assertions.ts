/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
import { toGlobalId } from '../common/relay/global-id';
import type { GqlResult } from './harness';

export { isValidOn } from '@lnob/domain';

/** Dates on each side of the 1 July 2025 reorganisation, used across the API tests. */
export const OLD = '2024-01-01';
export const NEW = '2025-07-01';

/** A well-formed global id of a row that does not exist (tests only: clients never build ids). */
export const missingId = (type: 'Area' | 'Organization') => toGlobalId(type, 987654);

/** The first error's extensions, and its field error paths (sorted). */
export const ext = (r: GqlResult<any>) => r.errors?.[0]?.extensions;
export const paths = (r: GqlResult<any>) => (ext(r)?.fieldErrors ?? []).map((f) => f.path).sort();
export const names = (conn: any): string[] => conn.edges.map((e: any) => e.node.name);
export const sorted = <T>(xs: T[]) => [...xs].sort();
