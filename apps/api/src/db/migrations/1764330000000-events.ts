import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { binaryFor, col, idx } from './columns';

/** Events of the movement (issue 6, docs/plans.md): events, their organizers, the donations credited to them. */
export class Events1764330000000 implements MigrationInterface {
  name = 'Events1764330000000';

  async up(q: QueryRunner): Promise<void> {
    const binary = binaryFor(q);
    await q.createTable(
      new Table({
        name: 'event',
        columns: [
          col.id(),
          col.int('planId', true),
          col.varchar('kind', 32),
          col.varchar('title', 500),
          col.date('startsOn'),
          col.date('endsOn'),
          col.varchar('place', 500, true),
          col.int('areaId', true),
          binary(col.varchar('orgPath', 255)),
          col.int('participantsCount', true),
          col.text('participants', true),
          col.int('beneficiariesCount', true),
          col.text('beneficiaries', true),
          col.text('notes', true),
          col.timestamp('createdAt'),
          col.timestamp('updatedAt'),
        ],
        indices: [idx('idx_event_org_path', ['orgPath']), idx('idx_event_plan', ['planId']), idx('idx_event_starts', ['startsOn', 'id'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'event_organizer',
        columns: [{ ...col.int('eventId'), isPrimary: true }, { ...col.int('organizationId'), isPrimary: true }, binary(col.varchar('orgPath', 255)), col.int('position')],
        indices: [idx('idx_event_organizer_org', ['organizationId'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'event_transaction',
        columns: [{ ...col.int('transactionId'), isPrimary: true }, col.int('eventId')],
        indices: [idx('idx_event_transaction_event', ['eventId'])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['event_transaction', 'event_organizer', 'event']) await q.dropTable(t);
  }
}
