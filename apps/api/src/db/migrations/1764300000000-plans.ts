import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { binaryFor, col, idx } from './columns';

/** Plans, their issuers, tasks and assignments, milestones and reporting obligations (issue 6, docs/plans.md). */
export class Plans1764300000000 implements MigrationInterface {
  name = 'Plans1764300000000';

  async up(q: QueryRunner): Promise<void> {
    const binary = binaryFor(q);
    await q.createTable(
      new Table({
        name: 'plan',
        columns: [
          col.id(),
          col.varchar('number', 64),
          col.varchar('title', 500),
          binary(col.varchar('titleSearch', 600)),
          col.varchar('kind', 16),
          col.varchar('status', 16),
          col.date('issuedOn', true),
          col.varchar('signer', 255, true),
          col.int('periodFrom'),
          col.int('periodTo'),
          col.int('implementsId', true),
          col.varchar('movement', 32),
          col.text('notes', true),
          col.text('sections'),
          col.text('recipients'),
          binary(col.varchar('orgPath', 255)),
          binary(col.varchar('areaPath', 255, true)),
          col.varchar('level', 16),
          col.int('supersededById', true),
          col.timestamp('createdAt'),
          col.timestamp('updatedAt'),
        ],
        indices: [idx('idx_plan_org_path', ['orgPath']), idx('idx_plan_implements', ['implementsId']), idx('idx_plan_area_path', ['areaPath'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'plan_issuer',
        columns: [col.id(), col.int('planId'), col.int('organizationId'), binary(col.varchar('orgPath', 255)), binary(col.varchar('areaPath', 255, true)), col.int('position')],
        indices: [idx('idx_plan_issuer_organization', ['organizationId']), idx('idx_plan_issuer_plan', ['planId'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'plan_task',
        columns: [
          col.id(),
          col.int('planId'),
          col.varchar('title', 500),
          col.text('description', true),
          col.varchar('recurrence', 16),
          col.date('dueOn', true),
          col.int('dueMonth', true),
          col.int('dueDay', true),
          col.int('position'),
        ],
        indices: [idx('idx_plan_task_plan', ['planId', 'position'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'plan_task_assignment',
        columns: [
          col.id(),
          col.int('taskId'),
          col.int('planId'),
          col.int('organizationId'),
          binary(col.varchar('orgPath', 255)),
          col.varchar('role', 16),
          col.varchar('status', 16),
          col.text('evidence', true),
          col.date('doneOn', true),
          col.timestamp('updatedAt'),
        ],
        indices: [
          idx('uq_plan_task_assignment', ['taskId', 'organizationId'], true),
          idx('idx_plan_task_assignment_plan', ['planId']),
          idx('idx_plan_task_assignment_organization', ['organizationId']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'plan_milestone',
        columns: [col.id(), col.int('planId'), col.varchar('kind', 32), col.varchar('title', 500), col.date('startsOn'), col.date('endsOn', true)],
        indices: [idx('idx_plan_milestone_plan', ['planId', 'startsOn'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'reporting_obligation',
        columns: [
          col.id(),
          col.int('planId'),
          col.varchar('title', 500),
          col.int('recipientId'),
          binary(col.varchar('recipientPath', 255)),
          col.varchar('reporterRule', 32),
          col.varchar('reporterKind', 32, true),
          col.varchar('reporterLevel', 16, true),
          col.varchar('frequency', 16),
          col.int('dueDay'),
          col.int('dueMonth', true),
          col.int('dueMonthOffset'),
          col.date('dueOn', true),
          col.varchar('period', 16, true),
          col.int('firstYear'),
          col.int('lastYear'),
          col.text('indicatorIds'),
        ],
        indices: [idx('idx_reporting_obligation_plan', ['planId']), idx('idx_reporting_obligation_recipient_path', ['recipientPath'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'reporting_obligation_reporter',
        columns: [col.id(), col.int('obligationId'), col.int('organizationId')],
        indices: [idx('uq_reporting_obligation_reporter', ['obligationId', 'organizationId'], true)],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['reporting_obligation_reporter', 'reporting_obligation', 'plan_milestone', 'plan_task_assignment', 'plan_task', 'plan_issuer', 'plan']) await q.dropTable(t);
  }
}
