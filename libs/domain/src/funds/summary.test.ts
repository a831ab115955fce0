import { describe, expect, it } from 'vitest';
import { summarizeEntryGroups, type EntryGroup } from './summary';

const period = { from: '2024-01-01', to: '2024-12-31', openingBalance: 100, closingBalance: 0 };
const g = (kind: EntryGroup['kind'], direction: EntryGroup['direction'], amount: number, count: number, extra: Partial<EntryGroup> = {}): EntryGroup => ({ kind, category: null, direction, incoming: false, amount, count, ...extra });

describe('summarizeEntryGroups', () => {
  it('nets reversals against what they reverse, splits spending by category and transfers by side', () => {
    const s = summarizeEntryGroups(
      [
        g('DONATION', 'DEBIT', 1_000, 3),
        g('DONATION', 'CREDIT', 200, -1), // a reversed donation
        g('PLEDGE_FULFILMENT', 'DEBIT', 300, 1),
        g('DISBURSEMENT', 'CREDIT', 400, 2, { category: 'TET_GIFT' }),
        g('DISBURSEMENT', 'DEBIT', 100, -1, { category: 'TET_GIFT' }), // its reversal
        g('DISBURSEMENT', 'CREDIT', 500, 1, { category: 'HOUSING_NEW' }),
        g('TRANSFER', 'DEBIT', 50, 1, { incoming: true }),
        g('TRANSFER', 'CREDIT', 70, 1),
      ],
      period,
    );
    expect(s).toEqual({
      ...period,
      raised: 1_100,
      donations: 3,
      spent: 800,
      spentByCategory: [
        { category: 'HOUSING_NEW', amount: 500, count: 1 },
        { category: 'TET_GIFT', amount: 300, count: 1 },
      ],
      transferredIn: 50,
      transferredOut: 70,
    });
  });

  it('is all zeros without movements', () => {
    expect(summarizeEntryGroups([], period)).toMatchObject({ raised: 0, donations: 0, spent: 0, spentByCategory: [], transferredIn: 0, transferredOut: 0 });
  });
});
