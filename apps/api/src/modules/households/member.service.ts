import type { DataSource, EntityManager } from 'typeorm';
import { ETHNICITY_MAX_LENGTH, foldVietnamese, memberProblems, notFound, Problems, RELATIONS, todayLocal, type Relation, type Sex } from '@lnob/domain';
import type { LocalDate } from '@lnob/domain';
import { withWriteLock } from '../../db/write-lock';
import type { Caller } from '../auth/caller';
import { trimOrNull } from '../../common/inputs';
import { HouseholdAccess, newMemberRow } from './household.access';
import { HouseholdEntity, HouseholdMemberEntity } from './household.entity';
import type { NewMember } from './household.service';

export interface MemberChanges {
  fullName?: string | null;
  birthDate?: LocalDate | null;
  sex?: Sex | null;
  ethnicity?: string | null;
  nationalId?: string | null;
  relation?: Relation | null;
  formerHeadRelation?: Relation | null;
}

/** Members of households (personal data): added, changed and removed by `data.capture` holders over the household's area. */
export class HouseholdMemberService {
  private readonly access: HouseholdAccess;

  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {
    this.access = new HouseholdAccess(caller);
  }

  private async others(m: EntityManager, householdId: number, exceptId: number | null) {
    const rows = await m.getRepository(HouseholdMemberEntity).findBy({ householdId, active: true });
    return rows.filter((r) => r.id !== exceptId);
  }

  private async touch(m: EntityManager, h: HouseholdEntity, headName?: string) {
    const changes: Partial<HouseholdEntity> = { updatedAt: new Date() };
    if (headName !== undefined) changes.headNameSearch = foldVietnamese(headName);
    await m.getRepository(HouseholdEntity).update({ id: h.id }, changes);
    return { ...h, ...changes } as HouseholdEntity;
  }

  async add(householdId: number, i: NewMember) {
    return withWriteLock(this.ds, 'households', async (m) => {
      const h = await this.access.writable(m, householdId);
      const p = new Problems();
      p.addAll(memberProblems(i, todayLocal(), 'input'));
      if (i.ethnicity && i.ethnicity.trim().length > ETHNICITY_MAX_LENGTH) p.add('input.ethnicity', `at most ${ETHNICITY_MAX_LENGTH} characters`);
      if (i.relation === 'HEAD') p.add('input.relation', 'the household has a head: add the member, then make them head with updateHouseholdMember');
      const others = await this.others(m, h.id, null);
      if (i.nationalId && others.some((o) => o.nationalId === i.nationalId)) p.add('input.nationalId', 'same as another member of the household');
      p.throwIfAny();
      if (h.status === 'ACTIVE') await this.access.requireUniqueNationalIds(m, [{ path: 'input.nationalId', nationalId: i.nationalId }], h.id);
      const row = await m.getRepository(HouseholdMemberEntity).save(newMemberRow(m, h.id, i, new Date()));
      await this.access.audit(m, 'HouseholdMember', 'add', h.areaPath, null, row);
      return { member: row, household: await this.touch(m, h) };
    });
  }

  private async member(m: EntityManager, id: number) {
    this.caller.require('data.capture');
    const row = await m.getRepository(HouseholdMemberEntity).findOneBy({ id });
    if (!row) throw notFound('HouseholdMember');
    const h = await m.getRepository(HouseholdEntity).findOneBy({ id: row.householdId });
    this.caller.requireOwned('data.capture', 'HouseholdMember', !!h && this.access.visible(h), (s) => s.coversArea(h!.areaPath));
    if (!row.active) throw notFound('HouseholdMember');
    return { row, h: h! };
  }

  async update(id: number, c: MemberChanges) {
    return withWriteLock(this.ds, 'households', async (m) => {
      const { row, h } = await this.member(m, id);
      const before = { ...row };
      const next = {
        fullName: c.fullName ?? row.fullName,
        birthDate: c.birthDate === undefined ? row.birthDate : c.birthDate,
        sex: (c.sex === undefined ? row.sex : c.sex) as Sex | null,
        ethnicity: c.ethnicity === undefined ? row.ethnicity : trimOrNull(c.ethnicity),
        nationalId: c.nationalId === undefined ? row.nationalId : c.nationalId || null,
        relation: (c.relation ?? row.relation) as Relation,
      };
      const p = new Problems();
      p.addAll(memberProblems(next, todayLocal(), 'input'));
      if (next.ethnicity && next.ethnicity.length > ETHNICITY_MAX_LENGTH) p.add('input.ethnicity', `at most ${ETHNICITY_MAX_LENGTH} characters`);
      const others = await this.others(m, h.id, row.id);
      const wasHead = row.relation === 'HEAD';
      const oldHead = wasHead ? null : (others.find((o) => o.relation === 'HEAD') ?? null);
      if (wasHead && next.relation !== 'HEAD') p.add('input.relation', 'the head stays HEAD: make another member head instead');
      if (!wasHead && next.relation === 'HEAD') {
        if (!c.formerHeadRelation || !RELATIONS.includes(c.formerHeadRelation) || c.formerHeadRelation === 'HEAD') {
          p.add('input.formerHeadRelation', 'give the previous head\'s new relation (not HEAD)');
        }
      } else if (c.formerHeadRelation) p.add('input.formerHeadRelation', 'only when this member becomes the head');
      if (next.nationalId && others.some((o) => o.nationalId === next.nationalId)) p.add('input.nationalId', 'same as another member of the household');
      p.throwIfAny();
      if (h.status === 'ACTIVE' && next.nationalId !== row.nationalId) {
        await this.access.requireUniqueNationalIds(m, [{ path: 'input.nationalId', nationalId: next.nationalId }], h.id);
      }
      Object.assign(row, next, { fullName: next.fullName.trim(), updatedAt: new Date() });
      const saved = await m.getRepository(HouseholdMemberEntity).save(row);
      await this.access.audit(m, 'HouseholdMember', 'update', h.areaPath, before, saved);
      if (oldHead && next.relation === 'HEAD') {
        const prev = { ...oldHead };
        oldHead.relation = c.formerHeadRelation!;
        oldHead.updatedAt = new Date();
        await m.getRepository(HouseholdMemberEntity).save(oldHead);
        await this.access.audit(m, 'HouseholdMember', 'update', h.areaPath, prev, oldHead);
      }
      const headName = next.relation === 'HEAD' ? saved.fullName : undefined;
      return { member: saved, household: await this.touch(m, h, headName) };
    });
  }

  /** Mark a member removed (kept for history, out of duplicate checks). The head cannot be removed. */
  async remove(id: number) {
    return withWriteLock(this.ds, 'households', async (m) => {
      const { row, h } = await this.member(m, id);
      if (row.relation === 'HEAD') new Problems().add('input.id', 'the head cannot be removed: make another member head first').throwIfAny();
      const before = { ...row };
      row.active = false;
      row.updatedAt = new Date();
      const saved = await m.getRepository(HouseholdMemberEntity).save(row);
      await this.access.audit(m, 'HouseholdMember', 'remove', h.areaPath, before, saved);
      return { member: saved, household: await this.touch(m, h) };
    });
  }
}
