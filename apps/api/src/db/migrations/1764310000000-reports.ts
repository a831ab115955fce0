import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { binaryFor, col, idx } from './columns';

/** Report instances and their indicator values (issue 6, docs/plans.md "reports"). */
export class Reports1764310000000 implements MigrationInterface {
  name = 'Reports1764310000000';

  async up(q: QueryRunner): Promise<void> {
    const binary = binaryFor(q);
    await q.createTable(
      new Table({
        name: 'report',
        columns: [
          col.id(),
          col.int('obligationId'),
          col.int('planId'),
          col.int('reporterId'),
          binary(col.varchar('reporterPath', 255)),
          binary(col.varchar('reporterAreaPath', 255, true)),
          col.int('recipientId'),
          binary(col.varchar('recipientPath', 255)),
          col.varchar('period', 16),
          col.date('periodStart'),
          col.date('periodEnd'),
          col.date('opensOn'),
          col.date('dueOn'),
          col.varchar('state', 16),
          col.text('narrative', true),
          col.date('submittedOn', true),
          col.timestamp('submittedAt', true),
          col.varchar('submittedBy', 120, true),
          col.text('returnReason', true),
          col.timestamp('returnedAt', true),
          col.timestamp('approvedAt', true),
          col.varchar('approvedBy', 120, true),
          col.timestamp('acceptedAt', true),
          col.varchar('acceptedBy', 120, true),
          col.int('version'),
          col.timestamp('createdAt'),
          col.timestamp('updatedAt'),
        ],
        indices: [
          idx('uq_report_instance', ['obligationId', 'reporterId', 'period'], true),
          idx('idx_report_plan_period', ['planId', 'period']),
          idx('idx_report_reporter_path', ['reporterPath']),
          idx('idx_report_recipient_path', ['recipientPath']),
          idx('idx_report_due', ['dueOn']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'report_value',
        columns: [
          col.id(),
          col.int('reportId'),
          col.int('indicatorId'),
          col.varchar('value', 40, true),
          col.bigint('numerator', true),
          col.bigint('denominator', true),
          col.varchar('source', 16),
          col.varchar('computedValue', 40, true),
          col.text('note', true),
        ],
        indices: [idx('uq_report_value', ['reportId', 'indicatorId'], true)],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['report_value', 'report']) await q.dropTable(t);
  }
}
