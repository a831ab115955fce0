/**
 * The strings of the public disclosure page, Vietnamese first, English second. Kept out of the
 * `t()` table of @lnob/ui on purpose (like code-labels.ts): they travel with this lazily loaded page,
 * so the first paint of the admin app does not carry them. `{name}` marks a parameter.
 */
import { useCallback } from 'react';
import type { Label } from '@lnob/domain';
import { interpolate, L, useI18n } from '@lnob/ui';

export const PUBLIC_TEXT = {
  title: L('Công khai Quỹ “Vì người nghèo”', 'Fund for the Poor – public disclosure'),
  intro: L(
    'Số tiền vận động, chi hỗ trợ và điều chuyển của Quỹ “Vì người nghèo” các cấp, công khai cho mọi người. Không công bố tên, địa chỉ hay mã của hộ được hỗ trợ; nhà hảo tâm đề nghị giấu tên được ghi chung là “Nhà hảo tâm ẩn danh”.',
    'Money raised, spent and transferred by the Funds for the Poor at every level, open to everyone. Households supported are never named, located or identified; donors who asked for anonymity are listed together as “Anonymous donor”.',
  ),
  fund: L('Quỹ', 'Fund'),
  year: L('Năm', 'Year'),
  peakMonth: L('Tháng cao điểm (17/10–18/11)', 'Peak month (17/10–18/11)'),
  until: L('{name} (đến {date})', '{name} (until {date})'),
  noFunds: L('Không có quỹ nào hoạt động trong năm {year}.', 'No fund was open in {year}.'),
  range: L('Từ {from} đến {to}', 'From {from} to {to}'),
  openingBalance: L('Số dư đầu kỳ', 'Opening balance'),
  raised: L('Vận động được', 'Raised'),
  donationCount: L('{count} lượt ủng hộ', '{count} donations'),
  spent: L('Đã chi', 'Spent'),
  disbursementCount: L('{count} khoản chi', '{count} disbursements'),
  transferredIn: L('Nhận từ quỹ khác', 'Received from other funds'),
  transferredOut: L('Chuyển cho quỹ khác', 'Sent to other funds'),
  closingBalance: L('Số dư cuối kỳ', 'Closing balance'),
  reconciledShare: L('{percent} số tiền vào đã được đối chiếu với sao kê ngân hàng.', '{percent} of the money in is matched to bank statements.'),
  notReconciled: L('Chưa đối chiếu sao kê ngân hàng cho kỳ này.', 'Not yet matched to bank statements for this period.'),
  download: L('Tải CSV', 'Download CSV'),
  byCategory: L('Chi theo nội dung', 'Spending by category'),
  chartLabel: L('Biểu đồ số tiền đã chi theo nội dung', 'Chart of the money spent per category'),
  category: L('Nội dung chi', 'Category'),
  count: L('Số lượt', 'Count'),
  amount: L('Số tiền', 'Amount'),
  noSpending: L('Chưa có khoản chi nào trong kỳ.', 'Nothing was spent in this period.'),
  children: L('Theo địa bàn', 'By area'),
  childrenNote: L(
    'Khoản chi cho hộ gia đình được tính vào địa bàn nơi hộ cư trú. “Quỹ cấp dưới vận động” là số tiền các quỹ của địa bàn đó tự vận động được.',
    'Support to a household counts in the area where it lives. “Raised there” is what the funds of that area raised themselves.',
  ),
  area: L('Địa bàn', 'Area'),
  lowerRaised: L('Quỹ cấp dưới vận động', 'Raised there'),
  details: L('Chi tiết', 'Details'),
  unattributed: L('Không phân theo địa bàn cấp dưới', 'Not attributed to a sub-unit'),
  quietAreas: L('{count} địa bàn khác không có số liệu trong kỳ.', '{count} other areas have no figures for this period.'),
  noChildren: L('Không có số liệu theo địa bàn trong kỳ.', 'No figures by area for this period.'),
  donors: L('Danh sách nhà hảo tâm', 'Donors'),
  donor: L('Nhà hảo tâm', 'Donor'),
  anonymousDonor: L('Nhà hảo tâm ẩn danh', 'Anonymous donor'),
  noDonors: L('Chưa có khoản ủng hộ nào trong kỳ.', 'No donations in this period.'),
  bankAccounts: L('Tài khoản tiếp nhận ủng hộ', 'Accounts for donations'),
  staffArea: L('Trang quản trị (cán bộ)', 'Staff area'),
} as const satisfies Record<string, Label>;

export type PublicTextKey = keyof typeof PUBLIC_TEXT;

/** `pt('raised')` in the current language, with `{param}`s filled. */
export function usePublicText(): (key: PublicTextKey, params?: Record<string, string | number>) => string {
  const { locale } = useI18n();
  return useCallback((key, params) => interpolate(PUBLIC_TEXT[key][locale], params), [locale]);
}
