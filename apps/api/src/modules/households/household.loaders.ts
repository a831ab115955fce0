import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget } from 'typeorm';
import { LOADER_BATCH_MAX } from '@lnob/domain';
import { byIdLoader } from '../../common/hierarchy';
import { HouseholdEntity, HouseholdMemberEntity, HouseholdReviewEntity } from './household.entity';

/** Rows of many households in one statement per batch (≤ 500 keys), in `order`. */
function byHouseholdLoader<T extends { householdId: number }>(ds: DataSource, target: EntityTarget<T>, order: Record<string, 'ASC' | 'DESC'>) {
  return new DataLoader<number, T[]>(
    async (ids) => {
      const rows = (await ds.getRepository(target).find({ where: { householdId: In([...ids]) } as never, order: order as never })) as T[];
      const by = new Map<number, T[]>();
      for (const r of rows) by.set(r.householdId, [...(by.get(r.householdId) ?? []), r]);
      return ids.map((id) => by.get(id) ?? []);
    },
    { maxBatchSize: LOADER_BATCH_MAX },
  );
}

/** The order of `reviewsByHousehold`: newest year first, then latest recorded first. */
export const newestFirst = (a: HouseholdReviewEntity, b: HouseholdReviewEntity) => b.year - a.year || b.id - a.id;

/**
 * Request-scoped loaders of the households module (rows only: the resolvers reach them from
 * households the caller may read, and personal fields pass the personal-data guard).
 */
export function createHouseholdLoaders(ds: DataSource) {
  return {
    householdById: byIdLoader(ds, HouseholdEntity),
    /** Every member (removed ones too) of many households, in the order they were added. */
    membersByHousehold: byHouseholdLoader(ds, HouseholdMemberEntity, { id: 'ASC' }),
    /** Every review of many households, newest first. */
    reviewsByHousehold: byHouseholdLoader(ds, HouseholdReviewEntity, { year: 'DESC', id: 'DESC' }),
  };
}
