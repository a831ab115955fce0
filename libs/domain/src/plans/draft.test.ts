import { describe, expect, it } from 'vitest';
import { assertPlanEditable, assertPlanTransition, checkIssue, checkPlanDraft, isPlanNumber, periodsOverlap, type ImplementedPlanFacts, type IssuerValidity, type PlanDraft } from './draft';

const good: PlanDraft = {
  number: '562/KH-MTTW-BTT',
  title: 'Kế hoạch triển khai thực hiện Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021 – 2025',
  kind: 'PLAN',
  issuerIds: [1],
  periodFrom: 2021,
  periodTo: 2025,
  sections: [{ kind: 'PURPOSE', title: 'I. MỤC ĐÍCH, YÊU CẦU', body: 'Phát huy vai trò của Mặt trận…' }],
  recipients: [{ organizationId: null, name: 'Như trên' }],
};
const issued666: ImplementedPlanFacts = { id: 9, status: 'ISSUED', periodFrom: 2021, periodTo: 2025 };
const paths = (d: Partial<PlanDraft>, implemented: ImplementedPlanFacts | null = null) => checkPlanDraft({ ...good, ...d }, implemented).map((e) => `${e.path} ${e.reason}`);

describe('plan numbers (số/ký hiệu)', () => {
  it.each([
    ['562/KH-MTTW-BTT', true],
    ['14/KHPH-UBND-MTTQ', true],
    ['666/QĐ-TTg', true],
    ['271/KH-MTTQ-BTT', true],
    ['131/KH-MTTQ-BVĐ', true],
    ['185/QĐ-UBND', true],
    ['13/2023/NQ-HĐND', true],
    ['1/KH', true],
    ['KH-MTTW', false], // no number
    ['562/', false],
    ['562/KH--BTT', false], // empty group
    ['562/KH-BTT-', false],
    ['562 /KH-BTT', false],
    ['562/KH BTT', false],
    ['562/KH_BTT', false],
    ['562/KH-MTTW-BTT/2022', false],
    ['1234567/KH', false], // number of 7 digits
    [`1/${'A'.repeat(62)}`, true], // 64 characters
    [`1/${'A'.repeat(63)}`, false], // 65 characters
    ['', false],
  ])('%s → %s', (n, ok) => {
    expect(isPlanNumber(n)).toBe(ok);
    expect(paths({ number: n }).some((p) => p.startsWith('input.number'))).toBe(!ok);
  });
});

describe('checkPlanDraft', () => {
  it('accepts a complete plan', () => {
    expect(paths({})).toEqual([]);
    expect(paths({ implementsId: 9 }, issued666)).toEqual([]);
  });

  it.each<[string, Partial<PlanDraft>, string[]]>([
    ['blank title', { title: '  ' }, ['input.title VALIDATION_FAILED']],
    ['title of 501 characters', { title: 'x'.repeat(501) }, ['input.title VALIDATION_FAILED']],
    ['title of 500 characters', { title: 'x'.repeat(500) }, []],
    ['unknown kind', { kind: 'LAW' }, ['input.kind VALIDATION_FAILED']],
    ['year 1999', { periodFrom: 1999 }, ['input.periodFrom VALIDATION_FAILED']],
    ['years 2000–2100', { periodFrom: 2000, periodTo: 2100 }, []],
    ['year 2101', { periodTo: 2101 }, ['input.periodTo VALIDATION_FAILED']],
    ['a fractional year', { periodTo: 2024.5 }, ['input.periodTo VALIDATION_FAILED']],
    ['from after to', { periodFrom: 2025, periodTo: 2024 }, ['input.periodTo VALIDATION_FAILED']],
    ['one year', { periodFrom: 2024, periodTo: 2024 }, []],
    ['no issuer', { issuerIds: [] }, ['input.issuerIds VALIDATION_FAILED']],
    ['an issuer twice', { issuerIds: [1, 2, 1] }, ['input.issuerIds VALIDATION_FAILED']],
    ['a joint plan of one issuer', { kind: 'JOINT_PLAN', issuerIds: [1] }, ['input.issuerIds VALIDATION_FAILED']],
    ['a joint plan of two issuers', { kind: 'JOINT_PLAN', issuerIds: [1, 2] }, []],
    ['a bad issue date', { issuedOn: '2022-02-30' }, ['input.issuedOn INVALID_LOCAL_DATE']],
    ['a blank movement', { movement: ' ' }, ['input.movement VALIDATION_FAILED']],
    [
      'bad sections',
      { sections: [{ kind: 'PREAMBLE', title: '', body: 'x' }, { kind: 'CONTENTS', title: 'II. NỘI DUNG', body: ' ' }] },
      ['input.sections[0].kind VALIDATION_FAILED', 'input.sections[0].title VALIDATION_FAILED', 'input.sections[1].body VALIDATION_FAILED'],
    ],
    ['a recipient without a name', { recipients: [{ name: '' }] }, ['input.recipients[0].name VALIDATION_FAILED']],
  ])('%s', (_, d, want) => {
    expect(paths(d)).toEqual(want);
  });

  it('reports every problem at once', () => {
    expect(paths({ number: 'x', title: '', kind: 'JOINT_PLAN', issuerIds: [3], periodFrom: 2026, periodTo: 2025 })).toEqual([
      'input.number VALIDATION_FAILED',
      'input.title VALIDATION_FAILED',
      'input.periodTo VALIDATION_FAILED',
      'input.issuerIds VALIDATION_FAILED',
    ]);
  });

  it.each<[string, Partial<PlanDraft>, ImplementedPlanFacts | null, string[]]>([
    ['an unknown implemented plan', { implementsId: 9 }, null, ['input.implementsId NOT_FOUND']],
    ['a draft implemented plan', { implementsId: 9 }, { ...issued666, status: 'DRAFT' }, ['input.implementsId PLAN_NOT_ISSUED']],
    ['a superseded implemented plan', { implementsId: 9 }, { ...issued666, status: 'SUPERSEDED' }, ['input.implementsId PLAN_NOT_ISSUED']],
    ['periods touching in one year', { implementsId: 9, periodFrom: 2025, periodTo: 2026 }, issued666, []],
    ['periods apart', { implementsId: 9, periodFrom: 2026, periodTo: 2030 }, issued666, ['input.implementsId VALIDATION_FAILED']],
    ['itself', { id: 9, implementsId: 9 }, issued666, ['input.implementsId VALIDATION_FAILED']],
  ])('implements %s', (_, d, implemented, want) => {
    expect(paths(d, implemented)).toEqual(want);
  });

  it.each([
    [2021, 2025, 2025, 2030, true],
    [2021, 2025, 2026, 2030, false],
    [2024, 2024, 2021, 2025, true],
    [2020, 2020, 2021, 2025, false],
  ])('%i–%i overlaps %i–%i: %s', (a, b, c, d, want) => {
    expect(periodsOverlap({ periodFrom: a, periodTo: b }, { periodFrom: c, periodTo: d })).toBe(want);
  });
});

describe('plan status transitions', () => {
  const err = (fn: () => void) => {
    try {
      fn();
      return 'ok';
    } catch (e) {
      const d = e as { code: string; reason: string; fieldErrors: { path: string }[] };
      return `${d.code} ${d.reason}${d.fieldErrors.length ? ` ${d.fieldErrors[0].path}` : ''}`;
    }
  };
  const plan = (status: string) => ({ id: 1, status });

  it.each<[string, string, { id: number; status: string } | null, string]>([
    ['DRAFT', 'ISSUED', null, 'ok'],
    ['ISSUED', 'ISSUED', null, 'CONFLICT PLAN_NOT_DRAFT'],
    ['SUPERSEDED', 'ISSUED', null, 'CONFLICT PLAN_NOT_DRAFT'],
    ['ISSUED', 'SUPERSEDED', { id: 2, status: 'ISSUED' }, 'ok'],
    ['ISSUED', 'SUPERSEDED', { id: 1, status: 'ISSUED' }, 'BAD_USER_INPUT VALIDATION_FAILED input.supersededById'],
    ['ISSUED', 'SUPERSEDED', null, 'BAD_USER_INPUT VALIDATION_FAILED input.supersededById'],
    ['ISSUED', 'SUPERSEDED', { id: 2, status: 'DRAFT' }, 'BAD_USER_INPUT PLAN_NOT_ISSUED input.supersededById'],
    ['ISSUED', 'SUPERSEDED', { id: 2, status: 'SUPERSEDED' }, 'BAD_USER_INPUT PLAN_NOT_ISSUED input.supersededById'],
    ['DRAFT', 'SUPERSEDED', { id: 2, status: 'ISSUED' }, 'CONFLICT PLAN_NOT_ISSUED'],
    ['SUPERSEDED', 'SUPERSEDED', { id: 2, status: 'ISSUED' }, 'CONFLICT PLAN_NOT_ISSUED'],
    ['ISSUED', 'DRAFT', null, 'CONFLICT PLAN_NOT_DRAFT'],
  ])('%s → %s (by %j): %s', (from, to, by, want) => {
    expect(err(() => assertPlanTransition(plan(from), to as never, by))).toBe(want);
  });

  it.each([
    ['DRAFT', 'ok'],
    ['ISSUED', 'CONFLICT PLAN_NOT_DRAFT'],
    ['SUPERSEDED', 'CONFLICT PLAN_NOT_DRAFT'],
  ])('content of a %s plan: %s', (status, want) => {
    expect(err(() => assertPlanEditable(status))).toBe(want);
  });
});

describe('checkIssue', () => {
  const vffQn: IssuerValidity = { name: 'Ủy ban MTTQ tỉnh Quảng Nam', validFrom: '1997-01-01', validTo: '2025-06-30' };
  const vffDn: IssuerValidity = { name: 'Ủy ban MTTQ thành phố Đà Nẵng', validFrom: '2025-07-01', validTo: null };
  const implemented: ImplementedPlanFacts = { ...issued666, issuedOn: '2022-06-16' };
  it.each<[string, Partial<PlanDraft>, ImplementedPlanFacts | null, unknown, IssuerValidity[], string[]]>([
    ['a valid draft issued while its issuer is active', {}, null, '2024-03-05', [vffQn], []],
    ['the last day of its issuer', {}, null, '2025-06-30', [vffQn], []],
    ['the day after its issuer ended', {}, null, '2025-07-01', [vffQn], ['input.issuedOn VALIDATION_FAILED']],
    ['before an issuer began', {}, null, '2025-06-30', [vffQn, vffDn], ['input.issuedOn VALIDATION_FAILED']],
    ['on the day the implemented plan was issued', { implementsId: 9 }, implemented, '2022-06-16', [vffQn], []],
    ['before the implemented plan was issued', { implementsId: 9 }, implemented, '2022-06-15', [vffQn], ['input.issuedOn VALIDATION_FAILED']],
    ['not a date: nothing else about the date', { implementsId: 9 }, implemented, '2022-13-01', [vffQn], ['input.issuedOn INVALID_LOCAL_DATE']],
    [
      'the content first, then the date against the implemented plan',
      { implementsId: 9 },
      { ...implemented, status: 'SUPERSEDED' },
      '2022-06-15',
      [vffQn],
      ['input.implementsId PLAN_NOT_ISSUED', 'input.issuedOn VALIDATION_FAILED'],
    ],
    ['an invalid date before the content', { title: ' ' }, null, 'hôm nay', [vffQn], ['input.issuedOn INVALID_LOCAL_DATE', 'input.title VALIDATION_FAILED']],
  ])('%s', (_n, d, impl, on, issuers, expected) => {
    expect(checkIssue({ ...good, ...d }, impl, on, issuers).map((e) => `${e.path} ${e.reason}`)).toEqual(expected);
  });
});
