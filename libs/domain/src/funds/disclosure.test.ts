import { describe, expect, it } from 'vitest';
import { ANONYMOUS_DONOR_NAME, disbursementDisclosure, donorDisplayName, publicDonorList, type DisbursementFact } from './disclosure';

describe('donors in public', () => {
  it.each<[string, boolean, string]>([
    ['Công ty CP Sữa Việt Nam', false, 'Công ty CP Sữa Việt Nam'],
    ['Nguyễn Văn A', true, 'Nhà hảo tâm ẩn danh'],
    ['', true, 'Nhà hảo tâm ẩn danh'],
  ])('%j, anonymous %s → %j', (name, anonymous, shown) => {
    expect(donorDisplayName({ name, anonymous })).toBe(shown);
  });

  it('lists named donors by total, then one anonymous line without names or ids', () => {
    const rows = publicDonorList([
      { donorId: 'd1', name: 'Bưu điện tỉnh', anonymous: false, amount: 5_000_000 },
      { donorId: 'd2', name: 'Nguyễn Thị Bình', anonymous: true, amount: 2_000_000 },
      { donorId: 'd3', name: 'Ánh Dương JSC', anonymous: false, amount: 10_000_000 },
      { donorId: 'd1', name: 'Bưu điện tỉnh', anonymous: false, amount: 5_000_000 },
      { donorId: 'd4', name: 'Trần Văn C', anonymous: true, amount: 1 },
      { donorId: 'd3', name: 'Ánh Dương JSC', anonymous: true, amount: 7 }, // this gift anonymous only
    ]);
    expect(rows).toEqual([
      { name: 'Ánh Dương JSC', anonymous: false, donations: 1, total: 10_000_000 },
      { name: 'Bưu điện tỉnh', anonymous: false, donations: 2, total: 10_000_000 },
      { name: ANONYMOUS_DONOR_NAME, anonymous: true, donations: 3, total: 2_000_008 },
    ]);
    const text = JSON.stringify(rows);
    for (const secret of ['Nguyễn Thị Bình', 'Trần Văn C', 'd2', 'd4']) expect(text).not.toContain(secret);
  });

  it('takes rows grouped in SQL (count and total per donor and anonymity) and gives the same list', () => {
    const grouped = publicDonorList([
      { donorId: 'd1', name: 'Bưu điện tỉnh', anonymous: false, amount: 10_000_000, count: 2 },
      { donorId: 'd2', name: '', anonymous: true, amount: 2_000_000, count: 1 },
      { donorId: 'd3', name: 'Ánh Dương JSC', anonymous: false, amount: 10_000_000, count: 1 },
      { donorId: 'd4', name: '', anonymous: true, amount: 8, count: 2 },
    ]);
    expect(grouped).toEqual([
      { name: 'Ánh Dương JSC', anonymous: false, donations: 1, total: 10_000_000 },
      { name: 'Bưu điện tỉnh', anonymous: false, donations: 2, total: 10_000_000 },
      { name: ANONYMOUS_DONOR_NAME, anonymous: true, donations: 3, total: 2_000_008 },
    ]);
  });

  it('has no anonymous line when nobody asked', () => {
    expect(publicDonorList([])).toEqual([]);
  });
});

describe('disbursementDisclosure', () => {
  const row = (communeId: string | null, category: DisbursementFact['category'], amount: number, extra: object = {}) =>
    ({ communeId, category, amount, ...extra }) as DisbursementFact;

  it('counts and totals per commune and category, with margins', () => {
    const d = disbursementDisclosure([
      row('c2', 'TET_GIFT', 500_000, { householdName: 'Thạch Thị Sa Rây', nationalId: '084185001234', address: 'ấp Chợ' }),
      row('c1', 'HOUSING_NEW', 60_000_000, { householdId: 'h42', headName: 'Lê Văn Tám' }),
      row('c2', 'TET_GIFT', 500_000),
      row('c1', 'TET_GIFT', 300_000),
      row(null, 'COMMUNITY_WORKS', 100_000_000),
      row('c2', 'HOUSING_NEW', 30_000_000),
    ]);
    expect(d).toEqual({
      count: 6,
      total: 191_300_000,
      cells: [
        { communeId: 'c1', category: 'HOUSING_NEW', count: 1, total: 60_000_000 },
        { communeId: 'c1', category: 'TET_GIFT', count: 1, total: 300_000 },
        { communeId: 'c2', category: 'HOUSING_NEW', count: 1, total: 30_000_000 },
        { communeId: 'c2', category: 'TET_GIFT', count: 2, total: 1_000_000 },
        { communeId: null, category: 'COMMUNITY_WORKS', count: 1, total: 100_000_000 },
      ],
      byCategory: [
        { category: 'HOUSING_NEW', count: 2, total: 90_000_000 },
        { category: 'TET_GIFT', count: 3, total: 1_300_000 },
        { category: 'COMMUNITY_WORKS', count: 1, total: 100_000_000 },
      ],
      byCommune: [
        { communeId: 'c1', count: 2, total: 60_300_000 },
        { communeId: 'c2', count: 3, total: 31_000_000 },
        { communeId: null, count: 1, total: 100_000_000 },
      ],
    });
    const text = JSON.stringify(d);
    for (const secret of ['Thạch', '084185001234', 'ấp Chợ', 'h42', 'Lê Văn Tám']) expect(text).not.toContain(secret);
  });

  it('takes facts grouped in SQL (count and total per commune and category)', () => {
    const d = disbursementDisclosure([
      { communeId: 'c2', category: 'TET_GIFT', amount: 1_000_000, count: 2 },
      { communeId: 'c1', category: 'HOUSING_NEW', amount: 60_000_000, count: 1 },
      { communeId: 'c2', category: 'HOUSING_NEW', amount: 30_000_000 },
    ]);
    expect(d).toMatchObject({
      count: 4,
      total: 91_000_000,
      byCategory: [
        { category: 'HOUSING_NEW', count: 2, total: 90_000_000 },
        { category: 'TET_GIFT', count: 2, total: 1_000_000 },
      ],
      byCommune: [
        { communeId: 'c1', count: 1, total: 60_000_000 },
        { communeId: 'c2', count: 3, total: 31_000_000 },
      ],
    });
  });

  it.each<[DisbursementFact[], number, number]>([
    [[], 0, 0],
    [[row('c', 'OTHER', Number.MAX_SAFE_INTEGER)], 1, Number.MAX_SAFE_INTEGER],
  ])('boundaries: %j', (rows, count, total) => {
    expect(disbursementDisclosure(rows)).toMatchObject({ count, total });
  });

  it('refuses totals beyond the safe range rather than rounding', () => {
    expect(() => disbursementDisclosure([row('c', 'OTHER', Number.MAX_SAFE_INTEGER), row('c', 'OTHER', 1)])).toThrow(RangeError);
  });
});
