/**
 * Deterministic generator of a national administrative tree for benchmarks and load tests
 * (docs/domain.md §3): the OLD tree (provinces → districts → communes, valid until 30/06/2025),
 * the NEW tree (provinces → communes → hamlets, from 01/07/2025), the succession between them,
 * and a VFF committee plus the five member organizations for every province, district (old tree
 * only) and commune, each under the same kind one level up (six central roots).
 *
 * Pure: no database, no clock. The same `seed` (and `startIds`) gives the same rows, byte for byte.
 * Names are invented from Vietnamese syllables (with diacritics, so accent-insensitive search has
 * something to find); codes are invented too (`N-P01-C001-H01`), never GSO codes.
 */
import {
  foldVietnamese,
  levelOfArea,
  MEMBER_ORGANIZATION_KINDS,
  type AreaKind,
  type OrganizationKind,
  type OrganizationLevel,
} from '@lnob/domain';

export type Scale = 'national' | 'small';

export const OLD_TREE_FROM = '2008-01-01';
export const OLD_TREE_TO = '2025-06-30';
export const NEW_TREE_FROM = '2025-07-01';
/** Central organizations start at the hub's history horizon. */
export const CENTRAL_FROM = '2008-01-01';

export interface AreaRow {
  id: number;
  code: string;
  name: string;
  nameSearch: string;
  kind: AreaKind;
  urban: boolean;
  parentId: number | null;
  path: string;
  depth: number;
  validFrom: string;
  validTo: string | null;
}

export interface AreaSuccessionRow {
  id: number;
  predecessorId: number;
  successorId: number;
  effectiveOn: string;
  share: number;
}

export interface OrganizationRow {
  id: number;
  name: string;
  shortName: string | null;
  nameSearch: string;
  kind: OrganizationKind;
  level: OrganizationLevel;
  areaId: number | null;
  parentId: number | null;
  path: string;
  depth: number;
  validFrom: string;
  validTo: string | null;
}

export interface OrganizationSuccessionRow {
  id: number;
  predecessorId: number;
  successorId: number;
  effectiveOn: string;
}

/** Kinds generated for every province, district and commune: the VFF committee and its five members. */
export const GENERATED_ORGANIZATION_KINDS = ['VFF_COMMITTEE', ...MEMBER_ORGANIZATION_KINDS] as const;
export type GeneratedOrganizationKind = (typeof GENERATED_ORGANIZATION_KINDS)[number];

/** First id of each table (assign above the current MAX(id) when loading into a non-empty database). */
export interface StartIds {
  area: number;
  areaSuccession: number;
  organization: number;
  organizationSuccession: number;
}

/** An existing central root organization to hang the generated provincial ones under. */
export interface CentralRoot {
  id: number;
  path: string;
  depth: number;
}

export interface GenerateOptions {
  seed?: number;
  scale?: Scale;
  startIds?: Partial<StartIds>;
  /** Reuse these central organizations (by kind) instead of generating them. */
  centralOrganizations?: Partial<Record<GeneratedOrganizationKind, CentralRoot>>;
}

export interface TreeCounts {
  old: { provinces: number; districts: number; communes: number; hamlets: number };
  new: { provinces: number; communes: number; hamlets: number };
  areas: number;
  areaSuccessions: number;
  /** Of which links whose predecessor was split (share < 1). */
  splitLinks: number;
  organizations: number;
  centralOrganizations: number;
  organizationSuccessions: number;
}

export interface NationalTree {
  seed: number;
  scale: Scale;
  /** Code of the first new-tree province: present in a database once this scale was loaded. */
  markerCode: string;
  areas: AreaRow[];
  areaSuccessions: AreaSuccessionRow[];
  organizations: OrganizationRow[];
  organizationSuccessions: OrganizationSuccessionRow[];
  counts: TreeCounts;
}

interface ScaleSpec {
  codePrefix: { old: string; new: string };
  old: { provinces: number; districts: number; communes: number; hamlets: number; cities: number };
  oldBounds: { districtsPerProvince: [number, number]; communesPerDistrict: [number, number]; hamletsPerCommune: [number, number] };
  /** Old district-level units by kind (the rest are rural districts). */
  oldDistrictKinds: { urbanDistricts: number; cities: number; towns: number };
  new: { provinces: number; communes: number; hamlets: number; cities: number; wards: number; specialZones: number };
  /** Sizes of the groups of old provinces merged into each new province (0: not modelled). */
  provinceGroups: number[];
  /** 'proportional': new communes per province follow its predecessors' communes; a number: that many each. */
  newCommunesPerProvince: 'proportional' | number;
  hamletsPerCommune: [number, number];
  /** Chance that the old commune at a boundary between two new communes is split between them. */
  splitRate: number;
}

const repeat = (n: number, v: number) => Array.from({ length: n }, () => v);

/**
 * The sizes the issue asks for. National: 63 / 696 / 10,035 on the old tree; 34 / 3,321 / 64,000
 * on the new one (2,621 communes, 687 wards, 13 special zones); 11 provinces unchanged, 17 formed
 * from two, 6 from three. Small: the same shape, reduced, with old-tree hamlets so that the old
 * tree is four levels deep.
 */
export const SCALES: Record<Scale, ScaleSpec> = {
  national: {
    codePrefix: { old: 'O', new: 'N' },
    old: { provinces: 63, districts: 696, communes: 10_035, hamlets: 0, cities: 5 },
    oldBounds: { districtsPerProvince: [5, 24], communesPerDistrict: [4, 32], hamletsPerCommune: [0, 0] },
    oldDistrictKinds: { urbanDistricts: 49, cities: 84, towns: 53 },
    new: { provinces: 34, communes: 3_321, hamlets: 64_000, cities: 6, wards: 687, specialZones: 13 },
    provinceGroups: [...repeat(11, 1), ...repeat(17, 2), ...repeat(6, 3)],
    newCommunesPerProvince: 'proportional',
    hamletsPerCommune: [6, 40],
    splitRate: 0.02,
  },
  small: {
    codePrefix: { old: 'SO', new: 'SN' },
    old: { provinces: 10, districts: 20, communes: 60, hamlets: 120, cities: 1 },
    oldBounds: { districtsPerProvince: [2, 2], communesPerDistrict: [3, 3], hamletsPerCommune: [2, 2] },
    oldDistrictKinds: { urbanDistricts: 2, cities: 2, towns: 2 },
    new: { provinces: 34, communes: 102, hamlets: 306, cities: 6, wards: 20, specialZones: 1 },
    provinceGroups: [...repeat(5, 2), ...repeat(29, 0)],
    newCommunesPerProvince: 3,
    hamletsPerCommune: [3, 3],
    splitRate: 0.3,
  },
};

/** Code of the first new province of a scale: its presence means the scale is loaded. */
export function markerCodeOf(scale: Scale): string {
  return `${SCALES[scale].codePrefix.new}-P01`;
}

// --- randomness -------------------------------------------------------------------------------

/** mulberry32: a small, fast, seedable 32-bit PRNG; floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/** `total` split into `n` integers within [min, max], randomly weighted, summing exactly to `total`. */
export function distribute(rng: Rng, total: number, n: number, min: number, max: number): number[] {
  if (n === 0) {
    if (total !== 0) throw new Error(`distribute: ${total} into 0 parts`);
    return [];
  }
  if (n * min > total || n * max < total) throw new Error(`distribute: ${total} does not fit ${n} parts of ${min}–${max}`);
  const out = repeat(n, min);
  const rest = total - n * min;
  if (rest === 0) return out;
  const w = Array.from({ length: n }, () => 0.4 + 1.2 * rng());
  const sum = w.reduce((a, b) => a + b, 0);
  let left = rest;
  for (let i = 0; i < n; i++) {
    const add = Math.min(max - min, Math.floor((rest * w[i]) / sum));
    out[i] += add;
    left -= add;
  }
  while (left > 0) {
    const i = Math.floor(rng() * n);
    if (out[i] < max) {
      out[i] += 1;
      left -= 1;
    }
  }
  return out;
}

/** `total` split in proportion to `weights` (largest remainder), at least `min` each. */
function proportional(total: number, weights: number[], min: number): number[] {
  const n = weights.length;
  const free = total - n * min;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (free * w) / sum);
  const out = exact.map((x) => min + Math.floor(x));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) out[order[k % n].i] += 1;
  return out;
}

/** Kinds laid out with exact counts, in random order. */
function kindsOf<K extends string>(rng: Rng, n: number, counts: [K, number][], rest: K): K[] {
  const out: K[] = [];
  for (const [k, c] of counts) for (let i = 0; i < c && out.length < n; i++) out.push(k);
  while (out.length < n) out.push(rest);
  return shuffle(rng, out);
}

// --- names ------------------------------------------------------------------------------------

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

function placeName(rng: Rng): string {
  for (;;) {
    const a = pick(rng, FIRST);
    const b = pick(rng, SECOND);
    if (a !== b) return `${a} ${b}`;
  }
}

/** Unique names within a scope: a repeated name gets a number ('Xã Tân Phước 2'). */
class NameBook {
  private seen = new Map<string, number>();
  take(base: string): string {
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base} ${n}`;
  }
}

/** 'Xã Tân Phước' → 'xã Tân Phước' (the unit's label inside an organization's name). */
const label = (areaName: string) => areaName.charAt(0).toLowerCase() + areaName.slice(1);

const ORG_NAMES: Record<GeneratedOrganizationKind, { central: [string, string]; local: (l: string) => [string, string] }> = {
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

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// --- the generator ----------------------------------------------------------------------------

export function generateNationalTree(opts: GenerateOptions = {}): NationalTree {
  const seed = opts.seed ?? 1;
  const scale = opts.scale ?? 'national';
  const spec = SCALES[scale];
  const rng = mulberry32(seed);
  const ids: StartIds = { area: 1, areaSuccession: 1, organization: 1, organizationSuccession: 1, ...opts.startIds };

  const areas: AreaRow[] = [];
  const areaSuccessions: AreaSuccessionRow[] = [];
  const organizations: OrganizationRow[] = [];
  const organizationSuccessions: OrganizationSuccessionRow[] = [];

  const addArea = (a: Omit<AreaRow, 'id' | 'nameSearch' | 'path' | 'depth'>, parent: AreaRow | null): AreaRow => {
    const id = ids.area++;
    const row: AreaRow = {
      id,
      code: a.code,
      name: a.name,
      nameSearch: foldVietnamese(a.name),
      kind: a.kind,
      urban: a.urban,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      validFrom: a.validFrom,
      validTo: a.validTo,
    };
    areas.push(row);
    return row;
  };

  // --- old tree: provinces → districts → communes (→ hamlets at small scale) -------------------
  const usedProvinceNames = new Set<string>();
  const provinceBase = () => {
    for (;;) {
      const n = placeName(rng);
      if (!usedProvinceNames.has(n)) {
        usedProvinceNames.add(n);
        return n;
      }
    }
  };
  const oldKinds = kindsOf<AreaKind>(rng, spec.old.provinces, [['CITY', spec.old.cities]], 'PROVINCE');
  const oldProvinces: AreaRow[] = oldKinds.map((kind, i) =>
    addArea(
      {
        code: `${spec.codePrefix.old}-P${pad(i + 1, 2)}`,
        name: `${kind === 'CITY' ? 'Thành phố' : 'Tỉnh'} ${provinceBase()}`,
        kind,
        urban: kind === 'CITY',
        parentId: null,
        validFrom: OLD_TREE_FROM,
        validTo: OLD_TREE_TO,
      },
      null,
    ),
  );
  /** Per old province, the hamlet word of its region ('Ấp' in the south, 'Bản' in the mountains). */
  const hamletWord = new Map<number, string>();
  for (const p of oldProvinces) hamletWord.set(p.id, pick(rng, ['Thôn', 'Thôn', 'Ấp', 'Bản', 'Xóm']));

  const oldDistrictsPer = distribute(rng, spec.old.districts, spec.old.provinces, ...spec.oldBounds.districtsPerProvince);
  const k = spec.oldDistrictKinds;
  type DistrictFlavour = 'URBAN_DISTRICT' | 'CITY' | 'TOWN' | 'RURAL';
  const districtFlavours = kindsOf<DistrictFlavour>(
    rng,
    spec.old.districts,
    [['URBAN_DISTRICT', k.urbanDistricts], ['CITY', k.cities], ['TOWN', k.towns]],
    'RURAL',
  );
  const oldDistricts: { row: AreaRow; flavour: DistrictFlavour; province: AreaRow }[] = [];
  let flavourAt = 0;
  oldProvinces.forEach((p, pi) => {
    const names = new NameBook();
    for (let d = 0; d < oldDistrictsPer[pi]; d++) {
      const flavour = districtFlavours[flavourAt++];
      const [prefix, kind, urban]: [string, AreaKind, boolean] =
        flavour === 'URBAN_DISTRICT' ? ['Quận', 'DISTRICT', true]
        : flavour === 'CITY' ? ['Thành phố', 'CITY', true]
        : flavour === 'TOWN' ? ['Thị xã', 'TOWN', true]
        : ['Huyện', 'DISTRICT', false];
      const row = addArea(
        {
          code: `${p.code}-D${pad(d + 1, 2)}`,
          name: names.take(`${prefix} ${placeName(rng)}`),
          kind,
          urban,
          parentId: p.id,
          validFrom: OLD_TREE_FROM,
          validTo: OLD_TREE_TO,
        },
        p,
      );
      oldDistricts.push({ row, flavour, province: p });
    }
  });

  const oldCommunesPer = distribute(rng, spec.old.communes, spec.old.districts, ...spec.oldBounds.communesPerDistrict);
  /** Old communes grouped by old province, in code order. */
  const oldCommunesOf = new Map<number, AreaRow[]>(oldProvinces.map((p) => [p.id, []]));
  const provinceNames = new Map<number, NameBook>(oldProvinces.map((p) => [p.id, new NameBook()]));
  oldDistricts.forEach(({ row: d, flavour, province }, di) => {
    const names = provinceNames.get(province.id)!;
    for (let c = 0; c < oldCommunesPer[di]; c++) {
      const wardShare = flavour === 'URBAN_DISTRICT' ? 1 : flavour === 'CITY' ? 0.75 : flavour === 'TOWN' ? 0.5 : 0;
      const ward = rng() < wardShare;
      // A rural district's first commune is its township (thị trấn): kind COMMUNE, urban.
      const township = !ward && flavour === 'RURAL' && c === 0;
      const name = ward
        ? flavour === 'URBAN_DISTRICT' && rng() < 0.3
          ? `Phường ${c + 1}`
          : names.take(`Phường ${placeName(rng)}`)
        : names.take(`${township ? 'Thị trấn' : 'Xã'} ${placeName(rng)}`);
      const row = addArea(
        {
          code: `${d.code}-C${pad(c + 1, 2)}`,
          name,
          kind: ward ? 'WARD' : 'COMMUNE',
          urban: ward || township,
          parentId: d.id,
          validFrom: OLD_TREE_FROM,
          validTo: OLD_TREE_TO,
        },
        d,
      );
      oldCommunesOf.get(province.id)!.push(row);
    }
  });
  const oldCommunes = oldProvinces.flatMap((p) => oldCommunesOf.get(p.id)!);

  const oldHamletsPer = spec.old.hamlets
    ? distribute(rng, spec.old.hamlets, spec.old.communes, ...spec.oldBounds.hamletsPerCommune)
    : repeat(oldCommunes.length, 0);
  // Old communes are in code order of their districts, which matches oldCommunes' order.
  const oldProvinceOf = new Map<number, AreaRow>();
  for (const p of oldProvinces) for (const c of oldCommunesOf.get(p.id)!) oldProvinceOf.set(c.id, p);
  oldCommunes.forEach((c, ci) => {
    const word = hamletWord.get(oldProvinceOf.get(c.id)!.id)!;
    for (let h = 0; h < oldHamletsPer[ci]; h++) {
      addArea(
        {
          code: `${c.code}-H${pad(h + 1, 2)}`,
          name: c.kind === 'WARD' ? `Tổ dân phố ${h + 1}` : `${word} ${placeName(rng)} ${h + 1}`,
          kind: 'HAMLET',
          urban: c.urban,
          parentId: c.id,
          validFrom: OLD_TREE_FROM,
          validTo: OLD_TREE_TO,
        },
        c,
      );
    }
  });

  // --- province mergers: which old provinces became which new one ------------------------------
  const groupSizes = shuffle(rng, [...spec.provinceGroups]);
  if (groupSizes.length !== spec.new.provinces) throw new Error('provinceGroups must list one group per new province');
  const oldOrder = shuffle(rng, [...oldProvinces]);
  let taken = 0;
  const groups: AreaRow[][] = groupSizes.map((size) => {
    const g = oldOrder.slice(taken, taken + size).sort((a, b) => a.id - b.id);
    taken += size;
    return g;
  });
  if (taken !== spec.old.provinces) throw new Error('provinceGroups must use every old province exactly once');

  // --- new tree: provinces → communes → hamlets ------------------------------------------------
  const newKinds = kindsOf<AreaKind>(rng, spec.new.provinces, [['CITY', spec.new.cities]], 'PROVINCE');
  const newProvinces: AreaRow[] = newKinds.map((kind, i) => {
    // A merged province keeps the name of one of its predecessors, as most did in 2025.
    const base = groups[i].length ? pick(rng, groups[i]).name.replace(/^(Tỉnh|Thành phố) /, '') : provinceBase();
    return addArea(
      {
        code: `${spec.codePrefix.new}-P${pad(i + 1, 2)}`,
        name: `${kind === 'CITY' ? 'Thành phố' : 'Tỉnh'} ${base}`,
        kind,
        urban: kind === 'CITY',
        parentId: null,
        validFrom: NEW_TREE_FROM,
        validTo: null,
      },
      null,
    );
  });
  for (const [i, g] of groups.entries()) {
    hamletWord.set(newProvinces[i].id, g.length ? hamletWord.get(g[0].id)! : pick(rng, ['Thôn', 'Ấp', 'Bản']));
  }

  const oldCommuneCountOf = groups.map((g) => g.reduce((n, p) => n + oldCommunesOf.get(p.id)!.length, 0));
  const newCommunesPer =
    spec.newCommunesPerProvince === 'proportional'
      ? proportional(spec.new.communes, oldCommuneCountOf, 1)
      : repeat(spec.new.provinces, spec.newCommunesPerProvince);
  if (newCommunesPer.reduce((a, b) => a + b, 0) !== spec.new.communes) throw new Error('new communes per province do not add up');
  const communeKinds = kindsOf<AreaKind>(
    rng,
    spec.new.communes,
    [['WARD', spec.new.wards], ['SPECIAL_ZONE', spec.new.specialZones]],
    'COMMUNE',
  );
  const newCommunesOf = new Map<number, AreaRow[]>();
  let kindAt = 0;
  newProvinces.forEach((p, pi) => {
    const names = new NameBook();
    const list: AreaRow[] = [];
    for (let c = 0; c < newCommunesPer[pi]; c++) {
      const kind = communeKinds[kindAt++];
      const prefix = kind === 'WARD' ? 'Phường' : kind === 'SPECIAL_ZONE' ? 'Đặc khu' : 'Xã';
      list.push(
        addArea(
          {
            code: `${p.code}-C${pad(c + 1, 3)}`,
            name: names.take(`${prefix} ${placeName(rng)}`),
            kind,
            urban: kind === 'WARD',
            parentId: p.id,
            validFrom: NEW_TREE_FROM,
            validTo: null,
          },
          p,
        ),
      );
    }
    newCommunesOf.set(p.id, list);
  });
  const newCommunes = newProvinces.flatMap((p) => newCommunesOf.get(p.id)!);
  const hamletsPer = distribute(rng, spec.new.hamlets, spec.new.communes, ...spec.hamletsPerCommune);
  const newProvinceOf = new Map<number, AreaRow>();
  for (const p of newProvinces) for (const c of newCommunesOf.get(p.id)!) newProvinceOf.set(c.id, p);
  newCommunes.forEach((c, ci) => {
    const word = hamletWord.get(newProvinceOf.get(c.id)!.id)!;
    for (let h = 0; h < hamletsPer[ci]; h++) {
      addArea(
        {
          code: `${c.code}-H${pad(h + 1, 2)}`,
          name: c.kind === 'WARD' ? `Tổ dân phố ${h + 1}` : `${word} ${placeName(rng)} ${h + 1}`,
          kind: 'HAMLET',
          urban: c.urban,
          parentId: c.id,
          validFrom: NEW_TREE_FROM,
          validTo: null,
        },
        c,
      );
    }
  });

  // --- area succession -------------------------------------------------------------------------
  const link = (predecessorId: number, successorId: number, share: number) =>
    areaSuccessions.push({ id: ids.areaSuccession++, predecessorId, successorId, effectiveOn: NEW_TREE_FROM, share });
  newProvinces.forEach((np, i) => {
    for (const op of groups[i]) link(op.id, np.id, 1);
  });
  let firstSplitDone = false;
  newProvinces.forEach((np, i) => {
    const olds = groups[i].flatMap((p) => oldCommunesOf.get(p.id)!);
    const news = newCommunesOf.get(np.id)!;
    if (olds.length === 0 || news.length === 0) return;
    // Contiguous chunks of old communes (about three each) merge into one new commune each.
    const sizes = distribute(rng, olds.length, news.length, olds.length >= news.length ? 1 : 0, olds.length);
    let at = 0;
    news.forEach((nc, j) => {
      const chunk = olds.slice(at, at + sizes[j]);
      at += sizes[j];
      const last = chunk[chunk.length - 1];
      const next = news[j + 1];
      // Sometimes the last old commune of the chunk is split with the next new commune.
      const split = last !== undefined && next !== undefined && (!firstSplitDone || rng() < spec.splitRate);
      for (const oc of chunk) {
        if (split && oc === last) {
          const share = pick(rng, [0.25, 0.5, 0.75]);
          link(oc.id, nc.id, share);
          link(oc.id, next.id, 1 - share);
          firstSplitDone = true;
        } else link(oc.id, nc.id, 1);
      }
    });
  });

  // --- organizations ---------------------------------------------------------------------------
  const addOrg = (
    o: Omit<OrganizationRow, 'id' | 'nameSearch' | 'path' | 'depth' | 'parentId'>,
    parent: { id: number; path: string; depth: number } | null,
  ): OrganizationRow => {
    const id = ids.organization++;
    const row: OrganizationRow = {
      id,
      name: o.name,
      shortName: o.shortName,
      nameSearch: foldVietnamese(o.shortName ? `${o.name} ${o.shortName}` : o.name),
      kind: o.kind,
      level: o.level,
      areaId: o.areaId,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      validFrom: o.validFrom,
      validTo: o.validTo,
    };
    organizations.push(row);
    return row;
  };

  type OrgSet = Record<GeneratedOrganizationKind, { id: number; path: string; depth: number }>;
  const central = {} as OrgSet;
  let centralGenerated = 0;
  for (const kind of GENERATED_ORGANIZATION_KINDS) {
    const given = opts.centralOrganizations?.[kind];
    if (given) central[kind] = given;
    else {
      const [name, shortName] = ORG_NAMES[kind].central;
      central[kind] = addOrg({ name, shortName, kind, level: 'CENTRAL', areaId: null, validFrom: CENTRAL_FROM, validTo: null }, null);
      centralGenerated++;
    }
  }

  const areaById = new Map(areas.map((a) => [a.id, a]));
  const orgsOfArea = new Map<number, OrgSet>();
  /** The VFF committee and five members of `area`, each under the same kind of `parentSet`. */
  const addOrgSet = (area: AreaRow, parentSet: OrgSet) => {
    const parentKind = area.parentId == null ? null : areaById.get(area.parentId)!.kind;
    const level = levelOfArea(area.kind, parentKind);
    const set = {} as OrgSet;
    for (const kind of GENERATED_ORGANIZATION_KINDS) {
      const [name, shortName] = ORG_NAMES[kind].local(label(area.name));
      set[kind] = addOrg({ name, shortName, kind, level, areaId: area.id, validFrom: area.validFrom, validTo: area.validTo }, parentSet[kind]);
    }
    orgsOfArea.set(area.id, set);
  };
  for (const p of oldProvinces) addOrgSet(p, central);
  for (const { row: d, province } of oldDistricts) addOrgSet(d, orgsOfArea.get(province.id)!);
  for (const c of oldCommunes) addOrgSet(c, orgsOfArea.get(c.parentId!)!);
  for (const p of newProvinces) addOrgSet(p, central);
  for (const c of newCommunes) addOrgSet(c, orgsOfArea.get(c.parentId!)!);

  // Each organization is succeeded by the same kind in the successor unit(s).
  for (const s of areaSuccessions) {
    const from = orgsOfArea.get(s.predecessorId);
    const to = orgsOfArea.get(s.successorId);
    if (!from || !to) continue;
    for (const kind of GENERATED_ORGANIZATION_KINDS) {
      organizationSuccessions.push({
        id: ids.organizationSuccession++,
        predecessorId: from[kind].id,
        successorId: to[kind].id,
        effectiveOn: s.effectiveOn,
      });
    }
  }

  const oldHamlets = oldHamletsPer.reduce((a, b) => a + b, 0);
  const counts: TreeCounts = {
    old: { provinces: oldProvinces.length, districts: oldDistricts.length, communes: oldCommunes.length, hamlets: oldHamlets },
    new: { provinces: newProvinces.length, communes: newCommunes.length, hamlets: hamletsPer.reduce((a, b) => a + b, 0) },
    areas: areas.length,
    areaSuccessions: areaSuccessions.length,
    splitLinks: areaSuccessions.filter((s) => s.share < 1).length,
    organizations: organizations.length,
    centralOrganizations: centralGenerated,
    organizationSuccessions: organizationSuccessions.length,
  };
  return { seed, scale, markerCode: markerCodeOf(scale), areas, areaSuccessions, organizations, organizationSuccessions, counts };
}

/** The counts a scale always produces (organizations include the six central roots). */
export function expectedCounts(scale: Scale): Pick<TreeCounts, 'old' | 'new' | 'areas' | 'organizations'> {
  const s = SCALES[scale];
  const old = { provinces: s.old.provinces, districts: s.old.districts, communes: s.old.communes, hamlets: s.old.hamlets };
  const neu = { provinces: s.new.provinces, communes: s.new.communes, hamlets: s.new.hamlets };
  const orgUnits = old.provinces + old.districts + old.communes + neu.provinces + neu.communes;
  return {
    old,
    new: neu,
    areas: old.provinces + old.districts + old.communes + old.hamlets + neu.provinces + neu.communes + neu.hamlets,
    organizations: GENERATED_ORGANIZATION_KINDS.length * (orgUnits + 1),
  };
}

/** The generated province of the new tree with the most communes that still fit one page of `pageSize`. */
export function benchProvince(tree: NationalTree, pageSize = 100): { province: AreaRow; communes: number; hamlets: number } {
  const newFrom = tree.areas.filter((a) => a.validFrom === NEW_TREE_FROM);
  const children = new Map<number, AreaRow[]>();
  for (const a of newFrom) {
    if (a.parentId == null) continue;
    const list = children.get(a.parentId);
    if (list) list.push(a);
    else children.set(a.parentId, [a]);
  }
  let best: { province: AreaRow; communes: number; hamlets: number } | null = null;
  for (const p of newFrom.filter((a) => a.parentId == null)) {
    const communes = children.get(p.id) ?? [];
    if (communes.length > pageSize) continue;
    const hamlets = communes.reduce((n, c) => n + (children.get(c.id)?.length ?? 0), 0);
    if (!best || communes.length > best.communes) best = { province: p, communes: communes.length, hamlets };
  }
  if (!best) throw new Error(`no new province has at most ${pageSize} communes`);
  return best;
}
