import type { DataSource, EntityManager } from 'typeorm';
import {
  addDays,
  Problems,
  conflict,
  covers,
  expectedOrganizationLevel,
  foldVietnamese,
  isOrganizationKind,
  isValidOn,
  NAME_MAX_LENGTH,
  forbidden,
  notFound,
  overlaps,
  SHORT_NAME_MAX_LENGTH,
  subtreeRange,
  validityProblems,
  wouldCreateCycle,
  type AreaKind,
  type LocalDate,
  type OrganizationKind,
  type OrganizationLevel,
} from '@lnob/domain';
import { whereAfter, whereSearch, whereValidOn } from '../../common/hierarchy';
import { organizationVisible, referencedOrganization } from '../../common/visibility';
import { auditable, recordAudit } from '../audit/audit.writer';
import { invalidateScopes } from '../auth/authenticator';
import type { Caller } from '../auth/caller';
import { andWhereClause } from '../auth/scope';
import { withWriteLock } from '../../db/write-lock';
import type { Cursor } from '../../common/relay/cursor';
import { dialectOf } from '../../db/dialect';
import { AreaEntity } from '../areas/area.entity';
import { OrganizationEntity, OrganizationSuccessionEntity } from './organization.entity';

export interface OrganizationListFilter {
  kind?: OrganizationKind[] | null;
  level?: OrganizationLevel[] | null;
  areaId?: number | null;
  withinOrganizationId?: number | null;
  /** Only organizations without a parent the caller can see. */
  topLevel?: boolean | null;
  validOn: LocalDate;
  search?: string | null;
}

export interface NewOrganization {
  name: string;
  shortName: string | null;
  kind: OrganizationKind;
  level: OrganizationLevel | null;
  areaId: number | null;
  parentId: number | null;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

export interface OrganizationChanges {
  name?: string;
  shortName?: string | null;
  kind?: OrganizationKind | null;
  validFrom?: LocalDate | null;
}

const searchText = (name: string, shortName: string | null) => foldVietnamese(shortName ? `${name} ${shortName}` : name);

/**
 * Organizations and their own-system hierarchy, within the caller's scope: reads see the
 * `organization.read` scope, writes need `organization.write` over the organization's subtree.
 * Every write validates fully, then writes and audits in one transaction.
 */
export class OrganizationService {
  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {}

  /** One organization the caller may read; NOT_FOUND when unknown or out of scope. */
  async get(rowId: number): Promise<OrganizationEntity> {
    this.caller.require('organization.read');
    const row = await this.load(rowId);
    if (!(await organizationVisible(this.ds.manager, this.caller, row))) throw notFound('Organization');
    return row;
  }

  /** Unscoped load (inside write transactions, after the scope check). */
  private async load(rowId: number, m: EntityManager = this.ds.manager): Promise<OrganizationEntity> {
    const row = await m.getRepository(OrganizationEntity).findOneBy({ id: rowId });
    if (!row) throw notFound('Organization');
    return row;
  }

  /**
   * An organization to change: NOT_FOUND when unknown or when the caller cannot see it, FORBIDDEN
   * OUT_OF_SCOPE when it lies outside the organization subtrees where the caller may write.
   */
  private async writable(m: EntityManager, id: number): Promise<OrganizationEntity> {
    const row = await this.load(id, m);
    const visible = await organizationVisible(m, this.caller, row);
    this.caller.requireOwned('organization.write', 'Organization', visible, (s) => s.ownsOrganization(row.path));
    return row;
  }

  private async audit(m: EntityManager, action: string, before: OrganizationEntity | null, after: OrganizationEntity, extra: Record<string, unknown> = {}) {
    await recordAudit(m, this.caller, {
      entityType: 'Organization',
      entityRowId: after.id,
      action,
      before: before && auditable(before),
      after: { ...auditable(after), ...extra },
      orgPath: after.path,
    });
  }

  /** One page (sorted by folded name, then id) and a lazy count of the filtered set. */
  async list(filter: OrganizationListFilter, limit: number, after: Cursor | null) {
    const scope = this.caller.require('organization.read');
    const [area, within] = await Promise.all([
      filter.areaId != null ? this.ds.getRepository(AreaEntity).findOneBy({ id: filter.areaId }) : null,
      filter.withinOrganizationId != null ? this.get(filter.withinOrganizationId) : null,
    ]);
    if (filter.areaId != null && (!area || !this.caller.scope('area.read').coversArea(area.path))) throw notFound('Area');
    const build = () => {
      const qb = this.ds.getRepository(OrganizationEntity).createQueryBuilder('o');
      whereValidOn(qb, 'o', filter.validOn);
      const visible = scope.organizationSql('o');
      andWhereClause(qb, visible);
      if (filter.topLevel) {
        const parentVisible = scope.organizationSql('tp');
        if (!parentVisible) qb.andWhere('o.parentId IS NULL');
        else {
          andWhereClause(qb, {
            sql: `(o.parentId IS NULL OR NOT EXISTS (SELECT 1 FROM organization tp WHERE tp.id = o.parentId AND ${parentVisible.sql}))`,
            params: parentVisible.params,
          });
        }
      }
      if (filter.kind?.length) qb.andWhere('o.kind IN (:...kinds)', { kinds: filter.kind });
      if (filter.level?.length) qb.andWhere('o.level IN (:...levels)', { levels: filter.level });
      if (filter.search) whereSearch(qb, ['o.nameSearch'], filter.search);
      if (within) {
        const r = subtreeRange(within.path);
        qb.andWhere('o.path >= :wFrom AND o.path < :wTo', { wFrom: r.from, wTo: r.to });
      }
      if (area) {
        const r = subtreeRange(area.path);
        qb.andWhere('o.areaId IN (SELECT sa.id FROM area sa WHERE sa.path >= :aFrom AND sa.path < :aTo)', { aFrom: r.from, aTo: r.to });
      }
      return qb;
    };
    const qb = build();
    whereAfter(qb, 'o', 'nameSearch', after);
    const rows = await qb.orderBy('o.nameSearch', 'ASC').addOrderBy('o.id', 'ASC').take(limit).getMany();
    return { rows, count: () => build().getCount() };
  }

  private async area(m: EntityManager, id: number | null) {
    return id == null ? null : m.getRepository(AreaEntity).findOneBy({ id });
  }

  async create(o: NewOrganization): Promise<OrganizationEntity> {
    const scope = this.caller.require('organization.write');
    return withWriteLock(this.ds, 'organizations', async (m) => {
      const p = new Problems();
      const name = o.name.trim();
      const shortName = o.shortName?.trim() || null;
      if (!name || name.length > NAME_MAX_LENGTH) p.add('input.name', `must be 1–${NAME_MAX_LENGTH} characters`);
      if (shortName && shortName.length > SHORT_NAME_MAX_LENGTH) p.add('input.shortName', `at most ${SHORT_NAME_MAX_LENGTH} characters`);
      if (!isOrganizationKind(o.kind)) p.add('input.kind', 'unknown kind');
      const validity = { validFrom: o.validFrom, validTo: o.validTo };
      const vp = validityProblems(validity);
      if (vp) p.add('input.validTo', vp, 'INVALID_VALIDITY');
      const parent = o.parentId != null ? await referencedOrganization(m, this.caller, o.parentId) : null;
      if (o.parentId != null && !parent) p.add('input.parentId', 'no such organization', 'UNKNOWN_PARENT');
      if (parent ? !scope.ownsOrganization(parent.path) : o.parentId == null && !scope.national) {
        throw forbidden('OUT_OF_SCOPE', parent ? 'You may not add organizations under this parent.' : 'Only system administrators create top-level organizations.');
      }
      if (parent && !vp && !covers(parent, validity)) {
        p.add('input.parentId', `the parent is active ${parent.validFrom} – ${parent.validTo ?? '…'} only`, 'PARENT_NOT_VALID');
      }
      const area = await this.area(m, o.areaId);
      let level: OrganizationLevel | null = null;
      if (o.areaId != null && !area) p.add('input.areaId', 'no such area', 'NOT_FOUND');
      else {
        if (area && !vp && !overlaps(area, validity)) p.add('input.areaId', 'the area is not valid during the organization\'s dates', 'INVALID_VALIDITY');
        const parentArea = area?.parentId != null ? await this.area(m, area.parentId) : null;
        level = expectedOrganizationLevel(area ? { kind: area.kind as AreaKind, parentKind: (parentArea?.kind ?? null) as AreaKind | null } : null);
        if (o.level && o.level !== level) p.add('input.level', `an organization of this area works at level ${level}`, 'LEVEL_MISMATCH');
      }
      p.throwIfAny();
      const repo = m.getRepository(OrganizationEntity);
      const now = new Date();
      const row = await repo.save(
        repo.create({
          name,
          shortName,
          nameSearch: searchText(name, shortName),
          kind: o.kind,
          level: level!,
          areaId: o.areaId,
          parentId: parent?.id ?? null,
          path: '/',
          depth: parent ? parent.depth + 1 : 0,
          validFrom: o.validFrom,
          validTo: o.validTo,
          createdAt: now,
          updatedAt: now,
        }),
      );
      row.path = `${parent?.path ?? '/'}${row.id}/`;
      await repo.update({ id: row.id }, { path: row.path });
      await this.audit(m, 'create', null, row);
      invalidateScopes();
      return row;
    });
  }

  async update(id: number, c: OrganizationChanges): Promise<OrganizationEntity> {
    return withWriteLock(this.ds, 'organizations', async (m) => {
      const row = await this.writable(m, id);
      const before = { ...row };
      const p = new Problems();
      const name = c.name !== undefined ? c.name.trim() : row.name;
      const shortName = c.shortName === undefined ? row.shortName : c.shortName?.trim() || null;
      if (!name || name.length > NAME_MAX_LENGTH) p.add('input.name', `must be 1–${NAME_MAX_LENGTH} characters`);
      if (shortName && shortName.length > SHORT_NAME_MAX_LENGTH) p.add('input.shortName', `at most ${SHORT_NAME_MAX_LENGTH} characters`);
      if (c.kind != null && !isOrganizationKind(c.kind)) p.add('input.kind', 'unknown kind');
      const validity = { validFrom: c.validFrom ?? row.validFrom, validTo: row.validTo };
      const vp = validityProblems(validity);
      if (vp) p.add('input.validFrom', vp, 'INVALID_VALIDITY');
      if (!vp && c.validFrom) {
        const parent = row.parentId != null ? await this.load(row.parentId, m) : null;
        if (parent && !covers(parent, validity)) p.add('input.validFrom', 'the parent was not active then', 'PARENT_NOT_VALID');
        const earlierChildren = await m
          .getRepository(OrganizationEntity)
          .createQueryBuilder('c')
          .where('c.parentId = :id AND c.validFrom < :from', { id: row.id, from: validity.validFrom })
          .getCount();
        if (earlierChildren) p.add('input.validFrom', `${earlierChildren} sub-organizations start earlier`, 'INVALID_VALIDITY');
      }
      p.throwIfAny();
      Object.assign(row, {
        name,
        shortName,
        nameSearch: searchText(name, shortName),
        kind: c.kind ?? row.kind,
        validFrom: validity.validFrom,
        updatedAt: new Date(),
      });
      const saved = await m.getRepository(OrganizationEntity).save(row);
      await this.audit(m, 'update', before, saved);
      return saved;
    });
  }

  /** Re-parent a subtree; a cycle is HIERARCHY_CYCLE. One UPDATE rewrites every path under it. */
  async move(id: number, newParentId: number | null): Promise<OrganizationEntity> {
    return withWriteLock(this.ds, 'organizations', async (m) => {
      const row = await this.writable(m, id);
      const before = { ...row };
      const p = new Problems();
      const parent = newParentId != null ? await referencedOrganization(m, this.caller, newParentId) : null;
      if (newParentId != null && !parent) p.add('input.newParentId', 'no such organization', 'UNKNOWN_PARENT');
      const scope = this.caller.scope('organization.write');
      if (parent ? !scope.ownsOrganization(parent.path) : newParentId == null && !scope.national) {
        throw forbidden('OUT_OF_SCOPE', 'You may not move organizations there.');
      }
      if (parent && wouldCreateCycle(row.path, parent.path)) {
        p.add('input.newParentId', 'the new parent is the organization itself or inside it', 'HIERARCHY_CYCLE');
      } else if (parent && !covers(parent, row)) {
        p.add('input.newParentId', 'the new parent is not active for all of the organization\'s dates', 'PARENT_NOT_VALID');
      }
      p.throwIfAny();
      const oldPrefix = row.path;
      const newPrefix = `${parent?.path ?? '/'}${row.id}/`;
      const delta = (parent ? parent.depth + 1 : 0) - row.depth;
      const d = dialectOf(this.ds);
      const r = subtreeRange(oldPrefix);
      await m
        .createQueryBuilder()
        .update(OrganizationEntity)
        .set({
          path: () => d.concat(':newPrefix', d.substrFrom('path', ':cut')),
          depth: () => `depth + :delta`,
          updatedAt: new Date(),
        })
        .where('path >= :from AND path < :to', r)
        .setParameters({ newPrefix, cut: oldPrefix.length + 1, delta })
        .execute();
      await m.getRepository(OrganizationEntity).update({ id: row.id }, { parentId: parent?.id ?? null });
      const moved = await this.load(row.id, m);
      await this.audit(m, 'move', before, moved);
      invalidateScopes();
      return moved;
    });
  }

  /** Close on a date, with everything under it still open; optionally name the successor. */
  async close(id: number, validTo: LocalDate, successorId: number | null) {
    return withWriteLock(this.ds, 'organizations', async (m) => {
      const row = await this.writable(m, id);
      const before = { ...row };
      if (row.validTo !== null && row.validTo <= validTo) {
        throw conflict('ALREADY_CLOSED', `The organization already closed on ${row.validTo}.`);
      }
      const p = new Problems();
      if (validTo < row.validFrom) p.add('input.validTo', `before the organization started (${row.validFrom})`, 'INVALID_VALIDITY');
      const range = subtreeRange(row.path);
      const laterStarts = validTo < row.validFrom ? 0 : await m
        .getRepository(OrganizationEntity)
        .createQueryBuilder('d')
        .where('d.path >= :from AND d.path < :to AND d.id <> :id', { ...range, id: row.id })
        .andWhere('d.validFrom > :validTo', { validTo })
        .getCount();
      if (laterStarts) {
        p.add('input.validTo', `${laterStarts} sub-organizations start after ${validTo}: move or close them first`, 'INVALID_VALIDITY');
      }
      const effectiveOn = addDays(validTo, 1);
      let successor: OrganizationEntity | null = null;
      if (successorId != null) {
        successor = await referencedOrganization(m, this.caller, successorId);
        if (!successor) p.add('input.successorId', 'no such organization', 'NOT_FOUND');
        else if (successor.id === row.id) p.add('input.successorId', 'an organization cannot succeed itself');
        else if (!isValidOn(successor, effectiveOn)) p.add('input.successorId', `the successor is not active on ${effectiveOn}`, 'INVALID_VALIDITY');
      }
      p.throwIfAny();
      // An earlier close (a correction) moves the existing succession links to the new first day.
      await m.getRepository(OrganizationSuccessionEntity).update({ predecessorId: row.id }, { effectiveOn });
      // Every descendant whose validity the close cuts gets its own audit entry (before → after).
      const cut = await m
        .getRepository(OrganizationEntity)
        .createQueryBuilder('d')
        .select(['d.id', 'd.path', 'd.validTo'])
        .where('d.path >= :from AND d.path < :to AND d.id <> :id', { ...range, id: row.id })
        .andWhere('(d.validTo IS NULL OR d.validTo > :validTo)', { validTo })
        .getMany();
      const res = await m
        .createQueryBuilder()
        .update(OrganizationEntity)
        .set({ validTo, updatedAt: new Date() })
        .where('path >= :from AND path < :to', range)
        .andWhere('(validTo IS NULL OR validTo > :validTo)', { validTo })
        .execute();
      await recordAudit(
        m,
        this.caller,
        cut.map((d) => ({
          entityType: 'Organization',
          entityRowId: d.id,
          action: 'closeWithParent',
          before: { validTo: d.validTo },
          after: { validTo, closedWith: row.id },
          orgPath: d.path,
        })),
      );
      if (successor && !(await m.getRepository(OrganizationSuccessionEntity).existsBy({ predecessorId: row.id, successorId: successor.id }))) {
        await m.getRepository(OrganizationSuccessionEntity).insert({
          predecessorId: row.id,
          successorId: successor.id,
          effectiveOn,
          createdAt: new Date(),
        });
      }
      const closed = await this.load(row.id, m);
      await this.audit(m, 'close', before, closed, { closedCount: res.affected ?? 0, successorId: successor?.id ?? null });
      invalidateScopes();
      return { organization: closed, closedCount: res.affected ?? 0 };
    });
  }

  /** Record that one organization took over from another (used by the demo data and mergers). */
  async linkSuccessor(predecessorId: number, successorId: number, effectiveOn: LocalDate): Promise<void> {
    await this.ds.transaction(async (m) => {
      const pred = await this.writable(m, predecessorId);
      const succ = await referencedOrganization(m, this.caller, successorId);
      if (!succ) throw notFound('Organization');
      const link = { predecessorId, successorId, effectiveOn, createdAt: new Date() };
      await m.getRepository(OrganizationSuccessionEntity).insert(link);
      await recordAudit(m, this.caller, {
        entityType: 'Organization',
        entityRowId: predecessorId,
        action: 'linkSuccessor',
        before: null,
        after: { successorId, effectiveOn },
        orgPath: pred.path,
      });
    });
    invalidateScopes();
  }
}
