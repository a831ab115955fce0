/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/** Shared steps of the import tests: upload a file, start a job, wait for it. */
import { toCsvLine } from '@lnob/domain';
import type { TestHub } from '../../../testing/harness';

export const JOB_FIELDS = `id status dryRun fileName format total processed progress validRows invalidRows householdsRegistered reviewsRecorded problemCount error
  problems(first: 100) { totalCount edges { node { line column reason message } } }`;

export const START = `mutation ($i: ImportHouseholdReviewsInput!) { importHouseholdReviews(input: $i) { job { id status dryRun } } }`;
export const JOB = `query ($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`;

/** A CSV text from a header and rows. */
export const csv = (header: string[], rows: (string | number)[][]) => [header, ...rows].map((r) => toCsvLine(r)).join('\r\n') + '\r\n';

/** POST /uploads as `as` (a username) or with a raw token; answers status and body. */
export async function upload(hub: TestHub, body: Buffer | string, opts: { as?: string | null; token?: string; fileName?: string } = {}) {
  const headers: Record<string, string> = { 'x-file-name': encodeURIComponent(opts.fileName ?? 'ra-soat.csv'), 'content-type': 'application/octet-stream' };
  const token = opts.token ?? (opts.as === null ? undefined : await hub.tokenOf(opts.as ?? 'admin'));
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${hub.url}/uploads`, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as any };
}

/** Waits until the job has finished; answers it. */
export async function waitForJob(hub: TestHub, id: string, as = 'admin'): Promise<any> {
  for (let i = 0; i < 1200; i++) {
    const r = await hub.gql<any>(JOB, { id }, { as });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    if (['SUCCEEDED', 'FAILED'].includes(r.data.importJob.status)) return r.data.importJob;
    await new Promise((res) => setTimeout(res, 25));
  }
  throw new Error('the import job did not finish');
}

/** Uploads `body`, runs a job over it and waits: answers the finished job and the upload id. */
export async function runImport(hub: TestHub, body: Buffer | string, dryRun: boolean, as = 'admin', uploadId?: string): Promise<{ job: any; uploadId: string }> {
  const id = uploadId ?? (await upload(hub, body, { as })).body.uploadId;
  const r = await hub.gql<any>(START, { i: { uploadId: id, dryRun } }, { as });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return { job: await waitForJob(hub, r.data.importHouseholdReviews.job.id, as), uploadId: id };
}

/** The problems of a job as [line, column, reason] triples. */
export const problemsOf = (job: any): [number, string | null, string][] => job.problems.edges.map((e: any) => [e.node.line, e.node.column, e.node.reason]);
