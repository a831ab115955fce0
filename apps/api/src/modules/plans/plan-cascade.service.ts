import type { DataSource } from 'typeorm';
import type { OrganizationLevel } from '@lnob/domain';
import type { Caller } from '../auth/caller';
import { andWhereClause } from '../auth/scope';
import { PlanAccess, planReadSql } from './plan.access';
import { PlanEntity } from './plan.entity';
import { CASCADE_MAX_DEPTH, idList, missingImplementers, type MissingImplementer } from './plan.implementers';

/** One plan of a cascade, with the visible plans implementing it. */
export interface CascadeTree {
  plan: PlanEntity;
  depth: number;
  children: CascadeTree[];
}

/**
 * The cascade of a plan (kế hoạch triển khai thực hiện, docs/plans.md): the plans implementing it,
 * level by level, and the organizations that should have issued one and have not. Reads only: the
 * plan must be readable (NOT_FOUND otherwise), the plans below follow the plan read rule in SQL.
 */
export class PlanCascadeService {
  private readonly access: PlanAccess;

  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {
    this.access = new PlanAccess(caller);
  }

  /**
   * The plan and, breadth first, the visible plans implementing it, their implementing plans and so
   * on: ONE statement per depth (the ids of the depth above, as integers, in an indexed IN), never
   * one per plan.
   */
  async cascade(planId: number): Promise<CascadeTree> {
    const root = (await this.access.readable(this.ds.manager, planId)).plan;
    const rootNode: CascadeTree = { plan: root, depth: 0, children: [] };
    const read = planReadSql(this.caller, 'p');
    let level = [rootNode];
    const seen = new Set([root.id]);
    for (let depth = 1; level.length > 0 && depth <= CASCADE_MAX_DEPTH; depth++) {
      const byId = new Map(level.map((n) => [n.plan.id, n]));
      const qb = this.ds.getRepository(PlanEntity).createQueryBuilder('p').where(`p.implementsId IN (${idList([...byId.keys()])})`);
      andWhereClause(qb, read);
      const rows = await qb.orderBy('p.id', 'ASC').getMany();
      const next: CascadeTree[] = [];
      for (const r of rows) {
        if (seen.has(r.id)) continue;
        seen.add(r.id);
        const node: CascadeTree = { plan: r, depth, children: [] };
        byId.get(r.implementsId!)!.children.push(node);
        next.push(node);
      }
      level = next;
    }
    return rootNode;
  }

  /** Organizations at `level` that should have issued a plan implementing this one and have not (plan.implementers.ts). */
  async missingImplementingPlans(planId: number, level: OrganizationLevel): Promise<MissingImplementer[]> {
    const { plan, issuers } = await this.access.readable(this.ds.manager, planId);
    return missingImplementers(this.ds, this.caller, plan, issuers, level);
  }
}
