import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { LOADER_BATCH_MAX, type LocalDate } from '@lnob/domain';
import { byIdLoader, groupBy, groupedLoader, keyGroupLoader, loadedRows } from '../../common/hierarchy';
import type { Caller } from '../auth/caller';
import { andWhereClause } from '../auth/scope';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { planReadSql } from './plan.access';
import { MilestoneEntity, PlanEntity, PlanIssuerEntity, PlanTaskEntity, ReportingObligationEntity, TaskAssignmentEntity } from './plan.entity';
import { resolveReportersMany } from './reporters';

/**
 * Request-scoped loaders of the plans module: rows by id and by owner (one statement per batch of
 * ≤ 500 keys). Resolvers check that the plan is readable (planById + issuersByPlan + canReadPlan);
 * `implementingPlans` filters with the read rule in SQL.
 */
export function createPlanLoaders(ds: DataSource, caller: Caller) {
  const planById = byIdLoader(ds, PlanEntity);
  const obligationById = byIdLoader(ds, ReportingObligationEntity);
  return {
    planById,
    issuersByPlan: groupedLoader(ds, PlanIssuerEntity, 'planId', { position: 'ASC', id: 'ASC' }),
    planTaskById: byIdLoader(ds, PlanTaskEntity),
    tasksByPlan: groupedLoader(ds, PlanTaskEntity, 'planId', { position: 'ASC', id: 'ASC' }),
    taskAssignmentById: byIdLoader(ds, TaskAssignmentEntity),
    assignmentsByTask: groupedLoader(ds, TaskAssignmentEntity, 'taskId', { id: 'ASC' }),
    milestoneById: byIdLoader(ds, MilestoneEntity),
    milestonesByPlan: groupedLoader(ds, MilestoneEntity, 'planId', { startsOn: 'ASC', id: 'ASC' }),
    obligationById,
    obligationsByPlan: groupedLoader(ds, ReportingObligationEntity, 'planId', { id: 'ASC' }),
    /** The plans implementing each plan that the caller may read, in the order they were drafted. */
    implementingPlans: new DataLoader<number, PlanEntity[]>(
      async (ids) => {
        const qb = ds.getRepository(PlanEntity).createQueryBuilder('p').where({ implementsId: In([...ids]) });
        andWhereClause(qb, planReadSql(caller, 'p'));
        const rows = await qb.orderBy('p.id', 'ASC').getMany();
        for (const r of rows) planById.prime(r.id, r);
        const by = groupBy(rows, (r) => r.implementsId!);
        return ids.map((id) => by.get(id) ?? []);
      },
      { maxBatchSize: LOADER_BATCH_MAX },
    ),
    /** The reporters of obligations on dates, whatever the dates in one read (rows only: resolvers filter what the caller may read). */
    obligationReporters: keyGroupLoader<{ obligationId: number; on: LocalDate }, OrganizationEntity[]>(
      (k) => `${k.obligationId}|${k.on}`,
      () => '',
      async (keys) => {
        const obligations = loadedRows(await obligationById.loadMany(keys.map((k) => k.obligationId)));
        const found = await resolveReportersMany(ds.manager, obligations, keys.map((k) => k.on));
        return (k) => found(k.obligationId, k.on);
      },
      () => [],
    ),
  };
}
