import { describe, expect, it } from 'vitest';
import { donorInputProblems, fundCommitteeProblems, housingCompletion, newFundProblems } from './records';

describe('donorInputProblems', () => {
  it.each<[string, Parameters<typeof donorInputProblems>[0], string[]]>([
    ['an existing donor', { donorId: 7 }, []],
    ['a new enterprise', { newDonor: { kind: 'ENTERPRISE', name: 'Công ty Ánh Dương', taxCode: '0312345678' } }, []],
    ['both', { donorId: 7, newDonor: { kind: 'INDIVIDUAL', name: 'A' } }, ['input.newDonor']],
    ['a blank name', { newDonor: { kind: 'INDIVIDUAL', name: '  ' } }, ['input.newDonor.name']],
    ['a long tax code', { newDonor: { kind: 'ENTERPRISE', name: 'X', taxCode: '1'.repeat(33) } }, ['input.newDonor.taxCode']],
    ['a household without its household', { newDonor: { kind: 'HOUSEHOLD', name: 'Hộ A' } }, ['input.newDonor.householdId']],
    ['a household with it', { newDonor: { kind: 'HOUSEHOLD', name: 'Hộ A', householdId: 3 } }, []],
  ])('%s', (_name, input, paths) => {
    expect(donorInputProblems(input).map((e) => e.path)).toEqual(paths);
  });
});

describe('newFundProblems / fundCommitteeProblems', () => {
  const good = { name: 'Quỹ Vì người nghèo tỉnh Quảng Nam', level: 'PROVINCE', validFrom: '2021-01-01', bankAccounts: [{ bankName: 'Kho bạc', accountNumber: '3761.0.1234567', accountName: 'Quỹ' }] };
  it.each<[string, Partial<typeof good>, string[]]>([
    ['good', {}, []],
    ['blank name', { name: ' ' }, ['input.name']],
    ['unknown level', { level: 'HAMLET' }, ['input.level']],
    ['bad account number', { bankAccounts: [{ bankName: 'B', accountNumber: '12', accountName: 'Q' }] }, ['input.bankAccounts[0].accountNumber']],
  ])('%s', (_name, change, paths) => {
    expect(newFundProblems({ ...good, ...change }).map((e) => e.path)).toEqual(paths);
  });
  it.each<[string, { level: string; validFrom: string }, string[]]>([
    ['matching', { level: 'PROVINCE', validFrom: '2021-01-01' }, []],
    ['other level', { level: 'COMMUNE', validFrom: '2021-01-01' }, ['LEVEL_MISMATCH']],
    ['before the committee', { level: 'PROVINCE', validFrom: '2007-12-31' }, ['INVALID_VALIDITY']],
    ['after the committee ended', { level: 'PROVINCE', validFrom: '2025-07-01' }, ['INVALID_VALIDITY']],
    ['on its last day', { level: 'PROVINCE', validFrom: '2025-06-30' }, []],
  ])('committee: %s', (_name, input, reasons) => {
    expect(fundCommitteeProblems(input, { level: 'PROVINCE', validFrom: '2008-01-01', validTo: '2025-06-30' }).map((e) => e.reason)).toEqual(reasons);
  });
});

describe('housingCompletion', () => {
  const tx = { kind: 'DISBURSEMENT', category: 'HOUSING_NEW', householdId: 4, occurredOn: '2024-11-02' };
  it.each<[string, Partial<typeof tx>, string, string | string[]]>([
    ['a new house', {}, '2025-01-15', 'NEWLY_BUILT'],
    ['a repair', { category: 'HOUSING_REPAIR' }, '2025-01-15', 'REPAIRED'],
    ['on the disbursement day', {}, '2024-11-02', 'NEWLY_BUILT'],
    ['before it', {}, '2024-11-01', ['input.completedOn']],
    ['after today', {}, '2026-11-22', ['input.completedOn']],
    ['not housing', { category: 'TET_GIFT' }, '2025-01-15', ['input.transactionId']],
    ['not to a household', { householdId: null as unknown as number }, '2025-01-15', ['input.transactionId']],
    ['a donation', { kind: 'DONATION', category: null as unknown as string }, '2025-01-15', ['input.transactionId']],
  ])('%s', (_name, change, completedOn, expected) => {
    const r = housingCompletion({ ...tx, ...change }, completedOn, '2026-11-21');
    expect(r.ok ? r.housingStatus : r.problems.map((p) => p.path)).toEqual(expected);
  });
});
