import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { LOADER_BATCH_MAX } from '@lnob/domain';
import { byIdLoader, groupedLoader } from '../../common/hierarchy';
import { DonorEntity, FundBankAccountEntity, FundEntity, LedgerTransactionEntity, PledgeEntity } from './fund.entity';
import { fulfilmentsOf } from './ledger.queries';

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
  };
}
