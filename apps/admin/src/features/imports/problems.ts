/**
 * Every kept problem of a job, page by page (for the CSV download), through the urql client the
 * page already has (same session token, same error vocabulary).
 */
import type { Client } from '@urql/core';
import type { AppError } from '../../app/errors';
import { NO_DATA, queryAllPages } from '../common/query-once';
import type { Problem } from './model';
import { ImportProblemsDocument, PROBLEMS_PAGE_MAX } from './operations';

/** Pages read at most: the API keeps 5,000 problems, 50 pages of 100. */
const MAX_PAGES = 60;

export async function fetchAllProblems(client: Pick<Client, 'executeQuery'>, jobId: string): Promise<{ ok: true; problems: Problem[] } | { ok: false; error: AppError }> {
  const r = await queryAllPages(client, ImportProblemsDocument, (after) => ({ id: jobId, first: PROBLEMS_PAGE_MAX, after }), (d) => d.importJob.problems, MAX_PAGES);
  if (!r.ok) return { ok: false, error: r.error ?? NO_DATA };
  return { ok: true, problems: r.nodes.map((x) => ({ line: x.line, column: x.column, reason: x.reason, message: x.message })) };
}
