import { describe, expect, it } from 'vitest';
import { checkMilestone } from './milestones';
import { checkObligation, obligationValues, type ObligationDraft } from './obligations';

const plan = { periodFrom: 2021, periodTo: 2025 };
const annual: ObligationDraft = { title: 'Báo cáo kết quả thực hiện Phong trào', reporterRule: 'MEMBER_ORGANIZATIONS', frequency: 'ANNUAL', dueDay: 10, dueMonth: 12 };
const paths = (o: Partial<ObligationDraft>) => checkObligation({ ...annual, ...o }, plan).map((e) => `${e.path} ${e.reason}`);

describe('checkObligation', () => {
  it.each<[string, Partial<ObligationDraft>, string[]]>([
    ['member organizations report before 10/12', {}, []],
    ['due day 31 in December', { dueDay: 31 }, []],
    ['due day 32', { dueDay: 32 }, ['input.dueDay VALIDATION_FAILED']],
    ['due day 0', { dueDay: 0 }, ['input.dueDay VALIDATION_FAILED']],
    ['no due day', { dueDay: null }, ['input.dueDay VALIDATION_FAILED']],
    ['annual without a month', { dueMonth: null }, ['input.dueMonth VALIDATION_FAILED']],
    ['annual in month 13', { dueMonth: 13 }, ['input.dueMonth VALIDATION_FAILED']],
    ['annual with an offset', { dueMonthOffset: 1 }, ['input.dueMonthOffset VALIDATION_FAILED']],
    ['half-yearly on the 10th', { frequency: 'SEMI_ANNUAL', dueMonth: null }, []],
    ['half-yearly with a month', { frequency: 'SEMI_ANNUAL', dueMonth: 6 }, ['input.dueMonth VALIDATION_FAILED']],
    ['quarterly, 15 days into the next month', { frequency: 'QUARTERLY', dueMonth: null, dueDay: 15, dueMonthOffset: 1 }, []],
    ['monthly, offset 12', { frequency: 'MONTHLY', dueMonth: null, dueMonthOffset: 12 }, ['input.dueMonthOffset VALIDATION_FAILED']],
    ['one-off', { frequency: 'ONE_OFF', dueMonth: null, dueDay: null, dueOn: '2024-06-10', period: '2024H1' }, []],
    ['one-off without a date', { frequency: 'ONE_OFF', dueMonth: null, dueDay: null }, ['input.dueOn VALIDATION_FAILED']],
    ['one-off, a bad period', { frequency: 'ONE_OFF', dueMonth: null, dueDay: null, dueOn: '2024-06-10', period: '2024H3' }, ['input.period INVALID_PERIOD']],
    ['one-off, years after the plan', { frequency: 'ONE_OFF', dueMonth: null, dueDay: null, dueOn: '2027-06-10' }, ['input.dueOn VALIDATION_FAILED']],
    ['a period on a recurring obligation', { period: '2024' }, ['input.period VALIDATION_FAILED']],
    ['NAMED without reporters', { reporterRule: 'NAMED' }, ['input.reporterIds VALIDATION_FAILED']],
    ['NAMED twice the same', { reporterRule: 'NAMED', reporterIds: [3, 4, 3] }, ['input.reporterIds VALIDATION_FAILED']],
    ['NAMED', { reporterRule: 'NAMED', reporterIds: [3, 4] }, []],
    ['reporters on another rule', { reporterIds: [3] }, ['input.reporterIds VALIDATION_FAILED']],
    ['SUBORDINATE_UNITS without a kind', { reporterRule: 'SUBORDINATE_UNITS' }, ['input.reporterKind VALIDATION_FAILED']],
    ['SUBORDINATE_UNITS of a kind and level', { reporterRule: 'SUBORDINATE_UNITS', reporterKind: 'VETERANS_ASSOCIATION', reporterLevel: 'DISTRICT' }, []],
    ['SUBORDINATE_UNITS of an unknown kind', { reporterRule: 'SUBORDINATE_UNITS', reporterKind: 'CLUB' }, ['input.reporterKind VALIDATION_FAILED']],
    ['a level on MEMBER_ORGANIZATIONS', { reporterLevel: 'PROVINCE' }, ['input.reporterLevel VALIDATION_FAILED']],
    ['an unknown rule', { reporterRule: 'EVERYONE' }, ['input.reporterRule VALIDATION_FAILED']],
    ['years within the plan', { firstYear: 2022, lastYear: 2025 }, []],
    ['first year before the plan', { firstYear: 2020 }, ['input.firstYear VALIDATION_FAILED']],
    ['last year after the plan', { lastYear: 2026 }, ['input.lastYear VALIDATION_FAILED']],
    ['years reversed', { firstYear: 2024, lastYear: 2023 }, ['input.lastYear VALIDATION_FAILED']],
    ['an indicator twice', { indicatorIds: [1, 1] }, ['input.indicatorIds VALIDATION_FAILED']],
    ['no title', { title: '' }, ['input.title VALIDATION_FAILED']],
  ])('%s', (_, o, want) => {
    expect(paths(o)).toEqual(want);
  });

  it('fills in the defaults', () => {
    expect(obligationValues(annual, plan)).toEqual({ dueDay: 10, dueMonth: 12, dueMonthOffset: 0, dueOn: null, period: null, firstYear: 2021, lastYear: 2025 });
    expect(obligationValues({ ...annual, frequency: 'QUARTERLY', dueMonth: null, dueMonthOffset: 1, firstYear: 2024 }, plan)).toMatchObject({ dueMonth: null, dueMonthOffset: 1, firstYear: 2024, lastYear: 2025 });
    expect(obligationValues({ ...annual, frequency: 'ONE_OFF', dueOn: '2024-11-10', dueDay: null, dueMonth: null }, plan)).toMatchObject({ dueDay: 10, dueMonth: null, dueOn: '2024-11-10', period: null });
  });
});

describe('checkMilestone', () => {
  it.each<[string, Parameters<typeof checkMilestone>[0], string[]]>([
    ['a final review', { kind: 'FINAL_REVIEW', title: 'Tổng kết Phong trào', startsOn: '2025-06-11' }, []],
    ['deployment over two years', { kind: 'DEPLOYMENT', title: 'Triển khai', startsOn: '2021-01-01', endsOn: '2022-12-31' }, []],
    ['ends before it starts', { kind: 'OTHER', title: 'X', startsOn: '2024-10-17', endsOn: '2024-10-16' }, ['input.endsOn']],
    ['a review early the year after', { kind: 'FINAL_REVIEW', title: 'Tổng kết', startsOn: '2026-01-15' }, []],
    ['two years after', { kind: 'FINAL_REVIEW', title: 'Tổng kết', startsOn: '2027-01-15' }, ['input.startsOn']],
    ['an unknown kind and no title', { kind: 'PARTY', title: '', startsOn: '2024-02-30' }, ['input.kind', 'input.title', 'input.startsOn']],
  ])('%s', (_, m, want) => {
    expect(checkMilestone(m, plan).map((e) => e.path)).toEqual(want);
  });
});
