import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { binaryFor, col, idx } from './columns';

export class Foundation1732100000000 implements MigrationInterface {
  name = 'Foundation1732100000000';

  async up(q: QueryRunner): Promise<void> {
    const binary = binaryFor(q);
    await q.createTable(
      new Table({
        name: 'area',
        columns: [
          col.id(),
          col.varchar('code', 32),
          col.varchar('name', 255),
          binary(col.varchar('nameSearch', 255)),
          col.varchar('kind', 16),
          col.bool('urban', false),
          col.int('parentId', true),
          binary(col.varchar('path', 255)),
          col.int('depth'),
          col.date('validFrom'),
          col.date('validTo', true),
          col.timestamp('createdAt'),
          col.timestamp('updatedAt'),
        ],
        indices: [idx('idx_area_code', ['code']), idx('idx_area_parent', ['parentId']), idx('idx_area_path', ['path'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'area_succession',
        columns: [
          col.id(),
          col.int('predecessorId'),
          col.int('successorId'),
          col.date('effectiveOn'),
          col.double('share'),
          col.timestamp('createdAt'),
        ],
        indices: [
          idx('uq_area_succession', ['predecessorId', 'successorId'], true),
          idx('idx_area_succession_successor', ['successorId']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'organization',
        columns: [
          col.id(),
          col.varchar('name', 255),
          col.varchar('shortName', 64, true),
          binary(col.varchar('nameSearch', 320)),
          col.varchar('kind', 32),
          col.varchar('level', 16),
          col.int('areaId', true),
          col.int('parentId', true),
          binary(col.varchar('path', 255)),
          col.int('depth'),
          col.date('validFrom'),
          col.date('validTo', true),
          col.timestamp('createdAt'),
          col.timestamp('updatedAt'),
        ],
        indices: [
          idx('idx_organization_name_search', ['nameSearch', 'validFrom', 'validTo']),
          idx('idx_organization_area', ['areaId']),
          idx('idx_organization_parent', ['parentId']),
          idx('idx_organization_path', ['path']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'organization_succession',
        columns: [col.id(), col.int('predecessorId'), col.int('successorId'), col.date('effectiveOn'), col.timestamp('createdAt')],
        indices: [
          idx('uq_organization_succession', ['predecessorId', 'successorId'], true),
          idx('idx_organization_succession_successor', ['successorId']),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['organization_succession', 'organization', 'area_succession', 'area']) await q.dropTable(t);
  }
}
