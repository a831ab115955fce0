import { describe, expect, it } from 'vitest';
import { expectedImplementers, memberOrganizationsIn, reportersOf, type OrganizationFacts } from './reporters';

/** A small tree: central VFF and Youth Union; Quảng Nam (area 49) and Trà Vinh (area 84) with a district each. */
let next = 1;
const org = (name: string, kind: string, level: string, parent: OrganizationFacts | null, areaId: number | null, validTo: string | null = null): OrganizationFacts => {
  const id = next++;
  return { id, name, kind, level, parentId: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/`, areaId, validFrom: '2015-01-01', validTo };
};
const vffCentral = org('UBTW MTTQ Việt Nam', 'VFF_COMMITTEE', 'CENTRAL', null, null);
const yuCentral = org('Trung ương Đoàn', 'YOUTH_UNION', 'CENTRAL', null, null);
const ccbCentral = org('Trung ương Hội CCB', 'VETERANS_ASSOCIATION', 'CENTRAL', null, null);
const yuDept = org('Ban Tổ chức Trung ương Đoàn', 'DEPARTMENT', 'CENTRAL', yuCentral, null);
const vffQn = org('MTTQ tỉnh Quảng Nam', 'VFF_COMMITTEE', 'PROVINCE', vffCentral, 49, '2025-06-30');
const vffTv = org('MTTQ tỉnh Trà Vinh', 'VFF_COMMITTEE', 'PROVINCE', vffCentral, 84, '2025-06-30');
const yuQn = org('Tỉnh đoàn Quảng Nam', 'YOUTH_UNION', 'PROVINCE', yuCentral, 49, '2025-06-30');
const ccbQn = org('Hội CCB tỉnh Quảng Nam', 'VETERANS_ASSOCIATION', 'PROVINCE', ccbCentral, 49, '2025-06-30');
const ccbBlock = org('Khối 487 Hội CCB tỉnh', 'VETERANS_ASSOCIATION', 'PROVINCE', ccbQn, 49, '2025-06-30');
const ccbDept = org('Ban Tuyên giáo Hội CCB tỉnh', 'DEPARTMENT', 'PROVINCE', ccbQn, 49, '2025-06-30');
const ubndQn = org('UBND tỉnh Quảng Nam', 'PEOPLES_COMMITTEE', 'PROVINCE', null, 49, '2025-06-30');
const yuTv = org('Tỉnh đoàn Trà Vinh', 'YOUTH_UNION', 'PROVINCE', yuCentral, 84, '2025-06-30');
const vffTamKy = org('MTTQ thành phố Tam Kỳ', 'VFF_COMMITTEE', 'DISTRICT', vffQn, 4901, '2025-06-30');
const ccbTamKy = org('Hội CCB thành phố Tam Kỳ', 'VETERANS_ASSOCIATION', 'DISTRICT', ccbQn, 4901, '2025-06-30');
const ccbOld = { ...org('Hội CCB huyện đã giải thể', 'VETERANS_ASSOCIATION', 'DISTRICT', ccbQn, 4902), validFrom: '2010-01-01', validTo: '2019-12-31' };
const vffDaNang = { ...org('MTTQ thành phố Đà Nẵng', 'VFF_COMMITTEE', 'PROVINCE', vffCentral, 48), validFrom: '2025-07-01' };
const all = [vffCentral, yuCentral, ccbCentral, yuDept, vffQn, vffTv, yuQn, ccbQn, ccbBlock, ccbDept, ubndQn, yuTv, vffTamKy, ccbTamKy, ccbOld, vffDaNang];
const names = (rows: OrganizationFacts[]) => rows.map((o) => o.name);

describe('memberOrganizationsIn', () => {
  it('takes the member organizations of one area and level, the top of each system only', () => {
    expect(names(memberOrganizationsIn(all, 'PROVINCE', 49))).toEqual(['Tỉnh đoàn Quảng Nam', 'Hội CCB tỉnh Quảng Nam']);
    expect(names(memberOrganizationsIn(all, 'CENTRAL', null))).toEqual(['Trung ương Đoàn', 'Trung ương Hội CCB']);
  });
});

describe('reportersOf', () => {
  it.each<[string, Parameters<typeof reportersOf>[0], OrganizationFacts, string, string[]]>([
    ['member organizations of the provincial VFF', { reporterRule: 'MEMBER_ORGANIZATIONS' }, vffQn, '2024-06-01', ['Hội CCB tỉnh Quảng Nam', 'Tỉnh đoàn Quảng Nam']],
    ['member organizations after the province ended', { reporterRule: 'MEMBER_ORGANIZATIONS' }, vffQn, '2025-07-01', []],
    ['member organizations of the central VFF', { reporterRule: 'MEMBER_ORGANIZATIONS' }, vffCentral, '2024-06-01', ['Trung ương Đoàn', 'Trung ương Hội CCB']],
    [
      'veterans\' associations below the provincial association (seed 002: districts and the directly managed block)',
      { reporterRule: 'SUBORDINATE_UNITS', reporterKind: 'VETERANS_ASSOCIATION' },
      ccbQn,
      '2024-06-01',
      ['Hội CCB thành phố Tam Kỳ', 'Khối 487 Hội CCB tỉnh'],
    ],
    ['district associations only', { reporterRule: 'SUBORDINATE_UNITS', reporterKind: 'VETERANS_ASSOCIATION', reporterLevel: 'DISTRICT' }, ccbQn, '2024-06-01', ['Hội CCB thành phố Tam Kỳ']],
    ['a unit that closed is not asked', { reporterRule: 'SUBORDINATE_UNITS', reporterKind: 'VETERANS_ASSOCIATION', reporterLevel: 'DISTRICT' }, ccbQn, '2012-06-01', ['Hội CCB huyện đã giải thể']],
    ['provincial Youth Unions below the central one', { reporterRule: 'SUBORDINATE_UNITS', reporterKind: 'YOUTH_UNION', reporterLevel: 'PROVINCE' }, yuCentral, '2024-06-01', ['Tỉnh đoàn Quảng Nam', 'Tỉnh đoàn Trà Vinh']],
    ['named, valid ones only, by name', { reporterRule: 'NAMED', reporterIds: [yuTv.id, ccbOld.id, vffTamKy.id] }, vffQn, '2024-06-01', ['MTTQ thành phố Tam Kỳ', 'Tỉnh đoàn Trà Vinh']],
    ['an unknown rule', { reporterRule: 'EVERYONE' }, vffQn, '2024-06-01', []],
  ])('%s', (_, rule, recipient, on, want) => {
    expect(names(reportersOf(rule, recipient, all, on))).toEqual(want);
  });
});

describe('expectedImplementers', () => {
  const expected = (issuers: OrganizationFacts[], level: string, named: { organizationId: number; why: 'TASK_ASSIGNEE' | 'RECIPIENT' }[] = [], period: [number, number] = [2021, 2025]) =>
    expectedImplementers({ level: level as never, periodFrom: period[0], periodTo: period[1], issuers, organizations: all, named }).map((e) => `${e.organization.name}: ${e.reasons.join(',')}`);

  it('central VFF plan, provincial level: provincial VFFs (own system) and the member organizations in their areas', () => {
    expect(expected([vffCentral], 'PROVINCE')).toEqual([
      'Hội CCB tỉnh Quảng Nam: MEMBER_ORGANIZATION',
      'MTTQ thành phố Đà Nẵng: OWN_SYSTEM', // valid from 2025-07-01: within 2021–2025
      'MTTQ tỉnh Quảng Nam: OWN_SYSTEM',
      'MTTQ tỉnh Trà Vinh: OWN_SYSTEM',
      'Tỉnh đoàn Quảng Nam: MEMBER_ORGANIZATION',
      'Tỉnh đoàn Trà Vinh: MEMBER_ORGANIZATION',
    ]);
  });

  it('central VFF plan, central level: the central member organizations', () => {
    expect(expected([vffCentral], 'CENTRAL')).toEqual(['Trung ương Đoàn: MEMBER_ORGANIZATION', 'Trung ương Hội CCB: MEMBER_ORGANIZATION']);
  });

  it('only organizations valid during the plan\'s period (Đà Nẵng from 2025-07-01 is not expected for 2021–2024)', () => {
    expect(expected([vffCentral], 'PROVINCE', [], [2021, 2024])).not.toContainEqual(expect.stringContaining('Đà Nẵng'));
    expect(expected([vffCentral], 'PROVINCE', [], [2025, 2026])).toContain('MTTQ thành phố Đà Nẵng: OWN_SYSTEM');
  });

  it('provincial VFF plan, district level: district VFFs and their member organizations', () => {
    expect(expected([vffQn], 'DISTRICT')).toEqual(['Hội CCB thành phố Tam Kỳ: MEMBER_ORGANIZATION', 'MTTQ thành phố Tam Kỳ: OWN_SYSTEM']);
  });

  it('central Youth Union plan: provincial Youth Unions, not departments', () => {
    expect(expected([yuCentral], 'PROVINCE')).toEqual(['Tỉnh đoàn Quảng Nam: OWN_SYSTEM', 'Tỉnh đoàn Trà Vinh: OWN_SYSTEM']);
    expect(expected([yuCentral], 'CENTRAL')).toEqual([]);
  });

  it('a provincial VFF plan at its own level: its member organizations, the task assignees and recipients, with every reason; never an issuer', () => {
    expect(
      expected([vffQn], 'PROVINCE', [
        { organizationId: ubndQn.id, why: 'RECIPIENT' },
        { organizationId: ccbQn.id, why: 'TASK_ASSIGNEE' },
        { organizationId: ccbQn.id, why: 'RECIPIENT' },
        { organizationId: vffQn.id, why: 'RECIPIENT' },
        { organizationId: ccbTamKy.id, why: 'TASK_ASSIGNEE' }, // another level
      ]),
    ).toEqual(['Hội CCB tỉnh Quảng Nam: MEMBER_ORGANIZATION,TASK_ASSIGNEE,RECIPIENT', 'Tỉnh đoàn Quảng Nam: MEMBER_ORGANIZATION', 'UBND tỉnh Quảng Nam: RECIPIENT']);
  });

  it('a joint plan: each issuer\'s own system', () => {
    expect(expected([ccbQn, vffQn], 'DISTRICT')).toEqual([
      'Hội CCB thành phố Tam Kỳ: OWN_SYSTEM,MEMBER_ORGANIZATION',
      'MTTQ thành phố Tam Kỳ: OWN_SYSTEM',
    ]);
  });
});
