import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col, idx } from './columns';

/** Import jobs (issue 4 §3): progress of household-review imports and the problems found. */
export class ImportJobs1764000000000 implements MigrationInterface {
  name = 'ImportJobs1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'import_job',
        columns: [
          col.id(),
          col.varchar('kind', 32),
          col.varchar('status', 16),
          { name: 'dryRun', type: 'boolean', isNullable: false },
          col.varchar('fileName', 255),
          col.varchar('format', 8, true),
          col.varchar('sha256', 64),
          col.varchar('uploadId', 64),
          ...['total', 'processed', 'validRows', 'invalidRows', 'householdsRegistered', 'reviewsRecorded', 'problemCount'].map((n) => col.int(n)),
          col.text('error', true),
          col.int('userId'),
          col.varchar('requestId', 64),
          col.timestamp('createdAt'),
          col.timestamp('startedAt', true),
          col.timestamp('finishedAt', true),
        ],
        indices: [idx('idx_import_job_user', ['userId', 'id'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'import_problem',
        columns: [col.id(), col.int('jobId'), col.int('line'), col.varchar('column', 32, true), col.varchar('reason', 64), col.varchar('message', 500)],
        indices: [idx('idx_import_problem_job', ['jobId', 'id'])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('import_problem');
    await q.dropTable('import_job');
  }
}
