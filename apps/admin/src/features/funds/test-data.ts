/** Fixtures of the funds tests (answers as the API gives them, with __typename for graphcache). */
import type { FundFieldsFragment, LedgerRowFragment, PledgeRowFragment } from './operations';

export const FUND: FundFieldsFragment & { __typename: 'Fund' } = {
  __typename: 'Fund',
  id: 'F1',
  name: 'Quỹ Vì người nghèo tỉnh Quảng Nam',
  level: 'PROVINCE',
  balance: 30_000_000,
  validFrom: '2021-01-01',
  validTo: '2025-06-30',
  organization: { id: 'O1', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam' },
  area: { id: 'A1', name: 'Tỉnh Quảng Nam' },
};

export function tx(x: Partial<LedgerRowFragment> & Pick<LedgerRowFragment, 'id' | 'kind' | 'amount'>): LedgerRowFragment & { __typename: 'LedgerTransaction' } {
  return {
    __typename: 'LedgerTransaction',
    category: null,
    channel: 'BANK_TRANSFER',
    occurredOn: '2025-01-10',
    anonymous: false,
    beneficiaryKind: null,
    beneficiaryName: null,
    receiptNumber: null,
    reference: null,
    note: null,
    valuation: null,
    overrideJustification: null,
    housingCompletedOn: null,
    recordedAt: '2025-01-10T03:00:00.000Z',
    recordedBy: 'Nguyễn Văn Minh',
    donor: null,
    household: null,
    fund: { id: 'F1', name: FUND.name },
    counterFund: null,
    pledge: null,
    reverses: null,
    reversedBy: null,
    ...x,
  };
}

/** A donation (reversed by T3), a disbursement (Tết gifts) and the reversal. */
export const ROWS = [
  tx({ id: 'T3', kind: 'REVERSAL', amount: 5_000_000, occurredOn: '2025-01-16', channel: 'CASH', note: 'Ghi trùng biên lai', reverses: { id: 'T2', kind: 'DONATION', occurredOn: '2025-01-15' }, donor: { id: 'D1', name: 'Công ty TNHH Ánh Dương', kind: 'ENTERPRISE' } }),
  tx({ id: 'T4', kind: 'DISBURSEMENT', amount: 20_000_000, occurredOn: '2025-01-20', channel: 'CASH', category: 'TET_GIFT', beneficiaryKind: 'EVENT', beneficiaryName: 'Quà Tết "Ất Tỵ", 2025' }),
  tx({ id: 'T2', kind: 'DONATION', amount: 5_000_000, occurredOn: '2025-01-15', channel: 'CASH', receiptNumber: 'BL-01', donor: { id: 'D1', name: 'Công ty TNHH Ánh Dương', kind: 'ENTERPRISE' }, reversedBy: { id: 'T3', occurredOn: '2025-01-16' } }),
  tx({ id: 'T1', kind: 'DONATION', amount: 50_000_000, anonymous: true, reference: 'FT25010', donor: { id: 'D1', name: 'Công ty TNHH Ánh Dương', kind: 'ENTERPRISE' } }),
];

export function pledge(x: Partial<PledgeRowFragment> & Pick<PledgeRowFragment, 'id'>): PledgeRowFragment & { __typename: 'Pledge' } {
  return {
    __typename: 'Pledge',
    amount: 10_000_000,
    anonymous: false,
    pledgedOn: '2025-01-05',
    dueOn: '2025-03-31',
    fulfilled: 0,
    outstanding: 10_000_000,
    status: 'OPEN',
    note: null,
    donor: { id: 'D9', name: 'Ngân hàng Agribank Quảng Nam', kind: 'ENTERPRISE' },
    ...x,
  };
}

export const page = <N>(nodes: N[], hasNextPage = false, endCursor: string | null = null) => ({
  edges: nodes.map((node) => ({ cursor: `c-${(node as { id?: string }).id ?? ''}`, node })),
  pageInfo: { hasNextPage, endCursor },
});
