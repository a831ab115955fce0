/**
 * Code lists of the Fund for the Poor (Quỹ "Vì người nghèo", domain.md §7, domain-research.md §4):
 * fund levels, transaction kinds, disbursement categories, channels, ledger accounts, donors and
 * beneficiaries, with Vietnamese and English labels. Stored as varchar and checked against these lists.
 */
import type { Label } from '../areas/kinds';
import type { LocalDate } from '../scalars/local-date';
import { oneOf } from '../codes';

/** One fund per VFF committee level. District funds are historical: the district level ended on 30/06/2025. */
export const FUND_LEVELS = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE'] as const;
export type FundLevel = (typeof FUND_LEVELS)[number];

/** The last day a district fund may have a movement (the district level was abolished on 01/07/2025). */
export const DISTRICT_FUNDS_LAST_DAY: LocalDate = '2025-06-30';

export const TRANSACTION_KINDS = ['DONATION', 'PLEDGE_FULFILMENT', 'DISBURSEMENT', 'TRANSFER', 'REVERSAL'] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

/** The kinds that bring money in: what a fund raised, what a bank statement's money-in lines match. */
export const MONEY_IN_KINDS: readonly TransactionKind[] = ['DONATION', 'PLEDGE_FULFILMENT'];

/** What a disbursement was for (domain-research.md §4.3). */
export const DISBURSEMENT_CATEGORIES = [
  'HOUSING_NEW',
  'HOUSING_REPAIR',
  'LIVELIHOOD',
  'HEALTH',
  'EDUCATION',
  'TET_GIFT',
  'EMERGENCY_RELIEF',
  'COMMUNITY_WORKS',
  'OTHER',
] as const;
export type DisbursementCategory = (typeof DISBURSEMENT_CATEGORIES)[number];

/** Categories whose beneficiary must be a household (they update its housing status). */
export const HOUSING_CATEGORIES: readonly DisbursementCategory[] = ['HOUSING_NEW', 'HOUSING_REPAIR'];

/** How money (or goods, valued in VND) moved. */
export const CHANNELS = ['CASH', 'BANK_TRANSFER', 'SMS_1400', 'IN_KIND'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Channels each kind may use. SMS 1400 is a donation line only; transfers between funds go in cash or
 * by bank; a reversal takes its original's channel and names none.
 */
export const CHANNELS_BY_KIND: Record<TransactionKind, readonly Channel[]> = {
  DONATION: ['CASH', 'BANK_TRANSFER', 'SMS_1400', 'IN_KIND'],
  PLEDGE_FULFILMENT: ['CASH', 'BANK_TRANSFER', 'IN_KIND'],
  DISBURSEMENT: ['CASH', 'BANK_TRANSFER', 'IN_KIND'],
  TRANSFER: ['CASH', 'BANK_TRANSFER'],
  REVERSAL: [],
};

/**
 * Ledger account kinds. FUND: a fund of the hub (its balance is what it holds). DONOR, BENEFICIARY:
 * the other side of money in and out. OTHER_FUND: a fund kept outside the hub (e.g. the Ministry of
 * Finance's national fund for temporary houses) as the other side of a transfer. BANK: a bank or
 * treasury account, kept for bank interest and fees (no kind builds entries on it yet).
 */
export const ACCOUNT_KINDS = ['FUND', 'DONOR', 'BENEFICIARY', 'OTHER_FUND', 'BANK'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const ENTRY_DIRECTIONS = ['DEBIT', 'CREDIT'] as const;
export type EntryDirection = (typeof ENTRY_DIRECTIONS)[number];

/** The only currency: VND, whole đồng (ISO 4217 exponent 0). */
export const CURRENCIES = ['VND'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Who gives. A HOUSEHOLD donor is a registry household (never one that is poor: DONOR_IS_POOR_HOUSEHOLD). */
export const DONOR_KINDS = ['ORGANIZATION', 'ENTERPRISE', 'INDIVIDUAL', 'HOUSEHOLD'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];

/** Who receives a disbursement: a household, an event of a plan, or a community project. */
export const BENEFICIARY_KINDS = ['HOUSEHOLD', 'EVENT', 'COMMUNITY_PROJECT'] as const;
export type BeneficiaryKind = (typeof BENEFICIARY_KINDS)[number];


export const isFundLevel = oneOf(FUND_LEVELS);
export const isTransactionKind = oneOf(TRANSACTION_KINDS);
export const isDisbursementCategory = oneOf(DISBURSEMENT_CATEGORIES);
export const isChannel = oneOf(CHANNELS);
export const isAccountKind = oneOf(ACCOUNT_KINDS);
export const isEntryDirection = oneOf(ENTRY_DIRECTIONS);
export const isDonorKind = oneOf(DONOR_KINDS);
export const isBeneficiaryKind = oneOf(BENEFICIARY_KINDS);

export const FUND_LEVEL_LABELS: Record<FundLevel, Label> = {
  CENTRAL: { vi: 'Trung ương', en: 'Central' },
  PROVINCE: { vi: 'Tỉnh', en: 'Province' },
  DISTRICT: { vi: 'Huyện (đến 30/06/2025)', en: 'District (until 30/06/2025)' },
  COMMUNE: { vi: 'Xã', en: 'Commune' },
};

export const TRANSACTION_KIND_LABELS: Record<TransactionKind, Label> = {
  DONATION: { vi: 'Ủng hộ', en: 'Donation' },
  PLEDGE_FULFILMENT: { vi: 'Thực hiện cam kết', en: 'Pledge fulfilment' },
  DISBURSEMENT: { vi: 'Chi hỗ trợ', en: 'Disbursement' },
  TRANSFER: { vi: 'Điều chuyển giữa các cấp', en: 'Transfer between funds' },
  REVERSAL: { vi: 'Bút toán đảo', en: 'Reversal' },
};

export const DISBURSEMENT_CATEGORY_LABELS: Record<DisbursementCategory, Label> = {
  HOUSING_NEW: { vi: 'Xây mới nhà Đại đoàn kết', en: 'New house (Great Solidarity)' },
  HOUSING_REPAIR: { vi: 'Sửa chữa nhà', en: 'House repair' },
  LIVELIHOOD: { vi: 'Hỗ trợ sản xuất, sinh kế', en: 'Livelihood support' },
  HEALTH: { vi: 'Khám chữa bệnh', en: 'Health care' },
  EDUCATION: { vi: 'Hỗ trợ học tập, học bổng', en: 'Education and scholarships' },
  TET_GIFT: { vi: 'Quà Tết', en: 'Tết gifts' },
  EMERGENCY_RELIEF: { vi: 'Trợ cấp đột xuất, thiên tai', en: 'Emergency and disaster relief' },
  COMMUNITY_WORKS: { vi: 'Công trình an sinh cộng đồng', en: 'Community works' },
  OTHER: { vi: 'Khác', en: 'Other' },
};

export const CHANNEL_LABELS: Record<Channel, Label> = {
  CASH: { vi: 'Tiền mặt', en: 'Cash' },
  BANK_TRANSFER: { vi: 'Chuyển khoản', en: 'Bank transfer' },
  SMS_1400: { vi: 'Tin nhắn 1400', en: 'SMS to 1400' },
  IN_KIND: { vi: 'Hiện vật (quy ra tiền)', en: 'In kind (valued in VND)' },
};

export const ACCOUNT_KIND_LABELS: Record<AccountKind, Label> = {
  FUND: { vi: 'Quỹ', en: 'Fund' },
  DONOR: { vi: 'Nhà hảo tâm', en: 'Donor' },
  BENEFICIARY: { vi: 'Đối tượng thụ hưởng', en: 'Beneficiary' },
  OTHER_FUND: { vi: 'Quỹ ngoài hệ thống', en: 'Fund outside the hub' },
  BANK: { vi: 'Ngân hàng, kho bạc', en: 'Bank or treasury' },
};

export const DONOR_KIND_LABELS: Record<DonorKind, Label> = {
  ORGANIZATION: { vi: 'Cơ quan, tổ chức', en: 'Organization' },
  ENTERPRISE: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  INDIVIDUAL: { vi: 'Cá nhân', en: 'Individual' },
  HOUSEHOLD: { vi: 'Hộ gia đình', en: 'Household' },
};

export const BENEFICIARY_KIND_LABELS: Record<BeneficiaryKind, Label> = {
  HOUSEHOLD: { vi: 'Hộ gia đình', en: 'Household' },
  EVENT: { vi: 'Sự kiện, hoạt động', en: 'Event' },
  COMMUNITY_PROJECT: { vi: 'Công trình cộng đồng', en: 'Community project' },
};
