import { In, type EntityManager } from 'typeorm';
import { MEMBER_ORGANIZATION_KINDS, reportersOf, subtreeRange, type LocalDate } from '@lnob/domain';
import { groupBy } from '../../common/hierarchy';
import { andWhereClause } from '../auth/scope';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ObligationReporterEntity, type ReportingObligationEntity } from './plan.entity';

/** The reporters of an obligation on a day (one of those asked for). */
export type ReportersOn = (obligationId: number, on: LocalDate) => OrganizationEntity[];

/**
 * The reporters of many obligations on one or more days (docs/plans.md `reporting_obligation`):
 * valid organizations only, by name. At most three statements whatever the number of obligations
 * and days: their recipients, the NAMED reporters, and one query for every candidate valid at some
 * time between the first and the last day (named ids, member organizations at the recipients'
 * levels and areas, units of the wanted kinds in the recipients' subtrees); the rule itself, with
 * validity on each day, is `reportersOf` (libs/domain).
 */
export async function resolveReportersMany(m: EntityManager, obligations: readonly ReportingObligationEntity[], days: readonly LocalDate[]): Promise<ReportersOn> {
  if (obligations.length === 0 || days.length === 0) return () => [];
  const orgs = m.getRepository(OrganizationEntity);
  const recipients = new Map((await orgs.findBy({ id: In([...new Set(obligations.map((o) => o.recipientId))]) })).map((r) => [r.id, r]));
  const namedIds = obligations.filter((o) => o.reporterRule === 'NAMED').map((o) => o.id);
  const namedRows = namedIds.length ? await m.getRepository(ObligationReporterEntity).findBy({ obligationId: In(namedIds) }) : [];
  const namedBy = groupBy(namedRows, (r) => r.obligationId);

  const conds: string[] = [];
  const params: unknown[] = [];
  const named = [...new Set(namedRows.map((r) => r.organizationId))];
  if (named.length) {
    conds.push(`o.id IN (${named.map(() => '?').join(', ')})`);
    params.push(...named);
  }
  const members = new Set<string>();
  const subordinate = new Set<string>();
  for (const ob of obligations) {
    const rec = recipients.get(ob.recipientId);
    if (!rec) continue;
    if (ob.reporterRule === 'MEMBER_ORGANIZATIONS') members.add(JSON.stringify([rec.level, rec.areaId]));
    if (ob.reporterRule === 'SUBORDINATE_UNITS' && ob.reporterKind) subordinate.add(JSON.stringify([rec.path, ob.reporterKind]));
  }
  for (const key of members) {
    const [level, areaId] = JSON.parse(key) as [string, number | null];
    conds.push(`(o.kind IN (${MEMBER_ORGANIZATION_KINDS.map(() => '?').join(', ')}) AND o.level = ? AND ${areaId === null ? 'o.areaId IS NULL' : 'o.areaId = ?'})`);
    params.push(...MEMBER_ORGANIZATION_KINDS, level, ...(areaId === null ? [] : [areaId]));
  }
  for (const key of subordinate) {
    const [path, kind] = JSON.parse(key) as [string, string];
    const { from, to } = subtreeRange(path);
    conds.push('(o.path >= ? AND o.path < ? AND o.kind = ?)');
    params.push(from, to, kind);
  }
  let candidates: OrganizationEntity[] = [];
  if (conds.length) {
    const first = days.reduce((a, d) => (d < a ? d : a));
    const last = days.reduce((a, d) => (d > a ? d : a));
    const qb = orgs.createQueryBuilder('o').where('o.validFrom <= :last AND (o.validTo IS NULL OR o.validTo >= :first)', { first, last });
    candidates = await andWhereClause(qb, { sql: `(${conds.join(' OR ')})`, params }).getMany();
  }
  const byId = new Map(obligations.map((o) => [o.id, o]));
  return (obligationId, on) => {
    const ob = byId.get(obligationId);
    const rec = ob && recipients.get(ob.recipientId);
    if (!ob || !rec) return [];
    return reportersOf({ reporterRule: ob.reporterRule, reporterKind: ob.reporterKind, reporterLevel: ob.reporterLevel, reporterIds: (namedBy.get(ob.id) ?? []).map((r) => r.organizationId) }, rec, candidates, on);
  };
}
