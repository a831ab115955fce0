import type { DataSource } from 'typeorm';
import { num } from '../../db/raw';
import { signedAmount } from './ledger.queries';

export interface LedgerCheck {
  transactions: number;
  entries: number;
  funds: number;
  /** Transactions whose entries do not sum to zero (debits ≠ credits), or that have fewer than 2 entries. */
  unbalancedTransactions: number[];
  /** Funds whose cached balance differs from the sum of their entries. */
  balanceMismatches: { fundId: number; cached: number; entries: number }[];
  /** Funds below zero. */
  negativeFunds: number[];
  /** Reversals whose original is missing, is itself a reversal, or is reversed more than once. */
  badReversals: number[];
  ms: number;
}

/**
 * The ledger's invariants, checked over the whole database in four grouped statements
 * (`npm run check:ledger`; the tests run it after every scenario): every group sums to zero, every
 * cached balance equals its entries, no fund is below zero, reversals are one-to-one.
 */
export async function checkLedger(ds: DataSource): Promise<LedgerCheck> {
  const t0 = performance.now();
  const signed = signedAmount('e');
  const [counts] = (await ds.query('SELECT (SELECT COUNT(*) FROM ledger_transaction) AS t, (SELECT COUNT(*) FROM ledger_entry) AS e, (SELECT COUNT(*) FROM fund) AS f')) as { t: unknown; e: unknown; f: unknown }[];
  const unbalanced = (await ds.query(
    `SELECT t.id AS id FROM ledger_transaction t LEFT JOIN ledger_entry e ON e.transactionId = t.id
      GROUP BY t.id HAVING COUNT(e.id) < 2 OR COALESCE(SUM(${signed}), 0) <> 0`,
  )) as { id: unknown }[];
  const balances = (await ds.query(
    `SELECT f.id AS id, f.balance AS cached, COALESCE(s.b, 0) AS entries FROM fund f
       LEFT JOIN (SELECT e.fundId AS fundId, SUM(${signed}) AS b FROM ledger_entry e WHERE e.fundId IS NOT NULL GROUP BY e.fundId) s ON s.fundId = f.id
      WHERE f.balance <> COALESCE(s.b, 0) OR f.balance < 0`,
  )) as { id: unknown; cached: unknown; entries: unknown }[];
  const reversals = (await ds.query(
    `SELECT r.id AS id FROM ledger_transaction r LEFT JOIN ledger_transaction o ON o.id = r.reversesId
      WHERE (r.kind = 'REVERSAL' AND (o.id IS NULL OR o.kind = 'REVERSAL')) OR (r.kind <> 'REVERSAL' AND r.reversesId IS NOT NULL)`,
  )) as { id: unknown }[];
  return {
    transactions: num(counts.t),
    entries: num(counts.e),
    funds: num(counts.f),
    unbalancedTransactions: unbalanced.map((r) => num(r.id)),
    balanceMismatches: balances.filter((b) => num(b.cached) !== num(b.entries)).map((b) => ({ fundId: num(b.id), cached: num(b.cached), entries: num(b.entries) })),
    negativeFunds: balances.filter((b) => num(b.cached) < 0).map((b) => num(b.id)),
    badReversals: reversals.map((r) => num(r.id)),
    ms: performance.now() - t0,
  };
}

export const ledgerIsClean = (c: LedgerCheck) => c.unbalancedTransactions.length + c.balanceMismatches.length + c.negativeFunds.length + c.badReversals.length === 0;
