/**
 * Which organizations a reporter rule selects, and which organizations are expected to implement a
 * plan (docs/plans.md "Who should implement a plan"). Pure: the API fetches candidate rows (a
 * superset) and these functions decide.
 */
import { isMemberOrganizationKind, type OrganizationLevel } from '../areas/kinds';
import type { Label } from '../areas/kinds';
import { isValidOn } from '../hierarchy/validity';
import type { LocalDate } from '../scalars/local-date';
import { foldVietnamese } from '../text/fold';
import type { ReporterRule } from './codes';

/** The facts of an organization the rules read (organization columns). */
export interface OrganizationFacts {
  id: number;
  name: string;
  nameSearch?: string | null;
  kind: string;
  level: string;
  path: string;
  parentId: number | null;
  areaId: number | null;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

export interface ReporterRuleSpec {
  reporterRule: ReporterRule | string;
  reporterKind?: string | null;
  reporterLevel?: string | null;
  /** NAMED: the organizations named. */
  reporterIds?: readonly number[] | null;
}

/** Valid at some time in the years `from`–`to` (inclusive). */
export function isValidDuring(o: Pick<OrganizationFacts, 'validFrom' | 'validTo'>, from: number, to: number): boolean {
  return o.validFrom <= `${to}-12-31` && (o.validTo === null || o.validTo >= `${from}-01-01`);
}

const sortKey = (o: OrganizationFacts) => o.nameSearch ?? foldVietnamese(o.name);

/** By (folded) name, then id: the order lists of organizations use. */
export function byName<T extends OrganizationFacts>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : a.id - b.id));
}

/**
 * Member organizations (MEMBER_ORGANIZATION_KINDS) among `rows` at `level` in area `areaId` (null:
 * central), only the top of each system there: a unit whose parent is of the same kind at the same
 * level in the same area (a block directly under a provincial association) is part of its parent.
 */
export function memberOrganizationsIn<T extends OrganizationFacts>(rows: readonly T[], level: string, areaId: number | null): T[] {
  const here = rows.filter((o) => isMemberOrganizationKind(o.kind) && o.level === level && o.areaId === areaId);
  const byId = new Map(here.map((o) => [o.id, o]));
  return here.filter((o) => {
    const parent = o.parentId === null ? undefined : byId.get(o.parentId);
    return !parent || parent.kind !== o.kind;
  });
}

/**
 * The reporters a rule selects on `on` among `candidates` (valid organizations only, by name):
 * NAMED — the organizations named; MEMBER_ORGANIZATIONS — the member organizations at the
 * recipient's level working in the recipient's area (the top of each system there);
 * SUBORDINATE_UNITS — organizations of `reporterKind` (and `reporterLevel` when given) inside the
 * recipient's own-system subtree, the recipient excluded.
 */
export function reportersOf<T extends OrganizationFacts>(rule: ReporterRuleSpec, recipient: OrganizationFacts, candidates: readonly T[], on: LocalDate): T[] {
  const valid = candidates.filter((o) => isValidOn(o, on) && o.id !== recipient.id);
  switch (rule.reporterRule) {
    case 'NAMED': {
      const named = new Set(rule.reporterIds ?? []);
      return byName(valid.filter((o) => named.has(o.id)));
    }
    case 'MEMBER_ORGANIZATIONS':
      return byName(memberOrganizationsIn(valid, recipient.level, recipient.areaId));
    case 'SUBORDINATE_UNITS':
      return byName(
        valid.filter(
          (o) => o.path.startsWith(recipient.path) && o.kind === rule.reporterKind && (rule.reporterLevel == null || o.level === rule.reporterLevel),
        ),
      );
    default:
      return [];
  }
}

/** Why an organization is expected to implement a plan. */
export const IMPLEMENTER_REASONS = ['OWN_SYSTEM', 'MEMBER_ORGANIZATION', 'TASK_ASSIGNEE', 'RECIPIENT'] as const;
export type ImplementerReason = (typeof IMPLEMENTER_REASONS)[number];

export const IMPLEMENTER_REASON_LABELS: Record<ImplementerReason, Label> = {
  OWN_SYSTEM: { vi: 'Cấp dưới của cơ quan ban hành trong cùng hệ thống', en: 'Below an issuer in its own system' },
  MEMBER_ORGANIZATION: { vi: 'Tổ chức thành viên của Ủy ban MTTQ cùng cấp', en: 'Member organization of the VFF committee at its level' },
  TASK_ASSIGNEE: { vi: 'Được giao nhiệm vụ trong kế hoạch', en: 'Assigned a task in the plan' },
  RECIPIENT: { vi: 'Có tên trong nơi nhận', en: 'Named among the recipients' },
};

export interface ImplementerFacts<T extends OrganizationFacts> {
  /** The level asked about. */
  level: OrganizationLevel;
  /** The plan's years: only organizations valid at some time in them are expected. */
  periodFrom: number;
  periodTo: number;
  issuers: readonly OrganizationFacts[];
  /** Candidate rows (a superset is fine): every organization the rule may select. */
  organizations: readonly T[];
  /** Organizations the plan names: its task assignees and recipients. */
  named: readonly { organizationId: number; why: 'TASK_ASSIGNEE' | 'RECIPIENT' }[];
}

/**
 * The organizations at `level` expected to issue a plan implementing this one, each with why:
 * (a) OWN_SYSTEM — of an issuer's kind inside its own-system subtree (provincial VFF committees under
 * the central VFF, district VFFs under a provincial one, provincial Youth Unions under the central
 * Youth Union); (b) MEMBER_ORGANIZATION — the member organizations working in the same area at the
 * same level as a VFF-committee issuer or a VFF committee of (a) (a member organization is a member
 * of the VFF committee at its level; the top of each system there); (c) TASK_ASSIGNEE / RECIPIENT —
 * organizations the plan assigns a task to or names as a recipient. Only organizations valid at some
 * time in the plan's years; never an issuer. By name.
 */
export function expectedImplementers<T extends OrganizationFacts>(f: ImplementerFacts<T>): { organization: T; reasons: ImplementerReason[] }[] {
  const issuerIds = new Set(f.issuers.map((i) => i.id));
  const rows = f.organizations.filter((o) => o.level === f.level && isValidDuring(o, f.periodFrom, f.periodTo) && !issuerIds.has(o.id));
  const reasons = new Map<number, Set<ImplementerReason>>();
  const give = (o: OrganizationFacts, r: ImplementerReason) => {
    const set = reasons.get(o.id) ?? new Set<ImplementerReason>();
    set.add(r);
    reasons.set(o.id, set);
  };
  const ownSystem = rows.filter((o) => f.issuers.some((i) => o.kind === i.kind && o.path.startsWith(i.path) && o.path !== i.path));
  for (const o of ownSystem) give(o, 'OWN_SYSTEM');
  const committees = [...f.issuers.filter((i) => i.kind === 'VFF_COMMITTEE' && i.level === f.level), ...ownSystem.filter((o) => o.kind === 'VFF_COMMITTEE')];
  const byArea = new Map<number | null, T[]>();
  for (const o of rows) {
    const list = byArea.get(o.areaId);
    if (list) list.push(o);
    else byArea.set(o.areaId, [o]);
  }
  for (const areaId of new Set(committees.map((c) => c.areaId))) {
    for (const o of memberOrganizationsIn(byArea.get(areaId) ?? [], f.level, areaId)) give(o, 'MEMBER_ORGANIZATION');
  }
  const byId = new Map(rows.map((o) => [o.id, o]));
  for (const n of f.named) {
    const o = byId.get(n.organizationId);
    if (o) give(o, n.why);
  }
  const order = new Map(IMPLEMENTER_REASONS.map((r, i) => [r, i]));
  return byName(rows.filter((o) => reasons.has(o.id))).map((organization) => ({
    organization,
    reasons: [...reasons.get(organization.id)!].sort((a, b) => order.get(a)! - order.get(b)!),
  }));
}
