import type { EntityManager } from 'typeorm';
import { badInput, conflict, type FieldError, type HouseholdClass, type MemberInput } from '@lnob/domain';
import { trimOrNull } from '../../common/inputs';
import { toGlobalId } from '../../common/relay/global-id';
import { recordAudit, auditable } from '../audit/audit.writer';
import type { Caller } from '../auth/caller';
import { HouseholdEntity, HouseholdMemberEntity, HouseholdReviewEntity } from './household.entity';

type HouseholdEntityType = 'Household' | 'HouseholdMember' | 'HouseholdReview';

/**
 * Scope and shared write rules of households (area-located data, docs/auth.md): reads need
 * `household.read` covering the household's area path, writes `data.capture` covering it.
 */
export class HouseholdAccess {
  constructor(private readonly caller: Caller) {}

  visible(row: { areaPath: string }): boolean {
    return this.caller.scope('household.read').coversArea(row.areaPath);
  }

  /**
   * A household the caller may read, for another module naming it (a disbursement, a donor):
   * BAD_USER_INPUT NOT_FOUND at `path` when unknown or outside `household.read`.
   */
  async referenced(m: EntityManager, id: number, path: string): Promise<HouseholdEntity> {
    const row = await m.getRepository(HouseholdEntity).findOneBy({ id });
    if (!row || !this.visible(row)) throw badInput('NOT_FOUND', 'No such household.', [{ path, message: 'no such household' }]);
    return row;
  }

  /** The class of a household's latest review (the effective review of its latest year), or null when never reviewed. */
  async latestClass(m: EntityManager, householdId: number): Promise<HouseholdClass | null> {
    const [row] = (await m.query('SELECT class FROM household_review WHERE householdId = ? ORDER BY year DESC, id DESC LIMIT 1', [householdId])) as { class: HouseholdClass }[];
    return row?.class ?? null;
  }

  /** A household to change: NOT_FOUND when unknown or invisible, FORBIDDEN OUT_OF_SCOPE outside `data.capture`. */
  async writable(m: EntityManager, id: number): Promise<HouseholdEntity> {
    this.caller.require('data.capture');
    const row = await m.getRepository(HouseholdEntity).findOneBy({ id });
    this.caller.requireOwned('data.capture', 'Household', !!row && this.visible(row), (s) => s.coversArea(row!.areaPath));
    return row!;
  }

  /**
   * National IDs already held by an active member of another ACTIVE household: CONFLICT
   * DUPLICATE_NATIONAL_ID with one field error per ID, naming the other household only when the
   * caller can see it.
   */
  async requireUniqueNationalIds(m: EntityManager, ids: { path: string; nationalId: string | null | undefined }[], exceptHouseholdId: number | null): Promise<void> {
    const wanted = ids.filter((i): i is { path: string; nationalId: string } => !!i.nationalId);
    if (wanted.length === 0) return;
    const values = [...new Set(wanted.map((w) => w.nationalId))];
    const rows: { nationalId: string; householdId: number | string; areaPath: string }[] = await m.query(
      `SELECT hm.nationalId AS nationalId, h.id AS householdId, h.areaPath AS areaPath FROM household_member hm ` +
        `INNER JOIN household h ON h.id = hm.householdId ` +
        `WHERE hm.nationalId IN (${values.map(() => '?').join(', ')}) AND hm.active = 1 AND h.status = 'ACTIVE'` +
        (exceptHouseholdId === null ? '' : ' AND h.id <> ?'),
      exceptHouseholdId === null ? values : [...values, exceptHouseholdId],
    );
    if (rows.length === 0) return;
    const holder = new Map(rows.map((r) => [r.nationalId, r]));
    const fieldErrors: FieldError[] = wanted.flatMap((w) => {
      const r = holder.get(w.nationalId);
      if (!r) return [];
      const named = this.visible(r) ? `household ${toGlobalId('Household', Number(r.householdId))}` : 'another household';
      return [{ path: w.path, message: `already a member of ${named}, which is active` }];
    });
    throw conflict('DUPLICATE_NATIONAL_ID', `${fieldErrors.length} national ID number(s) belong to members of other active households.`, fieldErrors);
  }

  /** Audit entries filed under the household's area path (ORG_ADMINs read those of their capture scope). */
  async audit(m: EntityManager, entityType: HouseholdEntityType, action: string, areaPath: string, before: object | null, after: object & { id: number }) {
    await this.auditMany(m, areaPath, [{ entityType, action, before, after }]);
  }

  /** Several entries in one INSERT (a registration: the household and each member). */
  async auditMany(m: EntityManager, areaPath: string, changes: { entityType: HouseholdEntityType; action: string; before: object | null; after: object & { id: number } }[]) {
    await this.auditEach(m, changes.map((c) => ({ ...c, areaPath })));
  }

  /** Entries of objects in several areas (an import), 200 rows per INSERT. */
  async auditEach(m: EntityManager, changes: { entityType: HouseholdEntityType; action: string; areaPath: string; before: object | null; after: object & { id: number } }[]) {
    await recordAudit(
      m,
      this.caller,
      changes.map((c) => ({
        entityType: c.entityType,
        entityRowId: c.after.id,
        action: c.action,
        before: c.before && auditable(c.before, ['headNameSearch']),
        after: auditable(c.after, ['headNameSearch']),
        areaPath: c.areaPath,
      })),
    );
  }
}


/** A new, active member row of a household (not saved). */
export function newMemberRow(m: EntityManager, householdId: number, mb: MemberInput & { ethnicity?: string | null }, now: Date): HouseholdMemberEntity {
  return m.getRepository(HouseholdMemberEntity).create({
    householdId,
    fullName: mb.fullName.trim(),
    birthDate: mb.birthDate ?? null,
    sex: mb.sex ?? null,
    ethnicity: trimOrNull(mb.ethnicity) ?? null,
    nationalId: mb.nationalId || null,
    relation: mb.relation,
    active: true,
    createdAt: now,
    updatedAt: now,
  });
}

/** A new review row (not saved): the facts given and the class the rule derived, residence and the review it corrects. */
export function newReviewRow(
  m: EntityManager,
  householdId: number,
  i: {
    year: number;
    kind: string;
    incomePerPersonPerMonth?: number | null;
    scoreA?: number | null;
    deprivedIndicators?: string[] | null;
    scoreB?: number | null;
    decisionNumber?: string | null;
    decisionDate?: string | null;
    notes?: string | null;
  },
  derived: { class: string; standardCode: string; residence: string; correctionOfId: number | null },
  now: Date,
): HouseholdReviewEntity {
  return m.getRepository(HouseholdReviewEntity).create({
    householdId,
    year: i.year,
    kind: i.kind,
    incomePerPersonPerMonth: i.incomePerPersonPerMonth ?? null,
    scoreA: i.scoreA ?? null,
    deprivedIndicators: i.deprivedIndicators ?? null,
    scoreB: i.scoreB ?? null,
    decisionNumber: i.decisionNumber ?? null,
    decisionDate: i.decisionDate ?? null,
    notes: i.notes ?? null,
    ...derived,
    createdAt: now,
  });
}
