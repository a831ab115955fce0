/**
 * The fund screens' effects on the normalised cache (app/graphcache.ts): a money movement updates
 * the fund's balance in place (both funds' for a transfer) and makes the ledger, summaries and
 * pledges read before stale; a reversal marks its original reversed at once.
 */
import { describe, expect, it, vi } from 'vitest';
import { makeResult, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { filter, map, pipe } from 'wonka';
import { createAdminClient } from '../../app/client';
import { operationName } from '../../testing/mock-client';
import { MONTH_ALIASES, overviewVariables } from './model';
import {
  ConfirmStatementMatchDocument,
  DonorPickerDocument,
  FundHeaderDocument,
  FundOverviewDocument,
  FundReconciliationDocument,
  FundsDocument,
  FundStatementLinesDocument,
  FundStatementsDocument,
  ImportBankStatementDocument,
  LedgerDocument,
  LedgerTransactionDocument,
  PledgesDocument,
  RecordDonationDocument,
  RecordPledgeDocument,
  RecordTransferDocument,
  ReverseTransactionDocument,
  type TransactionKind,
} from './operations';
import { tx } from './test-data';

const tick = () => new Promise((r) => setTimeout(r, 0));

const fund = (id: string, balance: number) => ({ __typename: 'Fund', id, name: `Quỹ ${id}`, level: 'PROVINCE', balance, validFrom: '2021-01-01', validTo: null, organization: null, area: null });
const fundF1 = { __typename: 'Fund', id: 'F1', name: 'Quỹ F1' };
const row = (id: string, kind: string, amount: number, x: Record<string, unknown> = {}) => tx({ id, kind: kind as TransactionKind, amount, channel: 'CASH', recordedBy: 'X', fund: fundF1, ...x });
const summary = { __typename: 'FundSummary', from: '2025-01-01', to: '2025-12-31', openingBalance: 0, closingBalance: 0, raised: 0, donations: 0, spent: 0, transferredIn: 0, transferredOut: 0, spentByCategory: [] };
const monthly = { __typename: 'FundSummary', from: '2025-01-01', raised: 0, spent: 0, transferredIn: 0, transferredOut: 0 };
const pageInfo = { __typename: 'PageInfo', hasNextPage: false, endCursor: null };
const statement = { __typename: 'BankStatement', id: 'S1', fileName: 'sao-ke.csv', accountNumber: null, lineCount: 1, fromDate: '2025-01-15', toDate: '2025-01-15', importedAt: '2025-01-20T03:00:00.000Z', importedBy: 'X' };
const line = (status: string) => ({
  __typename: 'StatementLine',
  id: 'L1',
  row: 4,
  occurredOn: '2025-01-15',
  amount: 30_000_000,
  description: 'UNG HO',
  reference: null,
  status,
  score: 70,
  evidence: ['AMOUNT', 'DATE'],
  transaction: { __typename: 'LedgerTransaction', id: 'T1', kind: 'DONATION', occurredOn: '2025-01-10', amount: 30_000_000, reference: null, receiptNumber: null, anonymous: false, donor: null, reversedBy: null },
});

function hub() {
  const seen: string[] = [];
  const balances: Record<string, number> = { F1: 30_000_000, F2: 0 };
  const fetchOverride: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      map((op: Operation): OperationResult => {
        const name = operationName(op);
        seen.push(name);
        const payload = (t: ReturnType<typeof row>, extra: Record<string, unknown> = {}) => ({
          __typename: 'LedgerTransactionPayload',
          replayed: false,
          fund: { __typename: 'Fund', id: 'F1', balance: balances.F1 },
          transaction: { ...t, counterFund: null, reverses: null, ...extra },
        });
        switch (name) {
          case 'FundHeader':
            return makeResult(op, { data: { fund: { ...fund('F1', balances.F1), campaignBoard: null, bankAccounts: [] } } });
          case 'Funds':
            return makeResult(op, { data: { funds: { __typename: 'FundConnection', totalCount: 2, edges: ['F1', 'F2'].map((id) => ({ __typename: 'FundEdge', node: fund(id, balances[id]) })), pageInfo } } });
          case 'Ledger':
            return makeResult(op, { data: { ledger: { __typename: 'LedgerConnection', totals: { __typename: 'LedgerTotals', count: 1, moneyIn: 30_000_000, moneyOut: 0 }, edges: [{ __typename: 'LedgerTransactionEdge', cursor: 'c1', node: row('T1', 'DONATION', 30_000_000) }], pageInfo } } });
          case 'LedgerTransaction':
            return makeResult(op, { data: { node: { ...row('T1', 'DONATION', 30_000_000), household: null } } });
          case 'Pledges':
            return makeResult(op, { data: { pledges: { __typename: 'PledgeConnection', totalCount: 0, edges: [], pageInfo } } });
          case 'FundOverview':
            return makeResult(op, { data: { fundBalance: { __typename: 'FundBalance', asOf: '2026-11-21', balance: balances.F1 }, year: summary, peak: summary, ...Object.fromEntries(MONTH_ALIASES.map((m) => [m, monthly])) } });
          case 'RecordDonation':
            balances.F1 += 5_000_000;
            return makeResult(op, { data: { recordDonation: payload(row('T2', 'DONATION', 5_000_000)) } });
          case 'RecordTransfer':
            balances.F1 -= 1_000_000;
            balances.F2 += 1_000_000;
            return makeResult(op, { data: { recordTransfer: payload(row('T3', 'TRANSFER', 1_000_000), { counterFund: { __typename: 'Fund', id: 'F2', name: 'Quỹ F2', balance: balances.F2 } }) } });
          case 'ReverseTransaction':
            balances.F1 -= 30_000_000;
            return makeResult(op, {
              data: { reverseTransaction: payload(row('T4', 'REVERSAL', 30_000_000, { occurredOn: '2025-01-12' }), { reverses: { __typename: 'LedgerTransaction', id: 'T1', reversedBy: { __typename: 'LedgerTransaction', id: 'T4', occurredOn: '2025-01-12' } } }) },
            });
          case 'FundStatements':
            return makeResult(op, { data: { bankStatements: { __typename: 'BankStatementConnection', totalCount: 1, edges: [{ __typename: 'BankStatementEdge', node: { ...statement, proposed: { __typename: 'StatementLineConnection', totalCount: 1 }, unmatched: { __typename: 'StatementLineConnection', totalCount: 0 } } }], pageInfo } } });
          case 'FundStatementLines':
            return makeResult(op, { data: { statementLines: { __typename: 'StatementLineConnection', totalCount: 1, edges: [{ __typename: 'StatementLineEdge', node: line('PROPOSED') }], pageInfo } } });
          case 'FundReconciliation':
            return makeResult(op, { data: { reconciliation: { __typename: 'Reconciliation', from: '2025-01-01', to: '2025-01-31', amountIn: 30_000_000, matched: 0, share: { __typename: 'Fraction', numerator: 0, denominator: 1, value: 0 }, unmatchedLines: 1, unmatchedLinesAmount: 30_000_000, unmatchedDonations: 1, unmatchedDonationsAmount: 30_000_000 } } });
          case 'ImportBankStatement':
            return makeResult(op, { data: { importBankStatement: { __typename: 'ImportBankStatementPayload', statement, problems: [], skippedRows: [] } } });
          case 'ConfirmStatementMatch':
            return makeResult(op, { data: { confirmStatementMatch: { __typename: 'StatementLinePayload', line: line('CONFIRMED') } } });
          case 'DonorPicker':
            return makeResult(op, { data: { donors: { __typename: 'DonorConnection', edges: [{ __typename: 'DonorEdge', node: { __typename: 'Donor', id: 'D1', name: 'Công ty TNHH Ánh Dương', kind: 'ENTERPRISE', taxCode: null } }] } } });
          case 'RecordPledge':
            return makeResult(op, { data: { recordPledge: { __typename: 'PledgePayload', replayed: false, pledge: { __typename: 'Pledge', id: 'P1', amount: 1, anonymous: false, pledgedOn: '2025-01-01', dueOn: '2025-02-01', fulfilled: 0, outstanding: 1, status: 'OPEN', note: null, donor: null } } } });
          default:
            return makeResult(op, { data: {} });
        }
      }),
    );
  const client = createAdminClient({ getToken: () => 'tok', onSessionEnded: () => undefined, fetchExchangeOverride: fetchOverride });
  return { client, seen, balances };
}

describe('fund screens in the cache', () => {
  it('a donation moves the balance in place and makes the ledger, the overview and the pledges read before stale', async () => {
    const warn = vi.spyOn(console, 'warn');
    const { client, seen } = hub();
    const reads = () =>
      Promise.all([
        client.query(FundHeaderDocument, { id: 'F1' }).toPromise(),
        client.query(LedgerDocument, { fundId: 'F1', filter: {}, first: 50, after: null }).toPromise(),
        client.query(FundOverviewDocument, overviewVariables('F1', 2025)).toPromise(),
        client.query(PledgesDocument, { fundId: 'F1', filter: {}, first: 20, after: null }).toPromise(),
      ]);
    await reads();
    expect(seen).toEqual(['FundHeader', 'Ledger', 'FundOverview', 'Pledges']);
    await client.mutation(RecordDonationDocument, { input: { fundId: 'F1', amount: 5_000_000, channel: 'CASH', occurredOn: '2025-01-11', idempotencyKey: 'k-12345678', newDonor: { kind: 'INDIVIDUAL', name: 'A' } } }).toPromise();
    await tick();
    seen.length = 0;
    const [h, , o] = await reads();
    // the balance came with the payload: no second read of the fund
    expect(h.data?.fund.balance).toBe(35_000_000);
    expect(seen.sort()).toEqual(['FundOverview', 'Ledger', 'Pledges']);
    expect(o.data?.fundBalance.balance).toBe(35_000_000);
    expect(warn).not.toHaveBeenCalled();
  });

  it('a transfer updates both funds in the list; a reversal marks its original reversed; a pledge refreshes the pledges', async () => {
    const { client, seen } = hub();
    await client.query(FundsDocument, { first: 20, after: null }).toPromise();
    await client.query(LedgerTransactionDocument, { id: 'T1' }).toPromise();
    await client.mutation(RecordTransferDocument, { input: { fromFundId: 'F1', toFundId: 'F2', amount: 1_000_000, channel: 'CASH', occurredOn: '2025-01-11', idempotencyKey: 'k-22345678' } }).toPromise();
    const list = await client.query(FundsDocument, { first: 20, after: null }).toPromise();
    expect(list.data?.funds.edges.map((e) => [e.node.id, e.node.balance])).toEqual([
      ['F1', 29_000_000],
      ['F2', 1_000_000],
    ]);
    await client.mutation(ReverseTransactionDocument, { input: { transactionId: 'T1', reason: 'trùng', occurredOn: '2025-01-12', idempotencyKey: 'k-32345678' } }).toPromise();
    const original = await client.query(LedgerTransactionDocument, { id: 'T1' }).toPromise();
    expect((original.data?.node as { reversedBy: unknown } | null)?.reversedBy).toMatchObject({ id: 'T4', occurredOn: '2025-01-12' });
    expect(seen.filter((s) => s === 'LedgerTransaction')).toHaveLength(1);
    expect(seen.filter((s) => s === 'Funds')).toHaveLength(1);

    await client.query(PledgesDocument, { fundId: 'F1', filter: {}, first: 20, after: null }).toPromise();
    await client.mutation(RecordPledgeDocument, { input: { fundId: 'F1', amount: 1, pledgedOn: '2025-01-01', dueOn: '2025-02-01', idempotencyKey: 'k-42345678', newDonor: { kind: 'INDIVIDUAL', name: 'B' } } }).toPromise();
    await tick();
    await client.query(PledgesDocument, { fundId: 'F1', filter: {}, first: 20, after: null }).toPromise();
    expect(seen.filter((s) => s === 'Pledges')).toHaveLength(2);
  });

  it('a statement import and a decision on a line make the statements, the lines and the share read before stale; a donation makes the share stale too', async () => {
    const warn = vi.spyOn(console, 'warn');
    const { client, seen } = hub();
    const reads = () =>
      Promise.all([
        client.query(FundStatementsDocument, { fundId: 'F1', first: 10, after: null }).toPromise(),
        client.query(FundStatementLinesDocument, { fundId: 'F1', statementId: null, status: undefined, first: 50, after: null }).toPromise(),
        client.query(FundReconciliationDocument, { fundId: 'F1', period: '2025-01' }).toPromise(),
      ]);
    await reads();
    await client.query(DonorPickerDocument, { search: 'anh duong', first: 10 }).toPromise();
    seen.length = 0;
    await client.mutation(ConfirmStatementMatchDocument, { input: { lineId: 'L1' } }).toPromise();
    await tick();
    await reads();
    expect(seen.sort()).toEqual(['ConfirmStatementMatch', 'FundReconciliation', 'FundStatementLines', 'FundStatements']);
    seen.length = 0;
    await client.mutation(ImportBankStatementDocument, { input: { fundId: 'F1', uploadId: 'u1' } }).toPromise();
    await tick();
    await reads();
    expect(seen.sort()).toEqual(['FundReconciliation', 'FundStatementLines', 'FundStatements', 'ImportBankStatement']);
    seen.length = 0;
    await client.mutation(RecordDonationDocument, { input: { fundId: 'F1', amount: 5_000_000, channel: 'CASH', occurredOn: '2025-01-11', idempotencyKey: 'k-52345678', newDonor: { kind: 'INDIVIDUAL', name: 'A' } } }).toPromise();
    await tick();
    await reads();
    expect(seen.sort()).toEqual(['FundReconciliation', 'RecordDonation']);
    expect(warn).not.toHaveBeenCalled();
  });
});
