import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  checkEvent,
  DomainError,
  eventLinkRefusal,
  forbidden,
  isValidOn,
  notFound,
  Problems,
  type EventKind,
  type LocalDate,
} from '@lnob/domain';
import type { Cursor } from '../../common/relay/cursor';
import { trimOrNull } from '../../common/inputs';
import { organizationVisible } from '../../common/visibility';
import { isUniqueViolation } from '../../db/dialect';
import { AreaEntity } from '../areas/area.entity';
import { auditable, recordAudit } from '../audit/audit.writer';
import type { Caller } from '../auth/caller';
import { andWhereClause, type SqlClause } from '../auth/scope';
import { refusalError, visibleFund } from '../funds/fund.access';
import { FundEntity, LedgerTransactionEntity } from '../funds/fund.entity';
import { reversalOf } from '../funds/ledger.queries';
import { OrganizationEntity } from '../organizations/organization.entity';
import { planReadable } from '../plans/plan.access';
import { EventEntity, EventOrganizerEntity, EventTransactionEntity } from './event.entity';

export interface EventListFilter {
  planId?: number | null;
  kind?: EventKind | null;
  from?: LocalDate | null;
  to?: LocalDate | null;
  organizerId?: number | null;
}

export interface NewEvent {
  planId?: number | null;
  kind: EventKind;
  title: string;
  startsOn: LocalDate;
  endsOn: LocalDate;
  place?: string | null;
  areaId?: number | null;
  organizerIds: number[];
  participantsCount?: number | null;
  participants?: string | null;
  beneficiariesCount?: number | null;
  beneficiaries?: string | null;
  notes?: string | null;
}


/**
 * The SQL that keeps the events the caller may read (`organization.read` over one of the organizers,
 * directly or through the area an organizer works in); null when unrestricted. `eventId` names the
 * event id column of the outer query.
 */
export function eventScopeSql(caller: Caller, eventId: string): SqlClause | null {
  const orgs = caller.scope('organization.read').organizationSql('vo');
  if (!orgs) return null;
  return {
    sql: `EXISTS (SELECT 1 FROM event_organizer veo JOIN organization vo ON vo.id = veo.organizationId WHERE veo.eventId = ${eventId} AND ${orgs.sql})`,
    params: orgs.params,
  };
}

/**
 * Events (docs/plans.md): read with `organization.read` over any organizer (filtered in SQL); created
 * and credited with donations by `data.capture` owning the first organizer. Every change is audited
 * in its own transaction.
 */
export class EventService {
  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {}

  private visibleQuery(m: EntityManager = this.ds.manager): SelectQueryBuilder<EventEntity> {
    this.caller.require('organization.read');
    return andWhereClause(m.getRepository(EventEntity).createQueryBuilder('e'), eventScopeSql(this.caller, 'e.id'));
  }

  /** One event the caller may read; NOT_FOUND when unknown or out of scope. */
  async get(id: number, m: EntityManager = this.ds.manager): Promise<EventEntity> {
    const row = await this.visibleQuery(m).andWhere('e.id = :id', { id }).getOne();
    if (!row) throw notFound('Event');
    return row;
  }

  /** A page of events in scope, in date order (startsOn, id), and a lazy count. */
  async list(f: EventListFilter, limit: number, after: Cursor | null) {
    const build = () => {
      const qb = this.visibleQuery();
      if (f.planId != null) qb.andWhere('e.planId = :planId', { planId: f.planId });
      if (f.kind) qb.andWhere('e.kind = :kind', { kind: f.kind });
      if (f.from) qb.andWhere('e.endsOn >= :from', { from: f.from });
      if (f.to) qb.andWhere('e.startsOn <= :to', { to: f.to });
      if (f.organizerId != null) qb.andWhere('EXISTS (SELECT 1 FROM event_organizer fo WHERE fo.eventId = e.id AND fo.organizationId = :organizerId)', { organizerId: f.organizerId });
      return qb;
    };
    const qb = build();
    if (after) qb.andWhere('(e.startsOn > :afterKey OR (e.startsOn = :afterKey AND e.id > :afterId))', { afterKey: String(after.key), afterId: after.id });
    const rows = await qb.orderBy('e.startsOn', 'ASC').addOrderBy('e.id', 'ASC').take(limit).getMany();
    return { rows, count: () => build().getCount() };
  }

  /**
   * A new event with its organizers: every field problem at once (checkEvent, then the plan, area and
   * organizers: unknown or invisible ones are NOT_FOUND at their path, organizers must exist on
   * startsOn); then `data.capture` owning the first organizer (FORBIDDEN OUT_OF_SCOPE otherwise).
   */
  async create(i: NewEvent): Promise<EventEntity> {
    const capture = this.caller.require('data.capture');
    return this.ds.transaction(async (m) => {
      const p = new Problems().addAll(checkEvent(i));
      if (i.planId != null && !(await planReadable(m, this.caller, i.planId))) p.add('input.planId', 'no such plan', 'NOT_FOUND');
      let area: AreaEntity | null = null;
      if (i.areaId != null) {
        area = await m.getRepository(AreaEntity).findOneBy({ id: i.areaId });
        if (!area || !this.caller.scope('area.read').coversArea(area.path)) p.add('input.areaId', 'no such area', 'NOT_FOUND');
      }
      const organizers: OrganizationEntity[] = [];
      const ids = i.organizerIds ?? [];
      const byId = new Map((ids.length ? await m.getRepository(OrganizationEntity).findBy({ id: In(ids) }) : []).map((o) => [o.id, o]));
      for (const [k, id] of ids.entries()) {
        const org = byId.get(id);
        if (!org || !(await organizationVisible(m, this.caller, org))) p.add(`input.organizerIds[${k}]`, 'no such organization', 'NOT_FOUND');
        else {
          if (!p.has('input.startsOn') && !isValidOn(org, i.startsOn)) p.add(`input.organizerIds[${k}]`, `not in existence on ${i.startsOn} (${org.validFrom} – ${org.validTo ?? 'open'})`, 'INVALID_VALIDITY');
          organizers.push(org);
        }
      }
      p.throwIfAny();
      const first = organizers[0];
      if (!capture.ownsOrganization(first.path)) throw forbidden('OUT_OF_SCOPE', 'You may record events only for organizations you capture data for (the first organizer).');
      const now = new Date();
      const row = await m.getRepository(EventEntity).save(
        m.getRepository(EventEntity).create({
          planId: i.planId ?? null,
          kind: i.kind,
          title: i.title.trim(),
          startsOn: i.startsOn,
          endsOn: i.endsOn,
          place: trimOrNull(i.place) ?? null,
          areaId: area?.id ?? null,
          orgPath: first.path,
          participantsCount: i.participantsCount ?? null,
          participants: trimOrNull(i.participants) ?? null,
          beneficiariesCount: i.beneficiariesCount ?? null,
          beneficiaries: trimOrNull(i.beneficiaries) ?? null,
          notes: trimOrNull(i.notes) ?? null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await m.getRepository(EventOrganizerEntity).insert(organizers.map((o, position) => ({ eventId: row.id, organizationId: o.id, orgPath: o.path, position })));
      await recordAudit(m, this.caller, {
        entityType: 'Event',
        entityRowId: row.id,
        action: 'create',
        before: null,
        after: { ...auditable(row), organizerIds: organizers.map((o) => o.id) },
        orgPath: row.orgPath,
      });
      return row;
    });
  }

  /**
   * Credit a donation (or pledge fulfilment) to an event. The event must be readable and its first
   * organizer owned for `data.capture`; the transaction's fund readable (else NOT_FOUND at
   * input.transactionId); then eventLinkRefusal decides. Crediting it again to the same event changes
   * nothing; a concurrent link of the same transaction to another event loses on the primary key.
   */
  async linkTransaction(eventId: number, transactionId: number): Promise<EventEntity> {
    const capture = this.caller.require('data.capture');
    try {
      return await this.ds.transaction(async (m) => {
        const event = await this.get(eventId, m);
        if (!capture.ownsOrganization(event.orgPath)) throw forbidden('OUT_OF_SCOPE', 'You may change events only of organizations you capture data for (the first organizer).');
        const tx = await m.getRepository(LedgerTransactionEntity).findOneBy({ id: transactionId });
        const fund = tx && (await m.getRepository(FundEntity).findOneBy({ id: tx.fundId }));
        if (!tx || !visibleFund(this.caller, fund)) {
          new Problems().add('input.transactionId', 'no such transaction', 'NOT_FOUND').throwIfAny();
        }
        const reversed = (await reversalOf(m, tx!.id)) !== null;
        const linked = await m.getRepository(EventTransactionEntity).findOneBy({ transactionId: tx!.id });
        const refusal = eventLinkRefusal({ kind: tx!.kind, reversed, linkedEventId: linked?.eventId ?? null }, event.id);
        if (refusal) throw refusalError(refusal);
        if (linked) return event;
        await m.getRepository(EventTransactionEntity).insert({ transactionId: tx!.id, eventId: event.id });
        event.updatedAt = new Date();
        await m.getRepository(EventEntity).update({ id: event.id }, { updatedAt: event.updatedAt });
        await recordAudit(m, this.caller, { entityType: 'Event', entityRowId: event.id, action: 'linkTransaction', before: null, after: { transactionId: tx!.id, amount: tx!.amount }, orgPath: event.orgPath });
        return event;
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // A concurrent request credited it first: the same event (a retry) is fine, another one is not.
      const winner = await this.ds.getRepository(EventTransactionEntity).findOneBy({ transactionId });
      if (winner?.eventId === eventId) return this.get(eventId);
      throw new DomainError('CONFLICT', 'TRANSACTION_ALREADY_LINKED', 'The transaction was credited to another event at the same time.', [{ path: 'input.transactionId', message: 'already credited to an event' }]);
    }
  }
}
