/**
 * The import page's effects on the normalised cache (app/graphcache.ts): a started job joins the
 * recent jobs; a finished commit makes the households and statistics read before it stale.
 */
import { describe, expect, it, vi } from 'vitest';
import { makeResult, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { filter, map, pipe } from 'wonka';
import { createAdminClient } from '../../app/client';
import { HouseholdsDocument } from '../households/operations';
import { operationName } from '../../testing/mock-client';
import { ImportHouseholdReviewsDocument, ImportJobDocument, ImportJobsDocument, type ImportJobFieldsFragment } from './operations';

function fakeFetch(respond: (op: Operation) => Record<string, unknown>, seen: string[]): Exchange {
  return () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      map((op): OperationResult => {
        seen.push(operationName(op));
        return makeResult(op, { data: respond(op) });
      }),
    );
}

const job = (x: Partial<ImportJobFieldsFragment>) => ({
  __typename: 'ImportJob',
  id: 'job-1',
  status: 'SUCCEEDED',
  dryRun: true,
  fileName: 'a.csv',
  format: 'CSV',
  uploadId: 'up-1',
  total: 1,
  processed: 1,
  progress: 1,
  validRows: 1,
  invalidRows: 0,
  householdsRegistered: 1,
  reviewsRecorded: 1,
  problemCount: 0,
  error: null,
  createdAt: '2026-11-21T06:23:00.000Z',
  finishedAt: '2026-11-21T06:23:01.000Z',
  ...x,
});

const tick = () => new Promise((r) => setTimeout(r, 0));

function hub(current: () => Partial<ImportJobFieldsFragment>) {
  const seen: string[] = [];
  const client = createAdminClient({
    getToken: () => 'tok',
    onSessionEnded: () => undefined,
    fetchExchangeOverride: fakeFetch((op) => {
      switch (operationName(op)) {
        case 'Households':
          return { households: { __typename: 'HouseholdConnection', totalCount: 0, edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } };
        case 'ImportJobs':
          return { importJobs: { __typename: 'ImportJobConnection', edges: [{ __typename: 'ImportJobEdge', node: job({}) }] } };
        case 'ImportJob':
          return { importJob: job(current()) };
        case 'ImportHouseholdReviews':
          return { importHouseholdReviews: { __typename: 'ImportJobPayload', job: job({ id: 'job-2', status: 'QUEUED', dryRun: false }) } };
        default:
          return {};
      }
    }, seen),
  });
  return { client, seen };
}

describe('import jobs in the cache', () => {
  it('refetches the recent jobs when a job is started', async () => {
    const warn = vi.spyOn(console, 'warn');
    const { client, seen } = hub(() => ({}));
    const sub = client.query(ImportJobsDocument, { first: 10 }).subscribe(() => undefined);
    await tick();
    await client.mutation(ImportHouseholdReviewsDocument, { input: { uploadId: 'up-1', dryRun: false } }).toPromise();
    await tick();
    sub.unsubscribe();
    expect(seen.filter(Boolean)).toEqual(['ImportJobs', 'ImportHouseholdReviews', 'ImportJobs']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('makes households read before a finished commit stale (read again from the API), not after a dry run or while it runs', async () => {
    let state: Partial<ImportJobFieldsFragment> = { dryRun: true };
    const { client, seen } = hub(() => state);
    const households = () => client.query(HouseholdsDocument, { filter: {}, first: 20, after: null }).toPromise();
    // Read on the households page, which is then left for the import page.
    await households();
    for (const next of [{ dryRun: true }, { dryRun: false, status: 'RUNNING' as const }, { dryRun: false }]) {
      state = next;
      await client.query(ImportJobDocument, { id: 'job-1' }, { requestPolicy: 'network-only' }).toPromise();
      await tick();
      // Back on the households page (cache-first): only the last time does it need the API.
      await households();
    }
    expect(seen.filter(Boolean)).toEqual(['Households', 'ImportJob', 'ImportJob', 'ImportJob', 'Households']);
  });
});
