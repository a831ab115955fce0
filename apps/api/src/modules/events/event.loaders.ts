import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { LOADER_BATCH_MAX } from '@lnob/domain';
import { byIdLoader, groupBy, groupedLoader } from '../../common/hierarchy';
import { num } from '../../db/raw';
import { notReversed } from '../funds/ledger.queries';
import type { Caller } from '../auth/caller';
import { andWhereClause } from '../auth/scope';
import { EventEntity, EventOrganizerEntity } from './event.entity';
import { eventScopeSql } from './event.service';

/** A transaction credited to an event, with whether it was reversed since. */
export interface LinkedTransaction {
  transactionId: number;
  kind: string;
  amount: number;
  fundId: number;
  reversed: boolean;
}

/** Request-scoped loaders of the events module (one statement per batch each). */
export function createEventLoaders(ds: DataSource, caller: Caller) {
  return {
    eventById: byIdLoader(ds, EventEntity),
    /** Organizer rows of many events, first organizer first. */
    eventOrganizers: groupedLoader(ds, EventOrganizerEntity, 'eventId', { position: 'ASC' }),
    /** The transactions credited to many events (kind, amount, fund, reversed), in id order. */
    eventTransactions: new DataLoader<number, LinkedTransaction[]>(
      async (ids) => {
        const rows: { eventId: unknown; transactionId: unknown; kind: string; amount: unknown; fundId: unknown; reversed: unknown }[] = await ds.query(
          `SELECT et.eventId AS eventId, t.id AS transactionId, t.kind AS kind, t.amount AS amount, t.fundId AS fundId,
                  CASE WHEN ${notReversed('t')} THEN 0 ELSE 1 END AS reversed
             FROM event_transaction et JOIN ledger_transaction t ON t.id = et.transactionId
            WHERE et.eventId IN (${ids.map(() => '?').join(', ')}) ORDER BY t.id`,
          [...ids],
        );
        const by = groupBy(rows, (r) => num(r.eventId));
        return ids.map((id) => (by.get(id) ?? []).map((r): LinkedTransaction => ({ transactionId: num(r.transactionId), kind: r.kind, amount: num(r.amount), fundId: num(r.fundId), reversed: num(r.reversed) === 1 })));
      },
      { maxBatchSize: LOADER_BATCH_MAX },
    ),
    /** The events of many plans the caller may read, in date order (Plan.events). */
    eventsByPlan: new DataLoader<number, EventEntity[]>(
      async (planIds) => {
        const qb = ds.getRepository(EventEntity).createQueryBuilder('e').where({ planId: In([...planIds]) });
        andWhereClause(qb, eventScopeSql(caller, 'e.id'));
        const rows = caller.scope('organization.read').isEmpty ? [] : await qb.orderBy('e.startsOn', 'ASC').addOrderBy('e.id', 'ASC').getMany();
        const by = groupBy(rows, (r) => r.planId!);
        return planIds.map((id) => by.get(id) ?? []);
      },
      { maxBatchSize: LOADER_BATCH_MAX },
    ),
  };
}
