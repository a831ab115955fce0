import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions } from 'typeorm';
import { binaryFor, col, idx } from './columns';

const bool = (name: string): TableColumnOptions => ({ name, type: 'boolean', isNullable: false });

/** The Fund for the Poor (issue 5): funds, bank accounts, donors, the double-entry ledger, pledges. */
export class Funds1764100000000 implements MigrationInterface {
  name = 'Funds1764100000000';

  async up(q: QueryRunner): Promise<void> {
    const binary = binaryFor(q);
    await q.createTable(
      new Table({
        name: 'fund',
        columns: [
          col.id(),
          col.varchar('name', 255),
          col.varchar('level', 16),
          col.int('organizationId'),
          col.int('campaignBoardId', true),
          binary(col.varchar('orgPath', 255)),
          col.int('areaId', true),
          binary(col.varchar('areaPath', 255, true)),
          col.date('validFrom'),
          col.date('validTo', true),
          col.bigint('balance'),
          col.timestamp('createdAt'),
          col.timestamp('updatedAt'),
        ],
        indices: [idx('idx_fund_org_path', ['orgPath'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'fund_bank_account',
        columns: [col.id(), col.int('fundId'), col.varchar('bankName', 120), col.varchar('accountNumber', 32), col.varchar('accountName', 255), col.timestamp('createdAt')],
        indices: [idx('idx_fund_bank_account_fund', ['fundId'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'donor',
        columns: [
          col.id(),
          col.varchar('kind', 16),
          col.varchar('name', 255),
          binary(col.varchar('nameSearch', 255)),
          col.int('organizationId', true),
          col.int('householdId', true),
          col.varchar('taxCode', 32, true),
          binary(col.varchar('orgPath', 255)),
          binary(col.varchar('areaPath', 255, true)),
          col.timestamp('createdAt'),
        ],
        indices: [idx('idx_donor_name_search', ['nameSearch'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'ledger_transaction',
        columns: [
          col.id(),
          col.int('fundId'),
          col.int('counterFundId', true),
          col.varchar('kind', 24),
          col.varchar('category', 24, true),
          col.varchar('channel', 16, true),
          col.bigint('amount'),
          col.date('occurredOn'),
          col.timestamp('recordedAt'),
          col.int('userId', true),
          col.varchar('actorName', 120),
          col.int('donorId', true),
          bool('anonymous'),
          col.int('pledgeId', true),
          col.varchar('beneficiaryKind', 24, true),
          col.int('householdId', true),
          binary(col.varchar('beneficiaryAreaPath', 255, true)),
          col.varchar('beneficiaryName', 255, true),
          col.varchar('receiptNumber', 64, true),
          col.varchar('reference', 64, true),
          col.varchar('valuation', 500, true),
          col.varchar('note', 500, true),
          col.int('reversesId', true),
          col.varchar('overrideJustification', 500, true),
          col.date('housingCompletedOn', true),
          binary(col.varchar('idempotencyScope', 255, true)),
          col.text('payload', true),
          binary(col.varchar('orgPath', 255)),
          binary(col.varchar('counterOrgPath', 255, true)),
        ],
        indices: [
          idx('idx_ledger_tx_fund', ['fundId', 'occurredOn', 'id']),
          idx('idx_ledger_tx_counter_fund', ['counterFundId', 'occurredOn', 'id']),
          idx('uq_ledger_tx_reverses', ['reversesId'], true),
          idx('uq_ledger_tx_idempotency', ['idempotencyScope'], true),
          idx('idx_ledger_tx_pledge', ['pledgeId']),
          idx('idx_ledger_tx_household', ['householdId']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'ledger_entry',
        columns: [
          col.id(),
          col.int('transactionId'),
          col.varchar('accountKind', 16),
          binary(col.varchar('accountId', 64)),
          col.varchar('direction', 8),
          col.bigint('amount'),
          col.int('fundId', true),
          col.date('occurredOn'),
        ],
        indices: [
          idx('idx_ledger_entry_tx', ['transactionId']),
          idx('idx_ledger_entry_fund', ['fundId', 'occurredOn', 'transactionId', 'direction', 'amount']),
          idx('idx_ledger_entry_account', ['accountKind', 'accountId']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'pledge',
        columns: [
          col.id(),
          col.int('fundId'),
          col.int('donorId'),
          col.bigint('amount'),
          col.date('pledgedOn'),
          col.date('dueOn'),
          bool('anonymous'),
          col.varchar('note', 500, true),
          binary(col.varchar('orgPath', 255)),
          binary(col.varchar('idempotencyScope', 255, true)),
          col.text('payload', true),
          col.timestamp('createdAt'),
        ],
        indices: [idx('idx_pledge_fund', ['fundId', 'dueOn']), idx('uq_pledge_idempotency', ['idempotencyScope'], true)],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['pledge', 'ledger_entry', 'ledger_transaction', 'donor', 'fund_bank_account', 'fund']) await q.dropTable(t);
  }
}
