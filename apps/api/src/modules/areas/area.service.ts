import type { DataSource, EntityManager } from 'typeorm';
import {
  addDays,
  Problems,
  allowedChildKinds,
  CODE_MAX_LENGTH,
  covers,
  foldVietnamese,
  isAreaKind,
  isValidOn,
  NAME_MAX_LENGTH,
  normaliseAreaCode,
  notFound,
  overlaps,
  subtreeRange,
  validateShares,
  validityProblems,
  type AreaKind,
  type LocalDate,
} from '@lnob/domain';
import { whereAfter, whereSearch, whereValidOn } from '../../common/hierarchy';
import { auditable, recordAudit } from '../audit/audit.writer';
import { invalidateScopes } from '../auth/authenticator';
import type { Caller } from '../auth/caller';
import { andWhereClause } from '../auth/scope';
import { withWriteLock } from '../../db/write-lock';
import type { Cursor } from '../../common/relay/cursor';
import { OrganizationEntity } from '../organizations/organization.entity';
import { AreaEntity, AreaSuccessionEntity } from './area.entity';

export interface AreaListFilter {
  parentId?: number | null;
  topLevel?: boolean | null;
  withinAreaId?: number | null;
  kind?: AreaKind[] | null;
  validOn: LocalDate;
  search?: string | null;
}

export interface NewArea {
  code: string;
  name: string;
  kind: AreaKind;
  urban: boolean;
  parentId: number | null;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

export interface AreaMerger {
  predecessors: { areaId: number; share: number }[];
  successorId: number | null;
  newSuccessor: NewArea | null;
  effectiveOn: LocalDate;
  rehomeOrganizations: boolean;
}

/**
 * Administrative units. Reads see the caller's `area.read` scope (the areas its organizations work
 * in); writes are national reference data (`area.write`, SYSTEM_ADMIN). Every write validates fully,
 * then writes and audits in one transaction.
 */
export class AreaService {
  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {}

  /** One unit the caller may read; NOT_FOUND when unknown or out of scope. */
  async get(rowId: number): Promise<AreaEntity> {
    const scope = this.caller.require('area.read');
    const row = await this.ds.getRepository(AreaEntity).findOneBy({ id: rowId });
    if (!row || !scope.coversArea(row.path)) throw notFound('Area');
    return row;
  }

  /** One page (`limit` rows, sorted by code then id) and a lazy count of the whole filtered set. */
  async list(filter: AreaListFilter, limit: number, after: Cursor | null) {
    const scope = this.caller.require('area.read');
    const build = () => {
      const qb = this.ds.getRepository(AreaEntity).createQueryBuilder('a');
      whereValidOn(qb, 'a', filter.validOn);
      andWhereClause(qb, scope.areaPathSql('a.path'));
      if (filter.parentId != null) qb.andWhere('a.parentId = :parentId', { parentId: filter.parentId });
      if (filter.topLevel) qb.andWhere('a.parentId IS NULL');
      if (filter.kind?.length) qb.andWhere('a.kind IN (:...kinds)', { kinds: filter.kind });
      if (filter.search) whereSearch(qb, ['a.nameSearch', 'a.code'], filter.search);
      return qb;
    };
    const within = filter.withinAreaId != null ? await this.get(filter.withinAreaId) : null;
    const scoped = () => {
      const qb = build();
      if (within) {
        const r = subtreeRange(within.path);
        qb.andWhere('a.path >= :from AND a.path < :to', { from: r.from, to: r.to });
      }
      return qb;
    };
    const qb = scoped();
    whereAfter(qb, 'a', 'code', after);
    const rows = await qb.orderBy('a.code', 'ASC').addOrderBy('a.id', 'ASC').take(limit).getMany();
    return { rows, count: () => scoped().getCount() };
  }

  /** Check a new area against the tree; every problem is collected under `prefix`. */
  private async checkNew(m: EntityManager, a: NewArea, problems: Problems, prefix: string): Promise<AreaEntity | null> {
    const code = normaliseAreaCode(a.code);
    if (code.length < 1 || code.length > CODE_MAX_LENGTH) problems.add(`${prefix}.code`, `must be 1–${CODE_MAX_LENGTH} characters`);
    if (a.name.trim().length < 1 || a.name.length > NAME_MAX_LENGTH) problems.add(`${prefix}.name`, `must be 1–${NAME_MAX_LENGTH} characters`);
    if (!isAreaKind(a.kind)) problems.add(`${prefix}.kind`, 'unknown kind');
    const validity = { validFrom: a.validFrom, validTo: a.validTo };
    const vp = validityProblems(validity);
    if (vp) problems.add(`${prefix}.validTo`, vp, 'INVALID_VALIDITY');
    let parent: AreaEntity | null = null;
    if (a.parentId != null) {
      parent = await m.getRepository(AreaEntity).findOneBy({ id: a.parentId });
      if (!parent) problems.add(`${prefix}.parentId`, 'no such area', 'UNKNOWN_PARENT');
    }
    if (parent && !vp && !covers(parent, validity)) {
      problems.add(`${prefix}.parentId`, `the parent is valid ${parent.validFrom} – ${parent.validTo ?? '…'} only`, 'PARENT_NOT_VALID');
    }
    if (isAreaKind(a.kind)) {
      let grandKind: AreaKind | null = null;
      if (parent?.parentId != null) grandKind = ((await m.getRepository(AreaEntity).findOneBy({ id: parent.parentId }))?.kind ?? null) as AreaKind | null;
      if ((parent || a.parentId == null) && !allowedChildKinds((parent?.kind ?? null) as AreaKind | null, grandKind).includes(a.kind)) {
        problems.add(`${prefix}.kind`, parent ? `a ${a.kind} cannot be under a ${parent.kind}` : `a ${a.kind} needs a parent`, 'KIND_NOT_ALLOWED');
      }
    }
    if (code && !vp) {
      const same = await m.getRepository(AreaEntity).findBy({ code });
      if (same.some((s) => overlaps(s, validity))) problems.add(`${prefix}.code`, `code ${code} is already used by a unit valid at the same time`, 'DUPLICATE_CODE');
    }
    return parent;
  }

  private async insert(m: EntityManager, a: NewArea, parent: AreaEntity | null): Promise<AreaEntity> {
    const repo = m.getRepository(AreaEntity);
    const now = new Date();
    const row = await repo.save(
      repo.create({
        code: normaliseAreaCode(a.code),
        name: a.name.trim(),
        nameSearch: foldVietnamese(a.name),
        kind: a.kind,
        urban: a.urban,
        parentId: parent?.id ?? null,
        path: '/',
        depth: parent ? parent.depth + 1 : 0,
        validFrom: a.validFrom,
        validTo: a.validTo,
        createdAt: now,
        updatedAt: now,
      }),
    );
    row.path = `${parent?.path ?? '/'}${row.id}/`;
    await repo.update({ id: row.id }, { path: row.path });
    return row;
  }

  async create(a: NewArea): Promise<AreaEntity> {
    this.caller.require('area.write');
    return withWriteLock(this.ds, 'areas', async (m) => {
      const problems = new Problems();
      const parent = await this.checkNew(m, a, problems, 'input');
      problems.throwIfAny();
      const row = await this.insert(m, a, parent);
      await this.audit(m, 'create', null, row);
      return row;
    });
  }

  private async audit(m: EntityManager, action: string, before: AreaEntity | null, after: AreaEntity, extra: Record<string, unknown> = {}) {
    await recordAudit(m, this.caller, {
      entityType: 'Area',
      entityRowId: after.id,
      action,
      before: before && auditable(before),
      after: { ...auditable(after), ...extra },
      areaPath: after.path,
    });
  }

  /** Several units → one on a date (see RecordAreaMergerInput). All or nothing. */
  async recordMerger(input: AreaMerger) {
    this.caller.require('area.write');
    return withWriteLock(this.ds, 'areas', async (m) => {
      const problems = new Problems();
      const repo = m.getRepository(AreaEntity);
      const lastDay = addDays(input.effectiveOn, -1);
      const preds: AreaEntity[] = [];
      const seen = new Set<number>();
      for (const [i, p] of input.predecessors.entries()) {
        const row = await repo.findOneBy({ id: p.areaId });
        if (seen.has(p.areaId)) problems.add(`input.predecessors.${i}.areaId`, 'listed twice');
        seen.add(p.areaId);
        if (!row) {
          problems.add(`input.predecessors.${i}.areaId`, 'no such area', 'NOT_FOUND');
          continue;
        }
        if (!isValidOn(row, lastDay)) {
          problems.add(`input.predecessors.${i}.areaId`, `${row.name} is not valid on ${lastDay}`, 'ALREADY_CLOSED');
        }
        preds.push(row);
      }
      let successor: AreaEntity | null = null;
      if ((input.successorId == null) === (input.newSuccessor == null)) {
        problems.add('input.successorId', 'give either successorId or newSuccessor');
      } else if (input.successorId != null) {
        successor = await repo.findOneBy({ id: input.successorId });
        if (!successor) problems.add('input.successorId', 'no such area', 'NOT_FOUND');
        else if (!isValidOn(successor, input.effectiveOn)) {
          problems.add('input.successorId', `the successor is not valid on ${input.effectiveOn}`, 'INVALID_VALIDITY');
        } else if (seen.has(successor.id)) problems.add('input.successorId', 'a unit cannot succeed itself');
      }
      let newParent: AreaEntity | null = null;
      if (input.newSuccessor) {
        if (input.newSuccessor.validFrom !== input.effectiveOn) {
          problems.add('input.newSuccessor.validFrom', 'must equal effectiveOn', 'INVALID_VALIDITY');
        }
        newParent = await this.checkNew(m, input.newSuccessor, problems, 'input.newSuccessor');
      }
      const existing = preds.length
        ? await m.getRepository(AreaSuccessionEntity).findBy(preds.map((p) => ({ predecessorId: p.id })))
        : [];
      const planned = input.predecessors.map((p) => ({
        predecessorId: p.areaId,
        successorId: successor?.id ?? -1,
        effectiveOn: input.effectiveOn,
        share: p.share,
      }));
      // Shares in (0, 1], and those of one unit, stored and new together, summing to ≤ 1 (the domain
      // rule). Its paths index the combined list: report each at the input's own predecessor, once.
      for (const fe of validateShares([...existing, ...planned])) {
        const index = /^\[(\d+)\]/.exec(fe.path);
        if (!index || fe.path.endsWith('successorId')) continue;
        const k = Number(index[1]);
        const link = k < existing.length ? existing[k] : planned[k - existing.length];
        const at = k >= existing.length ? k - existing.length : planned.findIndex((pl) => pl.predecessorId === link.predecessorId);
        const path = `input.predecessors.${Math.max(at, 0)}.share`;
        if (!problems.has(path)) problems.add(path, fe.message, 'INVALID_SHARES');
      }
      problems.throwIfAny();

      if (input.newSuccessor) successor = await this.insert(m, input.newSuccessor, newParent);
      const succ = successor!;
      let closedAreaCount = 0;
      for (const p of preds) {
        const r = subtreeRange(p.path);
        const cut = await m
          .getRepository(AreaEntity)
          .createQueryBuilder('d')
          .select(['d.id', 'd.path', 'd.validTo'])
          .where('d.path >= :from AND d.path < :to AND d.id <> :id', { ...r, id: p.id })
          .andWhere('d.validFrom <= :lastDay AND (d.validTo IS NULL OR d.validTo > :lastDay)', { lastDay })
          .getMany();
        await recordAudit(
          m,
          this.caller,
          cut.map((d) => ({ entityType: 'Area', entityRowId: d.id, action: 'closeWithParent', before: { validTo: d.validTo }, after: { validTo: lastDay, closedWith: p.id }, areaPath: d.path })),
        );
        const res = await m
          .createQueryBuilder()
          .update(AreaEntity)
          .set({ validTo: lastDay, updatedAt: new Date() })
          .where('path >= :from AND path < :to', r)
          .andWhere('validFrom <= :lastDay AND (validTo IS NULL OR validTo > :lastDay)', { lastDay })
          .execute();
        closedAreaCount += res.affected ?? 0;
      }
      await m.getRepository(AreaSuccessionEntity).insert(
        planned.map((s) => ({ ...s, successorId: succ.id, createdAt: new Date() })),
      );
      let rehomedOrganizationCount = 0;
      if (input.rehomeOrganizations && preds.length) {
        const moving = await m
          .getRepository(OrganizationEntity)
          .createQueryBuilder('o')
          .select(['o.id', 'o.path', 'o.areaId'])
          .where('o.areaId IN (:...ids)', { ids: preds.map((p) => p.id) })
          .andWhere('(o.validTo IS NULL OR o.validTo >= :effectiveOn)', { effectiveOn: input.effectiveOn })
          .getMany();
        await recordAudit(
          m,
          this.caller,
          moving.map((o) => ({ entityType: 'Organization', entityRowId: o.id, action: 'rehome', before: { areaId: o.areaId }, after: { areaId: succ.id }, orgPath: o.path })),
        );
        const res = await m
          .createQueryBuilder()
          .update(OrganizationEntity)
          .set({ areaId: succ.id, updatedAt: new Date() })
          .where('areaId IN (:...ids)', { ids: preds.map((p) => p.id) })
          .andWhere('(validTo IS NULL OR validTo >= :effectiveOn)', { effectiveOn: input.effectiveOn })
          .execute();
        rehomedOrganizationCount = res.affected ?? 0;
      }
      const closed = await repo.findBy(preds.map((p) => ({ id: p.id })));
      if (input.newSuccessor) await this.audit(m, 'create', null, succ);
      for (const c of closed) {
        const before = preds.find((p) => p.id === c.id)!;
        const share = input.predecessors.find((p) => p.areaId === c.id)?.share;
        await this.audit(m, 'merge', before, c, { successorId: succ.id, share, effectiveOn: input.effectiveOn });
      }
      if (rehomedOrganizationCount) invalidateScopes();
      return { successor: succ, predecessors: closed, closedAreaCount, rehomedOrganizationCount };
    });
  }
}
