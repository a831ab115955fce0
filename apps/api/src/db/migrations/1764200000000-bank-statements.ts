import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { binaryFor, col, idx } from './columns';

/** Bank statements (sao kê) of funds and their lines, matched to donations (issue 5 §4). */
export class BankStatements1764200000000 implements MigrationInterface {
  name = 'BankStatements1764200000000';

  async up(q: QueryRunner): Promise<void> {
    const binary = binaryFor(q);
    await q.createTable(
      new Table({
        name: 'bank_statement',
        columns: [
          col.id(),
          col.int('fundId'),
          col.varchar('accountNumber', 32, true),
          col.varchar('fileName', 255),
          col.varchar('sha256', 64),
          col.int('lineCount'),
          col.date('fromDate', true),
          col.date('toDate', true),
          col.timestamp('importedAt'),
          col.varchar('actorName', 120),
          binary(col.varchar('orgPath', 255)),
        ],
        indices: [idx('uq_bank_statement_file', ['fundId', 'sha256'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'bank_statement_line',
        columns: [
          col.id(),
          col.int('statementId'),
          col.int('fundId'),
          col.int('row'),
          col.date('occurredOn'),
          col.bigint('amount'),
          col.varchar('description', 1000),
          col.varchar('reference', 64, true),
          col.varchar('status', 16),
          col.int('transactionId', true),
          col.int('confirmedTransactionId', true),
          col.int('score', true),
          col.varchar('evidence', 64, true),
        ],
        indices: [
          idx('idx_statement_line_fund', ['fundId', 'status', 'occurredOn']),
          idx('idx_statement_line_statement', ['statementId', 'row']),
          idx('uq_statement_line_confirmed', ['confirmedTransactionId'], true),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'statement_match_rejection',
        columns: [col.id(), col.int('lineId'), col.int('transactionId'), col.timestamp('createdAt')],
        indices: [idx('uq_statement_match_rejection', ['lineId', 'transactionId'], true)],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['statement_match_rejection', 'bank_statement_line', 'bank_statement']) await q.dropTable(t);
  }
}
