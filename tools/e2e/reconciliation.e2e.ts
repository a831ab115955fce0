/**
 * Bank-statement reconciliation (đối chiếu sao kê) in headless Chromium against the real API with
 * the demo data.
 *
 * quangnam.officer opens the Quảng Nam provincial fund of the demo data (its committee was merged
 * into Đà Nẵng on 1 July 2025, so everything here is dated January 2025), records a donation of a
 * distinctive amount with a bank reference, and reads the reconciliation of January 2025 (two cash
 * donations recorded through the API beforehand: one the bank received 9 days later than it was
 * recorded, one never on the statement). Then uploads a statement CSV in the common Vietnamese bank
 * layout (title lines, `;`, dd/MM/yyyy, `1.234.567`): the line with that amount, date and reference,
 * the late one, a line nobody recorded, a row with a bad date and a total row. The import says 3
 * lines read, row 7 INVALID_DATE, row 8 skipped; the first line is PROPOSED with evidence REFERENCE
 * (and AMOUNT, DATE), the others UNMATCHED (outside the ±3-day window, no donation). The officer
 * matches the late line by hand (the donation of its amount 9 days apart), finds nothing for the
 * unknown one, confirms the proposal: the share matched rises at each step by exactly the donation
 * (the API agrees). The same file again is STATEMENT_ALREADY_IMPORTED. Screenshots:
 * tools/e2e/artifacts/r1…r7.
 */
import { describe, expect, it } from 'vitest';
import { fillDate, grouped, quangNamFund, runId, screenshot, setUpE2e, vnd } from './harness';

const e2e = setUpE2e('reconciliation');

const RUN_ID = runId();
const DONOR = `Công ty TNHH Đối chiếu ${RUN_ID}`;
/** A distinctive amount (no demo donation has it) and a bank reference of the FT25010001 kind. */
const AMOUNT = 12_345_000 + Number(RUN_ID.slice(-3));
const REFERENCE = `FT2501${RUN_ID.slice(-4)}`;
/** Received by the bank on 16/01, recorded as dated 25/01: matched by hand. */
const LATE = 3_210_000 + Number(RUN_ID.slice(-3));
/** Nobody recorded it. */
const UNKNOWN = 4_567_891;
/** Recorded, never on the statement. */
const CASH = 2_000_000;

/** The statement as a bank exports it: rows 1–2 titles, 3 the header, 4–6 lines, 7 a bad date, 8 the total. */
const STATEMENT = [
  'NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM',
  'SAO KÊ TÀI KHOẢN 3761.0.1049.0001 TỪ 01/01/2025 ĐẾN 31/01/2025',
  'Ngày GD;Số tiền;Nội dung;Số tham chiếu',
  `15/01/2025;${grouped(AMOUNT)};CONG TY TNHH DOI CHIEU ${RUN_ID} CK UNG HO QUY VI NGUOI NGHEO;${REFERENCE}`,
  `16/01/2025;${grouped(LATE)};NGUYEN VAN HAI CHUYEN TIEN;`,
  `17/01/2025;${grouped(UNKNOWN)};KHONG RO NGUOI GUI;`,
  '32/01/2025;9.000;SAI NGAY;',
  `Tổng cộng;${grouped(AMOUNT + LATE + UNKNOWN)};;`,
].join('\r\n');
const FILE = { name: `sao-ke-qn-01-2025-${RUN_ID}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${STATEMENT}\r\n`, 'utf8') };

interface Recon {
  amountIn: number;
  matched: number;
  unmatchedDonationsAmount: number;
  share: { numerator: number; denominator: number } | null;
}

async function reconciliation(token: string, fundId: string): Promise<Recon> {
  const d = await e2e.data<{ reconciliation: Recon }>('query ($f: ID!) { reconciliation(fundId: $f, period: "2025-01") { amountIn matched unmatchedDonationsAmount share { numerator denominator } } }', { f: fundId }, token);
  return d.reconciliation;
}

describe.runIf(e2e.run)('bank-statement reconciliation (quangnam.officer)', () => {
  it('imports a statement, proposes the recorded donation by its reference, confirms it, and the share matched rises', async () => {
    const officer = await e2e.tokenFor('quangnam.officer');
    const fund = await quangNamFund(e2e, officer);
    let seq = 0;
    for (const [amount, occurredOn, name] of [
      [LATE, '2025-01-25', `Ông Nguyễn Văn Hải ${RUN_ID}`],
      [CASH, '2025-01-20', `Bà Trần Thị Lan ${RUN_ID}`],
    ] as const) {
      await e2e.data('mutation ($i: RecordDonationInput!) { recordDonation(input: $i) { transaction { id } } }', { i: { fundId: fund.id, idempotencyKey: `recon-e2e-${RUN_ID}-${++seq}`, amount, occurredOn, channel: 'CASH', newDonor: { kind: 'INDIVIDUAL', name } } }, officer);
    }
    const before = await reconciliation(officer, fund.id);

    const { page, problems } = await e2e.newPage();
    await e2e.login(page, 'quangnam.officer');
    await page.getByRole('link', { name: 'Quỹ Vì người nghèo', exact: true }).click();
    await page.getByTestId('funds-table').locator(`tr[data-id="${fund.id}"] a`).click();
    await page.locator(`[data-testid=fund-view][data-fund="${fund.id}"]`).waitFor();

    // 1. A donation with the bank's reference, of a distinctive amount, on 15/01/2025.
    await page.getByTestId('open-donation').click();
    let dialog = page.getByRole('dialog');
    await dialog.locator('select[name=donorKind]').selectOption('ENTERPRISE');
    await dialog.locator('input[name=donorName]').fill(DONOR);
    await dialog.locator('input[name=amount]').fill(String(AMOUNT));
    await fillDate(dialog, 'occurredOn', '15/01/2025');
    await dialog.locator('select[name=channel]').selectOption('BANK_TRANSFER');
    await dialog.locator('input[name=reference]').fill(REFERENCE);
    await dialog.getByTestId('submit').click();
    await dialog.locator('[data-testid=recorded][data-replayed=false]').waitFor();
    await dialog.getByTestId('close').click();

    // 2. The reconciliation of January 2025, before the statement.
    await page.getByRole('tab', { name: 'Đối chiếu sao kê' }).click();
    const tab = page.getByTestId('reconciliation');
    await tab.waitFor();
    await tab.locator('select[name=reconYear]').selectOption('2025');
    await tab.locator('select[name=reconMonth]').selectOption('1');
    await page.waitForURL(/period=2025-01/);
    const summary = page.locator('[data-testid=recon-summary][data-period="2025-01"]');
    await summary.waitFor();
    expect(await summary.getByTestId('recon-amount-in').textContent()).toBe(vnd(before.amountIn + AMOUNT));
    expect(await summary.getByTestId('recon-matched').textContent()).toBe(vnd(before.matched));
    const percentBefore = (await summary.getByTestId('recon-share-percent').textContent()) ?? '';
    await screenshot(page, 'r1-reconciliation-before');

    // 3. The statement: the fund's only account is chosen already; file chosen, imported.
    const upload = page.getByTestId('statement-import');
    expect(await upload.locator('select[name=accountNumber]').inputValue()).toBe(fund.bankAccounts[0].accountNumber);
    await upload.getByTestId('statement-file').setInputFiles(FILE);
    await upload.getByTestId('statement-chosen').waitFor();
    await upload.getByTestId('statement-import-submit').click();
    const result = upload.getByTestId('import-result');
    await result.waitFor();
    expect(await result.getAttribute('data-lines')).toBe('3');
    await result.getByText('Đọc được 3 dòng giao dịch, từ 15/01/2025 đến 17/01/2025.').waitFor();
    expect(await result.locator('tr[data-row="7"]').getAttribute('data-reason')).toBe('INVALID_DATE');
    await result.locator('tr[data-row="7"]').getByText('Ngày không hợp lệ (dd/MM/yyyy).').waitFor();
    expect(await result.getByTestId('import-skipped').textContent()).toContain(': 8.');
    // the new statement is listed and chosen
    await page.waitForURL(/statement=/);
    await page.getByTestId('statements-table').getByText(FILE.name).waitFor();
    expect(await page.getByTestId('lines-statement').textContent()).toBe(FILE.name);

    // 4. Its lines: the donation proposed by reference, amount and date; the unknown one unmatched.
    const lines = page.getByTestId('lines-table');
    const proposed = lines.locator('tr[data-row="4"]');
    await proposed.locator('[data-status=PROPOSED]').first().waitFor();
    expect(await proposed.getAttribute('data-status')).toBe('PROPOSED');
    const evidence = await proposed.locator('[data-evidence]').evaluateAll((els) => els.map((e) => e.getAttribute('data-evidence')));
    expect(evidence).toContain('REFERENCE');
    expect(evidence).toEqual(expect.arrayContaining(['AMOUNT', 'DATE', 'REFERENCE']));
    const donation = proposed.getByTestId('line-donation');
    await donation.getByText(DONOR).waitFor();
    expect(await donation.textContent()).toContain(vnd(AMOUNT));
    expect(await donation.textContent()).toContain(REFERENCE);
    expect(await proposed.getByTestId('score').textContent()).toMatch(/^Điểm \d+$/);
    const late = lines.locator('tr[data-row="5"]');
    expect(await late.getAttribute('data-status')).toBe('UNMATCHED'); // 9 days apart: never proposed
    const unknown = lines.locator('tr[data-row="6"]');
    expect(await unknown.getAttribute('data-status')).toBe('UNMATCHED');
    expect(await unknown.locator('td').nth(2).textContent()).toBe(vnd(UNKNOWN));
    await screenshot(page, 'r2-statement-imported');

    // The unknown line has no donation of its amount to be matched with by hand.
    await unknown.getByTestId('line-match').click();
    dialog = page.getByRole('dialog');
    await dialog.getByTestId('no-candidates').waitFor();
    await screenshot(page, 'r3-manual-match-none');
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The late line: by hand, the donation of its amount recorded 9 days later.
    await late.getByTestId('line-match').click();
    dialog = page.getByRole('dialog');
    const candidate = dialog.getByTestId('candidates').locator('tbody tr');
    await candidate.first().waitFor();
    expect(await candidate.count()).toBe(1);
    expect(await candidate.textContent()).toContain(`Ông Nguyễn Văn Hải ${RUN_ID}`);
    expect(await candidate.textContent()).toContain('lệch 9 ngày');
    await screenshot(page, 'r4-manual-match');
    await candidate.getByTestId('choose-candidate').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[data-testid=line-result][data-status=CONFIRMED]').waitFor();
    await lines.locator('tr[data-row="5"][data-status=CONFIRMED]').waitFor();
    await expect.poll(() => summary.getByTestId('recon-matched').textContent()).toBe(vnd(before.matched + LATE));

    // 5. Confirmed: the line is CONFIRMED, the share matched rises by exactly the donation.
    await proposed.getByTestId('line-confirm').click();
    await page.locator('[data-testid=line-result][data-status=CONFIRMED]').waitFor();
    await lines.locator('tr[data-row="4"][data-status=CONFIRMED]').waitFor();
    await expect.poll(() => summary.getByTestId('recon-matched').textContent()).toBe(vnd(before.matched + LATE + AMOUNT));
    const after = await reconciliation(officer, fund.id);
    expect(after.matched).toBe(before.matched + LATE + AMOUNT);
    expect(after.amountIn).toBe(before.amountIn + AMOUNT);
    const share = summary.getByTestId('recon-share');
    expect(await share.getAttribute('data-numerator')).toBe(String(after.share!.numerator));
    expect(await share.getAttribute('data-denominator')).toBe(String(after.share!.denominator));
    expect(after.share!.numerator / after.share!.denominator).toBeGreaterThan(before.share ? before.share.numerator / before.share.denominator : 0);
    const percentAfter = (await summary.getByTestId('recon-share-percent').textContent()) ?? '';
    expect(percentAfter).not.toBe(percentBefore);
    expect(after.share!.numerator).toBeLessThan(after.share!.denominator); // the cash donation is not on the statement
    expect(await summary.getByTestId('recon-share-fraction').textContent()).toContain(`${vnd(after.matched)} / ${vnd(after.amountIn)}`);
    expect(await summary.getByTestId('recon-unmatched-donations').textContent()).toContain(vnd(before.unmatchedDonationsAmount - LATE));
    // the statement has nothing proposed left, one line unmatched
    await page.getByTestId('statements-table').getByText('0 đề xuất · 1 chưa khớp').waitFor();
    await screenshot(page, 'r5-confirmed-share-rose');

    // 6. Only confirmed lines, by the status filter.
    await page.getByTestId('statement-lines').locator('select[name=lineStatus]').selectOption('CONFIRMED');
    await page.waitForURL(/status=CONFIRMED/);
    await lines.locator('tr[data-row="6"]').waitFor({ state: 'detached' });
    expect(await lines.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')))).toEqual(['4', '5']);
    await screenshot(page, 'r6-confirmed-lines');

    // 7. The same file again is refused, clearly.
    await upload.getByTestId('statement-file').setInputFiles(FILE);
    await upload.getByTestId('statement-import-submit').click();
    const refused = upload.locator('[data-testid=import-error][data-reason=STATEMENT_ALREADY_IMPORTED]');
    await refused.waitFor();
    await refused.getByText('Sao kê này đã được nhập cho quỹ.').waitFor();
    await refused.getByText('Tệp này giống hệt một sao kê đã nhập cho quỹ nên không được nhập lại.', { exact: false }).waitFor();
    await screenshot(page, 'r7-already-imported');

    // The API agrees: one statement of this file, its lines as the screen showed them.
    const api = await e2e.gql<{ bankStatements: { edges: { node: { fileName: string; accountNumber: string; lines: { edges: { node: { row: number; status: string; transaction: { reference: string } | null } }[] } } }[] } }>(
      'query ($f: ID!) { bankStatements(fundId: $f, first: 100) { edges { node { fileName accountNumber lines(first: 10) { edges { node { row status transaction { reference } } } } } } } }',
      { f: fund.id },
      officer,
    );
    const mine = api.body.data?.bankStatements.edges.map((e) => e.node).filter((s) => s.fileName === FILE.name) ?? [];
    expect(mine).toHaveLength(1);
    expect(mine[0].accountNumber).toBe(fund.bankAccounts[0].accountNumber);
    expect(mine[0].lines.edges.map((e) => [e.node.row, e.node.status, e.node.transaction?.reference ?? null])).toEqual([
      [4, 'CONFIRMED', REFERENCE],
      [5, 'CONFIRMED', null],
      [6, 'UNMATCHED', null],
    ]);

    expect(problems).toEqual([]);
    await page.context().close();
  });
});
