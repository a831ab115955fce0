/**
 * Every kept problem of a job, page by page (for the CSV download), through the urql client the
 * page already has (same session token, same error vocabulary).
 */
import { createRequest, type Client, type OperationResult } from '@urql/core';
import { pipe, take, toPromise } from 'wonka';
import { describeError, type AppError } from '../../app/errors';
import type { Problem } from './model';
import { ImportProblemsDocument, PROBLEMS_PAGE_MAX, type ImportProblemsQuery } from './operations';

/** Pages read at most: the API keeps 5,000 problems, 50 pages of 100. */
const MAX_PAGES = 60;

export async function fetchAllProblems(client: Pick<Client, 'executeQuery'>, jobId: string): Promise<{ ok: true; problems: Problem[] } | { ok: false; error: AppError }> {
  const problems: Problem[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const request = createRequest(ImportProblemsDocument, { id: jobId, first: PROBLEMS_PAGE_MAX, after });
    const result: OperationResult<ImportProblemsQuery> = await pipe(client.executeQuery(request, { requestPolicy: 'network-only' }), take(1), toPromise);
    const conn = result.data?.importJob.problems;
    if (!conn) {
      return { ok: false, error: describeError(result.error) ?? { code: null, reason: null, requestId: null, fieldErrors: [], message: 'no data', network: false } };
    }
    for (const e of conn.edges) problems.push({ line: e.node.line, column: e.node.column, reason: e.node.reason, message: e.node.message });
    if (!conn.pageInfo.hasNextPage || !conn.pageInfo.endCursor) break;
    after = conn.pageInfo.endCursor;
  }
  return { ok: true, problems };
}

/** Hands `text` to the browser as a file download. */
export function saveTextFile(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
