/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * The Fund for the Poor ledger (issue 5 §1–2) through GraphQL on both engines: donations with
 * idempotent retries, disbursements with eligibility and overrides, the balance never below zero
 * (also under 50 simultaneous requests), transfers seen by both funds, reversals (once, never of a
 * reversal), pledges and their status, summaries, scope, and the invariant check after each step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../common/relay/global-id';
import { engines, startTestHub, type TestHub } from '../../../testing/harness';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { checkLedger, ledgerIsClean } from '../ledger-check';

const TX = 'transaction { id kind amount category occurredOn anonymous donor { name } reverses { id } } replayed fund { balance }';
const DONATE = `mutation ($i: RecordDonationInput!) { recordDonation(input: $i) { ${TX} } }`;
const DISBURSE = `mutation ($i: RecordDisbursementInput!) { recordDisbursement(input: $i) { ${TX} } }`;
const TRANSFER = `mutation ($i: RecordTransferInput!) { recordTransfer(input: $i) { ${TX} } }`;
const REVERSE = `mutation ($i: ReverseTransactionInput!) { reverseTransaction(input: $i) { ${TX} } }`;
const PLEDGE = `mutation ($i: RecordPledgeInput!) { recordPledge(input: $i) { pledge { id status fulfilled outstanding donor { id } } replayed } }`;
const CREATE = `mutation ($i: CreateFundInput!) { createFund(input: $i) { fund { id name level balance organization { name } bankAccounts { accountNumber } } } }`;

let keySeq = 0;
const key = () => `test-key-${process.pid}-${++keySeq}`;
const reason = (r: any) => r.errors?.[0]?.extensions?.reason;

describe.each(engines())('Fund for the Poor ledger (%s)', (engine) => {
  let hub: TestHub;
  let qnFund: string;
  let communeFund: string;
  let tvFund: string;
  let poorHousehold: string;
  let notPoorHousehold: string;

  const orgGid = async (name: string) => toGlobalId('Organization', (await hub.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ name })).id);
  const balance = async (fund: string) => (await hub.gql<any>('query ($id: ID!) { fund(id: $id) { balance } }', { id: fund })).data.fund.balance;
  const clean = async () => {
    const c = await checkLedger(hub.dataSource);
    expect(ledgerIsClean(c), JSON.stringify(c)).toBe(true);
  };
  const donate = (fund: string, amount: number, extra: Record<string, unknown> = {}, as = 'quangnam.officer') =>
    hub.gql<any>(DONATE, { i: { fundId: fund, idempotencyKey: key(), amount, occurredOn: '2024-10-20', channel: 'BANK_TRANSFER', newDonor: { kind: 'ENTERPRISE', name: 'Công ty TNHH Ánh Dương' }, ...extra } }, { as });

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true, demoFunds: false });
    const mk = async (org: string, name: string, level: string) => {
      const r = await hub.gql<any>(CREATE, { i: { organizationId: await orgGid(org), name, level, validFrom: '2021-01-01', bankAccounts: [{ bankName: 'Kho bạc Nhà nước', accountNumber: '3761.0.1234567', accountName: name }] } });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data.createFund.fund.id as string;
    };
    qnFund = await mk('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam', 'Quỹ Vì người nghèo tỉnh Quảng Nam', 'PROVINCE');
    tvFund = await mk('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh', 'Quỹ Vì người nghèo tỉnh Trà Vinh', 'PROVINCE');
    // A second fund the Quảng Nam officer owns: a district VFF committee under Quảng Nam (made by the system).
    const qn = await hub.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam' });
    const tayGiang = (await hub.dataSource.query("SELECT id FROM area WHERE code = '504'")) as { id: number }[];
    await hub.services.organizations.create({ name: 'Ủy ban MTTQ Việt Nam huyện Tây Giang', shortName: null, kind: 'VFF_COMMITTEE', level: 'DISTRICT', areaId: Number(tayGiang[0].id), parentId: qn.id, validFrom: qn.validFrom, validTo: qn.validTo });
    communeFund = await mk('Ủy ban MTTQ Việt Nam huyện Tây Giang', 'Quỹ Vì người nghèo huyện Tây Giang', 'DISTRICT');
    // Demo households of Quảng Nam by the class of their latest review.
    const latest = async (cls: string) => {
      const rows = (await hub.dataSource.query(
        `SELECT h.id AS id FROM household h JOIN area a ON a.id = h.areaId JOIN area p ON a.path LIKE CONCAT(p.path, '%')
          WHERE p.code = '49' AND (SELECT r.class FROM household_review r WHERE r.householdId = h.id ORDER BY r.year DESC, r.id DESC LIMIT 1) = ? ORDER BY h.id LIMIT 1`.replace("CONCAT(p.path, '%')", engine === 'sqlite' ? "p.path || '%'" : "CONCAT(p.path, '%')"),
        [cls],
      )) as { id: number }[];
      return toGlobalId('Household', Number(rows[0].id));
    };
    poorHousehold = await latest('POOR');
    notPoorHousehold = await latest('NOT_POOR');
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it('opens funds for VFF committees only, by organization.write holders', async () => {
    const r = await hub.gql<any>('query ($id: ID!) { fund(id: $id) { name level balance organization { name } bankAccounts { bankName accountNumber } } }', { id: qnFund });
    expect(r.data.fund).toMatchObject({ level: 'PROVINCE', balance: 0, organization: { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam' }, bankAccounts: [{ accountNumber: '3761.0.1234567' }] });
    const officer = await hub.gql<any>(CREATE, { i: { organizationId: await orgGid('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam'), name: 'X', level: 'PROVINCE', validFrom: '2024-01-01' } }, { as: 'quangnam.officer' });
    expect(officer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const again = await hub.gql<any>(CREATE, { i: { organizationId: await orgGid('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam'), name: 'Quỹ thứ hai', level: 'PROVINCE', validFrom: '2021-01-01' } });
    expect(reason(again)).toBe('DUPLICATE_CODE');
    const badLevel = await hub.gql<any>(CREATE, { i: { organizationId: await orgGid('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh'), name: 'X', level: 'COMMUNE', validFrom: '2030-01-01' } });
    expect(badLevel.errors?.[0].extensions.fieldErrors.map((f: any) => f.path).sort()).toEqual(['input.level', 'input.validFrom']);
    const notVff = await hub.gql<any>(CREATE, { i: { organizationId: await orgGid('Hội Cựu chiến binh tỉnh Quảng Nam'), name: 'X', level: 'PROVINCE', validFrom: '2024-01-01' } });
    expect(reason(notVff)).toBe('KIND_NOT_ALLOWED');
  });

  it('records a donation; a retry with the same key answers the first result; another payload on the key is IDEMPOTENCY_KEY_REUSED', async () => {
    const i = { fundId: qnFund, idempotencyKey: key(), amount: 10_000_000_000, occurredOn: '2024-10-20', channel: 'BANK_TRANSFER', newDonor: { kind: 'ENTERPRISE', name: 'Tập đoàn Hòa Phát' }, reference: 'FT24294001' };
    const first = await hub.gql<any>(DONATE, { i }, { as: 'quangnam.officer' });
    expect(first.errors).toBeUndefined();
    expect(first.data.recordDonation).toMatchObject({ transaction: { kind: 'DONATION', amount: 10_000_000_000, donor: { name: 'Tập đoàn Hòa Phát' } }, replayed: false, fund: { balance: 10_000_000_000 } });
    const again = await hub.gql<any>(DONATE, { i }, { as: 'quangnam.officer' });
    expect(again.data.recordDonation).toMatchObject({ transaction: { id: first.data.recordDonation.transaction.id }, replayed: true, fund: { balance: 10_000_000_000 } });
    const other = await hub.gql<any>(DONATE, { i: { ...i, amount: 5_000_000 } }, { as: 'quangnam.officer' });
    expect([other.errors?.[0].extensions.code, reason(other)]).toEqual(['CONFLICT', 'IDEMPOTENCY_KEY_REUSED']);
    expect(await balance(qnFund)).toBe(10_000_000_000);
    await clean();
  });

  it('refuses bad input with every problem at once and writes nothing', async () => {
    const before = await checkLedger(hub.dataSource);
    const r = await hub.gql<any>(DONATE, { i: { fundId: qnFund, idempotencyKey: key(), amount: 0, occurredOn: '2999-01-01', channel: 'IN_KIND', newDonor: { kind: 'INDIVIDUAL', name: ' ' } } }, { as: 'quangnam.officer' });
    expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions.fieldErrors.map((f: any) => f.path).sort()).toEqual(['input.amount', 'input.newDonor.name', 'input.occurredOn', 'input.valuation.basis', 'input.valuation.description']);
    const badKey = await hub.gql<any>(DONATE, { i: { fundId: qnFund, idempotencyKey: 'x', amount: 1, occurredOn: '2024-10-20', channel: 'CASH', newDonor: { kind: 'INDIVIDUAL', name: 'A' } } }, { as: 'quangnam.officer' });
    expect(badKey.errors?.[0].extensions.fieldErrors[0].path).toBe('input.idempotencyKey');
    const after = await checkLedger(hub.dataSource);
    expect([after.transactions, after.entries]).toEqual([before.transactions, before.entries]);
  });

  it('pays eligible households; others are BENEFICIARY_NOT_ELIGIBLE unless a reviewer overrides with a justification', async () => {
    const pay = (householdId: string, extra: Record<string, unknown> = {}, as = 'quangnam.officer') =>
      hub.gql<any>(DISBURSE, { i: { fundId: qnFund, idempotencyKey: key(), amount: 40_000_000, occurredOn: '2024-11-02', channel: 'BANK_TRANSFER', category: 'HOUSING_NEW', beneficiaryKind: 'HOUSEHOLD', householdId, ...extra } }, { as });
    const ok = await pay(poorHousehold);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.recordDisbursement.fund.balance).toBe(10_000_000_000 - 40_000_000);
    expect(reason(await pay(notPoorHousehold))).toBe('BENEFICIARY_NOT_ELIGIBLE');
    const byOfficer = await pay(notPoorHousehold, { override: { justification: 'Nhà bị sập sau bão số 5, cần hỗ trợ khẩn cấp' } });
    expect([byOfficer.errors?.[0].extensions.code, reason(byOfficer)]).toEqual(['FORBIDDEN', 'PERMISSION_DENIED']);
    const tooShort = await pay(notPoorHousehold, { override: { justification: 'bão' } }, 'admin');
    expect(tooShort.errors?.[0].extensions.fieldErrors[0].path).toBe('input.override.justification');
    const byAdmin = await pay(notPoorHousehold, { override: { justification: 'Nhà bị sập sau bão số 5, cần hỗ trợ khẩn cấp' } }, 'admin');
    expect(byAdmin.errors).toBeUndefined();
    // Completing the house updates the household's housing status.
    const done = await hub.gql<any>('mutation ($i: CompleteHousingInput!) { completeHousing(input: $i) { transaction { housingCompletedOn } } }', { i: { transactionId: ok.data.recordDisbursement.transaction.id, completedOn: '2025-01-15' } }, { as: 'quangnam.officer' });
    expect(done.data.completeHousing.transaction.housingCompletedOn).toBe('2025-01-15');
    const h = await hub.gql<any>('query ($id: ID!) { household(id: $id) { housingStatus } }', { id: poorHousehold });
    expect(h.data.household.housingStatus).toBe('NEWLY_BUILT');
    await clean();
  });

  it('never lets a fund go below zero: FUND_BALANCE_INSUFFICIENT, nothing written', async () => {
    const r = await hub.gql<any>(DISBURSE, { i: { fundId: tvFund, idempotencyKey: key(), amount: 1, occurredOn: '2024-11-02', channel: 'CASH', category: 'TET_GIFT', beneficiaryKind: 'EVENT', beneficiaryName: 'Tết 2025' } });
    expect([r.errors?.[0].extensions.code, reason(r)]).toEqual(['CONFLICT', 'FUND_BALANCE_INSUFFICIENT']);
    expect(await balance(tvFund)).toBe(0);
    await clean();
  });

  it('reverses a transaction once; a reversal is never reversed; the balance follows', async () => {
    const d = await donate(qnFund, 2_000_000);
    const id = d.data.recordDonation.transaction.id;
    const before = await balance(qnFund);
    const rev = await hub.gql<any>(REVERSE, { i: { transactionId: id, idempotencyKey: key(), occurredOn: '2024-10-21', reason: 'Ghi trùng biên lai' } }, { as: 'quangnam.officer' });
    expect(rev.errors).toBeUndefined();
    expect(rev.data.reverseTransaction).toMatchObject({ transaction: { kind: 'REVERSAL', amount: 2_000_000, reverses: { id } }, fund: { balance: before - 2_000_000 } });
    const twice = await hub.gql<any>(REVERSE, { i: { transactionId: id, idempotencyKey: key(), occurredOn: '2024-10-21', reason: 'again' } }, { as: 'quangnam.officer' });
    expect(reason(twice)).toBe('ALREADY_REVERSED');
    const ofReversal = await hub.gql<any>(REVERSE, { i: { transactionId: rev.data.reverseTransaction.transaction.id, idempotencyKey: key(), occurredOn: '2024-10-22', reason: 'undo' } }, { as: 'quangnam.officer' });
    expect(reason(ofReversal)).toBe('CANNOT_REVERSE_REVERSAL');
    const early = await donate(qnFund, 1_000);
    const backdated = await hub.gql<any>(REVERSE, { i: { transactionId: early.data.recordDonation.transaction.id, idempotencyKey: key(), occurredOn: '2024-10-01', reason: 'x' } }, { as: 'quangnam.officer' });
    expect(backdated.errors?.[0].extensions.fieldErrors[0].path).toBe('input.occurredOn');
    await clean();
  });

  it('moves money between funds: both ledgers show the transfer; summaries count it in and out', async () => {
    const r = await hub.gql<any>(TRANSFER, { i: { fromFundId: qnFund, toFundId: communeFund, idempotencyKey: key(), amount: 500_000_000, occurredOn: '2024-11-10', channel: 'BANK_TRANSFER' } }, { as: 'quangnam.officer' });
    expect(r.errors).toBeUndefined();
    const id = r.data.recordTransfer.transaction.id;
    const ledgerOf = async (fund: string) => (await hub.gql<any>('query ($f: ID!) { ledger(fundId: $f, first: 50, filter: { kind: TRANSFER }) { edges { node { id counterFund { id } } } totals { count moneyIn moneyOut } } }', { f: fund })).data.ledger;
    expect((await ledgerOf(qnFund)).edges.map((e: any) => e.node.id)).toContain(id);
    expect(await ledgerOf(communeFund)).toMatchObject({ totals: { count: 1, moneyIn: 500_000_000, moneyOut: 0 } });
    const s = await hub.gql<any>('query ($f: ID!) { fundSummary(fundId: $f, period: "2024") { raised spent transferredIn transferredOut openingBalance closingBalance spentByCategory { category amount count } } }', { f: qnFund });
    const sum = s.data.fundSummary;
    expect(sum.transferredOut).toBe(500_000_000);
    expect(sum.openingBalance + sum.raised - sum.spent + sum.transferredIn - sum.transferredOut).toBe(sum.closingBalance);
    expect(sum.spentByCategory).toEqual([{ category: 'HOUSING_NEW', amount: 80_000_000, count: 2 }]);
    const c = await hub.gql<any>('query ($f: ID!) { fundSummary(fundId: $f, period: "2024") { transferredIn closingBalance } }', { f: communeFund });
    expect(c.data.fundSummary).toEqual({ transferredIn: 500_000_000, closingBalance: 500_000_000 });
    const peak = await hub.gql<any>('query ($f: ID!) { peakMonthReport(fundId: $f, year: 2024) { from to raised } }', { f: qnFund });
    expect(peak.data.peakMonthReport).toMatchObject({ from: '2024-10-17', to: '2024-11-18' });
    expect((await hub.gql<any>('query ($f: ID!) { fundBalance(fundId: $f, asOf: "2024-10-19") { balance } }', { f: qnFund })).data.fundBalance.balance).toBe(0);
    await clean();
  });

  it('keeps pledges with their status; fulfilments cannot exceed what is outstanding', async () => {
    const p = await hub.gql<any>(PLEDGE, { i: { fundId: qnFund, idempotencyKey: key(), newDonor: { kind: 'ENTERPRISE', name: 'Ngân hàng Agribank Quảng Nam' }, amount: 5_000_000, pledgedOn: '2024-10-17', dueOn: '2024-12-31' } }, { as: 'quangnam.officer' });
    expect(p.errors).toBeUndefined();
    const pledge = p.data.recordPledge.pledge;
    const fulfil = (amount: number) => hub.gql<any>(DONATE, { i: { fundId: qnFund, idempotencyKey: key(), amount, occurredOn: '2024-11-01', channel: 'BANK_TRANSFER', donorId: pledge.donor.id, pledgeId: pledge.id } }, { as: 'quangnam.officer' });
    const f = await fulfil(2_000_000);
    expect(f.data.recordDonation.transaction.kind).toBe('PLEDGE_FULFILMENT');
    expect(reason(await fulfil(4_000_000))).toBe('PLEDGE_OVER_FULFILLED');
    const list = async (asOf: string) => (await hub.gql<any>('query ($f: ID!, $d: LocalDate) { pledges(fundId: $f, filter: { asOf: $d }) { edges { node { id status fulfilled outstanding } } } }', { f: qnFund, d: asOf })).data.pledges.edges[0].node;
    expect(await list('2024-11-30')).toMatchObject({ status: 'PARTIAL', fulfilled: 2_000_000, outstanding: 3_000_000 });
    expect((await list('2025-01-01')).status).toBe('OVERDUE');
    await clean();
  });

  it('never records a household poor in its latest review as a donor', async () => {
    const r = await donate(qnFund, 10_000, { newDonor: { kind: 'HOUSEHOLD', name: 'Hộ nghèo', householdId: poorHousehold } });
    expect([r.errors?.[0].extensions.code, reason(r)]).toEqual(['BAD_USER_INPUT', 'DONOR_IS_POOR_HOUSEHOLD']);
  });

  it('keeps to the caller’s scope: other provinces’ funds are NOT_FOUND; viewers cannot record', async () => {
    expect((await hub.gql<any>('query ($id: ID!) { fund(id: $id) { id } }', { id: qnFund }, { as: 'travinh.viewer' })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await donate(tvFund, 1_000)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await donate(tvFund, 1_000, {}, 'travinh.viewer')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    // The viewer's list holds Trà Vinh's funds (the demo's and this test's), never Quảng Nam's.
    const list = await hub.gql<any>('{ funds(first: 50) { edges { node { id name } } } }', {}, { as: 'travinh.viewer' });
    const ids = list.data.funds.edges.map((e: any) => e.node.id);
    expect(ids).toContain(tvFund);
    expect(ids).not.toContain(qnFund);
    expect(list.data.funds.edges.filter((e: any) => /Quảng Nam|Ninh Thuận|Trung ương/.test(e.node.name))).toEqual([]);
  });

  it('50 simultaneous disbursements against a balance covering 25: exactly 25 succeed, the rest FUND_BALANCE_INSUFFICIENT, never below zero', async () => {
    const fund = communeFund;
    const start = await balance(fund);
    const each = start / 25;
    expect(Number.isInteger(each)).toBe(true);
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        hub.gql<any>(DISBURSE, { i: { fundId: fund, idempotencyKey: key(), amount: each, occurredOn: '2024-11-15', channel: 'CASH', category: 'TET_GIFT', beneficiaryKind: 'EVENT', beneficiaryName: 'Quà Tết 2025' } }, { as: 'quangnam.officer' }),
      ),
    );
    const outcome = results.map((r) => reason(r) ?? 'OK');
    expect(outcome.filter((o) => o === 'OK')).toHaveLength(25);
    expect(outcome.filter((o) => o === 'FUND_BALANCE_INSUFFICIENT')).toHaveLength(25);
    expect(await balance(fund)).toBe(0);
    await clean();
  }, 60_000);

  it('10 simultaneous retries of one donation record it once', async () => {
    const i = { fundId: qnFund, idempotencyKey: key(), amount: 777_000, occurredOn: '2024-10-25', channel: 'CASH', newDonor: { kind: 'INDIVIDUAL', name: 'Nguyễn Văn Tâm' } };
    const before = await balance(qnFund);
    const results = await Promise.all(Array.from({ length: 10 }, () => hub.gql<any>(DONATE, { i }, { as: 'quangnam.officer' })));
    expect(results.map((r) => r.errors)).toEqual(Array(10).fill(undefined));
    expect(new Set(results.map((r) => r.data.recordDonation.transaction.id)).size).toBe(1);
    expect(results.filter((r) => !r.data.recordDonation.replayed)).toHaveLength(1);
    expect(await balance(qnFund)).toBe(before + 777_000);
    await clean();
  });

  it('pages the ledger newest first with the totals of the filtered set, in a constant number of statements', async () => {
    for (let k = 0; k < 12; k++) await donate(qnFund, 100_000 + k);
    const q = 'query ($f: ID!, $a: String) { ledger(fundId: $f, first: 3, after: $a) { edges { cursor node { id occurredOn amount fund { id } donor { name } reversedBy { id } } } pageInfo { hasNextPage endCursor } totals { count moneyIn moneyOut } } }';
    const p1 = await hub.gql<any>(q, { f: qnFund });
    const p2 = await hub.gql<any>(q, { f: qnFund, a: p1.data.ledger.pageInfo.endCursor });
    const ids = [...p1.data.ledger.edges, ...p2.data.ledger.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    const dates = [...p1.data.ledger.edges, ...p2.data.ledger.edges].map((e: any) => e.node.occurredOn);
    expect([...dates].sort().reverse()).toEqual(dates);
    const t = p1.data.ledger.totals;
    expect(t.moneyIn - t.moneyOut).toBe(await balance(qnFund));
    // Pages of 10 and 50 (every kind of row and link on both) cost the same statements.
    const ten = await hub.gql<any>(q.replace('first: 3', 'first: 10'), { f: qnFund });
    const fifty = await hub.gql<any>(q.replace('first: 3', 'first: 50'), { f: qnFund });
    expect(fifty.data.ledger.edges.length).toBeGreaterThan(10);
    expect(fifty.statements).toBe(ten.statements);
  });
});
