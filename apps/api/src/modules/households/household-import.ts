import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  classifyHousehold,
  foldVietnamese,
  householdUnitProblem,
  needsSubUnitCheck,
  reviewRecordingProblems,
  reviewToCorrect,
  sameReviewFacts,
  formatLocalDate,
  isValidOn,
  normaliseAreaCode,
  type ImportColumn,
  type ImportProblem,
  type ImportRow,
  type LocalDate,
  type Reason,
} from '@lnob/domain';
import { chunks, groupBy } from '../../common/hierarchy';
import { tryRowIdOf } from '../../common/relay/global-id';
import { insertMany } from '../../db/insert-many';
import { withWriteLock } from '../../db/write-lock';
import { AreaEntity } from '../areas/area.entity';
import type { Caller } from '../auth/caller';
import { HouseholdAccess, newMemberRow, newReviewRow } from './household.access';
import { HouseholdEntity, HouseholdMemberEntity, HouseholdReviewEntity } from './household.entity';
import { reviewFactOf, SummaryChanges } from './poverty-summary';

/** A household as the import sees it while it works through a chunk. */
interface Target {
  row: HouseholdEntity;
  residence: 'RURAL' | 'URBAN';
  isNew: boolean;
  /** Reviews stored before this chunk (for the summary's "before"). */
  stored: HouseholdReviewEntity[];
  /** Stored reviews and those this chunk adds, in recording order. */
  reviews: HouseholdReviewEntity[];
  member?: HouseholdMemberEntity;
}

export interface ChunkResult {
  valid: number;
  problems: ImportProblem[];
  householdsRegistered: number;
  reviewsRecorded: number;
}

/**
 * Imports household reviews chunk by chunk (one transaction under the `households` write lock per
 * chunk, so other writers get their turn and progress can be reported). Each row is checked as
 * `registerHousehold` + `recordReview` would check it — scope, area, national-ID duplicates,
 * REVIEW_EXISTS and corrections, the class derived by `classifyHousehold` with the area's
 * residence — but the chunk's rows are read and written in a few batched statements. A dry run
 * does every check and writes nothing; households that earlier rows of the file would register
 * are remembered so later rows find them as a commit would.
 */
export class HouseholdImporter {
  private readonly access: HouseholdAccess;
  /** Dry run only: households registered by earlier chunks of the file, by the head's national ID. */
  private readonly pending = new Map<string, Target>();
  /** Dry run only: every household earlier chunks reviewed (their reviews include the file's). */
  private readonly seen = new Map<number, Target>();
  private tempId = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
    private readonly dryRun: boolean,
  ) {
    this.access = new HouseholdAccess(caller);
  }

  async chunk(rows: ImportRow[]): Promise<ChunkResult> {
    this.caller.require('data.capture');
    if (this.dryRun) return this.run(this.ds.manager, rows);
    return withWriteLock(this.ds, 'households', (m) => this.run(m, rows));
  }

  private async run(m: EntityManager, rows: ImportRow[]): Promise<ChunkResult> {
    const capture = this.caller.scope('data.capture');
    const problems: ImportProblem[] = [];
    const lookups = await this.lookups(m, rows);
    const ids = await this.idAllocator(m);
    const byNationalId = new Map<string, Target>();
    const touched = new Map<number, Target>();
    const created: { household: HouseholdEntity; member: HouseholdMemberEntity }[] = [];
    const recorded: { target: Target; review: HouseholdReviewEntity; previous: HouseholdReviewEntity | null }[] = [];
    let valid = 0;
    const now = new Date();

    for (const r of rows) {
      const rowProblems: ImportProblem[] = [];
      const problem = (column: ImportColumn | null, message: string, reason: Reason = 'VALIDATION_FAILED') => rowProblems.push({ line: r.line, column, reason, message });
      const reviewDate: LocalDate = r.review.decisionDate ?? formatLocalDate(r.review.year, 12, 14);
      const nid = r.head?.nationalId ?? null;

      // --- which household --------------------------------------------------------------------
      let target: Target | null = null;
      if (r.householdId) {
        const id = /^\d+$/.test(r.householdId) ? Number(r.householdId) : tryRowIdOf(r.householdId, 'Household');
        const t = id === null ? undefined : (touched.get(id) ?? lookups.targetById(id));
        if (!t || !this.access.visible(t.row)) problem('household_id', 'no such household', 'NOT_FOUND');
        else if (!capture.coversArea(t.row.areaPath)) problem('household_id', 'the household is outside the area where you may change data', 'OUT_OF_SCOPE');
        else target = t;
      } else if (nid && (byNationalId.has(nid) || lookups.holderOf(nid) || this.pending.has(nid))) {
        const t = byNationalId.get(nid) ?? lookups.holderOf(nid) ?? this.pending.get(nid)!;
        if (!this.access.visible(t.row)) problem('head_national_id', 'already a member of another active household', 'DUPLICATE_NATIONAL_ID');
        else if (!capture.coversArea(t.row.areaPath)) problem('head_national_id', 'the household with this ID number is outside the area where you may change data', 'OUT_OF_SCOPE');
        else target = touched.get(t.row.id) ?? t;
      } else {
        // A new household: its area and head.
        if (!r.areaCode) problem('area_code', 'required to register a new household (no household has this head ID number)');
        if (!r.head?.fullName) problem('head_name', 'required to register a new household');
        const area = r.areaCode ? lookups.areaOn(r.areaCode, reviewDate) : undefined;
        const unitProblem = area ? householdUnitProblem(area.kind, lookups.hasChildren(area.id)) : null;
        if (r.areaCode && (!area || !this.access.visible({ areaPath: area.path }))) {
          problem('area_code', `no area with code ${normaliseAreaCode(r.areaCode)} on ${reviewDate.split('-').reverse().join('/')}`, 'NOT_FOUND');
        } else if (area && !capture.coversArea(area.path)) problem('area_code', 'outside the area where you may register households', 'OUT_OF_SCOPE');
        else if (unitProblem) problem('area_code', unitProblem, 'KIND_NOT_ALLOWED');
        if (area && rowProblems.length === 0) {
          const household = m.getRepository(HouseholdEntity).create({
            id: ids.household(),
            areaId: area.id,
            areaPath: area.path,
            address: r.facts.address,
            ethnicity: r.facts.ethnicity,
            ethnicMinority: !!r.facts.ethnicMinority,
            socialProtection: !!r.facts.socialProtection,
            singleElderly: false,
            disability: false,
            housingStatus: r.facts.housingStatus,
            sponsorOrganizationId: null,
            status: 'ACTIVE',
            headNameSearch: foldVietnamese(r.head!.fullName!),
            createdAt: now,
            updatedAt: now,
          });
          const member = newMemberRow(m, household.id, { ...r.head!, fullName: r.head!.fullName!, ethnicity: r.facts.ethnicity }, now);
          member.id = ids.member();
          target = { row: household, residence: area.urban ? 'URBAN' : 'RURAL', isNew: true, stored: [], reviews: [], member };
        }
      }

      // --- the review -------------------------------------------------------------------------
      let review: HouseholdReviewEntity | null = null;
      let previous: HouseholdReviewEntity | null = null;
      if (target) {
        const i = r.review;
        previous = reviewToCorrect(target.reviews, i.year, i.kind);
        for (const r of reviewRecordingProblems(previous, i)) {
          if (r.rule === 'NOTHING_TO_CORRECT') problem('correction', r.message);
          else problem('year', `the household already has a periodic review of ${i.year}; mark the row as a correction`, 'REVIEW_EXISTS');
        }
        // Re-importing a file must not pile up corrections that change nothing.
        if (i.correction && previous && sameReviewFacts(previous, i)) problem('correction', `the same as the recorded ${i.year} review: nothing to correct`, 'REVIEW_EXISTS');
        if (rowProblems.length === 0) {
          const c = classifyHousehold({ reviewYear: i.year, residence: target.residence, incomePerPersonPerMonth: i.incomePerPersonPerMonth, scoreA: i.scoreA, deprivedIndicators: i.deprivedIndicators, scoreB: i.scoreB });
          review = newReviewRow(m, target.row.id, i, { class: c.class, standardCode: c.standardCode, residence: target.residence, correctionOfId: i.correction ? previous!.id : null }, now);
          review.id = ids.review();
        }
      }
      if (rowProblems.length > 0 || !target || !review) {
        problems.push(...rowProblems);
        continue;
      }
      valid++;
      target.reviews.push(review);
      recorded.push({ target, review, previous: r.review.correction ? previous : null });
      if (!touched.has(target.row.id)) touched.set(target.row.id, target);
      if (target.isNew && target.member && target.reviews.length === 1) {
        created.push({ household: target.row, member: target.member });
        if (nid) byNationalId.set(nid, target);
      }
    }

    if (this.dryRun) {
      for (const [nid, t] of byNationalId) this.pending.set(nid, t);
      for (const [id, t] of touched) this.seen.set(id, t);
    } else await this.write(m, created, recorded, touched);
    return { valid, problems, householdsRegistered: created.length, reviewsRecorded: recorded.length };
  }

  /** Inserts the chunk's households, heads and reviews, moves the summary, audits every object. */
  private async write(m: EntityManager, created: { household: HouseholdEntity; member: HouseholdMemberEntity }[], recorded: { target: Target; review: HouseholdReviewEntity; previous: HouseholdReviewEntity | null }[], touched: Map<number, Target>) {
    await insertMany(m, HouseholdEntity, created.map((c) => c.household));
    await insertMany(m, HouseholdMemberEntity, created.map((c) => c.member));
    await insertMany(m, HouseholdReviewEntity, recorded.map((r) => r.review));
    const summary = new SummaryChanges();
    for (const t of touched.values()) {
      summary.add({ household: t.row, reviews: t.stored.map(reviewFactOf) }, { household: t.row, reviews: t.reviews.map(reviewFactOf) });
    }
    await summary.write(m);
    await this.access.auditEach(m, [
      ...created.flatMap((c) => [
        { entityType: 'Household' as const, action: 'register', areaPath: c.household.areaPath, before: null, after: c.household },
        { entityType: 'HouseholdMember' as const, action: 'add', areaPath: c.household.areaPath, before: null, after: c.member },
      ]),
      ...recorded.map((r) => ({
        entityType: 'HouseholdReview' as const,
        action: r.review.correctionOfId ? 'correct' : 'record',
        areaPath: r.target.row.areaPath,
        before: r.previous,
        after: r.review,
      })),
    ]);
  }

  /** Row ids for new rows: real ones after the current maximum (under the write lock), or negative placeholders in a dry run. */
  private async idAllocator(m: EntityManager) {
    if (this.dryRun) return { household: () => --this.tempId, member: () => --this.tempId, review: () => --this.tempId };
    const max = async (table: string) => Number((await m.query(`SELECT COALESCE(MAX(id), 0) AS n FROM ${table}`))[0].n);
    let h = await max('household');
    let mb = await max('household_member');
    let rv = await max('household_review');
    return { household: () => ++h, member: () => ++mb, review: () => ++rv };
  }

  /** Everything the chunk's rows refer to, read in a few statements (≤ 500 keys each). */
  private async lookups(m: EntityManager, rows: ImportRow[]) {
    const householdIds = new Set<number>();
    const nationalIds = new Set<string>();
    const areaCodes = new Set<string>();
    for (const r of rows) {
      if (r.householdId) {
        const id = /^\d+$/.test(r.householdId) ? Number(r.householdId) : tryRowIdOf(r.householdId, 'Household');
        if (id !== null && Number.isSafeInteger(id)) householdIds.add(id);
      } else if (r.head?.nationalId) nationalIds.add(r.head.nationalId);
      if (r.areaCode) areaCodes.add(normaliseAreaCode(r.areaCode));
    }
    const holders = new Map<string, number>();
    for (const part of chunks([...nationalIds])) {
      const found: { nationalId: string; householdId: number | string }[] = await m.query(
        `SELECT hm.nationalId AS nationalId, h.id AS householdId FROM household_member hm INNER JOIN household h ON h.id = hm.householdId ` +
          `WHERE hm.nationalId IN (${part.map(() => '?').join(', ')}) AND hm.active = 1 AND h.status = 'ACTIVE'`,
        part,
      );
      for (const f of found) {
        holders.set(f.nationalId, Number(f.householdId));
        householdIds.add(Number(f.householdId));
      }
    }
    const households = new Map<number, HouseholdEntity>();
    for (const part of chunks([...householdIds])) for (const h of await m.getRepository(HouseholdEntity).findBy({ id: In(part) })) households.set(h.id, h);
    const reviewRows: HouseholdReviewEntity[] = [];
    for (const part of chunks([...households.keys()])) reviewRows.push(...(await m.getRepository(HouseholdReviewEntity).find({ where: { householdId: In(part) }, order: { id: 'ASC' } })));
    const reviews = groupBy(reviewRows, (rv) => rv.householdId);
    const areaIds = new Set([...households.values()].map((h) => h.areaId));
    const areas: AreaEntity[] = [];
    for (const part of chunks([...areaCodes])) areas.push(...(await m.getRepository(AreaEntity).findBy({ code: In(part) })));
    for (const part of chunks([...areaIds].filter((id) => !areas.some((a) => a.id === id)))) areas.push(...(await m.getRepository(AreaEntity).findBy({ id: In(part) })));
    const areaById = new Map(areas.map((a) => [a.id, a]));
    const withChildren = new Set<number>();
    for (const part of chunks(areas.filter((a) => needsSubUnitCheck(a.kind)).map((a) => a.id))) {
      const found: { parentId: number | string }[] = await m.query(`SELECT DISTINCT parentId FROM area WHERE parentId IN (${part.map(() => '?').join(', ')})`, part);
      for (const f of found) withChildren.add(Number(f.parentId));
    }
    const targets = new Map<number, Target>();
    const targetById = (id: number): Target | undefined => {
      const h = households.get(id);
      if (!h) return undefined;
      let t = targets.get(id) ?? this.seen.get(id);
      if (!t) {
        const stored = reviews.get(id) ?? [];
        t = { row: h, residence: areaById.get(h.areaId)?.urban ? 'URBAN' : 'RURAL', isNew: false, stored, reviews: [...stored] };
        targets.set(id, t);
      }
      return t;
    };
    return {
      targetById,
      holderOf: (nid: string) => (holders.has(nid) ? targetById(holders.get(nid)!) : undefined),
      /** The area with this code valid on the date. */
      areaOn: (code: string, date: LocalDate) => areas.find((a) => a.code === normaliseAreaCode(code) && isValidOn(a, date)),
      hasChildren: (areaId: number) => withChildren.has(areaId),
    };
  }
}
