import type { EntityManager } from 'typeorm';
import { MONEY_IN_KINDS, type LocalDate } from '@lnob/domain';
import { groupBy } from '../../common/hierarchy';
import { localDateOf, num } from '../../db/raw';

/**
 * SQL pieces of the ledger that several reads share (one place for the sign convention and for
 * "not reversed"). `q` is a DataSource or an EntityManager (inside a write's transaction).
 */
type Querier = Pick<EntityManager, 'query'>;

/** An entry's signed amount: + for a debit, − for a credit (a fund's balance is their sum). */
export const signedAmount = (alias: string) => `CASE WHEN ${alias}.direction = 'DEBIT' THEN ${alias}.amount ELSE -${alias}.amount END`;

/** `kindColumn` is a kind that brings money in (MONEY_IN_KINDS: donations and pledge fulfilments). */
export const isMoneyIn = (kindColumn: string) => `${kindColumn} IN (${MONEY_IN_KINDS.map((k) => `'${k}'`).join(', ')})`;

/** The transaction `alias` has no reversal (dated on or before `?` when `asOfParam`). */
export const notReversed = (alias: string, asOfParam = false) =>
  `NOT EXISTS (SELECT 1 FROM ledger_transaction r WHERE r.reversesId = ${alias}.id${asOfParam ? ' AND r.occurredOn <= ?' : ''})`;

/** A fund's balance at the end of `asOf`. */
export async function balanceAt(q: Querier, fundId: number, asOf: LocalDate): Promise<number> {
  const [row] = (await q.query(`SELECT COALESCE(SUM(${signedAmount('e')}), 0) AS b FROM ledger_entry e WHERE e.fundId = ? AND e.occurredOn <= ?`, [fundId, asOf])) as { b: unknown }[];
  return num(row?.b);
}

/** The id of the reversal of a transaction, or null. */
export async function reversalOf(q: Querier, transactionId: number): Promise<number | null> {
  const [row] = (await q.query('SELECT id FROM ledger_transaction WHERE reversesId = ?', [transactionId])) as { id: unknown }[];
  return row ? num(row.id) : null;
}

/** Non-reversed fulfilments of many pledges (dated on or before `asOf` when given), in one statement. */
export async function fulfilmentsOf(q: Querier, pledgeIds: readonly number[], asOf?: LocalDate): Promise<Map<number, { amount: number; occurredOn: LocalDate }[]>> {
  if (pledgeIds.length === 0) return new Map();
  const rows = (await q.query(
    `SELECT t.pledgeId AS pledgeId, t.amount AS amount, t.occurredOn AS occurredOn FROM ledger_transaction t
      WHERE t.pledgeId IN (${pledgeIds.map(() => '?').join(', ')}) AND t.kind = 'PLEDGE_FULFILMENT'${asOf ? ' AND t.occurredOn <= ?' : ''} AND ${notReversed('t')}`,
    asOf ? [...pledgeIds, asOf] : [...pledgeIds],
  )) as { pledgeId: unknown; amount: unknown; occurredOn: string | Date }[];
  return groupBy(
    rows.map((r) => ({ pledgeId: num(r.pledgeId), amount: num(r.amount), occurredOn: localDateOf(r.occurredOn) })),
    (f) => f.pledgeId,
  );
}
