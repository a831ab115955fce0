/**
 * The Fund for the Poor at scale (issue 5 "Figures to report"). A script that prints figures.
 *
 *   npm run bench:funds [-- --entries 1000000 --runs 200]
 *   LNOB_TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/lnob_test npm run bench:funds   (also MariaDB/MySQL; or BENCH_MYSQL_URL)
 *
 * For each engine: a fresh database with the demo data (SQLite in a file), a province fund holding
 * 100,000 transactions (200,000 entries) loaded directly, more funds up to `--entries` entries in
 * all; then over HTTP as the Quảng Nam officer, p50/p95 and SQL statements per request of:
 * recordDonation (sequential, each a new idempotency key), `ledger(first: 50)` with its links and
 * totals, `fundSummary(period: "2024")`, `publicFundReport(period: "2024")` of that fund; and the
 * invariant check (`checkLedger`) over every entry.
 */
import { checkLedger, DonorEntity, FundEntity, fromGlobalId, insertMany, toGlobalId, ledgerIsClean, LedgerEntryEntity, LedgerTransactionEntity, type Engine, type TestHub } from '@lnob/api/testing';
import { arg, benchEngines, hubRequest, measure, runBench, timingTable, withDemoHub, type TimedRow } from './common';

const FUND_TX = 100_000;
const vnd = (x: number) => `${x.toLocaleString('en-US')} ₫`;

/** Loads `count` transactions (a donation, or every 10th a disbursement) with their 2 entries into fund `fundId`, directly. */
async function fill(hub: TestHub, fundId: number, orgPath: string, count: number, startId: { tx: number; entry: number }, donors: number[]) {
  const batch = 5000;
  let balance = 0;
  for (let i = 0; i < count; i += batch) {
    const txs: LedgerTransactionEntity[] = [];
    const entries: LedgerEntryEntity[] = [];
    for (let k = i; k < Math.min(count, i + batch); k++) {
      const out = k % 10 === 9 && balance > 5_000_000;
      const amount = out ? 3_000_000 : 500_000 + (k % 97) * 10_000;
      const day = new Date(Date.UTC(2021, 0, 1) + Math.floor((k / count) * 1600) * 86_400_000).toISOString().slice(0, 10);
      const id = startId.tx++;
      txs.push(
        Object.assign(new LedgerTransactionEntity(), {
          id, fundId, counterFundId: null, kind: out ? 'DISBURSEMENT' : 'DONATION', category: out ? 'TET_GIFT' : null, channel: 'BANK_TRANSFER', amount, occurredOn: day, recordedAt: new Date(), userId: null, actorName: 'bench',
          donorId: out ? null : donors[k % donors.length], anonymous: k % 13 === 0, pledgeId: null, beneficiaryKind: out ? 'EVENT' : null, householdId: null, beneficiaryAreaPath: null, beneficiaryName: out ? 'Quà Tết' : null,
          receiptNumber: `BL-${id}`, reference: null, valuation: null, note: null, reversesId: null, overrideJustification: null, housingCompletedOn: null, idempotencyScope: null, payload: null, orgPath, counterOrgPath: null,
        }),
      );
      const fundSide = Object.assign(new LedgerEntryEntity(), { id: startId.entry++, transactionId: id, accountKind: 'FUND', accountId: String(fundId), direction: out ? 'CREDIT' : 'DEBIT', amount, fundId, occurredOn: day });
      const other = Object.assign(new LedgerEntryEntity(), { id: startId.entry++, transactionId: id, accountKind: out ? 'BENEFICIARY' : 'DONOR', accountId: out ? `EVENT:${fundId}:qua tet` : String(donors[k % donors.length]), direction: out ? 'DEBIT' : 'CREDIT', amount, fundId: null, occurredOn: day });
      entries.push(fundSide, other);
      balance += out ? -amount : amount;
    }
    await hub.dataSource.transaction(async (m) => {
      await insertMany(m, LedgerTransactionEntity, txs, 500);
      await insertMany(m, LedgerEntryEntity, entries, 1000);
    });
  }
  await hub.dataSource.query('UPDATE fund SET balance = balance + ? WHERE id = ?', [balance, fundId]);
}

function benchEngine(engine: Engine, totalEntries: number, runs: number) {
  return withDemoHub(engine, 'funds', { demoFunds: false }, async (hub) => {
    const officer = { as: 'quangnam.officer' };
    const [qn] = (await hub.dataSource.query("SELECT id, path FROM organization WHERE name = 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam'")) as { id: number; path: string }[];
    const created = await hubRequest<{ createFund: { fund: { id: string } } }>(hub, 'mutation ($i: CreateFundInput!) { createFund(input: $i) { fund { id } } }', { i: { organizationId: toGlobalId('Organization', qn.id), name: 'Quỹ Vì người nghèo tỉnh Quảng Nam', level: 'PROVINCE', validFrom: '2021-01-01' } });
    const fundGid = created.data.createFund.fund.id;
    /** More funds to reach the entry count: rows of their own under the same committee path (one fund per committee is the API's rule, not the data's). */
    const mk = async (name: string) => {
      const repo = hub.dataSource.getRepository(FundEntity);
      const f = await repo.save(repo.create({ name, level: 'COMMUNE', organizationId: qn.id, campaignBoardId: null, orgPath: qn.path, areaId: null, areaPath: null, validFrom: '2021-01-01', validTo: null, balance: 0, createdAt: new Date(), updatedAt: new Date() }));
      return toGlobalId('Fund', f.id);
    };
    const rowOf = (gid: string) => fromGlobalId(gid)!.rowId;
    const fundId = rowOf(fundGid);
    const donors = await insertDonors(hub, 2000, qn.path);
    // After the demo data's own ledger rows (the demo money).
    const [last] = (await hub.dataSource.query('SELECT (SELECT COALESCE(MAX(id), 0) FROM ledger_transaction) AS tx, (SELECT COALESCE(MAX(id), 0) FROM ledger_entry) AS entry')) as { tx: unknown; entry: unknown }[];
    const ids = { tx: Number(last.tx) + 1, entry: Number(last.entry) + 1 };
    const firstEntry = ids.entry;
    const t0 = performance.now();
    await fill(hub, fundId, qn.path, FUND_TX, ids, donors);
    let others = 0;
    while (ids.entry - firstEntry < totalEntries) {
      const g = await mk(`Quỹ phụ ${++others}`);
      await fill(hub, rowOf(g), qn.path, Math.min(200_000, (totalEntries - (ids.entry - firstEntry)) / 2), ids, donors);
    }
    const loadS = (performance.now() - t0) / 1000;

    const opts = { runs, warmup: 5, budgetMs: Infinity };
    let n = 0;
    const donation = await measure(
      'recordDonation (sequential, a new key each)',
      () => hubRequest<{ recordDonation: { fund: { balance: number } } }>(hub, 'mutation ($i: RecordDonationInput!) { recordDonation(input: $i) { transaction { id } fund { balance } } }', { i: { fundId: fundGid, idempotencyKey: `bench-${process.pid}-${++n}`, amount: 1_000_000, occurredOn: '2025-03-20', channel: 'BANK_TRANSFER', donorId: toGlobalId('Donor', donors[n % donors.length]) } }, officer),
      (d) => `balance ${vnd(d.recordDonation.fund.balance)}`,
      opts,
    );
    const LEDGER = 'query ($f: ID!) { ledger(fundId: $f, first: 50) { edges { node { id kind amount occurredOn anonymous fund { name } donor { name } reversedBy { id } } } pageInfo { hasNextPage endCursor } totals { count moneyIn moneyOut } } }';
    const ledger = await measure(`ledger(first: 50) + links + totals, fund of ${FUND_TX.toLocaleString('en-US')} tx`, () => hubRequest<{ ledger: { totals: { count: number } } }>(hub, LEDGER, { f: fundGid }, officer), (d) => `${d.ledger.totals.count.toLocaleString('en-US')} tx`, opts);
    const SUMMARY = 'query ($f: ID!) { fundSummary(fundId: $f, period: "2024") { raised spent openingBalance closingBalance spentByCategory { category amount } } }';
    const summary = await measure('fundSummary(period: "2024")', () => hubRequest<{ fundSummary: { raised: number } }>(hub, SUMMARY, { f: fundGid }, officer), (d) => `raised ${vnd(d.fundSummary.raised)}`, opts);
    // The public report of the province fund (signed in: anonymous callers would meet the 60-a-minute limit; same work otherwise).
    const PUBLIC = 'query ($f: ID!) { publicFundReport(fundId: $f, period: "2024") { raised spent closingBalance spentByCategory { category amount count } disbursements { count total } children { area { name } raised spent disbursements byCategory { category amount count } } donors { name anonymous donations total } bankAccounts { accountNumber } } }';
    const report = await measure('publicFundReport(period: "2024"), province fund, 2,000 donors', () => hubRequest<{ publicFundReport: { donors: unknown[] } }>(hub, PUBLIC, { f: fundGid }, officer), (d) => `${d.publicFundReport.donors.length} donor lines`, opts);
    const check = await checkLedger(hub.dataSource);
    if (!ledgerIsClean(check)) throw new Error(`ledger not clean: ${JSON.stringify(check).slice(0, 500)}`);
    return {
      rows: [donation, ledger, summary, report].map((r) => ({ ...r, engine })),
      note: `${engine}: loaded ${check.entries.toLocaleString('en-US')} entries directly in ${loadS.toFixed(1)} s; checkLedger over them ${(check.ms / 1000).toFixed(2)} s (4 statements), clean`,
    };
  });
}

async function insertDonors(hub: TestHub, count: number, orgPath: string): Promise<number[]> {
  const start = Number((await hub.dataSource.query('SELECT COALESCE(MAX(id), 0) AS id FROM donor'))[0].id) + 1;
  const rows = Array.from({ length: count }, (_, k) => Object.assign(new DonorEntity(), { id: start + k, kind: k % 3 ? 'INDIVIDUAL' : 'ENTERPRISE', name: `Nhà hảo tâm ${k}`, nameSearch: `nha hao tam ${k}`, organizationId: null, householdId: null, taxCode: null, orgPath, createdAt: new Date() }));
  await hub.dataSource.transaction((m) => insertMany(m, DonorEntity, rows));
  return rows.map((r) => r.id);
}

async function main() {
  const totalEntries = arg('entries', 1_000_000);
  const runs = arg('runs', 200);
  const rows: TimedRow[] = [];
  const notes: string[] = [];
  for (const engine of benchEngines()) {
    const r = await benchEngine(engine, totalEntries, runs);
    rows.push(...r.rows);
    notes.push(r.note);
  }
  console.log(`\nFund for the Poor, ${runs} runs after 5 warm-up, sequential, client-side round trip over HTTP on localhost; "SQL/req": statements per request (+ authentication).`);
  console.log(notes.join('\n'));
  console.log('');
  console.log(timingTable(rows));
}

runBench(main);
