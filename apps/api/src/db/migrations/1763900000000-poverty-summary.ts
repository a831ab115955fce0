import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { binaryFor, col } from './columns';

/** Poverty statistics per area and review year, kept up to date by review writes (issue 4 §2). */
export class PovertySummary1763900000000 implements MigrationInterface {
  name = 'PovertySummary1763900000000';

  async up(q: QueryRunner): Promise<void> {
    const binary = binaryFor(q);
    const count = (name: string) => col.int(name);
    await q.createTable(
      new Table({
        name: 'poverty_summary',
        columns: [
          { ...col.int('areaId'), isPrimary: true },
          { ...col.int('year'), isPrimary: true },
          binary(col.varchar('areaPath', 255)),
          ...[
            'households',
            'poor',
            'nearPoor',
            'averageLiving',
            'newlyPoor',
            'escapedPoverty',
            'escapedNearPoverty',
            'relapsed',
            'ethnicMinorityHouseholds',
            'ethnicMinorityPoor',
            'ethnicMinorityNearPoor',
          ].map(count),
        ],
        indices: [new TableIndex({ name: 'idx_poverty_summary_year_path', columnNames: ['year', 'areaPath'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('poverty_summary');
  }
}
