/**
 * Demo money of the Fund for the Poor, loaded with the demo data through the ledger's own services
 * (every movement checked, balanced, audited and idempotent, as any client's would be).
 *
 * What the seeds describe, at the sizes of domain.md §7 (a province raises billions a year, the
 * central fund hundreds of billions): Quảng Nam's Veterans' savings drive for houses (seed 002, the
 * provincial and district Veterans' Associations as donor organizations), Ninh Thuận's forum
 * "Lắng nghe tiếng nói của người nghèo" with the launch of the 2024 drive (14–17/10/2024: pledges
 * handed over on stage, gifts and scholarships) and its golf tournament at Công Hải (11/2024) (seed
 * 004), one-day-salary drives of the Labour Federations, SMS 1400, Tết gifts (0.3–1 million ₫ each),
 * house support (30–60 million ₫ a house), livelihood money entrusted to the Social Policy Bank,
 * transfers between levels (central → provinces, Trà Vinh → Trà Cú district → Hàm Giang commune,
 * Ninh Thuận → Công Hải), a reversal of a receipt recorded twice, anonymous donors, pledges fulfilled,
 * partly fulfilled, overdue and still open.
 *
 * Households: only those poor or near-poor in their latest review are paid (the ledger refuses the
 * others), found by a query over the households just loaded. Their fixture housing status tells the
 * story: NEWLY_BUILT / REPAIRED houses were supported in 2024, TEMPORARY / DILAPIDATED ones get
 * their support in 2025 (not reported complete: the houses' status stays as the fixture has it).
 *
 * Deterministic: fixed plan, households in id order, idempotency keys `demo-fund-<n>`.
 * Enterprise and individual donors are INVENTED names (no real company's giving is implied); bank
 * account numbers are invented too. The funds of the old tree close with their committees on
 * 30/06/2025 and keep what they hold then (the ledger moves money only between funds open on the
 * same day; the district fund hands its balance to the province before it closes).
 */
import type { DataSource } from 'typeorm';
import type { Channel, DisbursementCategory, DonorKind, FundLevel, HouseholdClass, LocalDate } from '@lnob/domain';
import type { Services } from '../common/services';
import type { OrganizationEntity } from '../modules/organizations/organization.entity';

interface FundPlan {
  key: string;
  committeeKey: string;
  boardKey?: string;
  name: string;
  level: FundLevel;
  validFrom: LocalDate;
  bank: { bankName: string; accountNumber: string; accountName: string }[];
}

const FUNDS: FundPlan[] = [
  {
    key: 'central',
    committeeKey: 'vff-central',
    boardKey: 'vff-central-fund-board',
    name: 'Quỹ “Vì người nghèo” Trung ương',
    level: 'CENTRAL',
    validFrom: '2021-01-01',
    bank: [
      { bankName: 'Sở Giao dịch Kho bạc Nhà nước', accountNumber: '3761.0.1001.0001', accountName: 'Ban Vận động Quỹ Vì người nghèo Trung ương' },
      { bankName: 'Ngân hàng TMCP Ngoại thương Việt Nam – Sở giao dịch', accountNumber: '0011.00.1900.1400', accountName: 'Ủy ban Trung ương MTTQ Việt Nam – Quỹ Vì người nghèo' },
    ],
  },
  {
    key: 'qn',
    committeeKey: 'vff-quang-nam',
    name: 'Quỹ “Vì người nghèo” tỉnh Quảng Nam',
    level: 'PROVINCE',
    validFrom: '2021-01-01',
    bank: [{ bankName: 'Kho bạc Nhà nước Quảng Nam', accountNumber: '3761.0.1049.0001', accountName: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Nam – Quỹ Vì người nghèo' }],
  },
  {
    key: 'tv',
    committeeKey: 'vff-tra-vinh',
    name: 'Quỹ “Vì người nghèo” tỉnh Trà Vinh',
    level: 'PROVINCE',
    validFrom: '2021-01-01',
    bank: [{ bankName: 'Kho bạc Nhà nước Trà Vinh', accountNumber: '3761.0.1084.0001', accountName: 'Ủy ban MTTQ Việt Nam tỉnh Trà Vinh – Quỹ Vì người nghèo' }],
  },
  {
    key: 'nt',
    committeeKey: 'vff-ninh-thuan',
    boardKey: 'vff-ninh-thuan-fund-board',
    name: 'Quỹ “Vì người nghèo” tỉnh Ninh Thuận',
    level: 'PROVINCE',
    validFrom: '2021-01-01',
    bank: [
      { bankName: 'Kho bạc Nhà nước Ninh Thuận', accountNumber: '3761.0.1058.0001', accountName: 'Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận – Quỹ Vì người nghèo' },
      { bankName: 'Ngân hàng Nông nghiệp và Phát triển Nông thôn – Chi nhánh Ninh Thuận', accountNumber: '4600.201.000.140', accountName: 'Ban Vận động Quỹ Vì người nghèo tỉnh Ninh Thuận' },
    ],
  },
  {
    key: 'tv-tra-cu',
    committeeKey: 'vff-tra-vinh-tra-cu',
    name: 'Quỹ “Vì người nghèo” huyện Trà Cú',
    level: 'DISTRICT',
    validFrom: '2021-01-01',
    bank: [{ bankName: 'Kho bạc Nhà nước huyện Trà Cú', accountNumber: '3761.0.1849.0001', accountName: 'Ủy ban MTTQ Việt Nam huyện Trà Cú – Quỹ Vì người nghèo' }],
  },
  {
    key: 'tv-ham-giang',
    committeeKey: 'vff-tra-vinh-ham-giang',
    name: 'Quỹ “Vì người nghèo” xã Hàm Giang',
    level: 'COMMUNE',
    validFrom: '2021-01-01',
    bank: [{ bankName: 'Kho bạc Nhà nước huyện Trà Cú', accountNumber: '3761.0.1849.2948', accountName: 'Ủy ban MTTQ Việt Nam xã Hàm Giang – Quỹ Vì người nghèo' }],
  },
  {
    key: 'nt-cong-hai',
    committeeKey: 'vff-ninh-thuan-cong-hai',
    name: 'Quỹ “Vì người nghèo” xã Công Hải',
    level: 'COMMUNE',
    validFrom: '2021-01-01',
    bank: [{ bankName: 'Kho bạc Nhà nước huyện Thuận Bắc', accountNumber: '3761.0.1588.0011', accountName: 'Ủy ban MTTQ Việt Nam xã Công Hải – Quỹ Vì người nghèo' }],
  },
  {
    key: 'dn-2025',
    committeeKey: 'vff-da-nang-2025',
    name: 'Quỹ “Vì người nghèo” thành phố Đà Nẵng',
    level: 'PROVINCE',
    validFrom: '2025-07-01',
    bank: [{ bankName: 'Kho bạc Nhà nước khu vực XIII', accountNumber: '3761.0.2048.0001', accountName: 'Ủy ban MTTQ Việt Nam thành phố Đà Nẵng – Quỹ Vì người nghèo' }],
  },
  {
    key: 'vl-2025',
    committeeKey: 'vff-vinh-long-2025',
    name: 'Quỹ “Vì người nghèo” tỉnh Vĩnh Long',
    level: 'PROVINCE',
    validFrom: '2025-07-01',
    bank: [{ bankName: 'Kho bạc Nhà nước khu vực XX', accountNumber: '3761.0.2086.0001', accountName: 'Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long – Quỹ Vì người nghèo' }],
  },
  {
    key: 'kh-2025',
    committeeKey: 'vff-khanh-hoa-2025',
    name: 'Quỹ “Vì người nghèo” tỉnh Khánh Hòa',
    level: 'PROVINCE',
    validFrom: '2025-07-01',
    bank: [{ bankName: 'Kho bạc Nhà nước khu vực XV', accountNumber: '3761.0.2056.0001', accountName: 'Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa – Quỹ Vì người nghèo' }],
  },
];

/** A donor by name (the same name is the same donor record everywhere); `org` links an organization of the graph. */
interface DonorRef {
  kind: DonorKind;
  name: string;
  org?: string;
}

const E = (name: string): DonorRef => ({ kind: 'ENTERPRISE', name });
const I = (name: string): DonorRef => ({ kind: 'INDIVIDUAL', name });
const O = (org: string, name: string): DonorRef => ({ kind: 'ORGANIZATION', name, org });

// Invented enterprises and people (see the header).
const BEN_VUNG = E('Ngân hàng TMCP Phát triển Bền Vững');
const DONG_A = E('Tập đoàn Công nghiệp Đông Á');
const SONG_HONG = E('Tổng công ty Năng lượng Sông Hồng');
const SAO_MAI = E('Công ty CP Tập đoàn Sao Mai Xanh');
const SMS = I('Người dân nhắn tin ủng hộ qua đầu số 1400');
const CHU_LAI = E('Công ty CP Cơ khí Chu Lai');
const PHO_HOI = E('Công ty TNHH Thương mại Dịch vụ Phố Hội');
const BIEN_XANH = E('Công ty CP Du lịch Biển Xanh Hội An');
const GACH_DIEN_BAN = E('Công ty CP Gạch men Điện Bàn');
const CCB_QN = O('ccb-quang-nam', 'Hội Cựu chiến binh tỉnh Quảng Nam');
const CCB_TAY_GIANG = O('ccb-quang-nam-tay-giang', 'Hội Cựu chiến binh huyện Tây Giang');
const CCB_TAM_KY = O('ccb-quang-nam-tam-ky', 'Hội Cựu chiến binh thành phố Tam Kỳ');
const CCB_KHOI_487 = O('ccb-quang-nam-khoi-487', 'Khối “487” trực thuộc Hội Cựu chiến binh tỉnh Quảng Nam');
const THUY_SAN = E('Công ty CP Thủy sản Cửu Long Trà Vinh');
const DIEN_GIO = E('Công ty TNHH Điện gió Duyên Hải Xanh');
const NONG_SAN = E('Công ty CP Nông sản Duyên Hải');
const LDLD_TV = O('ldld-tra-vinh', 'Liên đoàn Lao động tỉnh Trà Vinh');
const XSKT_NT = O('enterprise-xskt-ninh-thuan', 'Công ty TNHH MTV Xổ số kiến thiết tỉnh Ninh Thuận');
const LDLD_NT = O('ldld-ninh-thuan', 'Liên đoàn Lao động tỉnh Ninh Thuận');
const PHUOC_HUU = E('Công ty CP Điện mặt trời Phước Hữu');
const MUOI_CA_NA = E('Công ty TNHH Muối Cà Ná Xanh');
const NHO_THAI_AN = E('Công ty CP Nho Thái An');
const GOLF = E('Công ty CP Du lịch Sân golf Bình Tiên');
const GOLFERS = I('Các golfer tham dự Giải golf “Vì người nghèo” 2024 (phí tham dự, đấu giá)');
const YEN_SAO = E('Công ty CP Yến sào Vĩnh Hòa');

type Move =
  | { on: LocalDate; kind: 'donate'; fund: string; donor: DonorRef; amount: number; channel?: Channel; anonymous?: boolean; note?: string; receipt?: string; tag?: string }
  | { on: LocalDate; kind: 'pledge'; fund: string; donor: DonorRef; amount: number; dueOn: LocalDate; tag: string; note?: string }
  | { on: LocalDate; kind: 'fulfil'; fund: string; pledge: string; amount: number; note?: string }
  | { on: LocalDate; kind: 'spend'; fund: string; category: DisbursementCategory; amount: number; to: { event: string } | { project: string } | { household: number }; note?: string }
  | { on: LocalDate; kind: 'transfer'; from: string; to: string; amount: number | 'balance'; note?: string }
  | { on: LocalDate; kind: 'reverse'; tag: string; reason: string };

const B = 1_000_000_000;
const M = 1_000_000;
const PEAK_2024 = 'Tháng cao điểm “Vì người nghèo” 2024';

const donate = (on: LocalDate, fund: string, donor: DonorRef, amount: number, extra: { channel?: Channel; anonymous?: boolean; note?: string; receipt?: string; tag?: string } = {}): Move => ({ on, kind: 'donate', fund, donor, amount, ...extra });
const event = (on: LocalDate, fund: string, category: DisbursementCategory, amount: number, name: string): Move => ({ on, kind: 'spend', fund, category, amount, to: { event: name } });
const project = (on: LocalDate, fund: string, category: DisbursementCategory, amount: number, name: string): Move => ({ on, kind: 'spend', fund, category, amount, to: { project: name } });
const transfer = (on: LocalDate, from: string, to: string, amount: number | 'balance', note?: string): Move => ({ on, kind: 'transfer', from, to, amount, note });

/** The movements that do not depend on the households. */
const PLAN: Move[] = [
  // --- Central fund -------------------------------------------------------------------------
  donate('2024-01-10', 'central', DONG_A, 25 * B),
  event('2024-02-01', 'central', 'TET_GIFT', 5 * B, 'Quà Tết Giáp Thìn 2024 cho hộ nghèo các tỉnh miền núi phía Bắc (5.000 suất)'),
  donate('2024-09-12', 'central', BEN_VUNG, 80 * B, { note: 'Ủng hộ đồng bào bị thiệt hại do bão số 3 (Yagi)' }),
  donate('2024-09-14', 'central', I('Trần Minh Khoa'), 500 * M, { anonymous: true, note: 'Ủng hộ đồng bào bị thiệt hại do bão số 3 (Yagi)' }),
  event('2024-09-20', 'central', 'EMERGENCY_RELIEF', 70 * B, 'Hỗ trợ đồng bào các tỉnh phía Bắc bị thiệt hại do bão số 3 (Yagi)'),
  donate('2024-10-17', 'central', SONG_HONG, 30 * B, { note: PEAK_2024 }),
  donate('2024-10-17', 'central', SAO_MAI, 20 * B, { note: PEAK_2024 }),
  donate('2024-11-18', 'central', SMS, 3_450_000_000, { channel: 'SMS_1400', anonymous: true, note: 'Tin nhắn 1400 trong Tháng cao điểm 2024 (tổng hợp)' }),
  transfer('2024-11-20', 'central', 'qn', 8 * B, 'Điều tiết hỗ trợ xóa nhà tạm, nhà dột nát'),
  transfer('2024-11-20', 'central', 'tv', 5 * B, 'Điều tiết hỗ trợ xóa nhà tạm, nhà dột nát'),
  transfer('2024-11-20', 'central', 'nt', 5 * B, 'Điều tiết hỗ trợ xóa nhà tạm, nhà dột nát'),
  event('2025-01-10', 'central', 'TET_GIFT', 10 * B, 'Quà Tết Ất Tỵ 2025 cho hộ nghèo, hộ cận nghèo (10.000 suất)'),
  donate('2025-05-19', 'central', DONG_A, 15 * B),
  transfer('2025-08-20', 'central', 'dn-2025', 3 * B, 'Hỗ trợ quỹ thành phố sau sắp xếp đơn vị hành chính'),
  donate('2025-10-17', 'central', BEN_VUNG, 60 * B, { note: 'Tháng cao điểm “Vì người nghèo” 2025' }),
  donate('2025-10-17', 'central', SONG_HONG, 25 * B, { note: 'Tháng cao điểm “Vì người nghèo” 2025' }),
  event('2025-11-05', 'central', 'EMERGENCY_RELIEF', 40 * B, 'Hỗ trợ khắc phục hậu quả mưa lũ miền Trung tháng 10–11/2025'),
  donate('2025-11-18', 'central', SMS, 2_870_000_000, { channel: 'SMS_1400', anonymous: true, note: 'Tin nhắn 1400 trong Tháng cao điểm 2025 (tổng hợp)' }),
  event('2026-01-25', 'central', 'TET_GIFT', 12 * B, 'Quà Tết Bính Ngọ 2026 cho hộ nghèo, hộ cận nghèo (12.000 suất)'),

  // --- Quảng Nam: the Veterans' savings drive for houses (seed 002), the peak month -----------
  donate('2024-01-15', 'qn', CCB_QN, 1_250_000_000, { note: 'Tiết kiệm ủng hộ xóa nhà tạm, nhà dột nát trong hội viên CCB (thư kêu gọi 2023–2025), đợt 1/2024' }),
  event('2024-01-25', 'qn', 'TET_GIFT', 600 * M, 'Quà Tết Giáp Thìn 2024 cho hộ nghèo các huyện miền núi (1.200 suất)'),
  donate('2024-03-05', 'qn', CHU_LAI, 2 * B),
  project('2024-04-10', 'qn', 'LIVELIHOOD', 2_500_000_000, 'Ủy thác vốn qua Ngân hàng Chính sách xã hội tỉnh Quảng Nam cho hộ nghèo vay phát triển sản xuất'),
  donate('2024-07-15', 'qn', CCB_QN, 1_180_000_000, { note: 'Tiết kiệm ủng hộ xóa nhà tạm, nhà dột nát trong hội viên CCB, đợt 2/2024' }),
  donate('2024-07-15', 'qn', CCB_TAY_GIANG, 185 * M, { note: 'Tiết kiệm ủng hộ xóa nhà tạm, nhà dột nát trong hội viên CCB' }),
  donate('2024-07-15', 'qn', CCB_TAM_KY, 240 * M, { note: 'Tiết kiệm ủng hộ xóa nhà tạm, nhà dột nát trong hội viên CCB' }),
  donate('2024-07-16', 'qn', CCB_KHOI_487, 96 * M, { note: 'Tiết kiệm ủng hộ xóa nhà tạm, nhà dột nát trong hội viên CCB' }),
  { on: '2024-10-17', kind: 'pledge', fund: 'qn', donor: BIEN_XANH, amount: 3 * B, dueOn: '2024-12-31', tag: 'qn-bien-xanh', note: PEAK_2024 },
  donate('2024-10-17', 'qn', PHO_HOI, 1_500_000_000, { note: PEAK_2024, receipt: 'BL-2024-1017-03' }),
  donate('2024-10-17', 'qn', E('Ngân hàng TMCP Phát triển Bền Vững – Chi nhánh Quảng Nam'), 1 * B, { note: PEAK_2024 }),
  donate('2024-10-17', 'qn', I('Nguyễn Thị Hồng Vân'), 50 * M, { channel: 'CASH', note: PEAK_2024 }),
  donate('2024-10-17', 'qn', I('Lê Quang Huy'), 200 * M, { anonymous: true, note: PEAK_2024 }),
  // The same receipt recorded twice, reversed three days later.
  donate('2024-10-18', 'qn', PHO_HOI, 1_500_000_000, { note: PEAK_2024, receipt: 'BL-2024-1017-03', tag: 'qn-duplicate' }),
  { on: '2024-10-21', kind: 'reverse', tag: 'qn-duplicate', reason: 'Ghi trùng biên lai BL-2024-1017-03 (đã ghi ngày 17/10/2024)' },
  event('2024-11-05', 'qn', 'EMERGENCY_RELIEF', 1_800_000_000, 'Hỗ trợ hộ nghèo khắc phục hậu quả mưa lũ tháng 10–11/2024'),
  { on: '2024-11-15', kind: 'fulfil', fund: 'qn', pledge: 'qn-bien-xanh', amount: 1_500_000_000 },
  project('2024-12-10', 'qn', 'COMMUNITY_WORKS', 1_200_000_000, 'Cầu dân sinh thôn Arớt, xã A Xan, huyện Tây Giang'),
  event('2024-12-15', 'qn', 'HEALTH', 450 * M, 'Khám bệnh, cấp thuốc miễn phí và tặng thẻ bảo hiểm y tế cho hộ cận nghèo huyện Nam Trà My'),
  event('2024-12-20', 'qn', 'EDUCATION', 600 * M, 'Học bổng “Vì người nghèo” cho 300 học sinh nghèo vượt khó'),
  { on: '2024-12-20', kind: 'fulfil', fund: 'qn', pledge: 'qn-bien-xanh', amount: 1_500_000_000 },
  event('2025-01-16', 'qn', 'TET_GIFT', 1_250_000_000, 'Quà Tết Ất Tỵ 2025 cho hộ nghèo, hộ cận nghèo (2.500 suất)'),
  donate('2025-02-20', 'qn', CCB_QN, 1_320_000_000, { note: 'Tiết kiệm ủng hộ xóa nhà tạm, nhà dột nát trong hội viên CCB, đợt 1/2025' }),
  project('2025-04-15', 'qn', 'LIVELIHOOD', 4 * B, 'Ủy thác vốn qua Ngân hàng Chính sách xã hội tỉnh Quảng Nam, đợt 2025'),
  { on: '2025-05-12', kind: 'pledge', fund: 'qn', donor: GACH_DIEN_BAN, amount: 800 * M, dueOn: '2025-06-30', tag: 'qn-gach' },
  { on: '2025-06-10', kind: 'fulfil', fund: 'qn', pledge: 'qn-gach', amount: 300 * M },
  project('2025-05-25', 'qn', 'LIVELIHOOD', 3 * B, 'Hỗ trợ cây giống, con giống cho hộ nghèo các huyện miền núi'),
  project('2025-06-20', 'qn', 'COMMUNITY_WORKS', 2 * B, 'Nhà sinh hoạt cộng đồng và đường bê tông các thôn đặc biệt khó khăn huyện Nam Giang'),

  // --- Trà Vinh, Trà Cú district (closed 30/06/2025), Hàm Giang commune ----------------------
  donate('2024-01-20', 'tv', THUY_SAN, 1_500_000_000),
  event('2024-02-02', 'tv', 'TET_GIFT', 1 * B, 'Quà Tết Giáp Thìn 2024 cho hộ nghèo đồng bào Khmer (2.000 suất)'),
  donate('2024-03-01', 'tv', LDLD_TV, 850 * M, { note: 'Ủng hộ một ngày lương của cán bộ, công chức, viên chức, người lao động' }),
  donate('2024-03-01', 'tv', DIEN_GIO, 2 * B),
  transfer('2024-04-01', 'tv', 'tv-tra-cu', 1_200_000_000, 'Hỗ trợ nhà ở cho hộ nghèo, cận nghèo huyện Trà Cú'),
  transfer('2024-06-01', 'tv-tra-cu', 'tv-ham-giang', 300 * M, 'Hỗ trợ xã đặc biệt khó khăn Hàm Giang'),
  { on: '2024-10-17', kind: 'pledge', fund: 'tv', donor: NONG_SAN, amount: 1_200_000_000, dueOn: '2024-12-31', tag: 'tv-nong-san', note: PEAK_2024 },
  donate('2024-10-17', 'tv', E('Ngân hàng TMCP Phát triển Bền Vững – Chi nhánh Trà Vinh'), 1 * B, { note: PEAK_2024 }),
  donate('2024-10-17', 'tv', I('Thạch Minh Khánh'), 30 * M, { channel: 'CASH', note: PEAK_2024 }),
  donate('2024-10-18', 'tv', I('Kim Thị Ngọc Hạnh'), 100 * M, { anonymous: true, note: PEAK_2024 }),
  donate('2024-10-20', 'tv-ham-giang', I('Kiên Văn Rết'), 15 * M, { channel: 'CASH' }),
  donate('2024-10-20', 'tv-ham-giang', I('Danh Thị Sóc Na'), 5 * M, { channel: 'CASH', anonymous: true }),
  event('2024-10-20', 'tv-tra-cu', 'OTHER', 300 * M, 'Quà cho hộ nghèo đồng bào Khmer dịp Lễ Sene Dolta 2024 (600 suất)'),
  event('2024-11-10', 'tv-ham-giang', 'LIVELIHOOD', 200 * M, 'Hỗ trợ phương tiện sinh kế (xuồng, lưới) cho hộ nghèo ven sông'),
  donate('2024-11-18', 'tv', SMS, 120_500_000, { channel: 'SMS_1400', anonymous: true, note: 'Tin nhắn 1400 trong Tháng cao điểm 2024 (tổng hợp)' }),
  project('2024-12-01', 'tv', 'COMMUNITY_WORKS', 900 * M, 'Đường giao thông nông thôn ấp Sóc Tro Dưới, xã An Quảng Hữu'),
  project('2024-12-10', 'tv', 'LIVELIHOOD', 1_800_000_000, 'Hỗ trợ bò giống cho hộ nghèo đồng bào Khmer (theo danh sách UBND các huyện)'),
  { on: '2024-12-28', kind: 'fulfil', fund: 'tv', pledge: 'tv-nong-san', amount: 1_200_000_000 },
  donate('2025-02-15', 'tv', LDLD_TV, 900 * M, { note: 'Ủng hộ một ngày lương năm 2025' }),
  transfer('2025-02-20', 'tv', 'tv-tra-cu', 800 * M, 'Hỗ trợ xóa nhà tạm, nhà dột nát năm 2025'),
  event('2025-04-12', 'tv-tra-cu', 'OTHER', 400 * M, 'Quà Tết Chôl Chnăm Thmây 2025 cho hộ nghèo đồng bào Khmer (800 suất)'),
  project('2025-05-10', 'tv', 'LIVELIHOOD', 3 * B, 'Ủy thác vốn qua Ngân hàng Chính sách xã hội tỉnh Trà Vinh, đợt 2025'),
  project('2025-06-05', 'tv', 'COMMUNITY_WORKS', 2 * B, 'Sửa chữa, nâng cấp cầu dân sinh các ấp đồng bào Khmer'),
  // The district level ends on 30/06/2025: Trà Cú hands what it holds to the province first.
  transfer('2025-06-25', 'tv-tra-cu', 'tv', 'balance', 'Chuyển số dư quỹ huyện trước khi kết thúc hoạt động cấp huyện (30/06/2025)'),

  // --- Ninh Thuận: the forum and launch (14–17/10/2024), the golf tournament (11/2024) --------
  donate('2024-01-15', 'nt', XSKT_NT, 1 * B),
  event('2024-02-01', 'nt', 'TET_GIFT', 750 * M, 'Quà Tết Giáp Thìn 2024 cho hộ nghèo (1.500 suất)'),
  donate('2024-03-10', 'nt', LDLD_NT, 620 * M, { note: 'Ủng hộ một ngày lương của cán bộ, công chức, viên chức, người lao động' }),
  { on: '2024-10-16', kind: 'pledge', fund: 'nt', donor: PHUOC_HUU, amount: 2 * B, dueOn: '2024-12-31', tag: 'nt-phuoc-huu', note: 'Bảng tượng trưng tại Lễ phát động ủng hộ Quỹ năm 2024' },
  { on: '2024-10-16', kind: 'pledge', fund: 'nt', donor: MUOI_CA_NA, amount: 1 * B, dueOn: '2024-12-31', tag: 'nt-muoi', note: 'Bảng tượng trưng tại Lễ phát động ủng hộ Quỹ năm 2024' },
  { on: '2024-10-16', kind: 'pledge', fund: 'nt', donor: NHO_THAI_AN, amount: 500 * M, dueOn: '2025-03-31', tag: 'nt-nho', note: 'Bảng tượng trưng tại Lễ phát động ủng hộ Quỹ năm 2024' },
  donate('2024-10-16', 'nt', XSKT_NT, 1_500_000_000, { note: 'Lễ phát động ủng hộ Quỹ “Vì người nghèo” năm 2024' }),
  donate('2024-10-16', 'nt', I('Đàng Năng Quang'), 20 * M, { channel: 'CASH', note: 'Lễ phát động ủng hộ Quỹ “Vì người nghèo” năm 2024' }),
  donate('2024-10-16', 'nt', I('Pinăng Thị Hồng Nhung'), 10 * M, { channel: 'CASH', anonymous: true }),
  event('2024-10-16', 'nt', 'EDUCATION', 16 * M, 'Học bổng cho học sinh nghèo hiếu học tại Diễn đàn “Lắng nghe tiếng nói của người nghèo” (8 suất)'),
  event('2024-10-16', 'nt', 'OTHER', 8 * M, 'Quà cho hộ nghèo tham dự Diễn đàn “Lắng nghe tiếng nói của người nghèo” (8 suất)'),
  donate('2024-11-16', 'nt', GOLF, 1 * B, { note: 'Giải golf ủng hộ Quỹ “Vì người nghèo” tỉnh Ninh Thuận năm 2024, sân golf xã Công Hải' }),
  donate('2024-11-16', 'nt', E('Ngân hàng TMCP Phát triển Bền Vững – Chi nhánh Ninh Thuận'), 500 * M, { note: 'Giải golf ủng hộ Quỹ “Vì người nghèo” tỉnh Ninh Thuận năm 2024' }),
  donate('2024-11-16', 'nt', GOLFERS, 1_285_000_000, { note: 'Giải golf ủng hộ Quỹ “Vì người nghèo” tỉnh Ninh Thuận năm 2024' }),
  { on: '2024-11-20', kind: 'fulfil', fund: 'nt', pledge: 'nt-phuoc-huu', amount: 2 * B },
  transfer('2024-12-01', 'nt', 'nt-cong-hai', 300 * M, 'Hỗ trợ xã Công Hải chăm lo hộ nghèo'),
  project('2024-12-10', 'nt', 'COMMUNITY_WORKS', 1_200_000_000, 'Giếng nước sạch cho hộ nghèo đồng bào Raglai huyện Bác Ái'),
  { on: '2024-12-15', kind: 'fulfil', fund: 'nt', pledge: 'nt-muoi', amount: 400 * M },
  project('2024-12-20', 'nt', 'LIVELIHOOD', 3 * B, 'Ủy thác vốn qua Ngân hàng Chính sách xã hội tỉnh Ninh Thuận cho hộ nghèo vay'),
  event('2025-01-16', 'nt', 'TET_GIFT', 1_500_000_000, 'Quà Tết Ất Tỵ 2025 cho hộ nghèo, hộ cận nghèo (3.000 suất)'),
  donate('2025-01-18', 'nt-cong-hai', I('Chamaléa Văn Bình'), 5 * M, { channel: 'CASH' }),
  event('2025-01-18', 'nt-cong-hai', 'TET_GIFT', 60 * M, 'Quà Tết cho hộ nghèo, hộ cận nghèo xã Công Hải (120 suất)'),
  donate('2025-03-10', 'nt', LDLD_NT, 650 * M, { note: 'Ủng hộ một ngày lương năm 2025' }),
  project('2025-04-20', 'nt', 'LIVELIHOOD', 3 * B, 'Ủy thác vốn qua Ngân hàng Chính sách xã hội tỉnh Ninh Thuận, đợt 2025'),
  project('2025-06-15', 'nt', 'COMMUNITY_WORKS', 2_500_000_000, 'Hồ chứa nước nhỏ phục vụ sản xuất cho hộ nghèo vùng khô hạn huyện Thuận Nam'),

  // --- Today's tree (from 01/07/2025) ---------------------------------------------------------
  donate('2025-10-17', 'dn-2025', CHU_LAI, 2_500_000_000, { note: 'Tháng cao điểm “Vì người nghèo” 2025' }),
  donate('2025-10-17', 'dn-2025', I('Phan Thị Mỹ'), 300 * M, { anonymous: true }),
  event('2025-11-05', 'dn-2025', 'EMERGENCY_RELIEF', 2 * B, 'Hỗ trợ hộ nghèo khắc phục hậu quả mưa lũ tháng 10–11/2025'),
  event('2026-01-20', 'dn-2025', 'TET_GIFT', 1_500_000_000, 'Quà Tết Bính Ngọ 2026 cho hộ nghèo, hộ cận nghèo (3.000 suất)'),
  donate('2025-10-17', 'vl-2025', THUY_SAN, 1_200_000_000, { note: 'Tháng cao điểm “Vì người nghèo” 2025' }),
  donate('2025-10-20', 'vl-2025', LDLD_TV, 400 * M, { note: 'Ủng hộ một ngày lương (chuyển từ tài khoản cũ)' }),
  event('2026-01-20', 'vl-2025', 'TET_GIFT', 800 * M, 'Quà Tết Bính Ngọ 2026 cho hộ nghèo đồng bào Khmer (1.600 suất)'),
  donate('2025-10-17', 'kh-2025', YEN_SAO, 1 * B, { note: 'Tháng cao điểm “Vì người nghèo” 2025' }),
  event('2026-01-22', 'kh-2025', 'TET_GIFT', 600 * M, 'Quà Tết Bính Ngọ 2026 cho hộ nghèo (1.200 suất)'),
  { on: '2026-10-17', kind: 'pledge', fund: 'kh-2025', donor: PHUOC_HUU, amount: 2 * B, dueOn: '2027-06-30', tag: 'kh-phuoc-huu', note: 'Tháng cao điểm “Vì người nghèo” 2026' },
  { on: '2026-11-10', kind: 'fulfil', fund: 'kh-2025', pledge: 'kh-phuoc-huu', amount: 500 * M },
];

interface EligibleHousehold {
  id: number;
  areaPath: string;
  areaCode: string;
  housingStatus: string;
  cls: HouseholdClass;
}

/**
 * The movements for households poor or near-poor in their latest review, by province:
 * Tết 2025 gifts (1,000,000 ₫ poor, 500,000 ₫ near-poor) and house support (2024 for houses already
 * NEWLY_BUILT / REPAIRED, 2025 for TEMPORARY / DILAPIDATED ones: 60 or 30–35 million ₫), paid by the
 * fund closest to the household (Hàm Giang commune, Trà Cú district, Công Hải commune, else the province).
 */
function householdPlan(households: readonly EligibleHousehold[], under: (code: string, h: EligibleHousehold) => boolean): Move[] {
  const moves: Move[] = [];
  for (const h of households) {
    const province = under('49', h) ? 'qn' : under('84', h) ? 'tv' : under('58', h) ? 'nt' : null;
    if (!province) continue;
    const commune = under('29488', h) ? 'tv-ham-giang' : under('58-588-CONG-HAI', h) ? 'nt-cong-hai' : null;
    const district = under('849', h) ? 'tv-tra-cu' : null;
    const houses = district ?? commune ?? province;
    const gifts = commune ?? district ?? province;
    const poor = h.cls === 'POOR';
    const to = { household: h.id };
    if (h.housingStatus === 'NEWLY_BUILT') moves.push({ on: province === 'nt' ? '2024-12-15' : '2024-06-15', kind: 'spend', fund: houses, category: 'HOUSING_NEW', amount: 60 * M, to });
    if (h.housingStatus === 'REPAIRED') moves.push({ on: province === 'nt' ? '2024-12-15' : '2024-06-15', kind: 'spend', fund: houses, category: 'HOUSING_REPAIR', amount: 30 * M, to });
    if (h.housingStatus === 'TEMPORARY') moves.push({ on: '2025-03-20', kind: 'spend', fund: houses, category: 'HOUSING_NEW', amount: poor ? 60 * M : 50 * M, to, note: 'Xóa nhà tạm năm 2025' });
    if (h.housingStatus === 'DILAPIDATED') moves.push({ on: '2025-03-20', kind: 'spend', fund: houses, category: 'HOUSING_REPAIR', amount: poor ? 35 * M : 30 * M, to, note: 'Xóa nhà dột nát năm 2025' });
    moves.push({ on: '2025-01-15', kind: 'spend', fund: gifts, category: 'TET_GIFT', amount: poor ? 1 * M : 500_000, to, note: 'Quà Tết Ất Tỵ 2025' });
    if (province === 'nt') {
      // Seed 004: the forum's gifts and scholarships go to poor households of the province.
      moves.push({ on: '2024-10-16', kind: 'spend', fund: 'nt', category: 'OTHER', amount: 1 * M, to, note: 'Quà tại Diễn đàn “Lắng nghe tiếng nói của người nghèo”' });
      moves.push({ on: '2024-10-16', kind: 'spend', fund: 'nt', category: 'EDUCATION', amount: 2 * M, to, note: 'Học bổng học sinh nghèo hiếu học tại Diễn đàn' });
    }
  }
  return moves;
}

/**
 * Loads the demo funds and their movements (after the organizations, areas and households). Funds
 * whose VFF committee is not in the data set are skipped, and so are their movements.
 */
export async function loadDemoFunds(
  services: Services,
  ds: DataSource,
  org: (key: string) => OrganizationEntity | undefined,
  areaPathOf: (code: string) => string | undefined,
): Promise<{ funds: number; transactions: number; pledges: number }> {
  const funds = new Map<string, number>();
  for (const f of FUNDS) {
    const committee = org(f.committeeKey);
    if (!committee) continue;
    const board = f.boardKey ? org(f.boardKey) : undefined;
    const row = await services.funds.create({ organizationId: committee.id, name: f.name, level: f.level, campaignBoardId: board?.id ?? null, validFrom: f.validFrom, bankAccounts: f.bank });
    funds.set(f.key, row.id);
  }
  const eligible = (
    (await ds.query(
      `SELECT h.id AS id, h.areaPath AS areaPath, a.code AS areaCode, h.housingStatus AS housingStatus,
              (SELECT r.class FROM household_review r WHERE r.householdId = h.id ORDER BY r.year DESC, r.id DESC LIMIT 1) AS cls
         FROM household h JOIN area a ON a.id = h.areaId ORDER BY h.id`,
    )) as EligibleHousehold[]
  )
    .map((h) => ({ ...h, id: Number(h.id) }))
    .filter((h) => h.cls === 'POOR' || h.cls === 'NEAR_POOR');
  const under = (code: string, h: EligibleHousehold) => {
    const p = areaPathOf(code);
    return !!p && h.areaPath.startsWith(p);
  };
  // Stable by date: the plan's order within a day (donations before what they pay for).
  const moves = [...PLAN, ...householdPlan(eligible, under)]
    .map((m, k) => ({ m, k }))
    .sort((a, b) => (a.m.on < b.m.on ? -1 : a.m.on > b.m.on ? 1 : a.k - b.k))
    .map((x) => x.m);

  const donors = new Map<string, number>();
  const pledges = new Map<string, { id: number; donorId: number }>();
  const tagged = new Map<string, number>();
  const receipts = new Map<string, number>();
  let n = 0;
  const key = () => `demo-fund-${++n}`;
  const receipt = (fund: string, prefix: 'PT' | 'PC', on: LocalDate) => {
    const k = `${fund}:${prefix}:${on.slice(0, 4)}`;
    const seq = (receipts.get(k) ?? 0) + 1;
    receipts.set(k, seq);
    return `${prefix}-${on.slice(0, 4)}-${String(seq).padStart(4, '0')}`;
  };
  const donorOf = (d: DonorRef) => {
    const id = donors.get(d.name);
    return id ? { donorId: id } : { newDonor: { kind: d.kind, name: d.name, organizationId: d.org ? (org(d.org)?.id ?? null) : null } };
  };
  const has = (...keys: string[]) => keys.every((k) => funds.has(k));
  let transactions = 0;
  for (const m of moves) {
    switch (m.kind) {
      case 'donate': {
        if (!has(m.fund)) break;
        const p = await services.ledger.recordDonation({
          fundId: funds.get(m.fund)!,
          idempotencyKey: key(),
          amount: m.amount,
          occurredOn: m.on,
          channel: m.channel ?? 'BANK_TRANSFER',
          anonymous: m.anonymous ?? false,
          receiptNumber: m.receipt ?? receipt(m.fund, 'PT', m.on),
          note: m.note ?? null,
          ...donorOf(m.donor),
        });
        donors.set(m.donor.name, p.tx.donorId!);
        if (m.tag) tagged.set(m.tag, p.tx.id);
        transactions++;
        break;
      }
      case 'pledge': {
        if (!has(m.fund)) break;
        const r = await services.ledger.recordPledge({ fundId: funds.get(m.fund)!, idempotencyKey: key(), amount: m.amount, pledgedOn: m.on, dueOn: m.dueOn, note: m.note ?? null, ...donorOf(m.donor) });
        donors.set(m.donor.name, r.pledge.donorId);
        pledges.set(m.tag, { id: r.pledge.id, donorId: r.pledge.donorId });
        break;
      }
      case 'fulfil': {
        const pledge = pledges.get(m.pledge);
        if (!has(m.fund) || !pledge) break;
        await services.ledger.recordDonation({ fundId: funds.get(m.fund)!, idempotencyKey: key(), amount: m.amount, occurredOn: m.on, channel: 'BANK_TRANSFER', donorId: pledge.donorId, pledgeId: pledge.id, receiptNumber: receipt(m.fund, 'PT', m.on), note: m.note ?? null });
        transactions++;
        break;
      }
      case 'spend': {
        if (!has(m.fund)) break;
        const to = m.to;
        await services.ledger.recordDisbursement({
          fundId: funds.get(m.fund)!,
          idempotencyKey: key(),
          amount: m.amount,
          occurredOn: m.on,
          channel: 'household' in to ? 'CASH' : 'BANK_TRANSFER',
          category: m.category,
          beneficiaryKind: 'household' in to ? 'HOUSEHOLD' : 'event' in to ? 'EVENT' : 'COMMUNITY_PROJECT',
          householdId: 'household' in to ? to.household : null,
          beneficiaryName: 'event' in to ? to.event : 'project' in to ? to.project : null,
          receiptNumber: receipt(m.fund, 'PC', m.on),
          note: m.note ?? null,
        });
        transactions++;
        break;
      }
      case 'transfer': {
        if (!has(m.from, m.to)) break;
        const amount = m.amount === 'balance' ? (await services.funds.balance(funds.get(m.from)!)).balance : m.amount;
        if (amount <= 0) break;
        await services.ledger.recordTransfer({ fromFundId: funds.get(m.from)!, toFundId: funds.get(m.to)!, idempotencyKey: key(), amount, occurredOn: m.on, channel: 'BANK_TRANSFER', note: m.note ?? null, reference: receipt(m.from, 'PC', m.on) });
        transactions++;
        break;
      }
      case 'reverse': {
        const id = tagged.get(m.tag);
        if (!id) break;
        await services.ledger.reverse({ transactionId: id, idempotencyKey: key(), occurredOn: m.on, reason: m.reason });
        transactions++;
        break;
      }
    }
  }
  return { funds: funds.size, transactions, pledges: pledges.size };
}
