import { ANONYMOUS_DONOR_LABEL, DISBURSEMENT_CATEGORY_LABELS, FUND_LEVEL_LABELS, toCsvLine } from '@lnob/domain';
import type { PublicFundReport } from './public-report.service';

type Lang = 'vi' | 'en';

const T = {
  header: { vi: ['Mục', 'Địa bàn', 'Nội dung', 'Số lượt', 'Số tiền (đồng)'], en: ['Section', 'Area', 'Item', 'Count', 'Amount (VND)'] },
  fund: { vi: 'Quỹ', en: 'Fund' },
  central: { vi: 'Trung ương', en: 'Central' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  account: { vi: 'Tài khoản tiếp nhận', en: 'Account' },
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  opening: { vi: 'Số dư đầu kỳ', en: 'Opening balance' },
  raised: { vi: 'Vận động được', en: 'Raised' },
  spent: { vi: 'Đã chi', en: 'Spent' },
  transferredIn: { vi: 'Nhận điều chuyển từ quỹ khác', en: 'Transfers received' },
  transferredOut: { vi: 'Điều chuyển cho quỹ khác', en: 'Transfers sent' },
  closing: { vi: 'Số dư cuối kỳ', en: 'Closing balance' },
  byCategory: { vi: 'Chi theo nội dung', en: 'Spent by category' },
  byArea: { vi: 'Theo địa bàn', en: 'By area' },
  lowerRaised: { vi: 'Quỹ cấp dưới vận động được', en: 'Raised by the funds there' },
  unattributed: { vi: 'Không phân theo địa bàn cấp dưới', en: 'Not attributed to a sub-unit' },
  donors: { vi: 'Nhà hảo tâm', en: 'Donors' },
  reconciled: { vi: 'Tỷ lệ tiền vào đã đối chiếu sao kê', en: 'Share of money in matched to bank statements' },
  notReconciled: { vi: 'chưa đối chiếu', en: 'not reconciled yet' },
} as const;

/** dd/MM/yyyy, as every date the public reads. */
const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** A cell a spreadsheet must not run as a formula (names are typed by people). */
const text = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/**
 * The public report as one CSV table (UTF-8 with a BOM, so spreadsheets read Vietnamese): the same
 * figures as `publicFundReport`, one row each — section, area, item, count, amount in whole đồng.
 */
export function publicReportCsv(r: PublicFundReport, lang: Lang): string {
  const rows: (string | number | null)[][] = [];
  const area = r.fund.area?.name ?? T.central[lang];
  rows.push([T.fund[lang], area, text(`${r.fund.name} (${FUND_LEVEL_LABELS[r.fund.level][lang]})`), null, null]);
  rows.push([T.period[lang], null, `${dmy(r.from)} – ${dmy(r.to)}`, null, null]);
  for (const b of r.bankAccounts) rows.push([T.account[lang], null, text(`${b.bankName} ${b.accountNumber} (${b.accountName})`), null, null]);
  const s = r.summary;
  rows.push([T.summary[lang], null, T.opening[lang], null, s.openingBalance]);
  rows.push([T.summary[lang], null, T.raised[lang], s.donations, s.raised]);
  rows.push([T.summary[lang], null, T.spent[lang], s.spentByCategory.reduce((a, c) => a + c.count, 0), s.spent]);
  rows.push([T.summary[lang], null, T.transferredIn[lang], null, s.transferredIn]);
  rows.push([T.summary[lang], null, T.transferredOut[lang], null, s.transferredOut]);
  rows.push([T.summary[lang], null, T.closing[lang], null, s.closingBalance]);
  rows.push([T.summary[lang], null, T.reconciled[lang], null, r.reconciledShare === null ? T.notReconciled[lang] : r.reconciledShare]);
  for (const c of s.spentByCategory) rows.push([T.byCategory[lang], null, DISBURSEMENT_CATEGORY_LABELS[c.category][lang], c.count, c.amount]);
  for (const c of r.children) {
    const name = c.area?.name ?? T.unattributed[lang];
    if (c.area) rows.push([T.byArea[lang], name, T.lowerRaised[lang], null, c.raised]);
    rows.push([T.byArea[lang], name, T.spent[lang], c.disbursements, c.spent]);
    for (const x of c.byCategory) rows.push([T.byArea[lang], name, DISBURSEMENT_CATEGORY_LABELS[x.category][lang], x.count, x.amount]);
  }
  for (const d of r.donors) rows.push([T.donors[lang], null, d.anonymous ? ANONYMOUS_DONOR_LABEL[lang] : text(d.name), d.donations, d.total]);
  return `\uFEFF${[T.header[lang], ...rows].map((cells) => toCsvLine(cells)).join('\r\n')}\r\n`;
}
