/**
 * The admin app in headless Chromium against the real API with the demo data:
 * (a) a provincial officer browses the trees, goes back to 2024, and cannot reach Trà Vinh;
 * (b) the administrator creates an API key in the UI, and the test uses its secret;
 * (c) a provincial officer reads an area's 2025 statistics, records a review that makes a household
 *     poor, and sees the poor count (and the rate's numerator) go up by exactly one.
 * Screenshots go to tools/e2e/artifacts/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { todayLocal } from '@lnob/domain';
import { screenshot, setUpE2e } from './harness';

const e2e = setUpE2e('admin');

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The tree (or search results) panel for a tab, date and search text, once rendered. */
const tree = (page: Page, tab: 'organizations' | 'areas', on: string, q: string) => page.locator(`section[data-tree-key="${tab}|${on}|${q}"]`);

/** The tree item (li[role=treeitem]) whose own label is exactly `name`. */
const treeItem = (page: Page, name: string) =>
  page.locator('li[role=treeitem]').filter({ has: page.locator(':scope > .lnob-tree__row .lnob-tree__label', { hasText: exactly(name) }) });

describe.runIf(e2e.run)('provincial officer (quangnam.officer)', () => {
  it('browses the trees, sees Quảng Nam’s district units in 2024, and cannot reach Trà Vinh', async () => {
    const { page, problems } = await e2e.newPage();
    await e2e.login(page, 'quangnam.officer');
    // The first screen they may see: the organization tree as of today (after the 2025 merger:
    // today's Đà Nẵng, which took Quảng Nam over).
    await page.waitForURL(/#\/organizations/);
    await expect.poll(() => page.locator('li[role=treeitem]').count()).toBeGreaterThan(0);
    await treeItem(page, 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng').waitFor();
    await screenshot(page, 'a1-organizations-today');

    // Back to 2024 (typed as dd/MM/yyyy): the old province with its organizations.
    await page.locator('#valid-on').fill('01/06/2024');
    await page.locator('#valid-on').press('Enter');
    await page.waitForURL(/on=2024-06-01/);
    await page.getByTestId('showing-date').filter({ hasText: '01/06/2024' }).waitFor();
    await treeItem(page, 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam').waitFor();
    // Select it: the detail panel shows its member organizations and successor.
    await treeItem(page, 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam').locator('.lnob-tree__label').first().click();
    const detail = page.getByTestId('org-detail');
    await detail.waitFor();
    await detail.getByText('Tỉnh đoàn Quảng Nam').waitFor();
    await detail.getByText('Kế thừa bởi').waitFor();
    await screenshot(page, 'a2-organizations-2024');

    // Areas tab, same date: Tỉnh Quảng Nam and its 18 district-level units.
    await page.getByRole('tab', { name: 'Địa bàn' }).click();
    await page.waitForURL(/#\/areas\?on=2024-06-01/);
    const quangNam = treeItem(page, 'Tỉnh Quảng Nam');
    await quangNam.waitFor();
    await quangNam.getByRole('button', { name: 'Mở rộng Tỉnh Quảng Nam' }).click();
    const districts = quangNam.locator(':scope > ul[role=group] > li[role=treeitem]');
    await districts.filter({ hasText: 'Huyện Đại Lộc' }).waitFor();
    expect(await districts.count()).toBe(18);
    for (const name of ['Thành phố Tam Kỳ', 'Thành phố Hội An', 'Thị xã Điện Bàn', 'Huyện Nông Sơn']) {
      expect(await districts.filter({ hasText: name }).count(), name).toBe(1);
    }
    await screenshot(page, 'a3-areas-2024-quang-nam-districts');

    // Today the province is gone: today's Đà Nẵng, which took it over, is the top unit.
    await page.getByRole('button', { name: 'Hôm nay' }).click();
    const today = tree(page, 'areas', todayLocal(), '');
    await today.waitFor();
    await treeItem(page, 'Thành phố Đà Nẵng').waitFor();
    expect(await today.locator('li[role=treeitem]').filter({ hasText: 'Tỉnh Quảng Nam' }).count()).toBe(0);

    // Trà Vinh is outside their scope: search finds nothing, even in 2024 when it existed…
    for (const tab of ['organizations', 'areas'] as const) {
      await page.goto(`${e2e.url}/#/${tab}?on=2024-06-01&q=tra%20vinh`);
      await tree(page, tab, '2024-06-01', 'tra vinh').getByText('Không tìm thấy kết quả nào.').waitFor();
    }
    // (…while the same search does find their own province.)
    await page.goto(`${e2e.url}/#/areas?on=2024-06-01&q=quang%20nam`);
    await tree(page, 'areas', '2024-06-01', 'quang nam').getByText('Tỉnh Quảng Nam', { exact: true }).waitFor();
    await page.goto(`${e2e.url}/#/areas?on=2024-06-01&q=tra%20vinh`);
    await tree(page, 'areas', '2024-06-01', 'tra vinh').getByText('Không tìm thấy kết quả nào.').waitFor();
    await screenshot(page, 'a4-search-tra-vinh-nothing');

    // …and a direct link to a Trà Vinh organization shows NOT_FOUND (with the request id).
    const admin = await e2e.tokenFor('admin');
    const found = await e2e.gql<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
      'query ($s: String!) { organizations(filter: { search: $s, kind: [VFF_COMMITTEE], level: [PROVINCE], validOn: "2024-06-01" }, first: 5) { edges { node { id name } } } }',
      { s: 'tra vinh' },
      admin,
    );
    const traVinh = found.body.data?.organizations.edges.find((e) => e.node.name === 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh')?.node;
    expect(traVinh, JSON.stringify(found.body)).toBeDefined();
    await page.goto(`${e2e.url}/#/organizations?on=2024-06-01&sel=${encodeURIComponent(traVinh!.id)}`);
    const notFound = page.locator('[data-code=NOT_FOUND]');
    await notFound.waitFor();
    expect(await notFound.textContent()).toContain('Không tìm thấy');
    expect((await notFound.getByTestId('request-id').textContent())?.trim()).toMatch(/\S{8,}/);
    expect(await page.getByText('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh').count()).toBe(0);
    await screenshot(page, 'a5-tra-vinh-not-found');

    expect(problems.filter((p) => !/status of (404|403|401)/.test(p))).toEqual([]);
    await page.context().close();
  });
});

describe.runIf(e2e.run)('administrator (admin)', () => {
  it('creates an API key in the UI; its secret reads data and cannot write', async () => {
    const { page, problems } = await e2e.newPage();
    await e2e.login(page, 'admin');
    await page.getByRole('link', { name: 'Khóa API' }).click();
    await page.waitForURL(/#\/api-keys/);
    await page.getByRole('button', { name: 'Tạo khóa mới' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name=name]').fill('Cổng dữ liệu e2e');
    await dialog.getByTestId('api-key-organization').locator('input[type=search]').fill('uy ban trung uong mat tran');
    await dialog.getByRole('option').filter({ hasText: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' }).first().getByRole('button').click();
    await screenshot(page, 'b1-create-api-key');
    await dialog.getByRole('button', { name: 'Tạo', exact: true }).click();

    // The secret, shown once.
    const secretBox = page.getByTestId('api-key-secret');
    await secretBox.waitFor();
    const secret = await secretBox.inputValue();
    expect(secret).toMatch(/^lnob_[A-Za-z0-9_-]{32,}$/);
    await page.getByText('Đây là lần duy nhất khóa bí mật được hiển thị').waitFor();
    await screenshot(page, 'b2-api-key-secret-once');
    await page.getByRole('button', { name: 'Tôi đã lưu khóa bí mật' }).click();
    await page.locator('tr[data-key-name="Cổng dữ liệu e2e"]').waitFor();
    expect(await page.content()).not.toContain(secret);
    await screenshot(page, 'b3-api-keys-list');

    // The integrator's side: reads work…
    const read = await e2e.gql<{ organizations: { edges: { node: { id: string; name: string } }[] } }>('{ organizations(first: 5) { edges { node { id name } } } }', {}, secret);
    expect(read.status).toBe(200);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.organizations.edges.length).toBeGreaterThan(0);
    expect(read.body.data?.organizations.edges.length).toBeLessThanOrEqual(5);

    // …writes are refused.
    const write = await e2e.gql(
      'mutation ($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }',
      { i: { name: 'Tổ chức thử', kind: 'OTHER', validFrom: '2026-01-01' } },
      secret,
    );
    expect(write.body.data ?? null).toBeNull();
    expect(write.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });

    expect(problems).toEqual([]);
    await page.context().close();
  });
});

/** A whole number as the app shows it (`1.234`). */
const whole = (text: string | null) => {
  const t = (text ?? '').trim();
  if (!/^\d{1,3}(\.\d{3})*$/.test(t)) throw new Error(`not a whole number: ${JSON.stringify(text)}`);
  return Number(t.replace(/\./g, ''));
};

/** A rate as the app shows it, `9,1 % (4 / 44)`: its numerator and denominator. */
const rateParts = (text: string | null) => {
  const m = /\((\d[\d.]*) \/ (\d[\d.]*)\)\s*$/.exec((text ?? '').trim());
  if (!m) throw new Error(`not a rate: ${JSON.stringify(text)}`);
  return { numerator: whole(m[1]), denominator: whole(m[2]) };
};

describe.runIf(e2e.run)('statistics follow a recorded review (quangnam.officer)', () => {
  it('reads the 2025 figures of Đà Nẵng, makes a household poor with a 2025 correction, and sees the poor count go up by one', async () => {
    const { page, problems } = await e2e.newPage();
    await e2e.login(page, 'quangnam.officer');

    // 1. The statistics page: pick today's Thành phố Đà Nẵng (which took Quảng Nam over), 2025.
    await page.getByRole('link', { name: 'Thống kê hộ nghèo', exact: true }).click();
    await page.waitForURL(/#\/statistics/);
    const stats = page.getByTestId('statistics');
    await stats.getByText('Chọn địa bàn để xem thống kê.').waitFor();
    await stats.locator('input[type=search]').fill('da nang');
    await stats.getByRole('option').filter({ hasText: 'Thành phố Đà Nẵng' }).first().getByRole('button').click();
    await stats.locator('select[name=year]').selectOption('2025');
    const heading = stats.locator('h2');
    // As recorded, today's city has no reviews of its own: the households were reviewed on the
    // units of the old province…
    await heading.filter({ hasText: 'Thành phố Đà Nẵng — 2025 (Theo địa giới khi rà soát)' }).waitFor();
    expect(whole(await stats.getByTestId('stats-households').textContent())).toBe(0);
    // …today's boundaries carry them over.
    await stats.locator('select[name=boundary]').selectOption('CURRENT');
    await page.waitForURL(/boundary=CURRENT/);
    await heading.filter({ hasText: 'Thành phố Đà Nẵng — 2025 (Theo địa giới hiện hành)' }).waitFor();
    const statisticsUrl = page.url();
    const chart = stats.locator('[data-testid=stats-chart][data-chart-status=drawn]');
    await chart.waitFor();
    const trend2025 = stats.getByTestId('stats-trend-table').locator('tr[data-year="2025"]');
    const read = async () => ({
      households: whole(await stats.getByTestId('stats-households').textContent()),
      poor: whole(await stats.getByTestId('stats-poor').textContent()),
      nearPoor: whole(await stats.getByTestId('stats-near-poor').textContent()),
      poorRate: rateParts(await stats.getByTestId('poor-rate').textContent()),
      chartPoor2025: whole(await trend2025.getByTestId('trend-poor').textContent()),
    });
    // The trend chart's table follows the boundary once its own query answers: wait for it to agree.
    const poorNow = whole(await stats.getByTestId('stats-poor').textContent());
    await expect.poll(async () => whole(await trend2025.getByTestId('trend-poor').textContent())).toBe(poorNow);
    const before = await read();
    expect(before.households).toBeGreaterThan(0);
    expect(before.poorRate).toEqual({ numerator: before.poor, denominator: before.households });
    expect(before.chartPoor2025).toBe(before.poor);
    // chart.js drew on the canvas (some pixel is not transparent)
    expect(await chart.locator('canvas').evaluate((c: HTMLCanvasElement) => c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.some((v) => v !== 0))).toBe(true);
    await screenshot(page, 'c1-statistics-da-nang-2025-before');

    // 2. The households list, 2025, not poor: open one of Huyện Tây Giang (rural, in the city's subtree today).
    await page.getByRole('link', { name: 'Hộ gia đình', exact: true }).click();
    await page.waitForURL(/#\/households/);
    const list = page.getByTestId('household-list');
    await list.locator('select[name=year]').selectOption('2025');
    await page.waitForURL(/year=2025/);
    await list.locator('select[name=class]').selectOption('NOT_POOR');
    await page.waitForURL(/class=NOT_POOR/);
    const rows = page.getByTestId('households-table').locator('tbody tr');
    await expect.poll(async () => ((await rows.count()) > 0 ? rows.filter({ hasNot: page.locator('[data-class=NOT_POOR]') }).count() : -1)).toBe(0);
    const row = rows.filter({ hasText: 'Huyện Tây Giang' }).first();
    const headName = (await row.locator('a').first().textContent())!.trim();
    await screenshot(page, 'c2-households-2025-not-poor');
    await row.locator('a').first().click();
    const detail = page.getByTestId('household-detail');
    await detail.locator('h1').filter({ hasText: headName }).waitFor();

    // 3. The review form: a 2025 correction, income under the rural line and three deprivations.
    await detail.getByRole('button', { name: 'Ghi kết quả rà soát', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const form = dialog.getByTestId('review-form');
    await form.waitFor();
    await form.locator('select[name=year]').selectOption('2025');
    await form.locator('select[name=kind]').selectOption('PERIODIC');
    await form.locator('input[name=correction]').check();
    await form.locator('input[name=income]').fill('900000');
    const indicators = form.locator('input[type=checkbox][name^="indicator-"]');
    for (let i = 0; i < 3; i++) await indicators.nth(i).check();
    // The live preview (the domain's classification) shows the class before anything is sent.
    await form.getByTestId('review-preview').locator('[data-class=POOR]').waitFor();
    await screenshot(page, 'c3-review-form-preview-poor');
    await dialog.getByRole('button', { name: 'Ghi kết quả rà soát', exact: true }).click();
    await detail.getByText('Đã ghi kết quả rà soát: Hộ nghèo.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const effective2025 = detail.getByTestId('reviews-table').locator('tbody tr').filter({ hasText: 'Có hiệu lực' }).filter({ has: page.locator('td:first-child', { hasText: /^2025/ }) });
    expect(await effective2025.count()).toBe(1);
    expect(await effective2025.locator('[data-class]').getAttribute('data-class')).toBe('POOR');
    await screenshot(page, 'c4-household-review-recorded');

    // 4. Back to the same statistics (in the app, no reload): one more poor household, same total.
    await page.evaluate((url) => {
      window.location.href = url;
    }, statisticsUrl);
    await heading.filter({ hasText: 'Thành phố Đà Nẵng — 2025 (Theo địa giới hiện hành)' }).waitFor();
    await expect.poll(async () => whole(await stats.getByTestId('stats-poor').textContent())).toBe(before.poor + 1);
    const after = await read();
    expect(after).toEqual({
      households: before.households,
      poor: before.poor + 1,
      nearPoor: before.nearPoor,
      poorRate: { numerator: before.poorRate.numerator + 1, denominator: before.poorRate.denominator },
      chartPoor2025: before.chartPoor2025 + 1,
    });
    await chart.waitFor();
    await screenshot(page, 'c5-statistics-da-nang-2025-after');

    expect(problems).toEqual([]);
    await page.context().close();
  });
});
