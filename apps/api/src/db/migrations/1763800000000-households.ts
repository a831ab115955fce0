import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { binaryFor, col, idx } from './columns';

/** The household registry: households, their members and their reviews (issue 4). */
export class Households1763800000000 implements MigrationInterface {
  name = 'Households1763800000000';

  async up(q: QueryRunner): Promise<void> {
    const binary = binaryFor(q);
    await q.createTable(
      new Table({
        name: 'household',
        columns: [
          col.id(),
          col.int('areaId'),
          binary(col.varchar('areaPath', 255)),
          col.varchar('address', 255, true),
          col.varchar('ethnicity', 64, true),
          col.bool('ethnicMinority', false),
          col.bool('socialProtection', false),
          col.bool('singleElderly', false),
          col.bool('disability', false),
          col.varchar('housingStatus', 16, true),
          col.int('sponsorOrganizationId', true),
          col.varchar('status', 16),
          binary(col.varchar('headNameSearch', 120)),
          col.timestamp('createdAt'),
          col.timestamp('updatedAt'),
        ],
        indices: [
          idx('idx_household_area_path', ['areaPath']),
          idx('idx_household_head_name_search', ['headNameSearch']),
          idx('idx_household_sponsor', ['sponsorOrganizationId']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'household_member',
        columns: [
          col.id(),
          col.int('householdId'),
          col.varchar('fullName', 100),
          col.date('birthDate', true),
          col.varchar('sex', 8, true),
          col.varchar('ethnicity', 64, true),
          col.varchar('nationalId', 12, true),
          col.varchar('relation', 24),
          col.bool('active', true),
          col.timestamp('createdAt'),
          col.timestamp('updatedAt'),
        ],
        indices: [idx('idx_household_member_household', ['householdId']), idx('idx_household_member_national_id', ['nationalId'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'household_review',
        columns: [
          col.id(),
          col.int('householdId'),
          col.int('year'),
          col.varchar('kind', 16),
          col.bigint('incomePerPersonPerMonth', true),
          col.int('scoreA', true),
          col.text('deprivedIndicators', true),
          col.int('scoreB', true),
          col.varchar('class', 32),
          col.varchar('standardCode', 32),
          col.varchar('residence', 8),
          col.varchar('decisionNumber', 64, true),
          col.date('decisionDate', true),
          col.text('notes', true),
          col.int('correctionOfId', true),
          col.timestamp('createdAt'),
        ],
        indices: [idx('idx_household_review_household_year', ['householdId', 'year'])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['household_review', 'household_member', 'household']) await q.dropTable(t);
  }
}
