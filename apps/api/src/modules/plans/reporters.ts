import { In, type EntityManager } from 'typeorm';
import { MEMBER_ORGANIZATION_KINDS, reportersOf, subtreeRange, type LocalDate } from '@lnob/domain';
import { groupBy } from '../../common/hierarchy';
import { andWhereClause } from '../auth/scope';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ObligationReporterEntity, type ReportingObligationEntity } from './plan.entity';

/**
 * The reporters of many obligations on `on` (docs/plans.md `reporting_obligation`): valid
 * organizations only, by name, keyed by obligation id. At most three statements whatever the
 * number of obligations: their recipients, the NAMED reporters, and one query for every candidate
 * (named ids, member organizations at the recipients' levels and areas, units of the wanted kinds
 * in the recipients' subtrees); the rule itself is `reportersOf` (libs/domain).
 */
export async function resolveReportersMany(m: EntityManager, obligations: readonly ReportingObligationEntity[], on: LocalDate): Promise<Map<number, OrganizationEntity[]>> {
  const out = new Map<number, OrganizationEntity[]>();
  if (obligations.length === 0) return out;
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
    const qb = orgs.createQueryBuilder('o').where('o.validFrom <= :on AND (o.validTo IS NULL OR o.validTo >= :on)', { on });
    candidates = await andWhereClause(qb, { sql: `(${conds.join(' OR ')})`, params }).getMany();
  }
  for (const ob of obligations) {
    const rec = recipients.get(ob.recipientId);
    out.set(ob.id, rec ? reportersOf({ reporterRule: ob.reporterRule, reporterKind: ob.reporterKind, reporterLevel: ob.reporterLevel, reporterIds: (namedBy.get(ob.id) ?? []).map((r) => r.organizationId) }, rec, candidates, on) : []);
  }
  return out;
}

/** The reporters of one obligation on `on`: valid organizations only, ordered by name. */
export async function resolveReporters(m: EntityManager, obligation: ReportingObligationEntity, on: LocalDate): Promise<OrganizationEntity[]> {
  return (await resolveReportersMany(m, [obligation], on)).get(obligation.id) ?? [];
}
