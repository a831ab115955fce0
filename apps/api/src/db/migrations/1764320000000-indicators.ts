import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { binaryFor, col, idx } from './columns';

/** Indicators (the catalogue, filled at start) and the targets plans set on them (issue 6). */
export class Indicators1764320000000 implements MigrationInterface {
  name = 'Indicators1764320000000';

  async up(q: QueryRunner): Promise<void> {
    const binary = binaryFor(q);
    await q.createTable(
      new Table({
        name: 'indicator',
        columns: [
          col.id(),
          binary(col.varchar('code', 64)),
          col.varchar('nameVi', 255),
          col.varchar('nameEn', 255),
          binary(col.varchar('nameSearch', 600)),
          col.text('description', true),
          col.varchar('unit', 16),
          col.int('factor'),
          col.varchar('direction', 24),
          col.varchar('aggregation', 16),
          col.varchar('source', 16),
          col.varchar('measure', 48, true),
          col.varchar('periodType', 16),
          col.timestamp('createdAt'),
        ],
        indices: [idx('uq_indicator_code', ['code'], true), idx('idx_indicator_name_search', ['nameSearch'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'indicator_target',
        columns: [
          col.id(),
          col.int('indicatorId'),
          col.int('planId', true),
          col.int('organizationId', true),
          col.int('areaId', true),
          binary(col.varchar('scopePath', 255)),
          col.varchar('kind', 24),
          col.varchar('fromPeriod', 16),
          col.varchar('toPeriod', 16),
          col.varchar('value', 40),
          col.text('note', true),
        ],
        indices: [idx('idx_indicator_target_plan', ['planId']), idx('idx_indicator_target_indicator', ['indicatorId', 'scopePath'])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['indicator_target', 'indicator']) await q.dropTable(t);
  }
}
