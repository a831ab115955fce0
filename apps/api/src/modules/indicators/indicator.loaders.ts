import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { LOADER_BATCH_MAX, type LocalDate, type PlanForCriteria, type PovertyCounts } from '@lnob/domain';
import { byIdLoader, groupedLoader, keyGroupLoader } from '../../common/hierarchy';
import { povertyCountsOfAreas, type ResolvedScope } from './actuals';
import { planChain } from './criteria.service';
import { IndicatorEntity, IndicatorTargetEntity } from './indicator.entity';

export interface CountsKey {
  scope: ResolvedScope;
  years: readonly number[];
  /** Decides today's tree (CURRENT). */
  today: LocalDate;
}

const countsKey = (k: CountsKey) => `${k.scope.area?.id ?? 0}|${k.scope.boundary}|${k.years.join(',')}|${k.today}`;

/**
 * Request-scoped loaders of the indicators module (rows only: indicators are reference data; a
 * plan's targets are reached from a plan the caller may read).
 */
export function createIndicatorLoaders(ds: DataSource) {
  return {
    indicatorById: byIdLoader(ds, IndicatorEntity),
    indicatorTargetById: byIdLoader(ds, IndicatorTargetEntity),
    /** The targets of many plans, in the order they were set. */
    targetsByPlan: groupedLoader(ds, IndicatorTargetEntity, 'planId', { id: 'ASC' }),
    /** Each plan and the plans it implements, up the chain, as emulation criteria match them (rows only). */
    planChains: new DataLoader<number, PlanForCriteria[]>(async (ids) => Promise.all(ids.map((id) => planChain(ds.manager, id))), { maxBatchSize: LOADER_BATCH_MAX }),
    /**
     * Poverty counts per review year of many scopes (criteria evaluations of many subjects in one
     * request): one statistics read per set of years — two for units of today's tree — whatever the
     * number of subjects.
     */
    povertyCountsOfScope: keyGroupLoader<CountsKey, Map<number, PovertyCounts>>(
      countsKey,
      (k) => `${k.years.join(',')}|${k.today}`,
      async (group) => {
        const counts = await povertyCountsOfAreas(ds.manager, group.map((k) => k.scope), group[0].years, group[0].today);
        return (k) => counts.get(k.scope.area?.id ?? 0);
      },
      () => new Map(),
    ),
  };
}
