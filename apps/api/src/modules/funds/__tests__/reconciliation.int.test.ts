/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * Bank-statement reconciliation (issue 5 §4) on both engines: a Vietnamese bank CSV imported for a
 * fund, money-in lines matched to donations by amount, date window, reference and donor name,
 * confirm / reject / match by hand / undo, one donation per line at most, the reconciled share.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../common/relay/global-id';
import { engines, startTestHub, type TestHub } from '../../../testing/harness';
import { upload } from '../../imports/__tests__/import-helpers';
import { OrganizationEntity } from '../../organizations/organization.entity';

const LINES = 'statementLines(fundId: $f, first: 50) { edges { node { id row amount status evidence transaction { id } } } }';
const IMPORT = `mutation ($i: ImportBankStatementInput!) { importBankStatement(input: $i) { statement { id lineCount fromDate toDate } problems { row reason } skippedRows } }`;
const act = (name: string, input = 'StatementLineInput') => `mutation ($i: ${input}!) { ${name}(input: $i) { line { id status transaction { id } } } }`;
const reason = (r: any) => r.errors?.[0]?.extensions?.reason;

describe.each(engines())('bank statement reconciliation (%s)', (engine) => {
  let hub: TestHub;
  let fund: string;
  const tx: Record<string, string> = {};
  let seq = 0;

  const donate = async (amount: number, occurredOn: string, name: string, reference: string | null = null) => {
    const r = await hub.gql<any>('mutation ($i: RecordDonationInput!) { recordDonation(input: $i) { transaction { id } } }', {
      i: { fundId: fund, idempotencyKey: `recon-${process.pid}-${++seq}`, amount, occurredOn, channel: 'BANK_TRANSFER', newDonor: { kind: 'ENTERPRISE', name }, reference },
    }, { as: 'quangnam.officer' });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.recordDonation.transaction.id as string;
  };
  const lines = async () => {
    const r = await hub.gql<any>(`query ($f: ID!) { ${LINES} }`, { f: fund }, { as: 'quangnam.officer' });
    return r.data.statementLines.edges.map((e: any) => e.node);
  };
  const byRow = async (row: number) => (await lines()).find((l: any) => l.row === row);

  const STATEMENT = [
    'NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM',
    'SAO KÊ TÀI KHOẢN 0041000123456',
    'Ngày GD;Số tiền;Nội dung;Số tham chiếu',
    '20/10/2024;10.000.000;CT TNHH ANH DUONG CK UNG HO QUY;FT24294001',
    '22/10/2024;5.000.000;NGUYEN VAN TAM UNG HO NGUOI NGHEO;',
    '15/10/2024;2.000.000;UNG HO;',
    '21/10/2024;7.000.000;KHONG RO NGUOI GUI;',
    '23/10/2024;-1.000.000;RUT TIEN CHI QUA TET;',
    'ba mươi/10/2024;9.000;SAI NGAY;',
    'Tổng cộng;23.000.000;;',
  ].join('\r\n');

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true, demoFunds: false });
    const org = await hub.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam' });
    const r = await hub.gql<any>('mutation ($i: CreateFundInput!) { createFund(input: $i) { fund { id } } }', { i: { organizationId: toGlobalId('Organization', org.id), name: 'Quỹ Vì người nghèo tỉnh Quảng Nam (sao kê)', level: 'PROVINCE', validFrom: '2021-01-01', bankAccounts: [{ bankName: 'Vietcombank', accountNumber: '0041000123456', accountName: 'Quỹ Vì người nghèo' }] } });
    fund = r.data.createFund.fund.id;
    tx.a = await donate(10_000_000, '2024-10-20', 'Công ty TNHH Ánh Dương', 'FT24294001');
    tx.b = await donate(5_000_000, '2024-10-21', 'Nguyễn Văn Tâm');
    tx.c = await donate(2_000_000, '2024-10-30', 'Trần Thị Lan');
    tx.d = await donate(3_000_000, '2024-10-21', 'Ghi nhầm');
    const rev = await hub.gql<any>('mutation ($i: ReverseTransactionInput!) { reverseTransaction(input: $i) { transaction { id } } }', { i: { transactionId: tx.d, idempotencyKey: `recon-rev-${process.pid}`, occurredOn: '2024-10-22', reason: 'Ghi nhầm' } }, { as: 'quangnam.officer' });
    expect(rev.errors).toBeUndefined();
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it('imports a statement: good lines stored and matched, bad rows reported, totals skipped', async () => {
    const up = await upload(hub, STATEMENT, { as: 'quangnam.officer', fileName: 'sao-ke-10-2024.csv' });
    const r = await hub.gql<any>(IMPORT, { i: { fundId: fund, uploadId: up.body.uploadId, accountNumber: '0041000123456' } }, { as: 'quangnam.officer' });
    expect(r.errors).toBeUndefined();
    expect(r.data.importBankStatement.statement).toMatchObject({ lineCount: 5, fromDate: '2024-10-15', toDate: '2024-10-23' });
    expect(r.data.importBankStatement.problems.map((p: any) => [p.row, p.reason])).toEqual([[9, 'INVALID_DATE']]);
    expect(r.data.importBankStatement.skippedRows).toEqual([10]);
    const ls = await lines();
    const s = (row: number) => ls.find((l: any) => l.row === row);
    expect(s(4)).toMatchObject({ status: 'PROPOSED', transaction: { id: tx.a } });
    expect(s(4).evidence).toContain('REFERENCE');
    expect(s(5)).toMatchObject({ status: 'PROPOSED', transaction: { id: tx.b } });
    expect(s(5).evidence).toContain('NAME');
    expect(s(6)).toMatchObject({ status: 'UNMATCHED', transaction: null }); // 15/10 vs 30/10: outside the window
    expect(s(7).status).toBe('UNMATCHED');
    expect(s(8)).toMatchObject({ status: 'OUTGOING', amount: -1_000_000 });
    // An account number that is not the fund's is refused.
    const other = await upload(hub, STATEMENT.replace('UNG HO;', 'UNG HO ;'), { as: 'quangnam.officer' });
    const wrongAccount = await hub.gql<any>(IMPORT, { i: { fundId: fund, uploadId: other.body.uploadId, accountNumber: '999999999' } }, { as: 'quangnam.officer' });
    expect(wrongAccount.errors?.[0].extensions.fieldErrors[0].path).toBe('input.accountNumber');
    // The same file again is refused.
    const again = await upload(hub, STATEMENT, { as: 'quangnam.officer' });
    expect(reason(await hub.gql<any>(IMPORT, { i: { fundId: fund, uploadId: again.body.uploadId } }, { as: 'quangnam.officer' }))).toBe('STATEMENT_ALREADY_IMPORTED');
  });

  it('confirms, rejects (never proposed again), matches by hand one donation per line, and undoes', async () => {
    const a = await byRow(4);
    expect((await hub.gql<any>(act('confirmStatementMatch'), { i: { lineId: a.id } }, { as: 'quangnam.officer' })).data.confirmStatementMatch.line.status).toBe('CONFIRMED');
    const b = await byRow(5);
    const rejected = await hub.gql<any>(act('rejectStatementMatch'), { i: { lineId: b.id } }, { as: 'quangnam.officer' });
    expect(rejected.data.rejectStatementMatch.line).toMatchObject({ status: 'UNMATCHED', transaction: null });
    const manual = await hub.gql<any>(act('matchStatementLine', 'MatchStatementLineInput'), { i: { lineId: b.id, transactionId: tx.b } }, { as: 'quangnam.officer' });
    expect(manual.data.matchStatementLine.line).toMatchObject({ status: 'CONFIRMED', transaction: { id: tx.b } });
    const line7 = await byRow(7);
    const taken = await hub.gql<any>(act('matchStatementLine', 'MatchStatementLineInput'), { i: { lineId: line7.id, transactionId: tx.a } }, { as: 'quangnam.officer' });
    expect(taken.errors?.[0].extensions.fieldErrors[0].message).toMatch(/10000000/); // amounts differ
    const line6 = await byRow(6);
    const wrong = await hub.gql<any>(act('matchStatementLine', 'MatchStatementLineInput'), { i: { lineId: line6.id, transactionId: tx.c } }, { as: 'quangnam.officer' });
    expect(wrong.data.matchStatementLine.line.status).toBe('CONFIRMED');
    const undo = await hub.gql<any>(act('unmatchStatementLine'), { i: { lineId: line6.id } }, { as: 'quangnam.officer' });
    expect(undo.data.unmatchStatementLine.line.status).toBe('UNMATCHED');
    expect((await hub.gql<any>(act('confirmStatementMatch'), { i: { lineId: line6.id } }, { as: 'quangnam.officer' })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('reports the reconciled share of money in over a period, exactly', async () => {
    const r = await hub.gql<any>('query ($f: ID!) { reconciliation(fundId: $f, period: "2024-10") { amountIn matched share { numerator denominator value } unmatchedLines unmatchedLinesAmount unmatchedDonations unmatchedDonationsAmount } }', { f: fund }, { as: 'quangnam.officer' });
    // In: 10M + 5M + 2M (the reversed 3M does not count); matched: 10M + 5M.
    expect(r.data.reconciliation).toEqual({
      amountIn: 17_000_000,
      matched: 15_000_000,
      share: { numerator: 15, denominator: 17, value: 15 / 17 },
      unmatchedLines: 2,
      unmatchedLinesAmount: 9_000_000,
      unmatchedDonations: 1,
      unmatchedDonationsAmount: 2_000_000,
    });
    // The public report states the same share, without login.
    const pub = await hub.gql<any>('query ($f: ID!) { publicFundReport(fundId: $f, period: "2024-10") { reconciledShare } }', { f: fund }, { as: null });
    expect(pub.data.publicFundReport.reconciledShare).toBeCloseTo(15 / 17, 12);
  });

  it('proposes a line again when its donation is recorded later, and withdraws it when the donation is reversed', async () => {
    expect((await byRow(7)).status).toBe('UNMATCHED');
    const late = await donate(7_000_000, '2024-10-21', 'Người gửi không rõ');
    expect(await byRow(7)).toMatchObject({ status: 'PROPOSED', transaction: { id: late } });
    const rev = await hub.gql<any>('mutation ($i: ReverseTransactionInput!) { reverseTransaction(input: $i) { transaction { id } } }', { i: { transactionId: late, idempotencyKey: `recon-rev2-${process.pid}`, occurredOn: '2024-10-22', reason: 'Ghi nhầm' } }, { as: 'quangnam.officer' });
    expect(rev.errors).toBeUndefined();
    expect((await byRow(7)).status).toBe('UNMATCHED');
    const reversed = await hub.gql<any>(act('matchStatementLine', 'MatchStatementLineInput'), { i: { lineId: (await byRow(7)).id, transactionId: late } }, { as: 'quangnam.officer' });
    expect(reversed.errors?.[0].extensions.fieldErrors[0].message).toMatch(/reversed/);
  });

  it('keeps to scope: other provinces read NOT_FOUND; viewers cannot act', async () => {
    expect((await hub.gql<any>(`query ($f: ID!) { ${LINES} }`, { f: fund }, { as: 'travinh.viewer' })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const line = await byRow(7);
    expect((await hub.gql<any>(act('confirmStatementMatch'), { i: { lineId: line.id } }, { as: 'travinh.viewer' })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const list = await hub.gql<any>('query ($f: ID!) { bankStatements(fundId: $f) { totalCount edges { node { fileName importedBy } } } }', { f: fund }, { as: 'quangnam.officer' });
    expect(list.data.bankStatements).toMatchObject({ totalCount: 1, edges: [{ node: { fileName: 'sao-ke-10-2024.csv' } }] });
  });

  it('answers the lines of every statement of a page with the same figures as statementLines, in statements that do not grow with the statements', async () => {
    const second = ['Ngày GD;Số tiền;Nội dung;Số tham chiếu', '25/10/2024;4.000.000;UNG HO QUY;', '26/10/2024;-500.000;PHI;', '27/10/2024;6.000.000;UNG HO;'].join('\r\n');
    const up = await upload(hub, second, { as: 'quangnam.officer', fileName: 'sao-ke-10-2024-b.csv' });
    expect((await hub.gql<any>(IMPORT, { i: { fundId: fund, uploadId: up.body.uploadId } }, { as: 'quangnam.officer' })).errors).toBeUndefined();
    const r = await hub.gql<any>(
      `query ($f: ID!) { bankStatements(fundId: $f) { edges { node { id all: lines(first: 2) { totalCount edges { node { row status } } pageInfo { hasNextPage } }
         proposed: lines(status: PROPOSED, first: 1) { totalCount } unmatched: lines(status: UNMATCHED, first: 1) { totalCount } outgoing: lines(status: OUTGOING, first: 1) { totalCount edges { node { row } } } } } } }`,
      { f: fund },
      { as: 'quangnam.officer' },
    );
    expect(r.errors).toBeUndefined();
    const statements = r.data.bankStatements.edges.map((e: any) => e.node);
    expect(statements).toHaveLength(2);
    for (const st of statements) {
      const flat = await hub.gql<any>('query ($f: ID!, $s: ID) { statementLines(fundId: $f, statementId: $s, first: 50) { edges { node { row status } } } }', { f: fund, s: st.id }, { as: 'quangnam.officer' });
      const ls = flat.data.statementLines.edges.map((e: any) => e.node);
      const of = (status: string) => ls.filter((l: any) => l.status === status);
      expect(st.all).toEqual({ totalCount: ls.length, edges: ls.slice(0, 2).map((node: any) => ({ node })), pageInfo: { hasNextPage: ls.length > 2 } });
      expect([st.proposed.totalCount, st.unmatched.totalCount, st.outgoing.totalCount]).toEqual([of('PROPOSED').length, of('UNMATCHED').length, of('OUTGOING').length]);
      expect(st.outgoing.edges).toEqual(of('OUTGOING').slice(0, 1).map((l: any) => ({ node: { row: l.row } })));
    }
    // Per statement, three fields used to cost a fund read, a page and a count each (9 per statement).
    expect(r.statements).toBeLessThanOrEqual(12);
  });
});
