import type { DataSource } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../common/hierarchy';
import { DonorEntity, FundBankAccountEntity, FundEntity, LedgerTransactionEntity, PledgeEntity } from './fund.entity';

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
  };
}
