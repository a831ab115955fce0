import { describe, expect, it } from 'vitest';
import { birthDateProblem, cccdCenturySexDigit, memberProblems, membersProblems, nationalIdProblem, type MemberInput } from './people';

const TODAY = '2026-11-21';

describe('national ID numbers (CCCD)', () => {
  it.each<[string, { birthDate?: string; sex?: 'MALE' | 'FEMALE' }, boolean]>([
    ['084090012345', {}, true],
    ['084090012345', { birthDate: '1990-05-01', sex: 'MALE' }, true],
    ['084090012345', { birthDate: '1990-05-01', sex: 'FEMALE' }, false], // 0 = male, 1900s
    ['084190012345', { birthDate: '1990-05-01', sex: 'FEMALE' }, true], // 1 = female, 1900s
    ['084390012345', { birthDate: '1990-05-01' }, false], // 3 = 2000s female
    ['084305012345', { birthDate: '2005-03-02', sex: 'FEMALE' }, true],
    ['084191012345', { birthDate: '1990-05-01' }, false], // year digits 91 ≠ 90
    ['049185000001', { birthDate: '1985-01-01', sex: 'FEMALE' }, true],
    ['003190012345', {}, false], // 003 is no province code
    ['08419001234', {}, false],
    ['0841900123456', {}, false],
    ['08419001234a', {}, false],
  ])('%s %j valid: %s', (id, person, ok) => {
    expect(nationalIdProblem(id, person) === null).toBe(ok);
  });

  it.each<[number, 'MALE' | 'FEMALE', number]>([
    [1950, 'MALE', 0],
    [1950, 'FEMALE', 1],
    [2001, 'MALE', 2],
    [2024, 'FEMALE', 3],
    [2100, 'MALE', 4],
  ])('century-sex digit of %i %s is %i', (year, sex, digit) => {
    expect(cccdCenturySexDigit(year, sex)).toBe(digit);
  });
});

describe('birth dates', () => {
  it.each<[string, boolean]>([
    ['1990-05-01', true],
    [TODAY, true],
    ['2026-11-22', false],
    ['1896-01-01', false],
    ['1990-02-30', false],
    ['01/05/1990', false],
  ])('%s plausible: %s', (d, ok) => {
    expect(birthDateProblem(d, TODAY) === null).toBe(ok);
  });
});

describe('members of a household', () => {
  const head: MemberInput = { fullName: 'Thạch Sô Phon', birthDate: '1978-04-02', sex: 'MALE', nationalId: '084078001234', relation: 'HEAD' };
  const wife: MemberInput = { fullName: 'Kim Thị Sa Ri', birthDate: '1980-09-12', sex: 'FEMALE', nationalId: '084180004321', relation: 'SPOUSE' };

  it('accepts a well-formed household', () => {
    expect(membersProblems([head, wife, { fullName: 'Thạch Bô Pha', birthDate: '2012-01-01', sex: 'MALE', relation: 'CHILD' }], TODAY)).toEqual([]);
  });

  it.each<[string, MemberInput[], string[]]>([
    ['no head', [wife], ['input.members']],
    ['two heads', [head, { ...wife, relation: 'HEAD' }], ['input.members']],
    ['the same ID twice', [head, { ...wife, nationalId: head.nationalId, sex: 'MALE', birthDate: '1978-01-01' }], ['input.members[1].nationalId']],
    ['an empty name and a future birth date', [head, { ...wife, fullName: ' ', birthDate: '2030-01-01', nationalId: null }], ['input.members[1].fullName', 'input.members[1].birthDate']],
    ['an ID that contradicts the sex', [head, { ...wife, sex: 'MALE' }], ['input.members[1].nationalId']],
  ])('%s', (_name, members, paths) => {
    expect(membersProblems(members, TODAY).map((e) => e.path).sort()).toEqual([...paths].sort());
  });

  it('checks one member under a given prefix', () => {
    expect(memberProblems({ ...head, relation: 'COUSIN' as never }, TODAY, 'input').map((e) => e.path)).toEqual(['input.relation']);
  });
});
