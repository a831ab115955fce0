/**
 * The import page in headless Chromium against the real API with the demo data: a provincial
 * officer downloads nothing but checks the template link, uploads a small CSV written here (one row
 * registering a new household in Huyện Tây Giang in 2024, one row with an unknown area code), runs
 * the dry run to 100 %, reads the bad row's line and column in the error table, downloads the
 * problems as CSV, imports the valid row and sees one household registered — then finds it in the
 * households list. Screenshots go to tools/e2e/artifacts/ (i1…i6).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCsvLine } from '@lnob/domain';
import { screenshot, setUpE2e } from './harness';

const e2e = setUpE2e('import');

/** An invented head of household (no CCCD): the import registers a new household for them. */
const HEAD = 'Bhriu Thị Nhập Thử';
const HEADER = ['Mã địa bàn', 'Họ và tên chủ hộ', 'Năm rà soát', 'Thu nhập bình quân (đồng/người/tháng)', 'Chỉ số thiếu hụt'];
const CSV = `${[
  HEADER,
  // line 2: Huyện Tây Giang (code 504, rural, no sub-units, valid until 30/06/2025): poor in 2024
  ['504', HEAD, '2024', '1.000.000', 'NUTRITION; HEALTH_INSURANCE; HOUSING_QUALITY'],
  // line 3: no such area
  ['XX-NOPE', 'Không Có Thật', '2024', '1000000', ''],
]
  .map((cells) => toCsvLine(cells))
  .join('\r\n')}\r\n`;

describe.runIf(e2e.run)('import of household reviews (quangnam.officer)', () => {
  it('uploads a CSV, checks it (progress to 100 %, the bad row by line and column), imports the valid row and registers one household', async () => {
    const { page, problems } = await e2e.newPage();
    await e2e.login(page, 'quangnam.officer');

    // 1. The page, from the navigation (the officer may capture data).
    await page.getByRole('link', { name: 'Nhập kết quả rà soát', exact: true }).click();
    await page.waitForURL(/#\/imports/);
    const root = page.getByTestId('import-page');
    await root.locator('h1', { hasText: 'Nhập kết quả rà soát' }).waitFor();
    // The template links answer (Vietnamese template, with a BOM for Excel).
    const csvHref = await page.getByTestId('template-csv').getAttribute('href');
    expect(csvHref).toBe('/templates/household-reviews.csv?lang=vi');
    const template = await page.request.get(`${e2e.url}${csvHref}`);
    expect(template.status()).toBe(200);
    expect((await template.text()).replace(/^\uFEFF/, '').split('\r\n')[0]).toContain('Mã địa bàn');
    expect((await page.request.get(`${e2e.url}${await page.getByTestId('template-xlsx').getAttribute('href')}`)).status()).toBe(200);
    await root.getByText('Bạn chưa nhập tệp nào.').waitFor();

    // 2. Choose the file: name and size are shown.
    await page.getByTestId('import-file').setInputFiles({ name: 'ra-soat-tay-giang-2024.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await page.getByTestId('import-chosen').filter({ hasText: 'ra-soat-tay-giang-2024.csv' }).waitFor();
    await screenshot(page, 'i1-import-file-chosen');

    // 3. Upload and dry run: the progress reaches 100 %, then the counts.
    await page.getByTestId('import-check').click();
    await page.waitForURL(/#\/imports\?job=/);
    const dryRun = page.locator('[data-testid=import-job][data-dry-run=true]');
    await page.locator('[data-testid=import-job][data-dry-run=true][data-status=SUCCEEDED]').waitFor();
    const bar = dryRun.getByRole('progressbar');
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    expect(await dryRun.getByTestId('import-progress-text').textContent()).toBe('2 / 2 dòng (100 %)');
    const count = async (id: string) => (await dryRun.getByTestId(id).textContent())?.trim();
    expect({ total: await count('import-total'), valid: await count('import-valid'), invalid: await count('import-invalid'), households: await count('import-households'), reviews: await count('import-reviews') }).toEqual({
      total: '2',
      valid: '1',
      invalid: '1',
      households: '1',
      reviews: '1',
    });
    await screenshot(page, 'i2-import-dry-run-done');

    // 4. The error table: line 3, column "Mã địa bàn" (area_code), not found.
    const bad = page.getByTestId('import-problems').locator('tbody tr[data-line="3"]');
    await bad.waitFor();
    expect(await bad.getAttribute('data-column')).toBe('area_code');
    expect(await bad.getAttribute('data-reason')).toBe('NOT_FOUND');
    expect(await bad.locator('td').nth(1).textContent()).toContain('Mã địa bàn');
    expect(await page.getByTestId('import-problems').locator('tbody tr[data-line]').count()).toBe(1);
    // …and as a CSV download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-problems').click()]);
    expect(download.suggestedFilename()).toBe('loi-nhap-ra-soat-tay-giang-2024.csv');
    const problemsCsv = readFileSync((await download.path())!, 'utf8');
    expect(problemsCsv.startsWith('\uFEFFDòng,Cột,Mã cột,Lý do,Mã lý do,Chi tiết\r\n3,Mã địa bàn,area_code,')).toBe(true);
    // The same table in English names the column in English.
    await page.locator('button[data-locale=en]').click();
    await bad.locator('td').nth(1).filter({ hasText: 'Area code' }).waitFor();
    await screenshot(page, 'i3-import-problems-en');
    await page.locator('button[data-locale=vi]').click();
    await bad.locator('td').nth(1).filter({ hasText: 'Mã địa bàn' }).waitFor();

    // 5. Import the valid row (after a confirmation): a new job on the same upload.
    const dryRunUrl = page.url();
    await dryRun.getByTestId('import-commit').filter({ hasText: 'Nhập 1 dòng hợp lệ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Ghi 1 dòng hợp lệ của tệp ra-soat-tay-giang-2024.csv vào hệ thống? 1 dòng có lỗi sẽ bị bỏ qua.').waitFor();
    await screenshot(page, 'i4-import-confirm');
    await dialog.getByTestId('confirm').click();
    await page.waitForURL((url) => url.href !== dryRunUrl && /#\/imports\?job=/.test(url.hash));
    const commit = page.locator('[data-testid=import-job][data-dry-run=false]');
    await page.locator('[data-testid=import-job][data-dry-run=false][data-status=SUCCEEDED]').waitFor();
    expect(await commit.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect((await commit.getByTestId('import-households').textContent())?.trim()).toBe('1');
    expect((await commit.getByTestId('import-reviews').textContent())?.trim()).toBe('1');
    await commit.getByText('Đã nhập xong: đăng ký 1 hộ mới, ghi 1 kết quả rà soát.').waitFor();
    // Both jobs in the recent list, newest first.
    const jobs = page.getByTestId('import-jobs').locator('tbody tr');
    await expect.poll(() => jobs.count()).toBe(2);
    expect(await jobs.nth(0).textContent()).toContain('Nhập dữ liệu');
    expect(await jobs.nth(1).textContent()).toContain('Kiểm tra thử');
    await screenshot(page, 'i5-import-committed');

    // 6. Back to the dry run: no second import of the same file.
    await jobs.nth(1).locator('a').click();
    await page.waitForURL(dryRunUrl);
    await dryRun.getByText('Tệp này đã được nhập.').waitFor();
    expect(await dryRun.getByTestId('import-commit').count()).toBe(0);
    await screenshot(page, 'i6-import-already-imported');

    // The household is there, poor in 2024, in Huyện Tây Giang (through the API and in the list).
    const token = await e2e.tokenFor('quangnam.officer');
    const found = await e2e.gql<{ households: { edges: { node: { headName: string; area: { code: string }; reviews: { year: number; class: string; effective: boolean }[] } }[] } }>(
      'query ($s: String!) { households(filter: { search: $s }, first: 5) { edges { node { headName area { code } reviews { year class effective } } } } }',
      { s: 'bhriu nhap thu' },
      token,
    );
    expect(found.body.errors).toBeUndefined();
    expect(found.body.data?.households.edges.map((e) => e.node)).toEqual([{ headName: HEAD, area: { code: '504' }, reviews: [{ year: 2024, class: 'POOR', effective: true }] }]);
    await page.getByRole('link', { name: 'Hộ gia đình', exact: true }).click();
    await page.getByTestId('household-list').locator('input[name=q]').fill('bhriu nhap thu');
    await page.getByTestId('households-table').locator('tbody tr', { hasText: HEAD }).filter({ hasText: 'Huyện Tây Giang' }).waitFor();

    expect(problems).toEqual([]);
    await page.context().close();
  });
});
