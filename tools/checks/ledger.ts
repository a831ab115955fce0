/**
 * Check the Fund for the Poor ledger's invariants over the whole database.
 *
 *   npm run check:ledger
 *   DATABASE_URL=mysql://root@127.0.0.1:3306/lnob npm run check:ledger
 *
 * Every transaction's entries sum to zero (and there are at least two); every fund's cached balance
 * equals the sum of its entries; no fund is below zero; reversals are one-to-one and never of a
 * reversal. Prints the counts and the time; exits 1 (listing the offenders) when one fails.
 */
import { checkLedger, ledgerIsClean } from '@lnob/api/testing';
import { runCommand, withDatabase } from '../database';

async function main(): Promise<void> {
  await withDatabase({ logLevel: process.env.LOG_LEVEL ?? 'warn' }, async ({ ds, where }) => {
    const c = await checkLedger(ds);
    const n = (x: number) => x.toLocaleString('en-US');
    console.log(`${where}: ${n(c.transactions)} transactions, ${n(c.entries)} entries, ${n(c.funds)} funds checked in ${(c.ms / 1000).toFixed(2)} s`);
    if (ledgerIsClean(c)) {
      console.log('ledger clean: every group sums to zero, every cached balance equals its entries, no fund below zero, reversals one-to-one');
      return;
    }
    if (c.unbalancedTransactions.length) console.log(`UNBALANCED transactions (${c.unbalancedTransactions.length}): ${c.unbalancedTransactions.slice(0, 50).join(', ')}`);
    for (const b of c.balanceMismatches.slice(0, 50)) console.log(`BALANCE MISMATCH fund ${b.fundId}: cached ${b.cached}, entries ${b.entries}`);
    if (c.negativeFunds.length) console.log(`NEGATIVE funds: ${c.negativeFunds.join(', ')}`);
    if (c.badReversals.length) console.log(`BAD reversals: ${c.badReversals.slice(0, 50).join(', ')}`);
    process.exitCode = 1;
  });
}

runCommand(main, 'usage: npm run check:ledger   (DATABASE_URL as for the API)');
