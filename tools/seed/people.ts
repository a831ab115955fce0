/**
 * Invented but realistic people for the generated households: ethnic groups per region and how
 * their names are built (Kinh, Hoa and the largest minorities of each region), with diacritics.
 * Nothing here is a real person; the shapes follow each group's naming customs (Kinh family +
 * middle + given name; Mông "Giàng A Páo"; Ê Đê "Y Bih Niê" / "H'Hen Niê"; Khmer "Thạch Sa Rinh"…).
 */
import type { Sex } from '@lnob/domain';
import { pick, type Rng } from './random';

/** The six socio-economic regions of the GSO (vùng kinh tế – xã hội), as the 2024 review reports them. */
export const REGION_CODES = [
  'NORTHERN_MIDLANDS_MOUNTAINS',
  'RED_RIVER_DELTA',
  'NORTH_CENTRAL_CENTRAL_COAST',
  'CENTRAL_HIGHLANDS',
  'SOUTH_EAST',
  'MEKONG_DELTA',
] as const;
export type RegionCode = (typeof REGION_CODES)[number];

/** Ethnic groups the generator uses (dân tộc), spelled as in the official list. */
export type Ethnicity =
  | 'Kinh' | 'Tày' | 'Thái' | 'Mường' | 'Mông' | 'Nùng' | 'Dao' | 'Sán Chay' | 'Sán Dìu' | 'Hoa'
  | 'Gia Rai' | 'Ê Đê' | 'Ba Na' | 'Cơ Ho' | 'Xơ Đăng' | 'Mnông'
  | 'Cơ Tu' | 'Bru - Vân Kiều' | 'Raglai' | 'Chăm' | 'Hrê' | 'Khmer' | 'Xtiêng' | 'Chơ Ro';

/**
 * Ethnic minorities of each region with their relative weights (what a minority household of the
 * region most likely is). Rough orders of magnitude from the 2019 census, not exact shares.
 */
export const REGION_MINORITIES: Record<RegionCode, [Ethnicity, number][]> = {
  NORTHERN_MIDLANDS_MOUNTAINS: [['Tày', 25], ['Thái', 22], ['Mông', 20], ['Mường', 12], ['Nùng', 10], ['Dao', 9], ['Sán Chay', 2]],
  RED_RIVER_DELTA: [['Mường', 45], ['Dao', 20], ['Sán Dìu', 20], ['Hoa', 15]],
  NORTH_CENTRAL_CENTRAL_COAST: [['Thái', 25], ['Mường', 25], ['Cơ Tu', 12], ['Bru - Vân Kiều', 10], ['Raglai', 10], ['Hrê', 10], ['Chăm', 8]],
  CENTRAL_HIGHLANDS: [['Gia Rai', 30], ['Ê Đê', 25], ['Ba Na', 15], ['Cơ Ho', 15], ['Mnông', 8], ['Xơ Đăng', 7]],
  SOUTH_EAST: [['Hoa', 45], ['Khmer', 20], ['Xtiêng', 15], ['Chăm', 10], ['Chơ Ro', 10]],
  MEKONG_DELTA: [['Khmer', 85], ['Hoa', 10], ['Chăm', 5]],
};

type W = [string, number][];
const flat = (list: W) => list.flatMap(([s, w]) => Array.from({ length: w }, () => s));

/** Kinh family names, weighted roughly by frequency (Nguyễn ≈ 38 %); Vũ/Hoàng northern, Võ/Huỳnh southern. */
const KINH_FAMILY = {
  north: flat([['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Vũ', 4], ['Phan', 3], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 2], ['Ngô', 1], ['Dương', 1], ['Đinh', 1], ['Hồ', 1], ['Lý', 1], ['Trịnh', 1], ['Đào', 1], ['Mai', 1], ['Tạ', 1], ['Lương', 1]]),
  south: flat([['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 6], ['Huỳnh', 5], ['Võ', 4], ['Phan', 4], ['Trương', 2], ['Đặng', 2], ['Bùi', 1], ['Đỗ', 1], ['Hồ', 2], ['Ngô', 1], ['Dương', 1], ['Lý', 1], ['Châu', 1], ['Lâm', 1], ['Đoàn', 1], ['Thái', 1], ['Tô', 1]]),
};
const KINH_MIDDLE: Record<Sex, string[]> = {
  MALE: flat([['Văn', 9], ['Hữu', 2], ['Minh', 2], ['Quốc', 2], ['Thanh', 2], ['Công', 1], ['Đức', 2], ['Hoàng', 1], ['Tấn', 1], ['Xuân', 1], ['Ngọc', 1], ['Đình', 1], ['Trung', 1]]),
  FEMALE: flat([['Thị', 12], ['Ngọc', 2], ['Thu', 1], ['Kim', 1], ['Thanh', 1], ['Mỹ', 1], ['Bích', 1], ['Hồng', 1], ['Thúy', 1], ['Minh', 1]]),
};
const KINH_GIVEN: Record<Sex, string[]> = {
  MALE: ['Hùng', 'Dũng', 'Tuấn', 'Phúc', 'Tài', 'Lộc', 'Nam', 'Bình', 'Sơn', 'Hải', 'Tâm', 'Hòa', 'Khánh', 'Long', 'Phong', 'Trung', 'Hiếu', 'Thắng', 'Quang', 'Nghĩa', 'Thành', 'Vinh', 'Cường', 'Đạt', 'Lực', 'Toàn', 'An', 'Hưng', 'Tú', 'Huy', 'Kiên', 'Thịnh', 'Tùng', 'Minh', 'Hoàng', 'Việt', 'Quân', 'Duy', 'Trường', 'Thuận'],
  FEMALE: ['Lan', 'Hoa', 'Hương', 'Mai', 'Hạnh', 'Thảo', 'Nhung', 'Yến', 'Trang', 'Linh', 'Hồng', 'Loan', 'Tuyết', 'Diệu', 'Phượng', 'Ánh', 'Hằng', 'Nga', 'Vân', 'Thủy', 'Liên', 'Dung', 'Huyền', 'Oanh', 'Tâm', 'Hiền', 'Lý', 'Cúc', 'Đào', 'Nhàn', 'Xuân', 'Thơm', 'Hà', 'Phương', 'Quyên', 'Ngân'],
};

interface Style {
  family: string[];
  /** Middle names by sex ('' = none). */
  middle: Record<Sex, string[]>;
  given: Record<Sex, string[]>;
  /** Family name after the given name (Ê Đê, Mnông style: "Y Bih Niê"). */
  familyLast?: boolean;
}

const vt = (m: string[] = ['Văn'], f: string[] = ['Thị']) => ({ MALE: m, FEMALE: f });

const STYLES: Record<Exclude<Ethnicity, 'Kinh'>, Style> = {
  'Tày': { family: ['Hoàng', 'Nông', 'Lương', 'Hà', 'Triệu', 'Lục', 'Ma', 'Bế', 'Hứa', 'Lộc', 'Đàm', 'Nông'], middle: vt(['Văn', 'Văn', 'Đức', 'Quang'], ['Thị']), given: { MALE: ['Thành', 'Khánh', 'Lâm', 'Pình', 'Chiến', 'Tuyên', 'Thượng', 'Hiến', 'Lợi', 'Nghiêm'], FEMALE: ['Thơm', 'Mến', 'Nhài', 'Vui', 'Lụa', 'Hoa', 'Xuân', 'Diệp', 'Thắm', 'Pính'] } },
  'Nùng': { family: ['Hoàng', 'Nông', 'Lăng', 'Vi', 'Lý', 'Hứa', 'Chu', 'Mông', 'Lương'], middle: vt(['Văn'], ['Thị']), given: { MALE: ['Slinh', 'Pao', 'Sình', 'Thái', 'Phủ', 'Hùng', 'Lìn', 'Khầu'], FEMALE: ['Slí', 'Mìn', 'Thoan', 'Nhàn', 'Sáu', 'Thảo', 'Pha'] } },
  'Thái': { family: ['Lò', 'Lường', 'Quàng', 'Cầm', 'Vì', 'Lù', 'Điêu', 'Tòng', 'Sầm', 'Hà', 'Lê', 'Lữ'], middle: vt(['Văn'], ['Thị']), given: { MALE: ['Ánh', 'Bun', 'Ún', 'Xiêng', 'Pánh', 'Hặc', 'Lả', 'Thuận', 'Chăn', 'Khằm'], FEMALE: ['Ín', 'Xuân', 'Hươn', 'Pánh', 'Ánh', 'Tiên', 'Bun', 'Ngọc', 'Lả', 'Xo'] } },
  'Mường': { family: ['Bùi', 'Bùi', 'Đinh', 'Đinh', 'Quách', 'Hà', 'Xa', 'Cao', 'Phạm'], middle: vt(['Văn', 'Văn', 'Đức'], ['Thị']), given: { MALE: ['Khoa', 'Thắng', 'Mạnh', 'Luyện', 'Chiến', 'Hào', 'Sinh', 'Dững', 'Nhâm'], FEMALE: ['Thơm', 'Vân', 'Miên', 'Nguyệt', 'Hồng', 'Lụa', 'Chiêm', 'Hoa'] } },
  'Mông': { family: ['Giàng', 'Sùng', 'Vàng', 'Thào', 'Lý', 'Hạng', 'Mùa', 'Lầu', 'Vừ', 'Ly', 'Tráng', 'Cứ', 'Hầu'], middle: { MALE: ['A', 'A', 'Seo', 'Chứ', 'Mí'], FEMALE: ['Thị', 'Thị', 'Mỷ'] }, given: { MALE: ['Páo', 'Dính', 'Sính', 'Chư', 'Lử', 'Pó', 'Sử', 'Tủa', 'Khua', 'Dế', 'Chống', 'Vảng'], FEMALE: ['Dua', 'Súa', 'Chở', 'Mai', 'Dợ', 'Mỷ', 'Pà', 'Sợ', 'Kía', 'Chu'] } },
  'Dao': { family: ['Triệu', 'Bàn', 'Đặng', 'Lý', 'Phùng', 'Chảo', 'Tẩn', 'Lò'], middle: { MALE: ['Văn', 'Tà', 'Láo', 'Tiến', 'Phù'], FEMALE: ['Thị', 'Mùi', 'Tả'] }, given: { MALE: ['Kiềm', 'Sành', 'Phin', 'Chòi', 'Quẩy', 'Vần', 'Tòn', 'Lìu'], FEMALE: ['Mẩy', 'Kiều', 'Phấy', 'Nải', 'Chiêu', 'Sử', 'Mây'] } },
  'Sán Chay': { family: ['Hoàng', 'Lâm', 'Dương', 'Lý', 'Trương'], middle: vt(), given: { MALE: ['Sinh', 'Lâm', 'Quý', 'Hạnh', 'Thắng'], FEMALE: ['Mận', 'Lan', 'Thơm', 'Hiền'] } },
  'Sán Dìu': { family: ['Lâm', 'Diệp', 'Trương', 'Lý', 'Dương', 'Lưu'], middle: vt(), given: { MALE: ['Sơn', 'Tài', 'Hồng', 'Quý', 'Vinh', 'Hải'], FEMALE: ['Liên', 'Sinh', 'Nguyệt', 'Hoa', 'Thanh'] } },
  'Hoa': { family: ['Lâm', 'Trương', 'Quách', 'Lý', 'Hứa', 'Mạch', 'Tạ', 'Vương', 'Diệp', 'Lưu', 'Hồng', 'Châu'], middle: { MALE: ['Chí', 'Gia', 'Quốc', 'Vĩnh', 'Tú'], FEMALE: ['Mỹ', 'Ngọc', 'Thị', 'Tú', 'Gia'] }, given: { MALE: ['Cường', 'Huy', 'Minh', 'Phát', 'Tài', 'Vĩ', 'Hoa', 'Kiệt', 'Thuận'], FEMALE: ['Linh', 'Mẫn', 'Nghi', 'Vy', 'Hân', 'Phụng', 'Quyên', 'Lệ'] } },
  'Gia Rai': { family: ['Ksor', 'Rơ Châm', 'Siu', 'Rah Lan', 'Nay', 'Kpă', 'Rơ Mah', 'Puih', 'Rơ Lan'], middle: { MALE: [''], FEMALE: ["H'"] }, given: { MALE: ['Phiu', 'Hồ', 'Đen', 'Blơi', 'Jú', 'Thái', 'Nhí', 'Kuih', 'Breo'], FEMALE: ['Yim', 'Nhi', 'Bơ', 'Mai', 'Dăm', 'Blin', 'Lưn', 'Hen'] } },
  'Ê Đê': { family: ['Niê', 'Ayun', 'Byă', 'Êban', 'Mlô', 'Adrơng', 'Ktla', 'Knul', 'Buôn Yă', 'Hwing'], middle: { MALE: ['Y'], FEMALE: ["H'"] }, given: { MALE: ['Bih', 'Ngông', 'Khoan', 'Blin', 'Wang', 'Thuật', 'Siu', 'Jũ', 'Kông'], FEMALE: ['Hen', 'Bia', 'Loan', 'Ngơn', 'Yâo', 'Điệp', 'Lai', 'Rin'] }, familyLast: true },
  'Ba Na': { family: ['Đinh', 'Đinh', 'Đinh', 'Rơ Chăm', 'Hiao'], middle: vt(['Văn', ''], ['Thị']), given: { MALE: ['Hrúp', 'Thút', 'Pớt', 'Blong', 'Nhong', 'Đuôn', 'Mơ'], FEMALE: ['Blơng', 'Nhi', 'Hơ Lan', 'Hyên', 'Jam', 'Đing'] } },
  'Xơ Đăng': { family: [''], middle: { MALE: ['A'], FEMALE: ['Y'] }, given: { MALE: ['Thuyên', 'Thoa', 'Đào', 'Khiêm', 'Năm', 'Gia'], FEMALE: ['Hiền', 'Bình', 'Xuân', 'Thu', 'Nga'] } },
  'Cơ Ho': { family: [''], middle: { MALE: ["K'"], FEMALE: ['Ka'] }, given: { MALE: ['Brèo', 'Dũng', 'Bruyn', 'Sê', 'Tân', 'Krông'], FEMALE: ['Hoa', 'Hương', 'Jang', 'Mơ', 'Thìn', 'Dim'] } },
  'Mnông': { family: ['Điểu', 'Điểu', 'Lê', 'Đinh'], middle: { MALE: ["K'"], FEMALE: ["H'", 'Thị'] }, given: { MALE: ['Brơi', 'Rô', 'Klưm', 'Lâm', 'Đông'], FEMALE: ['Bioh', 'Mai', 'Rin', 'Sen'] } },
  'Cơ Tu': { family: ['Bhling', 'Alăng', 'Briu', 'Clâu', 'Zơrâm', 'Riah', 'Coor', 'Pơloong', 'Hốih', 'Arất'], middle: { MALE: [''], FEMALE: ['Thị'] }, given: { MALE: ['Mia', 'Pố', 'Nhâm', 'Đàn', 'Ngân', 'Chương', 'Bướp', 'Tôm', 'Quân', 'Blâu'], FEMALE: ['Bai', 'Nhơ', 'Mai', 'Hương', 'Ngưm', 'Đoa', 'Lan', 'Pơn', 'Xa'] } },
  'Bru - Vân Kiều': { family: ['Hồ', 'Hồ', 'Hồ', 'Lê', 'Kray'], middle: vt(['Văn', 'A'], ['Thị']), given: { MALE: ['Thước', 'Tơm', 'Phiên', 'Xuyên', 'Lăng', 'Sinh', 'Ka'], FEMALE: ['Bơi', 'Xa', 'Ngọc', 'Lý', 'Bông', 'Thẻo'] } },
  'Raglai': { family: ['Chamaléa', 'Chamaléa', 'Pinăng', 'Pinăng', 'Katơr', 'Mấu', 'Cao', 'Bo Bo'], middle: { MALE: [''], FEMALE: ['Thị'] }, given: { MALE: ['Xuân', 'Minh', 'Bốn', 'Thông', 'Lợi', 'Bảo', 'Tiến', 'Sáu'], FEMALE: ['Nga', 'Hòa', 'Thương', 'Diệp', 'Nguyệt', 'Mai', 'Lệ', 'Sương'] } },
  'Chăm': { family: ['Đàng', 'Thập', 'Quảng', 'Bá', 'Lưu', 'Thành', 'Trượng', 'Báo', 'Đạo', 'Sa', 'Mohamad'], middle: { MALE: ['Năng', 'Văn', 'Ngọc', 'Đại'], FEMALE: ['Thị', 'Thị', 'Thị Mỹ'] }, given: { MALE: ['Thọ', 'Phú', 'Sang', 'Tài', 'Đông', 'Hiệp', 'Chiến', 'Lâm', 'Thắng'], FEMALE: ['Hạnh', 'Liên', 'Duyên', 'Nhi', 'Hồng', 'Lệ', 'Trinh', 'Phượng'] } },
  'Hrê': { family: ['Đinh', 'Đinh', 'Phạm', 'Đinh Văn'], middle: vt(['Văn', ''], ['Thị']), given: { MALE: ['Mười', 'Hoa', 'Ây', 'Nghé', 'Bốn', 'Khiêm'], FEMALE: ['Ba', 'Hiền', 'Lanh', 'Nhung', 'Mến'] } },
  'Khmer': { family: ['Thạch', 'Thạch', 'Thạch', 'Kim', 'Kim', 'Sơn', 'Sơn', 'Lâm', 'Danh', 'Kiên', 'Trà', 'Huỳnh', 'Chau', 'Lý'], middle: { MALE: [''], FEMALE: ['Thị'] }, given: { MALE: ['Sa Rinh', 'Sóc', 'Phol', 'Thol', 'Sang', 'Chanh', 'Sô Phi', 'Rươn', 'Cưng', 'Sóc Kha', 'Sa Rươl', 'Huôl', 'Sa Muôn', 'Chanh Đa', 'Rết', 'Kol'], FEMALE: ['Sa Rươne', 'Sa Ly', 'Phiếu', 'Chanh Thu', 'Sà Ly', 'Sóc Thia', 'Kim Thoa', 'Mỹ Lệ', 'Sa Phia', 'Sóc Phên', 'Thươne', 'Ni', 'Phương Ly', 'Hên'] } },
  'Xtiêng': { family: ['Điểu', 'Điểu', 'Điểu', 'Lâm'], middle: { MALE: [''], FEMALE: ['Thị'] }, given: { MALE: ['Lên', 'Brơn', 'Xiêm', 'Công', 'Bình', 'Lập'], FEMALE: ['Mai', 'Ngoan', 'Thê', 'Hiên', 'Linh'] } },
  'Chơ Ro': { family: ['Đào', 'Điểu', 'Lê', 'Thổ'], middle: vt(['Văn'], ['Thị']), given: { MALE: ['Tấn', 'Phước', 'Hai', 'Bảy', 'Thắng'], FEMALE: ['Hồng', 'Sáu', 'Thu', 'Mỹ'] } },
};

/** Regions whose Kinh families use the southern family-name mix (Huỳnh, Võ). */
const SOUTHERN: ReadonlySet<RegionCode> = new Set(['CENTRAL_HIGHLANDS', 'SOUTH_EAST', 'MEKONG_DELTA']);

/** A family name of the group (children take the father's). */
export function familyName(r: Rng, ethnicity: Ethnicity, region: RegionCode): string {
  if (ethnicity === 'Kinh') return pick(r, SOUTHERN.has(region) ? KINH_FAMILY.south : KINH_FAMILY.north);
  return pick(r, STYLES[ethnicity].family);
}

/** A full name of the group with the given family name. */
export function personName(r: Rng, ethnicity: Ethnicity, sex: Sex, family: string): string {
  if (ethnicity === 'Kinh') return `${family} ${pick(r, KINH_MIDDLE[sex])} ${pick(r, KINH_GIVEN[sex])}`;
  const s = STYLES[ethnicity];
  const middle = pick(r, s.middle[sex]);
  const given = pick(r, s.given[sex]);
  if (s.familyLast) return `${middle}${middle.endsWith("'") ? '' : ' '}${given} ${family}`;
  // "H'" and "K'" stick to the given name (H'Yim, K'Brèo); empty parts leave no gap.
  const first = middle === '' ? given : middle.endsWith("'") ? `${middle}${given}` : `${middle} ${given}`;
  return family === '' ? first : `${family} ${first}`;
}
