import { In, type DataSource, type EntityManager } from 'typeorm';
import { conflict, DomainError, notFound, type Refusal, type Reason } from '@lnob/domain';
import { toGlobalId } from '../../common/relay/global-id';
import { dialectOf } from '../../db/dialect';
import { recordAudit, auditable } from '../audit/audit.writer';
import type { Caller } from '../auth/caller';
import { FundEntity } from './fund.entity';

/** A rule's refusal as the typed error it stands for. */
export function refusalError(r: Refusal): DomainError {
  // Figures name funds by their global id, as the API does everywhere else.
  const figures = Object.fromEntries(Object.entries(r.figures).map(([k, v]) => [k, k === 'fundId' && v !== null ? toGlobalId('Fund', Number(v)) : v]));
  return new DomainError(r.code, r.reason as Reason, r.message, r.fieldErrors, Object.keys(figures).length ? figures : null);
}

/** Throws the refusal of a domain decision. */
export function must<T extends object>(d: ({ ok: true } & T) | Refusal): { ok: true } & T {
  if (!d.ok) throw refusalError(d);
  return d;
}

/** The fund if the caller may read it (`organization.read` covering its committee), else null: for nested fields and node(). */
export function visibleFund<F extends Pick<FundEntity, 'orgPath' | 'areaPath'>>(caller: Caller, row: F | null | undefined): F | null {
  return row && caller.scope('organization.read').coversOrganization(row.orgPath, row.areaPath) ? row : null;
}

/**
 * Scope of funds (docs/funds.md): a fund is filed under its VFF committee. Reads need
 * `organization.read` covering the committee; money writes `data.capture` owning it.
 */
export class FundAccess {
  constructor(
    readonly ds: DataSource,
    readonly caller: Caller,
  ) {}

  visible(f: Pick<FundEntity, 'orgPath' | 'areaPath'>): boolean {
    return visibleFund(this.caller, f) !== null;
  }

  /** A fund the caller may read; NOT_FOUND otherwise. */
  async readable(id: number, m: EntityManager = this.ds.manager): Promise<FundEntity> {
    this.caller.require('organization.read');
    const f = await m.getRepository(FundEntity).findOneBy({ id });
    if (!f || !this.visible(f)) throw notFound('Fund');
    return f;
  }

  /**
   * One transaction that holds the funds' rows locked (MariaDB/MySQL: SELECT … FOR UPDATE in id
   * order, so two transfers never deadlock; SQLite: writes are serialised by its one connection).
   * `fn` gets the funds as locked, by id; unknown ids are missing from the map.
   */
  async withFunds<T>(ids: number[], fn: (m: EntityManager, funds: Map<number, FundEntity>) => Promise<T>): Promise<T> {
    const sorted = [...new Set(ids)].sort((a, b) => a - b);
    return this.ds.transaction(async (m) => {
      const qb = m.getRepository(FundEntity).createQueryBuilder('f').where({ id: In(sorted) }).orderBy('f.id', 'ASC');
      if (dialectOf(this.ds).kind === 'mysql') qb.setLock('pessimistic_write');
      const rows = await qb.getMany();
      return fn(m, new Map(rows.map((f) => [f.id, f])));
    });
  }

  /** The fund to move money of: NOT_FOUND when invisible, FORBIDDEN OUT_OF_SCOPE outside `data.capture`. */
  owned(funds: Map<number, FundEntity>, id: number): FundEntity {
    const f = funds.get(id);
    this.caller.requireOwned('data.capture', 'Fund', !!f && this.visible(f), (s) => s.ownsOrganization(f!.orgPath));
    return f!;
  }

  async audit(m: EntityManager, entityType: string, action: string, orgPath: string, before: object | null, after: object & { id: number }) {
    await recordAudit(m, this.caller, { entityType, entityRowId: after.id, action, before: before && auditable(before, ['payload']), after: auditable(after, ['payload']), orgPath });
  }

  /** CONFLICT BUSY when a concurrent request won a race the database settled (a unique key). */
  static busy(): DomainError {
    return conflict('BUSY', 'A concurrent request changed the same data; try again.');
  }
}
