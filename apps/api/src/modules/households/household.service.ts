import type { DataSource, EntityManager } from 'typeorm';
import {
  ADDRESS_MAX_LENGTH,
  ETHNICITY_MAX_LENGTH,
  foldVietnamese,
  householdUnitProblem,
  needsSubUnitCheck,
  forbidden,
  membersProblems,
  notFound,
  Problems,
  subtreeRange,
  todayLocal,
  type HouseholdClass,
  type HouseholdStatus,
  type HousingStatus,
  type MemberInput,
} from '@lnob/domain';
import { whereSearch } from '../../common/hierarchy';
import type { Cursor } from '../../common/relay/cursor';
import { withWriteLock } from '../../db/write-lock';
import { AreaEntity } from '../areas/area.entity';
import type { Caller } from '../auth/caller';
import { andWhereClause } from '../auth/scope';
import { OrganizationService } from '../organizations/organization.service';
import { trimOrNull } from '../../common/inputs';
import { HouseholdAccess, newMemberRow } from './household.access';
import { HouseholdEntity, HouseholdMemberEntity } from './household.entity';
import { applyHouseholdFacts, reviewFactsOf } from './poverty-summary';

export interface HouseholdListFilter {
  areaId?: number | null;
  year?: number | null;
  class?: HouseholdClass | null;
  ethnicMinority?: boolean | null;
  sponsorOrganizationId?: number | null;
  housingStatus?: HousingStatus | null;
  status?: HouseholdStatus | null;
  search?: string | null;
  nationalId?: string | null;
}

export interface HouseholdFacts {
  address?: string | null;
  ethnicity?: string | null;
  ethnicMinority?: boolean | null;
  socialProtection?: boolean | null;
  singleElderly?: boolean | null;
  disability?: boolean | null;
  housingStatus?: HousingStatus | null;
}

export interface NewMember extends MemberInput {
  ethnicity?: string | null;
}

export function checkFacts(p: Problems, f: HouseholdFacts, prefix = 'input') {
  const address = trimOrNull(f.address);
  const ethnicity = trimOrNull(f.ethnicity);
  if (address && address.length > ADDRESS_MAX_LENGTH) p.add(`${prefix}.address`, `at most ${ADDRESS_MAX_LENGTH} characters`);
  if (ethnicity && ethnicity.length > ETHNICITY_MAX_LENGTH) p.add(`${prefix}.ethnicity`, `at most ${ETHNICITY_MAX_LENGTH} characters`);
  return { address, ethnicity };
}

/**
 * The household registry within the caller's scope: reads need `household.read` over the
 * household's area, writes `data.capture`. Members: see member.service.ts; reviews: review.service.ts.
 */
export class HouseholdService {
  private readonly access: HouseholdAccess;

  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {
    this.access = new HouseholdAccess(caller);
  }

  /** One household the caller may read; NOT_FOUND when unknown or out of scope. */
  async get(rowId: number): Promise<HouseholdEntity> {
    this.caller.require('household.read');
    const row = await this.ds.getRepository(HouseholdEntity).findOneBy({ id: rowId });
    if (!row || !this.access.visible(row)) throw notFound('Household');
    return row;
  }

  /** One page in registration order (keyset on id), the scope in SQL, and a lazy count. */
  async list(f: HouseholdListFilter, limit: number, after: Cursor | null) {
    const scope = this.caller.require('household.read');
    const p = new Problems();
    if (f.class && f.year == null) p.add('filter.year', 'give the year whose class to filter on');
    if (f.nationalId && !/^[0-9]{12}$/.test(f.nationalId)) p.add('filter.nationalId', 'a CCCD number has exactly 12 digits', 'INVALID_NATIONAL_ID');
    p.throwIfAny();
    const area = f.areaId != null ? await this.ds.getRepository(AreaEntity).findOneBy({ id: f.areaId }) : null;
    if (f.areaId != null && (!area || !scope.coversArea(area.path))) throw notFound('Area');
    const personal = this.caller.scope('personalData.read');
    if ((f.search || f.nationalId) && (personal.isEmpty || (area && !personal.coversArea(area.path)))) {
      throw forbidden('PERSONAL_DATA_GRANT_REQUIRED', 'Searching households by name or national ID needs a personal-data grant over the area.');
    }
    const build = () => {
      const qb = this.ds.getRepository(HouseholdEntity).createQueryBuilder('h');
      andWhereClause(qb, scope.areaPathSql('h.areaPath'));
      if (f.search || f.nationalId) andWhereClause(qb, personal.areaPathSql('h.areaPath'));
      if (area) qb.andWhere('h.areaPath >= :aFrom AND h.areaPath < :aTo', { aFrom: subtreeRange(area.path).from, aTo: subtreeRange(area.path).to });
      if (f.ethnicMinority != null) qb.andWhere('h.ethnicMinority = :em', { em: f.ethnicMinority });
      if (f.sponsorOrganizationId != null) qb.andWhere('h.sponsorOrganizationId = :sponsor', { sponsor: f.sponsorOrganizationId });
      if (f.housingStatus) qb.andWhere('h.housingStatus = :housing', { housing: f.housingStatus });
      if (f.status) qb.andWhere('h.status = :status', { status: f.status });
      if (f.search) whereSearch(qb, ['h.headNameSearch'], f.search);
      if (f.nationalId) {
        qb.andWhere('EXISTS (SELECT 1 FROM household_member fm WHERE fm.householdId = h.id AND fm.nationalId = :nid AND fm.active = 1)', { nid: f.nationalId });
      }
      if (f.year != null && f.class) {
        qb.andWhere(
          'EXISTS (SELECT 1 FROM household_review fr WHERE fr.householdId = h.id AND fr.year = :fy AND fr.class = :fc ' +
            'AND fr.id = (SELECT MAX(fr2.id) FROM household_review fr2 WHERE fr2.householdId = h.id AND fr2.year = :fy))',
          { fy: f.year, fc: f.class },
        );
      } else if (f.year != null) {
        qb.andWhere('EXISTS (SELECT 1 FROM household_review fr WHERE fr.householdId = h.id AND fr.year = :fy)', { fy: f.year });
      }
      return qb;
    };
    const qb = build();
    if (after) qb.andWhere('h.id > :afterId', { afterId: after.id });
    const rows = await qb.orderBy('h.id', 'ASC').take(limit).getMany();
    return { rows, count: () => build().getCount() };
  }

  async register(i: HouseholdFacts & { areaId: number; members: NewMember[] }): Promise<HouseholdEntity> {
    const capture = this.caller.require('data.capture');
    return withWriteLock(this.ds, 'households', async (m) => {
      const p = new Problems();
      const area = await m.getRepository(AreaEntity).findOneBy({ id: i.areaId });
      if (!area || !this.access.visible({ areaPath: area.path })) p.add('input.areaId', 'no such area', 'NOT_FOUND');
      else {
        if (!capture.coversArea(area.path)) throw forbidden('OUT_OF_SCOPE', 'You may not register households in this area.');
        const unitProblem = needsSubUnitCheck(area.kind) ? householdUnitProblem(area.kind, await m.getRepository(AreaEntity).existsBy({ parentId: area.id })) : null;
        if (unitProblem) p.add('input.areaId', unitProblem, 'KIND_NOT_ALLOWED');
      }
      const { address, ethnicity } = checkFacts(p, i);
      p.addAll(membersProblems(i.members, todayLocal(), 'input.members'));
      i.members.forEach((mb, k) => {
        if (mb.ethnicity && mb.ethnicity.trim().length > ETHNICITY_MAX_LENGTH) p.add(`input.members[${k}].ethnicity`, `at most ${ETHNICITY_MAX_LENGTH} characters`);
      });
      p.throwIfAny();
      await this.access.requireUniqueNationalIds(m, i.members.map((mb, k) => ({ path: `input.members[${k}].nationalId`, nationalId: mb.nationalId })), null);
      const now = new Date();
      const head = i.members.find((mb) => mb.relation === 'HEAD')!;
      const row = await m.getRepository(HouseholdEntity).save(
        m.getRepository(HouseholdEntity).create({
          areaId: area!.id,
          areaPath: area!.path,
          address: address ?? null,
          ethnicity: ethnicity ?? null,
          ethnicMinority: !!i.ethnicMinority,
          socialProtection: !!i.socialProtection,
          singleElderly: !!i.singleElderly,
          disability: !!i.disability,
          housingStatus: i.housingStatus ?? null,
          sponsorOrganizationId: null,
          status: 'ACTIVE',
          headNameSearch: foldVietnamese(head.fullName),
          createdAt: now,
          updatedAt: now,
        }),
      );
      const members = await m.getRepository(HouseholdMemberEntity).save(i.members.map((mb) => newMemberRow(m, row.id, mb, now)));
      await this.access.auditMany(m, row.areaPath, [
        { entityType: 'Household', action: 'register', before: null, after: row },
        ...members.map((mb) => ({ entityType: 'HouseholdMember' as const, action: 'add', before: null, after: mb })),
      ]);
      return row;
    });
  }

  async update(id: number, c: HouseholdFacts & { status?: HouseholdStatus | null }): Promise<HouseholdEntity> {
    return withWriteLock(this.ds, 'households', async (m) => {
      const row = await this.access.writable(m, id);
      const before = { ...row };
      const p = new Problems();
      const { address, ethnicity } = checkFacts(p, c);
      p.throwIfAny();
      if (c.status === 'ACTIVE' && row.status !== 'ACTIVE') {
        const members = await m.getRepository(HouseholdMemberEntity).findBy({ householdId: row.id, active: true });
        await this.access.requireUniqueNationalIds(m, members.map((mb) => ({ path: 'input.status', nationalId: mb.nationalId })), row.id);
      }
      Object.assign(row, {
        address: address === undefined ? row.address : address,
        ethnicity: ethnicity === undefined ? row.ethnicity : ethnicity,
        ethnicMinority: c.ethnicMinority ?? row.ethnicMinority,
        socialProtection: c.socialProtection ?? row.socialProtection,
        singleElderly: c.singleElderly ?? row.singleElderly,
        disability: c.disability ?? row.disability,
        housingStatus: c.housingStatus ?? row.housingStatus,
        status: c.status ?? row.status,
        updatedAt: new Date(),
      });
      const saved = await m.getRepository(HouseholdEntity).save(row);
      // The ethnic-minority flag counts in every reviewed year's breakdown (status does not: a
      // household that moved or dissolved still counts in the years it was reviewed).
      if (before.ethnicMinority !== saved.ethnicMinority) {
        const reviews = await reviewFactsOf(m, saved.id);
        await applyHouseholdFacts(m, { household: before, reviews }, { household: saved, reviews });
      }
      await this.access.audit(m, 'Household', 'update', row.areaPath, before, saved);
      return saved;
    });
  }

  /** Set (or clear) the sponsoring organization (nhận đỡ đầu): it must be visible to the caller. */
  async setSponsor(id: number, organizationId: number | null): Promise<HouseholdEntity> {
    return withWriteLock(this.ds, 'households', async (m: EntityManager) => {
      const row = await this.access.writable(m, id);
      const before = { ...row };
      if (organizationId !== null) {
        const visible = await new OrganizationService(this.ds, this.caller).get(organizationId).then(
          () => true,
          () => false,
        );
        if (!visible) new Problems().add('input.organizationId', 'no such organization', 'NOT_FOUND').throwIfAny();
      }
      row.sponsorOrganizationId = organizationId;
      row.updatedAt = new Date();
      const saved = await m.getRepository(HouseholdEntity).save(row);
      await this.access.audit(m, 'Household', 'setSponsor', row.areaPath, before, saved);
      return saved;
    });
  }
}
