/**
 * Plans and reports in headless Chromium against the real API with the demo data.
 *
 * The provincial Veterans' Association of Quảng Nam (veterans.quangnam) reports for its district
 * associations: its outbox holds the 2024 annual report of one of them under the association's plan
 * "00/KH-CCB" (seed 002), due 10/11/2024 and never submitted — OVERDUE today. The officer opens the
 * plan (sections, tasks with an OVERDUE assignment), then the report from the outbox, fills the
 * figures and the narrative and submits it: long after its due date, so it reads "Nộp muộn"
 * (SUBMITTED_LATE) with the days late. Then the recipient — the association's reviewer
 * (veterans.reviewer, REVIEWER of the provincial association: data.review over it) — finds it in the
 * inbox, approves it and sees "Đã duyệt" (APPROVED); the compliance table of the plan counts it.
 * Screenshots: tools/e2e/artifacts/p1…p5.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, setUpE2e } from './harness';

const e2e = setUpE2e('plans');

const PLAN_NUMBER = '00/KH-CCB';

interface OutboxReport {
  id: string;
  period: string;
  dueOn: string;
  status: string;
  daysLate: number;
  plan: { id: string; number: string; title: string };
  obligation: { title: string };
  reporter: { name: string };
  recipient: { name: string };
}

/** An overdue annual report of 2024 under the Veterans' plan, from the officer's outbox (through GraphQL). */
async function overdueReport(token: string): Promise<OutboxReport> {
  const d = await e2e.data<{ reports: { edges: { node: OutboxReport }[] } }>(
    `query { reports(filter: { box: OUTBOX, status: [OVERDUE], period: "2024" }, first: 100) {
      edges { node { id period dueOn status daysLate plan { id number title } obligation { title } reporter { name } recipient { name } } } } }`,
    {},
    token,
  );
  const found = d.reports.edges.map((e) => e.node).find((n) => n.plan.number === PLAN_NUMBER);
  if (!found) throw new Error(`no overdue 2024 report of ${PLAN_NUMBER} in the outbox of veterans.quangnam: ${JSON.stringify(d)}`);
  return found;
}

describe.runIf(e2e.run)('plans and reports', () => {
  it('a reporter submits an overdue report late, the recipient approves it', async () => {
    const officer = await e2e.tokenFor('veterans.quangnam');
    const target = await overdueReport(officer);
    expect(target.dueOn).toBe('2024-11-10');
    expect(target.daysLate).toBeGreaterThan(0);

    // 1. The officer: the plan, its sections and tasks.
    const { page, problems } = await e2e.newPage();
    await e2e.login(page, 'veterans.quangnam');
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.waitForURL(/#\/plans/);
    await page.locator('input[name=q]').fill(PLAN_NUMBER);
    const planRow = page.getByTestId('plans-table').locator(`tr[data-id="${target.plan.id}"]`);
    await planRow.waitFor();
    await planRow.getByRole('link', { name: PLAN_NUMBER }).click();
    const plan = page.locator(`[data-testid=plan-view][data-plan="${target.plan.id}"]`);
    await plan.waitFor();
    await plan.getByRole('heading', { name: 'Mục đích' }).waitFor();
    // Markdown rendered as markup: the bold text of the requirements is <strong>
    await plan.locator('strong', { hasText: 'xóa nhà tạm, nhà dột nát' }).first().waitFor();
    await screenshot(page, 'p1-plan');
    await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
    await page.getByTestId('plan-tasks').waitFor();
    // an assignment never done after its due date is OVERDUE
    expect(await page.getByTestId('plan-tasks').locator('li[data-status=OVERDUE]').count()).toBeGreaterThan(0);
    await screenshot(page, 'p2-plan-tasks');

    // 2. The outbox: the overdue report, then its form.
    await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await page.waitForURL(/#\/reports/);
    await page.locator('select[name=status]').selectOption('OVERDUE');
    const row = page.getByTestId('reports-table').locator(`tr[data-id="${target.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('OVERDUE');
    await row.getByText(`trễ ${target.daysLate} ngày`).waitFor();
    await screenshot(page, 'p3-outbox');
    await row.getByRole('link').first().click();
    const view = page.locator(`[data-testid=report-view][data-report="${target.id}"]`);
    await view.waitFor();
    expect(await view.getAttribute('data-status')).toBe('OVERDUE');
    expect(await page.getByTestId('report-due').textContent()).toBe('10/11/2024');
    const form = page.getByTestId('report-form');
    const values = form.locator('input[name^=value]');
    const count = await values.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await values.nth(i).fill(String(3 + i));
    const ratios = form.locator('input[name^=numerator]');
    for (let i = 0; i < (await ratios.count()); i++) {
      await ratios.nth(i).fill('4');
      await form.locator('input[name^=denominator]').nth(i).fill('50');
    }
    await form.locator('textarea[name=narrative]').fill('Hội đã vận động hội viên tiết kiệm, hỗ trợ **3 căn nhà** cho hội viên nghèo (báo cáo bổ sung, nộp muộn).');
    await page.getByTestId('submit-report').click();
    await page.locator('[data-testid=report-done][data-done=submitted]').waitFor();
    await page.locator(`[data-testid=report-view][data-status=SUBMITTED_LATE]`).waitFor();
    const status = await page.getByTestId('report-status').textContent();
    expect(status).toMatch(/^Nộp muộn trễ \d+ ngày$/);
    // the narrative now reads as Markdown; the form is gone
    await page.getByTestId('report-figures').locator('strong', { hasText: '3 căn nhà' }).waitFor();
    expect(await page.getByTestId('report-form').count()).toBe(0);
    await screenshot(page, 'p4-submitted-late');
    expect(problems).toEqual([]);

    // 3. The recipient side: the inbox, filtered to the plan and late submissions; approve.
    const reviewer = await e2e.newPage();
    const rp = reviewer.page;
    await e2e.login(rp, 'veterans.reviewer');
    await rp.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await rp.waitForURL(/#\/reports/);
    await rp.getByRole('tab', { name: 'Báo cáo cần duyệt, tiếp nhận' }).click();
    await rp.waitForURL(/box=INBOX/);
    await rp.locator('select[name=status]').selectOption('SUBMITTED_LATE');
    const picker = rp.getByTestId('report-list').locator('.lnob-picker input[type=search]').first();
    await picker.fill(PLAN_NUMBER);
    await rp.getByRole('option').getByRole('button', { name: new RegExp(`^${PLAN_NUMBER.replace(/[/]/g, '\\/')}`) }).first().click();
    await rp.waitForURL(new RegExp(`plan=${encodeURIComponent(target.plan.id)}`));
    const inboxRow = rp.getByTestId('reports-table').locator(`tr[data-id="${target.id}"]`);
    await inboxRow.waitFor();
    expect(await inboxRow.getAttribute('data-status')).toBe('SUBMITTED_LATE');
    await inboxRow.getByText(target.reporter.name).waitFor();
    await inboxRow.getByRole('link').first().click();
    await rp.locator(`[data-testid=report-view][data-report="${target.id}"][data-status=SUBMITTED_LATE]`).waitFor();
    await rp.getByTestId('report-figures').locator('strong', { hasText: '3 căn nhà' }).waitFor();
    await rp.getByTestId('approve-report').click();
    await rp.locator('[data-testid=report-done][data-done=approved]').waitFor();
    await rp.locator(`[data-testid=report-view][data-status=APPROVED]`).waitFor();
    expect(await rp.getByTestId('report-status').textContent()).toBe('Đã duyệt');
    await rp.getByText(/^Duyệt bởi .+, lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).waitFor();
    expect(await rp.getByTestId('approve-report').count()).toBe(0);
    await screenshot(rp, 'p5-approved');

    // 4. The API agrees, and the plan's compliance for 2024 counts the report as approved.
    const after = await e2e.gql<{ report: { status: string; submittedOn: string; approvedBy: string } }>(`query ($id: ID!) { report(id: $id) { status submittedOn approvedBy } }`, { id: target.id }, officer);
    expect(after.body.data?.report.status).toBe('APPROVED');
    await rp.goto(`${e2e.url}/#/reports/compliance?plan=${encodeURIComponent(target.plan.id)}&planName=${encodeURIComponent(PLAN_NUMBER)}&period=2024`);
    const compliance = rp.getByTestId('compliance-rows').locator('tr[data-status=APPROVED]', { hasText: target.reporter.name });
    await compliance.waitFor();
    expect(reviewer.problems).toEqual([]);
  });
});
