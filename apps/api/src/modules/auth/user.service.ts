import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  conflict,
  contactProblems,
  foldVietnamese,
  forbidden,
  isInSubtree,
  isRole,
  normaliseUsername,
  notFound,
  passwordProblem,
  Problems,
  todayLocal,
  usernameProblem,
  validityProblems,
  type LocalDate,
  type Role,
} from '@lnob/domain';
import { whereAfter, whereSearch } from '../../common/hierarchy';
import { organizationPathOf, referencedOrganization } from '../../common/visibility';
import type { Cursor } from '../../common/relay/cursor';
import { withWriteLock } from '../../db/write-lock';
import { auditable, recordAudit } from '../audit/audit.writer';
import { OrganizationEntity } from '../organizations/organization.entity';
import { revokeSessions } from './auth.service';
import { invalidateScopes } from './authenticator';
import type { Caller } from './caller';
import { hashPassword } from './passwords';
import { andWhereClause, organizationIdInSubtrees } from './scope';
import { RoleAssignmentEntity, UserEntity } from './user.entity';

export interface UserListFilter {
  organizationId?: number | null;
  search?: string | null;
  role?: Role | null;
  active?: boolean | null;
  today: LocalDate;
}

export interface NewUser {
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  password: string;
  organizationId: number | null;
}

export interface UserChanges {
  displayName?: string;
  email?: string | null;
  phone?: string | null;
  organizationId?: number | null;
  active?: boolean;
}

export interface NewAssignment {
  userId: number;
  role: Role;
  organizationId: number | null;
  viewOrganizationId: number | null;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

const userSearch = (username: string, displayName: string) => foldVietnamese(`${username} ${displayName}`);

/**
 * Users and their role assignments. ORG_ADMINs manage the users whose organization lies in their
 * subtree and may grant roles there only; SYSTEM_ADMIN is granted by SYSTEM_ADMINs alone.
 */
export class UserService {
  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {}

  /** A user the caller may read (themselves, or within `user.read`); NOT_FOUND otherwise. */
  async get(rowId: number): Promise<UserEntity> {
    const row = await this.ds.getRepository(UserEntity).findOneBy({ id: rowId });
    if (row && row.id === this.caller.userId) return row;
    const scope = this.caller.require('user.read');
    if (!row || !(scope.national || scope.ownsOrganization(await organizationPathOf(this.ds.manager, row.organizationId)))) throw notFound('User');
    return row;
  }

  async list(f: UserListFilter, limit: number, after: Cursor | null) {
    const scope = this.caller.require('user.read');
    let within: OrganizationEntity | null = null;
    if (f.organizationId != null) {
      within = await this.ds.getRepository(OrganizationEntity).findOneBy({ id: f.organizationId });
      if (!within || !scope.ownsOrganization(within.path)) throw notFound('Organization');
    }
    const build = () => {
      const qb = this.ds.getRepository(UserEntity).createQueryBuilder('u');
      andWhereClause(qb, scope.organizationIdSql('u.organizationId'));
      if (within) andWhereClause(qb, organizationIdInSubtrees('u.organizationId', [within.path]));
      if (f.search) whereSearch(qb, ['u.nameSearch'], f.search);
      if (f.active != null) qb.andWhere('u.active = :active', { active: f.active });
      if (f.role) {
        qb.andWhere(
          'EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.userId = u.id AND ra.role = :role AND ra.validFrom <= :today AND (ra.validTo IS NULL OR ra.validTo >= :today))',
          { role: f.role, today: f.today },
        );
      }
      return qb;
    };
    const qb = build();
    whereAfter(qb, 'u', 'nameSearch', after);
    const rows = await qb.orderBy('u.nameSearch', 'ASC').addOrderBy('u.id', 'ASC').take(limit).getMany();
    return { rows, count: () => build().getCount() };
  }

  /** An organization a write refers to: must exist, be visible, and lie in the caller's `user.manage` subtrees. */
  private async managedOrganization(m: EntityManager, id: number | null, path: string, p: Problems): Promise<OrganizationEntity | null> {
    if (id === null) {
      if (!this.caller.scope('user.manage').national) throw forbidden('OUT_OF_SCOPE', 'Only system administrators manage users without an organization.');
      return null;
    }
    const org = await referencedOrganization(m, this.caller, id);
    if (!org) {
      p.add(path, 'no such organization', 'NOT_FOUND');
      return null;
    }
    if (!this.caller.scope('user.manage').ownsOrganization(org.path)) throw forbidden('OUT_OF_SCOPE', 'That organization is outside the subtree whose users you manage.');
    return org;
  }

  /**
   * Loads a user for a change, with the path of their organization (for the audit row): NOT_FOUND
   * when out of `user.read`, FORBIDDEN when not managed.
   */
  private async managedUser(m: EntityManager, id: number): Promise<{ row: UserEntity; orgPath: string | null }> {
    const row = await m.getRepository(UserEntity).findOneBy({ id });
    const orgPath = row ? await organizationPathOf(m, row.organizationId) : null;
    const visible = !!row && (row.id === this.caller.userId || this.caller.scope('user.read').ownsOrganization(orgPath));
    this.caller.requireOwned('user.manage', 'User', visible, (manage) => manage.ownsOrganization(orgPath));
    return { row: row!, orgPath };
  }

  /**
   * Changing an account or setting its password takes it over: an administrator below national level
   * may do so only when every role the user holds now or later lies in the subtree they manage (else
   * an ORG_ADMIN could reset a SYSTEM_ADMIN's password, or an officer's elsewhere, and sign in as them).
   */
  private async requireRolesWithin(m: EntityManager, userId: number): Promise<void> {
    const manage = this.caller.scope('user.manage');
    if (manage.national) return;
    const held = await m
      .getRepository(RoleAssignmentEntity)
      .createQueryBuilder('a')
      .where('a.userId = :userId AND (a.validTo IS NULL OR a.validTo >= :today)', { userId, today: todayLocal() })
      .getMany();
    const rootsOf = (a: RoleAssignmentEntity) => [a.organizationId, a.viewOrganizationId].filter((id): id is number => id !== null);
    const ids = [...new Set(held.flatMap(rootsOf))];
    const orgs = ids.length ? await m.getRepository(OrganizationEntity).find({ select: { id: true, path: true }, where: { id: In(ids) } }) : [];
    const pathOf = new Map(orgs.map((o) => [o.id, o.path]));
    for (const a of held) {
      const roots = rootsOf(a);
      if (a.role === 'SYSTEM_ADMIN' || roots.length === 0 || roots.some((id) => !manage.ownsOrganization(pathOf.get(id) ?? null))) {
        throw forbidden('OUT_OF_SCOPE', 'This user holds roles outside the subtree whose users you manage.');
      }
    }
  }

  /** Audits a change to a user, filed under the path of their organization (`orgPath`). */
  private async audit(m: EntityManager, action: string, before: Record<string, unknown> | null, after: UserEntity, orgPath: string | null) {
    await recordAudit(m, this.caller, {
      entityType: 'User',
      entityRowId: after.id,
      action,
      before,
      after: auditable(after, ['failedLogins', 'lastLoginAt']),
      orgPath,
    });
  }

  async create(u: NewUser): Promise<UserEntity> {
    this.caller.require('user.manage');
    const username = normaliseUsername(u.username);
    const p = contactProblems({ displayName: u.displayName, email: u.email, phone: u.phone });
    const up = usernameProblem(username);
    if (up) p.add('input.username', up);
    const weak = passwordProblem(u.password, username);
    if (weak) p.add('input.password', weak, 'WEAK_PASSWORD');
    const passwordHash = weak ? '' : await hashPassword(u.password);
    return withWriteLock(this.ds, 'users', async (m) => {
      const org = await this.managedOrganization(m, u.organizationId, 'input.organizationId', p);
      if (!up && (await m.getRepository(UserEntity).existsBy({ username }))) p.add('input.username', 'already taken', 'DUPLICATE_USERNAME');
      p.throwIfAny();
      const now = new Date();
      const repo = m.getRepository(UserEntity);
      const row = await repo.save(
        repo.create({
          username,
          displayName: u.displayName.trim(),
          nameSearch: userSearch(username, u.displayName),
          email: u.email?.trim() || null,
          phone: u.phone?.trim() || null,
          passwordHash,
          organizationId: u.organizationId,
          active: true,
          failedLogins: 0,
          lockedUntil: null,
          lastLoginAt: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.audit(m, 'create', null, row, org?.path ?? null);
      return row;
    });
  }

  async update(id: number, c: UserChanges): Promise<UserEntity> {
    return withWriteLock(this.ds, 'users', async (m) => {
      const { row, orgPath } = await this.managedUser(m, id);
      await this.requireRolesWithin(m, row.id);
      const before = auditable(row, ['failedLogins', 'lastLoginAt']);
      const p = contactProblems({ displayName: c.displayName, email: c.email, phone: c.phone });
      const org = c.organizationId === undefined ? undefined : await this.managedOrganization(m, c.organizationId, 'input.organizationId', p);
      if (c.active === false && row.id === this.caller.userId) p.add('input.active', 'you cannot deactivate yourself');
      p.throwIfAny();
      const now = new Date();
      if (c.displayName !== undefined) row.displayName = c.displayName.trim();
      if (c.email !== undefined) row.email = c.email?.trim() || null;
      if (c.phone !== undefined) row.phone = c.phone?.trim() || null;
      if (c.organizationId !== undefined) row.organizationId = c.organizationId;
      if (c.active !== undefined) row.active = c.active;
      row.nameSearch = userSearch(row.username, row.displayName);
      row.updatedAt = now;
      const saved = await m.getRepository(UserEntity).save(row);
      if (c.active === false) await revokeSessions(m, row.id, now);
      await this.audit(m, 'update', before, saved, org === undefined ? orgPath : (org?.path ?? null));
      invalidateScopes();
      return saved;
    });
  }

  /** An administrator sets a new password: unlocks the account and ends its sessions. */
  async resetPassword(id: number, newPassword: string): Promise<UserEntity> {
    return withWriteLock(this.ds, 'users', async (m) => {
      const { row, orgPath } = await this.managedUser(m, id);
      await this.requireRolesWithin(m, row.id);
      const weak = passwordProblem(newPassword, row.username);
      if (weak) new Problems().add('input.newPassword', weak, 'WEAK_PASSWORD').throwIfAny();
      const before = { passwordHash: row.passwordHash, lockedUntil: row.lockedUntil };
      const now = new Date();
      Object.assign(row, { passwordHash: await hashPassword(newPassword), failedLogins: 0, lockedUntil: null, updatedAt: now });
      const saved = await m.getRepository(UserEntity).save(row);
      await revokeSessions(m, row.id, now);
      await recordAudit(m, this.caller, {
        entityType: 'User',
        entityRowId: row.id,
        action: 'resetPassword',
        before,
        after: { passwordHash: row.passwordHash, lockedUntil: null },
        orgPath,
      });
      return saved;
    });
  }

  async assignRole(a: NewAssignment): Promise<RoleAssignmentEntity> {
    this.caller.require('user.manage');
    return withWriteLock(this.ds, 'users', async (m) => {
      await this.managedUser(m, a.userId);
      const p = new Problems();
      if (!isRole(a.role)) p.add('input.role', 'unknown role');
      if (a.role === 'SYSTEM_ADMIN' && !this.caller.scope('user.manage').national) {
        throw forbidden('OUT_OF_SCOPE', 'Only system administrators grant SYSTEM_ADMIN.');
      }
      if (a.organizationId === null && a.role !== 'SYSTEM_ADMIN') p.add('input.organizationId', 'required for this role');
      const org = a.organizationId === null ? null : await this.managedOrganization(m, a.organizationId, 'input.organizationId', p);
      if (a.viewOrganizationId !== null) {
        const view = await this.managedOrganization(m, a.viewOrganizationId, 'input.viewOrganizationId', p);
        if (view && org && !isInSubtree(view.path, org.path)) {
          p.add('input.viewOrganizationId', 'must be the organization itself or one above it in its system');
        }
      }
      const vp = validityProblems({ validFrom: a.validFrom, validTo: a.validTo });
      if (vp) p.add('input.validTo', vp, 'INVALID_VALIDITY');
      p.throwIfAny();
      const row = await m.getRepository(RoleAssignmentEntity).save(
        m.getRepository(RoleAssignmentEntity).create({ ...a, createdAt: new Date() }),
      );
      await recordAudit(m, this.caller, {
        entityType: 'RoleAssignment',
        entityRowId: row.id,
        action: 'assign',
        before: null,
        after: auditable(row),
        orgPath: org?.path ?? null,
      });
      invalidateScopes();
      return row;
    });
  }

  /** Ends an assignment on a date (history is kept: assignments are never deleted). */
  async endAssignment(id: number, validTo: LocalDate): Promise<RoleAssignmentEntity> {
    return withWriteLock(this.ds, 'users', async (m) => {
      const row = await m.getRepository(RoleAssignmentEntity).findOneBy({ id });
      if (!row) throw notFound('RoleAssignment');
      await this.managedUser(m, row.userId);
      const orgPath = await organizationPathOf(m, row.organizationId);
      if (!this.caller.scope('user.manage').ownsOrganization(orgPath)) {
        throw forbidden('OUT_OF_SCOPE', 'This assignment lies outside the subtree whose users you manage.');
      }
      if (row.validTo !== null && row.validTo <= validTo) throw conflict('ALREADY_CLOSED', `The assignment already ended on ${row.validTo}.`);
      const vp = validityProblems({ validFrom: row.validFrom, validTo });
      if (vp) new Problems().add('input.validTo', vp, 'INVALID_VALIDITY').throwIfAny();
      const before = auditable(row);
      row.validTo = validTo;
      const saved = await m.getRepository(RoleAssignmentEntity).save(row);
      await recordAudit(m, this.caller, {
        entityType: 'RoleAssignment',
        entityRowId: row.id,
        action: 'end',
        before,
        after: auditable(saved),
        orgPath,
      });
      invalidateScopes();
      return saved;
    });
  }
}
