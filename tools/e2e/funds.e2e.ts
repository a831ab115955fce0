/**
 * The Fund for the Poor screens in headless Chromium against the real API with the demo data.
 *
 * The Quảng Nam provincial fund of the demo data (the committee was merged into Đà Nẵng on 1 July
 * 2025, so the fund takes movements dated up to 30/06/2025: everything here is dated January 2025).
 * The provincial officer, in the UI:
 * records a donation of 50.000.000 ₫ (double-clicked: one request) and sees the balance; tries a
 * disbursement larger than the balance and reads FUND_BALANCE_INSUFFICIENT with the balance; records
 * a valid one (an event, Tết gifts); records a second donation by the same donor (found by name with
 * the donor search) and reverses it from the ledger; records a pledge whose first answer is lost on the
 * way back (the retry with the same key answers "already recorded"); fulfils part of it from the
 * pledge list; reads the ledger's totals for January 2025, follows a reversed row to its reversal,
 * downloads the filtered ledger as CSV and XLSX, and reads the overview of 2025. The state stays
 * consistent: balance = before + 50 − 20 + 5 − 5 + 4 million. Screenshots: tools/e2e/artifacts/f1…f9.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fillDate, grouped, quangNamFund, runId, screenshot, setUpE2e, vnd } from './harness';

const e2e = setUpE2e('funds');

const JANUARY = { from: '2025-01-01', to: '2025-01-31' };
const RUN_ID = runId();
const DONOR = `Công ty TNHH Thử nghiệm ${RUN_ID}`;
const PLEDGER = `Ngân hàng Thử nghiệm ${RUN_ID}`;
const M = 1_000_000;

type Totals = { count: number; moneyIn: number; moneyOut: number };

async function januaryTotals(token: string, fundId: string): Promise<Totals> {
  const d = await e2e.data<{ ledger: { totals: Totals } }>('query ($f: ID!, $filter: LedgerFilter) { ledger(fundId: $f, filter: $filter, first: 1) { totals { count moneyIn moneyOut } } }', { f: fundId, filter: JANUARY }, token);
  return d.ledger.totals;
}

describe.runIf(e2e.run)('Fund for the Poor (quangnam.officer)', () => {
  it('records, refuses, reverses and retries money movements, and the ledger, totals, exports and overview agree', async () => {
    const officer = await e2e.tokenFor('quangnam.officer');
    const fund = await quangNamFund(e2e, officer);
    const before = { balance: fund.balance, totals: await januaryTotals(officer, fund.id) };

    const { page, problems } = await e2e.newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.method() === 'POST') requests.push(String((r.postDataJSON() as { operationName?: string } | null)?.operationName ?? ''));
    });
    await e2e.login(page, 'quangnam.officer');

    // 1. The funds in scope, then the fund.
    await page.getByRole('link', { name: 'Quỹ Vì người nghèo', exact: true }).click();
    await page.waitForURL(/#\/funds/);
    const list = page.getByTestId('funds-table');
    await list.locator(`tr[data-id="${fund.id}"]`).waitFor();
    await list.locator(`tr[data-id="${fund.id}"] a`).click();
    const view = page.locator(`[data-testid=fund-view][data-fund="${fund.id}"]`);
    await view.waitFor();
    expect(await page.getByTestId('fund-balance').textContent()).toBe(vnd(before.balance));
    await view.getByText('Kết thúc ngày 30/06/2025').first().waitFor();
    await page.getByTestId('fund-overview').waitFor();
    await screenshot(page, 'f1-fund-overview');

    // 2. A donation of 50.000.000 ₫ by a new enterprise donor, double-clicked: one request, recorded once.
    await page.getByTestId('open-donation').click();
    let dialog = page.getByRole('dialog');
    await dialog.locator('select[name=donorKind]').selectOption('ENTERPRISE');
    await dialog.locator('input[name=donorName]').fill(DONOR);
    await dialog.locator('input[name=amount]').fill('50.000.000');
    await dialog.locator('input[name=amount]').press('Tab');
    await dialog.getByText('50.000.000 ₫').waitFor();
    await fillDate(dialog, 'occurredOn', '10/01/2025');
    await dialog.locator('select[name=channel]').selectOption('BANK_TRANSFER');
    await dialog.locator('input[name=reference]').fill(`FT25010${RUN_ID}`);
    const donationsBefore = requests.filter((r) => r === 'RecordDonation').length;
    await dialog.getByTestId('submit').dblclick();
    await dialog.locator('[data-testid=recorded][data-replayed=false]').waitFor();
    expect(requests.filter((r) => r === 'RecordDonation').length - donationsBefore).toBe(1);
    expect(await dialog.getByTestId('recorded-balance').textContent()).toBe(vnd(before.balance + 50 * M));
    await screenshot(page, 'f2-donation-recorded');
    await dialog.getByTestId('close').click();
    await expect.poll(() => page.getByTestId('fund-balance').textContent()).toBe(vnd(before.balance + 50 * M));

    // 3. A disbursement larger than the balance: FUND_BALANCE_INSUFFICIENT, with the balance.
    await page.getByTestId('open-disbursement').click();
    dialog = page.getByRole('dialog');
    expect(await dialog.locator('select[name=category]').inputValue()).toBe('TET_GIFT');
    expect(await dialog.locator('select[name=beneficiaryKind]').inputValue()).toBe('EVENT');
    await dialog.locator('input[name=beneficiaryName]').fill('Quà Tết Ất Tỵ 2025 cho hộ nghèo huyện Tây Giang');
    const tooMuch = before.balance + 50 * M + 1;
    await dialog.locator('input[name=amount]').fill(String(tooMuch));
    await fillDate(dialog, 'occurredOn', '20/01/2025');
    await dialog.locator('select[name=channel]').selectOption('CASH');
    await dialog.getByTestId('submit').click();
    const refused = dialog.locator('[data-testid=submit-error][data-reason=FUND_BALANCE_INSUFFICIENT]');
    await refused.waitFor();
    await refused.getByText('Số dư quỹ không đủ cho khoản chi này.').waitFor();
    expect(await dialog.getByTestId('balance-insufficient').textContent()).toBe(
      `Số dư hiện tại của quỹ: ${vnd(before.balance + 50 * M)}. Số tiền cần chi: ${vnd(tooMuch)}. Còn thiếu ${vnd(1)}.`,
    );
    await screenshot(page, 'f3-disbursement-refused');

    // 4. The same form with a valid amount (the refused attempt recorded nothing): recorded.
    await dialog.locator('input[name=amount]').fill('20.000.000');
    await dialog.getByTestId('submit').click();
    await dialog.locator('[data-testid=recorded][data-replayed=false]').waitFor();
    expect(await dialog.getByTestId('recorded-balance').textContent()).toBe(vnd(before.balance + 30 * M));
    await dialog.getByTestId('close').click();

    // 5. A second donation by the same donor, found by name (accents left out) — recorded by mistake…
    await page.getByTestId('open-donation').click();
    dialog = page.getByRole('dialog');
    await dialog.locator('input[name=donorMode][value=existing]').check();
    await dialog.locator('input[name=donorSearch]').fill(`thu nghiem ${RUN_ID}`);
    await dialog.getByRole('option').getByRole('button', { name: new RegExp(`^${DONOR}`) }).click();
    await dialog.getByTestId('donor-picker').getByText(DONOR).waitFor();
    await dialog.locator('input[name=amount]').fill('5000000');
    await fillDate(dialog, 'occurredOn', '15/01/2025');
    await dialog.locator('select[name=channel]').selectOption('CASH');
    await dialog.locator('input[name=receiptNumber]').fill(`BL-${RUN_ID}`);
    await dialog.getByTestId('submit').click();
    await dialog.locator('[data-testid=recorded][data-replayed=false]').waitFor();
    expect(await dialog.getByTestId('recorded-balance').textContent()).toBe(vnd(before.balance + 35 * M));
    await dialog.getByTestId('close').click();

    // …and reversed from the ledger (January 2025).
    await page.getByRole('tab', { name: 'Sổ quỹ' }).click();
    const ledger = page.getByTestId('ledger');
    await fillDate(ledger, 'from', '01/01/2025');
    await fillDate(ledger, 'to', '31/01/2025');
    await page.waitForURL(/from=2025-01-01.*to=2025-01-31|to=2025-01-31.*from=2025-01-01/);
    const mistaken = page.getByTestId('ledger-table').locator('tr[data-kind=DONATION]', { hasText: `BL-${RUN_ID}` });
    await mistaken.getByTestId('reverse').click();
    dialog = page.getByRole('dialog');
    await dialog.getByTestId('reversal-original').getByText('5.000.000 ₫').waitFor();
    await dialog.locator('textarea[name=reason]').fill(`Ghi trùng biên lai BL-${RUN_ID}`);
    await fillDate(dialog, 'occurredOn', '16/01/2025');
    await dialog.getByTestId('submit').click();
    await dialog.locator('[data-testid=recorded][data-replayed=false]').waitFor();
    expect(await dialog.getByTestId('recorded-balance').textContent()).toBe(vnd(before.balance + 30 * M));
    await dialog.getByTestId('close').click();
    await page.getByTestId('ledger-table').locator('tr[data-kind=DONATION][data-reversed=true]', { hasText: `BL-${RUN_ID}` }).waitFor();
    await screenshot(page, 'f4-ledger-reversed');

    // 6. A pledge whose first answer is lost on the way back: "send again" (same key) answers
    //    "already recorded (retry)" and nothing is recorded twice.
    await page.getByTestId('open-pledge').click();
    dialog = page.getByRole('dialog');
    await dialog.locator('select[name=donorKind]').selectOption('ENTERPRISE');
    await dialog.locator('input[name=donorName]').fill(PLEDGER);
    await dialog.locator('input[name=amount]').fill('10.000.000');
    await fillDate(dialog, 'pledgedOn', '05/01/2025');
    await fillDate(dialog, 'dueOn', '31/03/2025');
    let lost = 0;
    await page.route('**/graphql', async (route) => {
      const op = (route.request().postDataJSON() as { operationName?: string } | null)?.operationName;
      if (op === 'RecordPledge' && lost === 0) {
        lost++;
        await route.fetch(); // the API records it…
        return route.abort('connectionreset'); // …and the answer never arrives
      }
      return route.fallback();
    });
    await dialog.getByTestId('submit').click();
    await dialog.locator('[data-testid=submit-error][data-reason=NETWORK]').waitFor();
    await dialog.getByText('Chưa rõ khoản này đã được ghi hay chưa.', { exact: false }).waitFor();
    expect(await dialog.getByTestId('submit').textContent()).toBe('Gửi lại');
    await screenshot(page, 'f5-pledge-network-error');
    await dialog.getByTestId('submit').click();
    await dialog.locator('[data-testid=recorded][data-replayed=true]').waitFor();
    await dialog.getByText('Đã ghi nhận trước đó (gửi lại)', { exact: true }).waitFor();
    await screenshot(page, 'f6-pledge-replayed');
    await page.unroute('**/graphql');
    await dialog.getByTestId('close').click();

    // 7. The pledge (once), partly fulfilled from the pledge list (its donor, its outstanding amount).
    await page.getByRole('tab', { name: 'Cam kết ủng hộ' }).click();
    const pledgeRows = page.getByTestId('pledges-table').locator('tbody tr', { hasText: PLEDGER });
    await pledgeRows.first().waitFor();
    expect(await pledgeRows.count()).toBe(1);
    await pledgeRows.getByTestId('fulfil').click();
    dialog = page.getByRole('dialog');
    await dialog.getByTestId('pledge-summary').getByText(PLEDGER).waitFor();
    expect(await dialog.locator('input[name=amount]').inputValue()).toBe('10.000.000');
    await dialog.locator('input[name=amount]').fill('4.000.000');
    await fillDate(dialog, 'occurredOn', '25/01/2025');
    await dialog.getByTestId('submit').click();
    await dialog.locator('[data-testid=recorded][data-replayed=false]').waitFor();
    await dialog.getByTestId('close').click();
    const pledgeRow = page.getByTestId('pledges-table').locator('tbody tr', { hasText: PLEDGER });
    await pledgeRow.getByText('6.000.000 ₫').waitFor();
    expect(await pledgeRow.locator('td').nth(4).textContent()).toBe('4.000.000 ₫');
    // due 31/03/2025 with money outstanding, read today: overdue
    expect(await pledgeRow.getAttribute('data-status')).toBe('OVERDUE');
    await screenshot(page, 'f7-pledges');

    // 8. The ledger of January 2025: totals of the filtered set, as the API counts them.
    await page.getByRole('tab', { name: 'Sổ quỹ' }).click();
    await page.waitForURL(/tab=ledger/);
    // the filter stays in the URL only while on the tab: set it again
    await fillDate(page.getByTestId('ledger'), 'from', '01/01/2025');
    await fillDate(page.getByTestId('ledger'), 'to', '31/01/2025');
    const after = await januaryTotals(officer, fund.id);
    expect(after).toEqual({ count: before.totals.count + 5, moneyIn: before.totals.moneyIn + 59 * M, moneyOut: before.totals.moneyOut + 25 * M });
    await expect.poll(() => page.getByTestId('totals-count').textContent()).toBe(grouped(after.count));
    expect(await page.getByTestId('totals-in').textContent()).toBe(vnd(after.moneyIn));
    expect(await page.getByTestId('totals-out').textContent()).toBe(vnd(after.moneyOut));
    expect(await page.getByTestId('fund-balance').textContent()).toBe(vnd(before.balance + 34 * M));
    await screenshot(page, 'f8-ledger-totals');

    // The reversed row links to its reversal, which links back.
    await page.getByTestId('ledger-table').locator('tr[data-kind=DONATION][data-reversed=true]', { hasText: `BL-${RUN_ID}` }).getByTestId('reversal-link').click();
    dialog = page.getByRole('dialog');
    await dialog.getByTestId('to-original').waitFor();
    await dialog.getByText(`Ghi trùng biên lai BL-${RUN_ID}`).waitFor();
    await dialog.getByTestId('to-original').click();
    await page.getByRole('dialog').getByText('Đã đảo ngày 16/01/2025').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();

    // 9. The filtered ledger as CSV (BOM, one line per transaction) and XLSX (numbers).
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csvDownload.suggestedFilename()).toBe('so-quy-quy-vi-nguoi-ngheo-tinh-quang-nam-2025-01-01-2025-01-31.csv');
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFNgày,Loại,Nội dung chi,Hình thức,Đối tượng,Ẩn danh,Thu vào,Chi ra,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines.length).toBe(1 + after.count);
    expect(lines.some((l) => l.startsWith('10/01/2025,Ủng hộ,,Chuyển khoản,') && l.includes(DONOR) && l.includes(',50000000,'))).toBe(true);
    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsxDownload.path())!);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(1 + after.count);
    expect(sheet.getRow(1).getCell(7).value).toBe('Thu vào');
    let sumIn = 0;
    let sumOut = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      sumIn += Number(row.getCell(7).value ?? 0);
      sumOut += Number(row.getCell(8).value ?? 0);
    });
    expect([sumIn, sumOut]).toEqual([after.moneyIn, after.moneyOut]);

    // 10. The overview of 2025 agrees with the API (one request for the year, its months and the peak month).
    await page.getByRole('tab', { name: 'Tổng quan' }).click();
    const overview = page.getByTestId('fund-overview');
    await overview.waitFor();
    // a fund of a committee merged on 01/07/2025 opens on its last year
    await overview.locator('select[name=year]').selectOption('2025');
    await page.waitForURL(/year=2025/);
    const month = (await e2e.data<{ fundSummary: { raised: number; spent: number; closingBalance: number } }>('query ($f: ID!) { fundSummary(fundId: $f, period: "2025-01") { raised spent closingBalance } }', { f: fund.id }, officer)).fundSummary;
    const january = page.getByTestId('fund-months').locator('tr[data-month="1"] td');
    expect(await january.nth(0).textContent()).toBe(vnd(month.raised));
    expect(await january.nth(2).textContent()).toBe(vnd(month.spent));
    await page.locator('[data-testid=fund-chart][data-chart-status=drawn]').waitFor();
    await overview.getByText('Tháng cao điểm "Vì người nghèo" (17/10/2025–18/11/2025)').waitFor();
    expect(await page.getByTestId('fund-balance-now').textContent()).toBe(vnd(before.balance + 34 * M));
    await screenshot(page, 'f9-overview-2025');

    // The API agrees: one pledge, the balance as the UI showed it.
    const api = await e2e.gql<{ fund: { balance: number }; pledges: { edges: { node: { donor: { name: string }; fulfilled: number; outstanding: number } }[] } }>(
      'query ($f: ID!) { fund(id: $f) { balance } pledges(fundId: $f, first: 100) { edges { node { donor { name } fulfilled outstanding } } } }',
      { f: fund.id },
      officer,
    );
    expect(api.body.data?.fund.balance).toBe(before.balance + 34 * M);
    expect(api.body.data?.pledges.edges.filter((e) => e.node.donor.name === PLEDGER).map((e) => [e.node.fulfilled, e.node.outstanding])).toEqual([[4 * M, 6 * M]]);

    // The lost answer is the only failed request the browser saw.
    expect(problems.filter((p) => !p.includes('net::ERR_CONNECTION_RESET') && !p.includes('Failed to fetch'))).toEqual([]);
    await page.context().close();
  });
});
