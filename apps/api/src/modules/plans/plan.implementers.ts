import { In, type DataSource } from 'typeorm';
import { expectedImplementers, IMPLEMENTER_REASON_LABELS, MEMBER_ORGANIZATION_KINDS, subtreeRange, type ImplementerReason, type OrganizationLevel } from '@lnob/domain';
import { num } from '../../db/raw';
import type { Caller } from '../auth/caller';
import { andWhereClause, type SqlClause } from '../auth/scope';
import { OrganizationEntity } from '../organizations/organization.entity';
import type { PlanEntity, PlanIssuerEntity } from './plan.entity';

export interface MissingImplementer {
  organization: OrganizationEntity;
  reasons: ImplementerReason[];
}

/** Deepest cascade followed (central → province → district → commune → hamlet, with room to spare). */
export const CASCADE_MAX_DEPTH = 8;

/** Integer ids written into SQL (never user text): one statement whatever their number. */
export const idList = (ids: readonly number[]) => {
  if (!ids.every((id) => Number.isSafeInteger(id))) throw new Error('not an id list');
  return ids.join(', ');
};

/** "English (tiếng Việt)" of each reason, joined. */
export function reasonText(reasons: readonly ImplementerReason[]): string {
  return reasons.map((r) => `${IMPLEMENTER_REASON_LABELS[r].en} (${IMPLEMENTER_REASON_LABELS[r].vi})`).join('; ');
}

/**
 * The organizations at `level` that should have issued a plan implementing `plan` and have not —
 * neither directly nor anywhere down its cascade (docs/plans.md "Who should implement a plan"),
 * limited to those the caller may read, by name. A constant number of statements whatever the tree:
 * one per depth of the cascade (every plan, drafts excluded as implementations), the issuers, the
 * task assignees, one for the candidates (rule: `expectedImplementers` in libs/domain) and one for
 * the caller's visibility.
 */
export async function missingImplementers(ds: DataSource, caller: Caller, plan: PlanEntity, issuers: readonly PlanIssuerEntity[], level: OrganizationLevel): Promise<MissingImplementer[]> {
  // Who already issued an implementing plan, anywhere down the cascade (whatever the caller sees: a fact, not a read).
  const implemented = new Set<number>();
  const seen = new Set([plan.id]);
  let frontier = [plan.id];
  for (let depth = 1; frontier.length > 0 && depth <= CASCADE_MAX_DEPTH; depth++) {
    const rows = (await ds.query(
      `SELECT p.id AS id, p.status AS status, pi.organizationId AS organizationId FROM plan p LEFT JOIN plan_issuer pi ON pi.planId = p.id WHERE p.implementsId IN (${idList(frontier)})`,
    )) as { id: unknown; status: string; organizationId: unknown }[];
    const next = new Set<number>();
    for (const r of rows) {
      if (r.status !== 'DRAFT' && r.organizationId != null) implemented.add(num(r.organizationId));
      const id = num(r.id);
      if (!seen.has(id)) next.add(id);
    }
    for (const id of next) seen.add(id);
    frontier = [...next];
  }

  const orgs = ds.getRepository(OrganizationEntity);
  const issuerOrgs = await orgs.findBy({ id: In(issuers.map((i) => i.organizationId)) });
  const assignees = ((await ds.query('SELECT DISTINCT organizationId FROM plan_task_assignment WHERE planId = ?', [plan.id])) as { organizationId: unknown }[]).map((r) => num(r.organizationId));
  const recipients = (plan.recipients ?? []).map((r) => r.organizationId).filter((id): id is number => id != null);
  const named = [...assignees.map((organizationId) => ({ organizationId, why: 'TASK_ASSIGNEE' as const })), ...recipients.map((organizationId) => ({ organizationId, why: 'RECIPIENT' as const }))];

  // Candidates (a superset): of an issuer's kind in its subtree; member organizations in the areas of the VFF committees concerned; the named ones.
  const conds: SqlClause[] = issuerOrgs.map((i) => {
    const r = subtreeRange(i.path);
    return { sql: '(o.kind = ? AND o.path >= ? AND o.path < ?)', params: [i.kind, r.from, r.to] };
  });
  const vff = issuerOrgs.filter((i) => i.kind === 'VFF_COMMITTEE');
  const start = `${plan.periodFrom}-01-01`;
  const end = `${plan.periodTo}-12-31`;
  if (vff.length) {
    const ranges = vff.map((i) => subtreeRange(i.path));
    const areas: SqlClause = {
      sql:
        `o.areaId IN (SELECT v.areaId FROM organization v WHERE v.kind = 'VFF_COMMITTEE' AND v.level = ? AND v.validFrom <= ? AND (v.validTo IS NULL OR v.validTo >= ?) ` +
        `AND (${ranges.map(() => '(v.path >= ? AND v.path < ?)').join(' OR ')}))`,
      params: [level, end, start, ...ranges.flatMap((r) => [r.from, r.to])],
    };
    const central = level === 'CENTRAL' && vff.some((i) => i.level === 'CENTRAL');
    conds.push({
      sql: `(o.kind IN (${MEMBER_ORGANIZATION_KINDS.map(() => '?').join(', ')}) AND (${areas.sql}${central ? ' OR o.areaId IS NULL' : ''}))`,
      params: [...MEMBER_ORGANIZATION_KINDS, ...areas.params],
    });
  }
  if (named.length) conds.push({ sql: `o.id IN (${idList([...new Set(named.map((n) => n.organizationId))])})`, params: [] });
  if (conds.length === 0) return [];
  const qb = orgs
    .createQueryBuilder('o')
    .where('o.level = :level AND o.validFrom <= :end AND (o.validTo IS NULL OR o.validTo >= :start)', { level, start, end });
  andWhereClause(qb, { sql: `(${conds.map((c) => c.sql).join(' OR ')})`, params: conds.flatMap((c) => c.params) });
  const candidates = await qb.getMany();

  const expected = expectedImplementers({ level, periodFrom: plan.periodFrom, periodTo: plan.periodTo, issuers: issuerOrgs, organizations: candidates, named }).filter(
    (e) => !implemented.has(e.organization.id),
  );
  if (expected.length === 0) return [];
  const visibility = caller.scope('organization.read').organizationSql('o');
  if (!visibility) return expected;
  const vq = orgs.createQueryBuilder('o').select('o.id', 'id').where(`o.id IN (${idList(expected.map((e) => e.organization.id))})`);
  andWhereClause(vq, visibility);
  const visible = new Set(((await vq.getRawMany()) as { id: unknown }[]).map((r) => num(r.id)));
  return expected.filter((e) => visible.has(e.organization.id));
}
