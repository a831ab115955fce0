import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col, idx } from './columns';

/** Import jobs (issue 4 §3): progress and problems of household-review imports. */
export class ImportJobs1764000000000 implements MigrationInterface {
  name = 'ImportJobs1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // Up to 5,000 problems as JSON: beyond TEXT's 64 KB on MariaDB.
    const long = (name: string) => ({ ...col.text(name), type: q.connection.options.type === 'better-sqlite3' ? 'text' : 'mediumtext' });
    await q.createTable(
      new Table({
        name: 'import_job',
        columns: [
          col.id(),
          col.varchar('kind', 32),
          col.varchar('status', 16),
          col.bool('dryRun', true),
          col.varchar('fileName', 255),
          col.varchar('format', 8, true),
          col.varchar('sha256', 64),
          col.varchar('uploadId', 64),
          ...['total', 'processed', 'validRows', 'invalidRows', 'householdsRegistered', 'reviewsRecorded', 'problemCount'].map((n) => col.int(n)),
          long('problems'),
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('import_job');
  }
}
