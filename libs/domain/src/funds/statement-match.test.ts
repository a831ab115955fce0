import { describe, expect, it } from 'vitest';
import { proposeMatches, reconciledShare, scoreMatch, type DonationRef, type StatementLineRef } from './statement-match';

const line = (over: Partial<StatementLineRef> = {}): StatementLineRef => ({
  id: 'L1',
  date: '2024-10-17',
  amount: 500_000,
  description: 'NGUYEN VAN AN CHUYEN TIEN UNG HO QUY VI NGUOI NGHEO',
  reference: 'FT24291001',
  ...over,
});
const donation = (over: Partial<DonationRef> = {}): DonationRef => ({
  id: 'D1',
  amount: 500_000,
  occurredOn: '2024-10-17',
  reference: null,
  donorName: null,
  ...over,
});

describe('scoreMatch', () => {
  // line, donation → score and evidence, or null
  it.each<[string, Partial<StatementLineRef>, Partial<DonationRef>, number | null, string[]]>([
    ['same amount, same day', {}, {}, 70, ['AMOUNT', 'DATE']],
    ['1 day apart', { date: '2024-10-18' }, {}, 65, ['AMOUNT', 'DATE']],
    ['3 days apart (window edge)', { date: '2024-10-20' }, {}, 55, ['AMOUNT', 'DATE']],
    ['3 days earlier', { date: '2024-10-14' }, {}, 55, ['AMOUNT', 'DATE']],
    ['4 days apart', { date: '2024-10-21' }, {}, null, []],
    ['4 days apart but same reference', { date: '2024-10-21' }, { reference: 'FT24291001' }, 90, ['AMOUNT', 'REFERENCE']],
    ['reference differing in case and spaces', {}, { reference: ' ft2429 1001 ' }, 120, ['AMOUNT', 'DATE', 'REFERENCE']],
    ['reference inside the description', { reference: null, description: 'UH QVNN MA UH2024-77' }, { reference: 'UH2024-77' }, 120, ['AMOUNT', 'DATE', 'REFERENCE']],
    ['short reference not searched in the description', { reference: null, description: 'A1 ung ho' }, { reference: 'A1' }, 70, ['AMOUNT', 'DATE']],
    ['1 ₫ different', {}, { amount: 500_001 }, null, []],
    ['money out', { amount: -500_000 }, { amount: -500_000 }, null, []],
    ['name with accents, description without', {}, { donorName: 'Nguyễn Văn An' }, 95, ['AMOUNT', 'DATE', 'NAME']],
    ['name as a prefix of another word is not a name', {}, { donorName: 'Văn A' }, 70, ['AMOUNT', 'DATE']],
    ['name run together in the description', { description: 'NGUYENVANAN UNG HO' }, { donorName: 'Nguyễn Văn An' }, 95, ['AMOUNT', 'DATE', 'NAME']],
    ['one word never searched run together', { description: 'XANH UNG HO' }, { donorName: 'An' }, 70, ['AMOUNT', 'DATE']],
    ['one-word donor as a word', { description: 'VNPT UNG HO' }, { donorName: 'VNPT' }, 95, ['AMOUNT', 'DATE', 'NAME']],
    ['everything', {}, { reference: 'FT24291001', donorName: 'Nguyễn Văn An' }, 145, ['AMOUNT', 'DATE', 'REFERENCE', 'NAME']],
  ])('%s', (_name, l, d, score, evidence) => {
    const c = scoreMatch(line(l), donation(d));
    if (score === null) expect(c).toBeNull();
    else expect(c).toMatchObject({ score, evidence });
  });

  it('takes a wider window when asked', () => {
    expect(scoreMatch(line({ date: '2024-10-27' }), donation(), 10)).toMatchObject({ score: 40, daysApart: 10 });
  });
});

describe('proposeMatches', () => {
  it('pairs one-to-one, best score first', () => {
    const lines = [
      line({ id: 'L1', description: 'ck ung ho' }),
      line({ id: 'L2', description: 'TRAN THI BINH ung ho', date: '2024-10-18' }),
      line({ id: 'L3', amount: 1_000_000, description: 'x' }),
      line({ id: 'L4', amount: -30_000_000, description: 'chi xay nha' }),
      line({ id: 'L5', amount: 2_000_000, description: 'unknown' }),
    ];
    const donations = [
      donation({ id: 'D1', donorName: 'Trần Thị Bình' }), // best with L2 (name) though L1 is the same day
      donation({ id: 'D2', occurredOn: '2024-10-18' }),
      donation({ id: 'D3', amount: 1_000_000, occurredOn: '2024-10-25' }), // outside the window of L3
      donation({ id: 'D4', amount: 7 }),
    ];
    const p = proposeMatches(lines, donations);
    expect(p.matches.map((m) => [m.lineId, m.donationId, m.score])).toEqual([
      ['L2', 'D1', 90],
      ['L1', 'D2', 65],
    ]);
    expect(p.unmatchedLines).toEqual(['L3', 'L5']);
    expect(p.unmatchedDonations).toEqual(['D3', 'D4']);
    expect(p.outgoingLines).toEqual(['L4']);
  });

  it('breaks ties by days apart, then input order', () => {
    const lines = [line({ id: 'A', date: '2024-10-18' }), line({ id: 'B', date: '2024-10-17' })];
    const donations = [donation({ id: 'X' }), donation({ id: 'Y' })];
    expect(proposeMatches(lines, donations).matches.map((m) => [m.lineId, m.donationId])).toEqual([
      ['B', 'X'],
      ['A', 'Y'],
    ]);
  });

  it('never proposes a rejected pair again', () => {
    const p = proposeMatches([line()], [donation()], { exclude: [{ lineId: 'L1', donationId: 'D1' }] });
    expect(p.matches).toEqual([]);
    expect(p.unmatchedLines).toEqual(['L1']);
  });

  it('handles nothing', () => {
    expect(proposeMatches([], [])).toEqual({ matches: [], unmatchedLines: [], unmatchedDonations: [], outgoingLines: [] });
  });
});

describe('reconciledShare', () => {
  const ds = [
    { id: 'a', amount: 500_000 },
    { id: 'b', amount: 1_000_000 },
    { id: 'c', amount: 1_500_000 },
  ];
  it.each<[string[], number, { numerator: number; denominator: number }]>([
    [[], 0, { numerator: 0, denominator: 1 }],
    [['a'], 500_000, { numerator: 1, denominator: 6 }],
    [['a', 'b'], 1_500_000, { numerator: 1, denominator: 2 }],
    [['a', 'b', 'c'], 3_000_000, { numerator: 1, denominator: 1 }],
    [['c', 'zzz'], 1_500_000, { numerator: 1, denominator: 2 }],
  ])('matched %j → %i ₫, share %j', (ids, matched, share) => {
    expect(reconciledShare(ds, ids)).toEqual({ amountIn: 3_000_000, matched, share });
  });

  it('is exact on large amounts and null with no money in', () => {
    const big = [
      { id: 'x', amount: 4_000_000_000_001 },
      { id: 'y', amount: 3 },
    ];
    expect(reconciledShare(big, ['x'])).toEqual({
      amountIn: 4_000_000_000_004,
      matched: 4_000_000_000_001,
      share: { numerator: 4_000_000_000_001, denominator: 4_000_000_000_004 },
    });
    expect(reconciledShare([], [])).toEqual({ amountIn: 0, matched: 0, share: null });
  });
});
