import type { DataSource } from 'typeorm';
import { badInput, forbidden, IMPORT_MAX_ROWS, isDomainError, mapImportHeader, notFound, parseImportRow, todayLocal, type ImportProblem, type ImportRow } from '@lnob/domain';
import type { Cursor } from '../../common/relay/cursor';
import type { Logger } from '../../logger';
import { recordAudit, auditable } from '../audit/audit.writer';
import type { Caller } from '../auth/caller';
import { HouseholdImporter } from '../households/household-import';
import { readImportFile } from './import-file';
import { insertMany } from '../../db/insert-many';
import { IMPORT_PROBLEMS_KEPT, ImportJobEntity, ImportProblemEntity } from './import-job.entity';
import type { Upload, UploadStore } from './upload-store';

/** Data rows checked and written per transaction: bounded lock time, a progress step. */
export const IMPORT_CHUNK_ROWS = 1000;

/**
 * Runs import jobs in this process, one at a time in the order they were started (they share the
 * `households` write lock anyway). A job reads its upload, checks every row, and — unless it is a
 * dry run — commits the valid rows chunk by chunk, updating its progress after each chunk.
 * Jobs left QUEUED or RUNNING by a stopped process are marked FAILED at start-up.
 */
export class ImportJobRunner {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly ds: DataSource,
    readonly uploads: UploadStore,
    private readonly log: Logger,
  ) {}

  /** Marks jobs a previous process left unfinished as FAILED. */
  async recover(): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .update(ImportJobEntity)
      .set({ status: 'FAILED', error: 'interrupted: the server stopped while the job ran; start the import again', finishedAt: new Date() })
      .where('status IN (:...s)', { s: ['QUEUED', 'RUNNING'] })
      .execute();
  }

  /** Queues a job; resolves when it has finished (tests and scripts wait on it, the API does not). */
  enqueue(jobId: number, caller: Caller, upload: Upload, dryRun: boolean): Promise<void> {
    const run = this.queue.then(() => this.run(jobId, caller, upload, dryRun));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(jobId: number, caller: Caller, upload: Upload, dryRun: boolean): Promise<void> {
    const repo = this.ds.getRepository(ImportJobEntity);
    const job = await repo.findOneByOrFail({ id: jobId });
    let kept = 0;
    /** Stores the problems (the first IMPORT_PROBLEMS_KEPT of the job) and counts them all. */
    const keep = async (ps: ImportProblem[]) => {
      const stored = ps.slice(0, Math.max(0, IMPORT_PROBLEMS_KEPT - kept));
      kept += stored.length;
      job.problemCount += ps.length;
      await insertMany(this.ds.manager, ImportProblemEntity, stored.map((p) => Object.assign(new ImportProblemEntity(), { jobId: job.id, line: p.line, column: p.column, reason: p.reason, message: p.message.slice(0, 500) })));
    };
    const finish = async (status: 'SUCCEEDED' | 'FAILED', error: string | null = null) => {
      Object.assign(job, { status, error, finishedAt: new Date() });
      await repo.save(job);
    };
    try {
      Object.assign(job, { status: 'RUNNING', startedAt: new Date() });
      await repo.save(job);
      const sheet = await readImportFile(upload.bytes);
      job.format = sheet.format;
      const [header, ...data] = sheet.rows;
      if (!header) return await finish('FAILED', 'The file is empty.');
      if (data.length > IMPORT_MAX_ROWS) return await finish('FAILED', `The file has ${data.length} rows; split it into files of at most ${IMPORT_MAX_ROWS}.`);
      const mapped = mapImportHeader(header.cells);
      if (mapped.problems.length) {
        await keep(mapped.problems);
        return await finish('FAILED', 'The header row does not match the template: see the problems.');
      }
      job.total = data.length;
      await repo.update({ id: job.id }, { total: job.total, format: job.format });
      const importer = new HouseholdImporter(this.ds, caller, dryRun);
      const today = todayLocal();
      for (let i = 0; i < data.length; i += IMPORT_CHUNK_ROWS) {
        const ok: ImportRow[] = [];
        const found: ImportProblem[] = [];
        for (const r of data.slice(i, i + IMPORT_CHUNK_ROWS)) {
          const parsed = parseImportRow(r.cells, mapped.columns, r.line, today);
          if (parsed.ok) ok.push(parsed.row);
          else found.push(...parsed.problems);
        }
        const result = await retryWhenBusy(() => importer.chunk(ok));
        found.push(...result.problems);
        found.sort((a, b) => a.line - b.line);
        await keep(found);
        const invalid = new Set(found.map((p) => p.line)).size;
        job.processed = Math.min(data.length, i + IMPORT_CHUNK_ROWS);
        job.validRows += result.valid;
        job.invalidRows += invalid;
        job.householdsRegistered += result.householdsRegistered;
        job.reviewsRecorded += result.reviewsRecorded;
        await repo.update(
          { id: job.id },
          { processed: job.processed, validRows: job.validRows, invalidRows: job.invalidRows, householdsRegistered: job.householdsRegistered, reviewsRecorded: job.reviewsRecorded, problemCount: job.problemCount },
        );
        // Let other requests (and progress polls) in between chunks, on SQLite too.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await finish('SUCCEEDED');
    } catch (e) {
      if (!isDomainError(e)) this.log.error({ err: e, jobId }, 'import job failed');
      await finish('FAILED', isDomainError(e) ? e.message : 'The import stopped on a server error; the rows of the chunks already committed stay recorded.').catch(() => undefined);
    }
  }
}

/** Runs a chunk again (up to 5 times, 1 s apart) while another writer holds the households lock. */
async function retryWhenBusy<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!(isDomainError(e) && e.reason === 'BUSY') || attempt >= 5) throw e;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/** Import jobs for one caller: start them (data.capture), read their own. */
export class ImportJobService {
  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
    private readonly runner: ImportJobRunner | null,
  ) {}

  /** Starts a dry run or a commit of an uploaded file; answers the QUEUED job at once. */
  async startHouseholdReviews(uploadId: string, dryRun: boolean): Promise<{ job: ImportJobEntity; done: Promise<void> }> {
    this.caller.require('data.capture');
    if (this.caller.kind !== 'user' || this.caller.userId === null) throw forbidden('PERMISSION_DENIED', 'Imports are started by signed-in users.');
    if (!this.runner) throw badInput('VALIDATION_FAILED', 'Imports are not available in this process.');
    const upload = this.runner.uploads.get(uploadId, this.caller.userId);
    if (!upload) throw badInput('NOT_FOUND', 'No such upload (uploads are kept for one hour, for the user who sent them): upload the file again.', [{ path: 'input.uploadId', message: 'no such upload' }]);
    const repo = this.ds.getRepository(ImportJobEntity);
    const job = await this.ds.transaction(async (m) => {
      const row = await m.getRepository(ImportJobEntity).save(
        repo.create({
          kind: 'HOUSEHOLD_REVIEWS',
          status: 'QUEUED',
          dryRun,
          fileName: upload.fileName,
          format: null,
          sha256: upload.sha256,
          uploadId: upload.id,
          total: 0,
          processed: 0,
          validRows: 0,
          invalidRows: 0,
          householdsRegistered: 0,
          reviewsRecorded: 0,
          problemCount: 0,
          error: null,
          userId: this.caller.userId!,
          requestId: this.caller.requestId,
          createdAt: new Date(),
          startedAt: null,
          finishedAt: null,
        }),
      );
      await recordAudit(m, this.caller, { entityType: 'ImportJob', entityRowId: row.id, action: dryRun ? 'dryRun' : 'import', before: null, after: auditable(row) });
      return row;
    });
    const done = this.runner.enqueue(job.id, this.caller, upload, dryRun);
    done.catch(() => undefined);
    return { job, done };
  }

  /** One job of the caller's; NOT_FOUND for anybody else's. */
  async get(id: number): Promise<ImportJobEntity> {
    this.caller.requireSignedIn();
    const row = await this.ds.getRepository(ImportJobEntity).findOneBy({ id });
    if (!row || row.userId !== this.caller.userId) throw notFound('ImportJob');
    return row;
  }

  /** The caller's jobs, newest first. */
  async list(limit: number, after: Cursor | null) {
    this.caller.requireSignedIn();
    const build = () => this.ds.getRepository(ImportJobEntity).createQueryBuilder('j').where('j.userId = :u', { u: this.caller.userId ?? -1 });
    const qb = build();
    if (after) qb.andWhere('j.id < :after', { after: after.id });
    const rows = await qb.orderBy('j.id', 'DESC').take(limit).getMany();
    return { rows, count: () => build().getCount() };
  }

  /** A page of a job's problems in file order (keyset on id); the job must be the caller's. */
  async problems(jobId: number, limit: number, after: Cursor | null) {
    const job = await this.get(jobId);
    const qb = this.ds.getRepository(ImportProblemEntity).createQueryBuilder('p').where('p.jobId = :j', { j: job.id });
    if (after) qb.andWhere('p.id > :after', { after: after.id });
    const rows = await qb.orderBy('p.id', 'ASC').take(limit).getMany();
    return { rows, count: async () => Math.min(job.problemCount, IMPORT_PROBLEMS_KEPT) };
  }
}
