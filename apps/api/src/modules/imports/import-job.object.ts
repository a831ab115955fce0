import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IMPORT_COLUMNS, type ImportProblem } from '@lnob/domain';
import { codeEnum } from '../../common/enums';
import { Connection } from '../../common/relay/connection';
import { toGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { DateTimeScalar } from '../../common/scalars';
import { IMPORT_JOB_STATUSES, type ImportJobEntity, type ImportJobStatus, type ImportProblemEntity } from './import-job.entity';

export const ImportJobStatusEnum = codeEnum<ImportJobStatus>(IMPORT_JOB_STATUSES, 'ImportJobStatus', 'Where an import job is.', {
  QUEUED: 'Waiting for the jobs started before it.',
  RUNNING: 'Reading the file and checking (dry run) or committing rows; see `processed` / `total`.',
  SUCCEEDED: 'Every row was processed: valid rows committed (or, in a dry run, found valid), invalid ones listed in `problems`.',
  FAILED: 'The job stopped: see `error` (an unreadable file, a header that does not match the template, a server error).',
});

@ObjectType('ImportProblem', { description: 'Why one row (or the header) of an import file cannot be imported.' })
export class ImportProblemObject {
  @Field(() => Int, { description: 'Line of the file (the header is line 1; for XLSX the row number of the sheet).' })
  line: number;

  @Field(() => String, { nullable: true, description: `Key of the column at fault (${IMPORT_COLUMNS.map((c) => c.key).join(', ')}); null for the whole row or header.` })
  column: string | null;

  @Field({ description: 'Domain reason code (VALIDATION_FAILED, REVIEW_EXISTS, DUPLICATE_NATIONAL_ID, OUT_OF_SCOPE, NOT_FOUND, …).' })
  reason: string;

  @Field({ description: 'What is wrong, in English (the apps translate the reason).' })
  message: string;

  static from(p: ImportProblem | ImportProblemEntity): ImportProblemObject {
    return Object.assign(new ImportProblemObject(), { line: p.line, column: p.column, reason: p.reason, message: p.message });
  }
}

@ObjectType('ImportProblemConnection', { description: 'A page of the problems of an import job, in file order.' })
export class ImportProblemConnection extends Connection(ImportProblemObject, 'ImportProblem') {}

@ObjectType('ImportJob', {
  implements: Node,
  description:
    'An import of household reviews from an uploaded CSV or XLSX file (`importHouseholdReviews`): a dry run checks every row and ' +
    'writes nothing; a commit records the valid rows. Poll it for progress. Visible to the user who started it.',
})
export class ImportJobObject extends Node {
  rowId: number;

  @Field({ description: 'What is imported: HOUSEHOLD_REVIEWS.' })
  kind: string;

  @Field(() => ImportJobStatusEnum, { description: 'Where the job is: QUEUED, RUNNING, SUCCEEDED or FAILED.' })
  status: ImportJobStatus;

  @Field({ description: 'True for a dry run: nothing was or will be written.' })
  dryRun: boolean;

  @Field({ description: 'Name of the uploaded file.' })
  fileName: string;

  @Field(() => String, { nullable: true, description: 'CSV or XLSX, once the file was read.' })
  format: string | null;

  @Field(() => ID, { description: 'The upload the job reads (start a commit of the same file with it).' })
  uploadId: string;

  @Field(() => Int, { description: 'Data rows in the file (the header not counted); 0 until the file was read.' })
  total: number;

  @Field(() => Int, { description: 'Data rows processed so far.' })
  processed: number;

  @Field(() => Float, { description: 'processed / total, 0 to 1 (1 once finished).' })
  progress: number;

  @Field(() => Int, { description: 'Rows that were (dry run: would be) imported.' })
  validRows: number;

  @Field(() => Int, { description: 'Rows with at least one problem: not imported.' })
  invalidRows: number;

  @Field(() => Int, { description: 'New households registered by the rows (dry run: that would be).' })
  householdsRegistered: number;

  @Field(() => Int, { description: 'Reviews recorded (dry run: that would be).' })
  reviewsRecorded: number;

  @Field(() => Int, { description: 'Number of problems found (the first 5,000 are kept in `problems`).' })
  problemCount: number;

  @Field(() => String, { nullable: true, description: 'Why the job failed, when it did.' })
  error: string | null;

  @Field(() => DateTimeScalar, { description: 'When the job was started (queued).' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it began reading the file; null while queued.' })
  startedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it succeeded or failed; null while queued or running.' })
  finishedAt: Date | null;

  static from(e: ImportJobEntity): ImportJobObject {
    const o = new ImportJobObject();
    o.id = toGlobalId('ImportJob', e.id);
    o.rowId = e.id;
    Object.assign(o, {
      kind: e.kind,
      status: e.status,
      dryRun: e.dryRun,
      fileName: e.fileName,
      format: e.format,
      uploadId: e.uploadId,
      total: e.total,
      processed: e.processed,
      progress: e.status === 'SUCCEEDED' ? 1 : e.total > 0 ? e.processed / e.total : 0,
      validRows: e.validRows,
      invalidRows: e.invalidRows,
      householdsRegistered: e.householdsRegistered,
      reviewsRecorded: e.reviewsRecorded,
      problemCount: e.problemCount,
      error: e.error,
      createdAt: e.createdAt,
      startedAt: e.startedAt,
      finishedAt: e.finishedAt,
    });
    return o;
  }
}

@ObjectType('ImportJobConnection', { description: 'A page of your import jobs, newest first.' })
export class ImportJobConnection extends Connection(ImportJobObject, 'ImportJob') {}

@InputType({ description: 'Start an import of household reviews from a file uploaded with `POST /uploads`.' })
export class ImportHouseholdReviewsInput {
  @Field(() => ID, { description: 'The `uploadId` that `POST /uploads` answered.' })
  uploadId: string;

  @Field({ defaultValue: true, description: 'Check every row and write nothing (default). Send false to record the valid rows.' })
  dryRun: boolean;
}

@ObjectType('ImportJobPayload', { description: 'What importHouseholdReviews answers: the job it started.' })
export class ImportJobPayload {
  @Field(() => ImportJobObject, { description: 'The job, QUEUED: poll `importJob(id)` for its progress.' })
  job: ImportJobObject;
}
