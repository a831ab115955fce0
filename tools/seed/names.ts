/** Invented Vietnamese place and organization names (with diacritics) for the generator. */
import type { GeneratedOrganizationKind } from './national-spec';
import { pick, type Rng } from './random';

const FIRST = [
  'Tân', 'Bình', 'An', 'Phước', 'Hòa', 'Thạnh', 'Long', 'Phú', 'Mỹ', 'Hưng', 'Đông', 'Tây', 'Nam', 'Bắc',
  'Vĩnh', 'Xuân', 'Thuận', 'Đức', 'Quảng', 'Hiệp', 'Thới', 'Lộc', 'Hải', 'Sơn', 'Trung', 'Cẩm', 'Kim',
  'Ngọc', 'Đại', 'Thanh', 'Tiên', 'Yên', 'Châu', 'Gia', 'Lạc', 'Đồng', 'Trà', 'Cát', 'Hà', 'Quế', 'Điện',
  'Hương', 'Ninh', 'Khánh', 'Vạn', 'Nghĩa', 'Triệu', 'Ea', 'Mường', 'Nà',
] as const;
const SECOND = [
  'Phước', 'An', 'Bình', 'Hòa', 'Thành', 'Lợi', 'Hưng', 'Thịnh', 'Tiến', 'Phong', 'Sơn', 'Lâm', 'Giang',
  'Thủy', 'Hải', 'Trung', 'Đông', 'Tây', 'Xuyên', 'Quang', 'Minh', 'Đức', 'Nghĩa', 'Trạch', 'Lộc', 'Phú',
  'Long', 'Mỹ', 'Khánh', 'Điền', 'Hội', 'Cường', 'Vinh', 'Ninh', 'Yên', 'Hiệp', 'Tường', 'Thạnh', 'Xuân',
  'Hà', 'Kiều', 'Đạt', 'Tài', 'Hồng', 'Lạng', 'Mai', 'Sen', 'Bàng',
] as const;

export function placeName(rng: Rng): string {
  for (;;) {
    const a = pick(rng, FIRST);
    const b = pick(rng, SECOND);
    if (a !== b) return `${a} ${b}`;
  }
}

/** Unique names within a scope: a repeated name gets a number ('Xã Tân Phước 2'). */
export class NameBook {
  private seen = new Map<string, number>();
  take(base: string): string {
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base} ${n}`;
  }
}

/** 'Xã Tân Phước' → 'xã Tân Phước' (the unit's label inside an organization's name). */
export const label = (areaName: string) => areaName.charAt(0).toLowerCase() + areaName.slice(1);

export const ORG_NAMES: Record<GeneratedOrganizationKind, { central: [string, string]; local: (l: string) => [string, string] }> = {
  VFF_COMMITTEE: {
    central: ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'UBTW MTTQ Việt Nam'],
    local: (l) => [`Ủy ban Mặt trận Tổ quốc Việt Nam ${l}`, `MTTQ ${l}`],
  },
  YOUTH_UNION: {
    central: ['Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Trung ương Đoàn'],
    local: (l) => [`Đoàn Thanh niên Cộng sản Hồ Chí Minh ${l}`, `Đoàn TN ${l}`],
  },
  VETERANS_ASSOCIATION: {
    central: ['Trung ương Hội Cựu chiến binh Việt Nam', 'TW Hội CCB Việt Nam'],
    local: (l) => [`Hội Cựu chiến binh ${l}`, `Hội CCB ${l}`],
  },
  LABOUR_FEDERATION: {
    central: ['Tổng Liên đoàn Lao động Việt Nam', 'Tổng LĐLĐ Việt Nam'],
    local: (l) => [`Liên đoàn Lao động ${l}`, `LĐLĐ ${l}`],
  },
  WOMENS_UNION: {
    central: ['Trung ương Hội Liên hiệp Phụ nữ Việt Nam', 'TW Hội LHPN Việt Nam'],
    local: (l) => [`Hội Liên hiệp Phụ nữ ${l}`, `Hội LHPN ${l}`],
  },
  FARMERS_UNION: {
    central: ['Trung ương Hội Nông dân Việt Nam', 'TW Hội Nông dân Việt Nam'],
    local: (l) => [`Hội Nông dân ${l}`, `Hội ND ${l}`],
  },
};

export const pad = (n: number, width: number) => String(n).padStart(width, '0');
