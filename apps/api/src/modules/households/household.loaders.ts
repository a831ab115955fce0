import type { DataSource } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../common/hierarchy';
import { HouseholdEntity, HouseholdMemberEntity, HouseholdReviewEntity } from './household.entity';

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
    membersByHousehold: groupedLoader(ds, HouseholdMemberEntity, 'householdId', { id: 'ASC' }),
    /** Every review of many households, newest first. */
    reviewsByHousehold: groupedLoader(ds, HouseholdReviewEntity, 'householdId', { year: 'DESC', id: 'DESC' }),
  };
}
