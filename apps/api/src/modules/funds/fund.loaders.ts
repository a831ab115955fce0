import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { LOADER_BATCH_MAX } from '@lnob/domain';
import { byIdLoader, groupBy, groupedLoader, keyGroupLoader } from '../../common/hierarchy';
import { num } from '../../db/raw';
import { DonorEntity, FundBankAccountEntity, FundEntity, LedgerTransactionEntity, PledgeEntity } from './fund.entity';
import { fulfilmentsOf } from './ledger.queries';
import { StatementLineEntity, type StatementLineStatus } from './statement.entity';

/** A page of one statement's lines: of one status or all, in file order (id), after the line `afterId`. */
export interface StatementLinesKey {
  statementId: number;
  status: StatementLineStatus | null;
  /** Page size plus one: the extra row tells whether a next page exists. */
  limit: number;
  afterId: number | null;
}

/** Request-scoped loaders of the funds module (rows only; resolvers check scope). */
export function createFundLoaders(ds: DataSource) {
  return {
    fundById: byIdLoader(ds, FundEntity),
    donorById: byIdLoader(ds, DonorEntity),
    pledgeById: byIdLoader(ds, PledgeEntity),
    ledgerTransactionById: byIdLoader(ds, LedgerTransactionEntity),
    bankAccountsByFund: groupedLoader(ds, FundBankAccountEntity, 'fundId', { id: 'ASC' }),
    /** The reversal of each transaction (at most one: `reversesId` is unique). */
    reversalsOf: groupedLoader(ds, LedgerTransactionEntity, 'reversesId', { id: 'ASC' }),
    /** Non-reversed fulfilments of many pledges (their standing is computed from them). */
    fulfilmentsByPledge: new DataLoader<number, { amount: number; occurredOn: string }[]>(
      async (ids) => {
        const by = await fulfilmentsOf(ds, ids);
        return ids.map((id) => by.get(id) ?? []);
      },
      { maxBatchSize: LOADER_BATCH_MAX },
    ),
    /** A page of lines of many statements: one ranked statement (and one to load the rows) per status and page. */
    statementLines: keyGroupLoader<StatementLinesKey, StatementLineEntity[]>(
      (k) => `${k.statementId}|${k.status ?? ''}|${k.limit}|${k.afterId ?? ''}`,
      (k) => `${k.status ?? ''}|${k.limit}|${k.afterId ?? ''}`,
      async (group) => {
        const { status, limit, afterId } = group[0];
        const statementIds = [...new Set(group.map((k) => k.statementId))];
        const ranked = (await ds.query(
          `SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY statementId ORDER BY id) AS rn FROM bank_statement_line
            WHERE statementId IN (${statementIds.map(() => '?').join(', ')})${status ? ' AND status = ?' : ''}${afterId !== null ? ' AND id > ?' : ''}) ranked WHERE rn <= ?`,
          [...statementIds, ...(status ? [status] : []), ...(afterId !== null ? [afterId] : []), limit],
        )) as { id: unknown }[];
        const rows = ranked.length ? await ds.getRepository(StatementLineEntity).find({ where: { id: In(ranked.map((r) => num(r.id))) }, order: { id: 'ASC' } }) : [];
        const byStatement = groupBy(rows, (r) => r.statementId);
        return (k) => byStatement.get(k.statementId);
      },
      () => [],
    ),
    /** The number of lines of many statements (of one status, or all), in one grouped statement. */
    statementLineCount: keyGroupLoader<{ statementId: number; status: StatementLineStatus | null }, number>(
      (k) => `${k.statementId}|${k.status ?? ''}`,
      () => '',
      async (keys) => {
        const statementIds = [...new Set(keys.map((k) => k.statementId))];
        const rows = (await ds.query(
          `SELECT statementId, status, COUNT(*) AS n FROM bank_statement_line WHERE statementId IN (${statementIds.map(() => '?').join(', ')}) GROUP BY statementId, status`,
          statementIds,
        )) as { statementId: unknown; status: StatementLineStatus; n: unknown }[];
        return (k) => rows.filter((r) => num(r.statementId) === k.statementId && (k.status === null || r.status === k.status)).reduce((a, r) => a + num(r.n), 0);
      },
      () => 0,
    ),
  };
}
