/**
 * The public disclosure page (công khai, issue 5 §3) in headless Chromium against the real API with
 * the demo data. The Quảng Nam provincial officer signs in and, with the session's token, records
 * through the API a named donation and an anonymous one to the Quảng Nam fund (dated March 2025: the
 * fund closed with its committee on 30/06/2025). Then a visitor who is NOT signed in opens
 * `#/cong-khai`, chooses 2025 and the Quảng Nam fund, and finds the named donor with the amount, the
 * anonymous gift only as "Nhà hảo tâm ẩn danh" (its donor's name nowhere on the page), the figures,
 * the chart drawn, and downloads the CSV. Screenshots: tools/e2e/artifacts/p1…p4.
 */
import { describe, expect, it } from 'vitest';
import { runId, screenshot, setUpE2e, vnd } from './harness';

const e2e = setUpE2e('public');

const RUN_ID = runId();
const NAMED = `Bà Trịnh Thị Minh Bạch ${RUN_ID}`;
const HIDDEN = `Ông Giấu Tên Kiểm Thử ${RUN_ID}`;
const NAMED_AMOUNT = 12_345_000;
const HIDDEN_AMOUNT = 4_321_000;
/** The browser's sessionStorage, as far as these checks use it (the tools project compiles without the DOM library). */
interface BrowserStorage {
  length: number;
  key(i: number): string | null;
  getItem(key: string): string | null;
}
const DONATE = 'mutation ($i: RecordDonationInput!) { recordDonation(input: $i) { transaction { id anonymous } replayed } }';

describe.runIf(e2e.run)('public disclosure (no login)', () => {
  it('a donation recorded by the officer appears on the public page of an anonymous visitor; an anonymous gift only as "Nhà hảo tâm ẩn danh"', async () => {
    // The officer signs in through the UI; the session's token records the gifts through the API.
    const officer = await e2e.newPage();
    await e2e.login(officer.page, 'quangnam.officer');
    const token = await officer.page.evaluate(() => {
      const store = (globalThis as unknown as { sessionStorage: BrowserStorage }).sessionStorage;
      for (let i = 0; i < store.length; i++) {
        const v = store.getItem(store.key(i)!) ?? '';
        if (v.includes('"token"')) return (JSON.parse(v) as { token: string }).token;
      }
      return null;
    });
    expect(token).toBeTruthy();
    const funds = await e2e.gql<{ funds: { edges: { node: { id: string; name: string } }[] } }>('{ funds(first: 100, filter: { level: PROVINCE, validOn: "2025-03-15" }) { edges { node { id name } } } }', {}, token!);
    const fund = funds.body.data!.funds.edges.map((e) => e.node).find((f) => f.name === 'Quỹ “Vì người nghèo” tỉnh Quảng Nam');
    expect(fund, JSON.stringify(funds.body)).toBeTruthy();
    for (const [name, amount, anonymous] of [
      [NAMED, NAMED_AMOUNT, false],
      [HIDDEN, HIDDEN_AMOUNT, true],
    ] as const) {
      const r = await e2e.gql<{ recordDonation: { transaction: { anonymous: boolean } } }>(
        DONATE,
        { i: { fundId: fund!.id, idempotencyKey: `e2e-public-${RUN_ID}-${amount}`, amount, occurredOn: '2025-03-15', channel: 'BANK_TRANSFER', anonymous, newDonor: { kind: 'INDIVIDUAL', name } } },
        token!,
      );
      expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
      expect(r.body.data!.recordDonation.transaction.anonymous).toBe(anonymous);
    }
    expect(officer.problems).toEqual([]);

    // A visitor without a session: the public page, not the sign-in form.
    const { page, problems } = await e2e.newPage();
    await page.goto(`${e2e.url}/#/cong-khai`);
    await page.getByTestId('public-report-page').waitFor();
    expect(await page.locator('input[name=password]').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { sessionStorage: BrowserStorage }).sessionStorage.length)).toBe(0);
    await screenshot(page, 'p1-public-page-opened');

    await page.locator('select[name=nam]').selectOption('2025');
    await page.waitForURL(/nam=2025/);
    await page.locator('select[name=quy]').selectOption({ label: 'Quỹ “Vì người nghèo” tỉnh Quảng Nam (đến 30/06/2025)' });
    await page.waitForURL(new RegExp(`quy=${fund!.id}`));
    const report = page.locator(`article[data-testid=public-report][data-fund="${fund!.id}"]`);
    await report.waitFor();
    await report.getByText('Từ 01/01/2025 đến 31/12/2025').waitFor();

    // The named donor with the amount; the anonymous gift as one line, its donor's name nowhere.
    const donors = page.getByTestId('public-donors');
    const named = donors.locator('tr', { hasText: NAMED });
    await named.waitFor();
    await expect.poll(() => named.textContent()).toContain(vnd(NAMED_AMOUNT));
    const anonymousLine = donors.locator('tr[data-anonymous=true]');
    await expect.poll(() => anonymousLine.textContent()).toContain('Nhà hảo tâm ẩn danh');
    expect(await anonymousLine.textContent()).toContain(vnd(HIDDEN_AMOUNT));
    expect(await page.content()).not.toContain(HIDDEN);
    expect(await page.content()).not.toContain('Giấu Tên');
    // Figures and the chart (chart.js, loaded with the chart).
    expect(await page.getByTestId('public-raised').textContent()).toMatch(/₫/);
    await page.locator('[data-testid=public-chart][data-chart-status=drawn]').waitFor();
    await page.getByTestId('public-donors').scrollIntoViewIfNeeded();
    await screenshot(page, 'p2-public-quang-nam-2025');

    // "Tải CSV": the same figures, downloadable without a session.
    const href = await page.getByTestId('public-csv').getAttribute('href');
    expect(href).toBe(`/public/funds/${encodeURIComponent(fund!.id)}/report.csv?period=2025&lang=vi`);
    const csv = await page.evaluate(async (url) => {
      const r = await fetch(url);
      const bytes = new Uint8Array(await r.arrayBuffer());
      return { status: r.status, type: r.headers.get('content-type'), bom: [...bytes.slice(0, 3)], text: new TextDecoder().decode(bytes) };
    }, href!);
    expect(csv).toMatchObject({ status: 200, bom: [0xef, 0xbb, 0xbf] });
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.text).toContain(`Nhà hảo tâm,,${NAMED},1,${NAMED_AMOUNT}`);
    expect(csv.text).not.toContain(HIDDEN);

    // The peak month of 2025 holds neither gift (they are dated 15/03/2025).
    // (the box follows the address: click, then wait for the address to change)
    await page.locator('input[name=caodiem]').click();
    await page.waitForURL(/caodiem=1/);
    await report.getByText('Từ 17/10/2025 đến 18/11/2025').waitFor();
    expect(await page.content()).not.toContain(NAMED);
    await screenshot(page, 'p3-public-peak-month');
    await page.locator('input[name=caodiem]').click();
    await page.waitForURL((url) => !url.hash.includes('caodiem'));

    // In English: the anonymous line is "Anonymous donor".
    await page.locator('button[data-locale=en]').click();
    await page.getByRole('heading', { name: 'Fund for the Poor – public disclosure' }).waitFor();
    await expect.poll(() => page.getByTestId('public-donors').locator('tr[data-anonymous=true]').textContent()).toContain('Anonymous donor');
    await screenshot(page, 'p4-public-english');
    expect(problems).toEqual([]);
  });
});
