/**
 * Deterministic generator of households, their members and their PERIODIC reviews of 2022–2025 on
 * a generated national tree (national.ts), for benchmarks and load tests. Pure: no database, no
 * clock; the same seed, fraction and areas give the same rows.
 *
 * Where: the lowest units of the OLD tree (communes at national scale, hamlets when the scale has
 * them), like the demo data; the statistics carry them onto today's units (CURRENT).
 *
 * Who: old provinces are assigned to the six regions (14 / 11 / 14 / 5 / 6 / 13 at national scale,
 * the five central cities to the Red River Delta (2), the centre, the South-East and the Mekong);
 * households are split over regions, provinces and units (see `regionHouseholdShares`); ethnic-
 * minority households are far more frequent in the mountain regions; names follow each group's
 * customs (people.ts); every member has a valid 12-digit CCCD, unique in the whole data set.
 *
 * Classes: every household has a latent welfare score (its unit, urban or rural, ethnic minority,
 * its own) plus a yearly shock; each year, in each province, the households with the lowest scores
 * are income-poor (as many as the province's multidimensional rate asks), the most deprived of
 * those are poor (as many as its poor rate asks), the next ones are of average living standard.
 * Incomes and deprived indicators (of the standard in force) are then drawn inside the class, some
 * exactly on a boundary, and the class written is the one `classifyHousehold` gives for them (the
 * generator fails if it ever differs from the intended one). Province rates vary around their
 * region's, regions follow the reported 2024 rates, years follow the reported national trend
 * (households-spec.ts), so the national and regional rates come out as reported while households
 * move between years: newly poor, escaped, relapsed.
 */
import {
  cccdCenturySexDigit,
  classifyHousehold,
  foldVietnamese,
  indicatorCodes,
  nationalIdProblem,
  standardForReviewYear,
  type HouseholdClass,
  type HouseholdStatus,
  type HousingStatus,
  type Relation,
  type Residence,
  type Sex,
} from '@lnob/domain';
import { indicatorOrder, type HouseholdFixture, type HouseholdMemberFixture, type HouseholdReviewFixture } from '@lnob/domain/fixtures';
import { label, pad } from './names';
import { OLD_TREE_TO, type AreaRow, type Scale } from './national-spec';
import { familyName, personName, REGION_MINORITIES, type Ethnicity, type RegionCode } from './people';
import { mulberry32, pick, proportional, randomInt, shuffle, weighted, type Rng } from './random';
import {
  averageLivingRate,
  DEFAULT_HOUSEHOLD_FRACTION,
  FULL_HOUSEHOLDS,
  NATIONAL_TARGETS,
  REGIONS,
  regionHouseholdShares,
  regionPoorRates2024,
  REVIEW_YEARS,
  ZERO_POOR_PROVINCES_2024,
  type ReviewYear,
} from './households-spec';

export * from './households-spec';

/** What the generator needs of an area (a generated row, or the same read back from the database). */
export type SourceArea = Pick<AreaRow, 'id' | 'code' | 'name' | 'kind' | 'urban' | 'parentId' | 'path' | 'depth' | 'validFrom' | 'validTo'>;

/** A `household` row: a demo household's fields (libs/domain fixtures) on an area id, no sponsor. */
export interface HouseholdRow extends Pick<HouseholdFixture, 'address' | 'ethnicity' | 'ethnicMinority' | 'socialProtection' | 'singleElderly' | 'disability' | 'housingStatus'> {
  id: number;
  areaId: number;
  areaPath: string;
  sponsorOrganizationId: null;
  status: HouseholdStatus;
  headNameSearch: string;
}

/** A `household_member` row: a demo member's fields (libs/domain fixtures) with its ids. */
export interface MemberRow extends HouseholdMemberFixture {
  id: number;
  householdId: number;
  active: true;
}

/** A `household_review` row: a demo review's figures (libs/domain fixtures) with its ids and the class written. */
export interface ReviewRow extends Pick<HouseholdReviewFixture, 'year' | 'incomePerPersonPerMonth' | 'deprivedIndicators' | 'notes'> {
  id: number;
  householdId: number;
  kind: 'PERIODIC';
  scoreA: null;
  scoreB: null;
  class: HouseholdClass;
  standardCode: string;
  residence: Residence;
  decisionNumber: string;
  decisionDate: string;
  correctionOfId: null;
}

export interface HouseholdStartIds {
  household: number;
  member: number;
  review: number;
}

export interface HouseholdOptions {
  seed?: number;
  scale?: Scale;
  /** Fraction of the scale's full household count (FULL_HOUSEHOLDS); default DEFAULT_HOUSEHOLD_FRACTION. */
  fraction?: number;
  startIds?: Partial<HouseholdStartIds>;
  /** Households per yielded batch (default 20,000). */
  batchSize?: number;
}

export interface UnitPlan {
  area: SourceArea;
  /** The commune-level unit the review decisions come from (the unit itself, or a hamlet's commune). */
  commune: SourceArea;
  households: number;
  urban: boolean;
  minorityShare: number;
  /** Added to the welfare score of its households (higher: better off). */
  effect: number;
}

export interface ProvincePlan {
  area: SourceArea;
  index: number;
  region: RegionCode;
  households: number;
  /** CCCD province code of birth registration (digits 1–3) of most of its people. */
  cccdProvince: string;
  zeroPoor2024: boolean;
  /** Target rates per review year (fractions of the households reviewed that year). */
  targets: Record<ReviewYear, { multidimensional: number; poor: number; averageLiving: number }>;
  units: UnitPlan[];
}

export interface HouseholdPlan {
  seed: number;
  households: number;
  provinces: ProvincePlan[];
}

export interface HouseholdBatch {
  province: ProvincePlan;
  households: HouseholdRow[];
  members: MemberRow[];
  reviews: ReviewRow[];
}

/** Counts per review year (and region), for reports and tests. */
export interface ClassCounts {
  households: number;
  poor: number;
  nearPoor: number;
  averageLiving: number;
}

const emptyCounts = (): ClassCounts => ({ households: 0, poor: 0, nearPoor: 0, averageLiving: 0 });

// --- randomness helpers --------------------------------------------------------------------------

/** A standard normal deviate (Box–Muller). */
function normal(r: Rng): number {
  const u = 1 - r();
  const v = r();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const round10k = (v: number) => Math.round(v / 10_000) * 10_000;
/** A 32-bit seed for one part of the data set (province, plan…), independent of the others. */
const subSeed = (seed: number, part: number) => (Math.imul(seed, 0x9e3779b1) ^ Math.imul(part + 1, 0x85ebca6b)) >>> 0;

/** The CCCD province codes of birth registration (the 63 of the old tree), read off the domain rule. */
export const CCCD_PROVINCE_CODES: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(3, '0')).filter(
  (code) => nationalIdProblem(`${code}000000000`) === null,
);

// --- the plan: regions, provinces, units, targets -----------------------------------------------

/** The lowest units of the OLD tree and their provinces (whatever else `areas` holds). */
function oldTreeOf(areas: readonly SourceArea[]) {
  const old = areas.filter((a) => a.validTo === OLD_TREE_TO).sort((a, b) => a.id - b.id);
  const hasChildren = new Set(old.map((a) => a.parentId).filter((id): id is number => id !== null));
  const byId = new Map(old.map((a) => [a.id, a]));
  const provinces = old.filter((a) => a.parentId === null);
  const leavesOf = new Map<number, { area: SourceArea; commune: SourceArea }[]>(provinces.map((p) => [p.id, []]));
  for (const a of old) {
    if (a.parentId === null || hasChildren.has(a.id)) continue;
    const provinceId = Number(a.path.split('/')[1]);
    const commune = a.kind === 'HAMLET' ? byId.get(a.parentId)! : a;
    leavesOf.get(provinceId)?.push({ area: a, commune });
  }
  return { provinces, leavesOf };
}

/**
 * Where the households go and what each province's rates are: cheap (no household is made), so
 * the loader knows the totals before generating.
 */
export function planHouseholds(areas: readonly SourceArea[], opts: HouseholdOptions = {}): HouseholdPlan {
  const seed = opts.seed ?? 1;
  const scale = opts.scale ?? 'national';
  const fraction = opts.fraction ?? DEFAULT_HOUSEHOLD_FRACTION;
  if (!(fraction >= 0 && fraction <= 1)) throw new Error(`the households fraction must be between 0 and 1, got ${fraction}`);
  const r = mulberry32(subSeed(seed, 0x7e57));
  const { provinces, leavesOf } = oldTreeOf(areas);
  if (provinces.length === 0) throw new Error('no province of the old tree among the areas');
  if (provinces.length > CCCD_PROVINCE_CODES.length) throw new Error(`at most ${CCCD_PROVINCE_CODES.length} old provinces`);

  // Regions: the real split of the 63 provinces, scaled; the central cities first to their regions.
  const regionCounts = proportional(provinces.length, REGIONS.map((g) => g.provinces), 1);
  const slots: number[] = regionCounts.flatMap((n, i) => Array.from({ length: n }, () => i));
  const cityRegions = [1, 1, 2, 4, 5]; // Hà Nội, Hải Phòng, Đà Nẵng, TP.HCM, Cần Thơ
  const regionOf = new Map<number, number>();
  const cities = provinces.filter((p) => p.kind === 'CITY');
  for (const c of cities) {
    const wanted = cityRegions.find((g) => slots.includes(g)) ?? slots[0];
    cityRegions.splice(cityRegions.indexOf(wanted), 1);
    slots.splice(slots.indexOf(wanted), 1);
    regionOf.set(c.id, wanted);
  }
  const rest = shuffle(r, slots);
  provinces.filter((p) => p.kind !== 'CITY').forEach((p, k) => regionOf.set(p.id, rest[k]));

  // Households: regions by their shares, provinces by random weights (cities larger), units too.
  const total = Math.round(FULL_HOUSEHOLDS[scale] * fraction);
  const shares = regionHouseholdShares();
  const perRegion = proportional(total, shares);
  const poor2024 = regionPoorRates2024(shares);
  const plans: ProvincePlan[] = [];
  const provinceHouseholds = new Map<number, number>();
  const multiFactor = new Map<number, number>();
  REGIONS.forEach((_, g) => {
    const members = provinces.filter((p) => regionOf.get(p.id) === g);
    if (members.length === 0) return;
    const sizes = proportional(perRegion[g], members.map((p) => Math.exp(0.35 * normal(r)) * (p.kind === 'CITY' ? 2.2 : 1)));
    members.forEach((p, k) => provinceHouseholds.set(p.id, sizes[k]));
    // Poverty factors around 1 (cities far lower), weighted mean 1 over the region's households.
    const raw = members.map((p) => Math.exp(0.5 * normal(r)) * (p.kind === 'CITY' ? 0.35 : 1));
    const cap = 0.7 / ((REGIONS[g].multidimensional2024 * NATIONAL_TARGETS[2022].multidimensional) / NATIONAL_TARGETS[2024].multidimensional);
    let f = raw;
    for (let pass = 0; pass < 20; pass++) {
      const hh = members.reduce((a, p) => a + provinceHouseholds.get(p.id)!, 0);
      const mean = hh === 0 ? 1 : members.reduce((a, p, k) => a + provinceHouseholds.get(p.id)! * f[k], 0) / hh;
      f = f.map((x) => Math.min(cap, x / mean));
    }
    members.forEach((p, k) => multiFactor.set(p.id, f[k]));
  });

  // Provinces without poor households from 2024: the South-East's city and provinces, the centre's city, one in the Red River Delta.
  const zeroPoorCount = Math.round((ZERO_POOR_PROVINCES_2024 * provinces.length) / 63);
  const regionIndex = (code: RegionCode) => REGIONS.findIndex((g) => g.code === code);
  const inRegion = (code: RegionCode, city: boolean) => provinces.filter((p) => regionOf.get(p.id) === regionIndex(code) && (p.kind === 'CITY') === city);
  const candidates = [
    ...inRegion('SOUTH_EAST', true),
    ...inRegion('NORTH_CENTRAL_CENTRAL_COAST', true),
    ...inRegion('SOUTH_EAST', false).slice(0, 3),
    ...inRegion('RED_RIVER_DELTA', false).slice(0, 1),
  ];
  const zeroPoor = new Set(candidates.slice(0, zeroPoorCount).map((p) => p.id));

  provinces.forEach((p, index) => {
    const g = regionOf.get(p.id)!;
    const region = REGIONS[g];
    const members = provinces.filter((q) => regionOf.get(q.id) === g);
    const targets = {} as ProvincePlan['targets'];
    for (const year of REVIEW_YEARS) {
      const t = NATIONAL_TARGETS[year];
      const multiRegion = (region.multidimensional2024 * t.multidimensional) / NATIONAL_TARGETS[2024].multidimensional;
      const poorRegion = (poor2024[g] * t.poor) / NATIONAL_TARGETS[2024].poor;
      const zero = (q: SourceArea) => year >= 2024 && zeroPoor.has(q.id);
      const hh = members.reduce((a, q) => a + provinceHouseholds.get(q.id)! * multiFactor.get(q.id)!, 0);
      const hhLeft = members.reduce((a, q) => a + (zero(q) ? 0 : provinceHouseholds.get(q.id)! * multiFactor.get(q.id)!), 0);
      const multidimensional = Math.min(0.8, multiRegion * multiFactor.get(p.id)!);
      const poor = zero(p) || hhLeft === 0 ? 0 : Math.min(0.9 * multidimensional, poorRegion * multiFactor.get(p.id)! * (hh / hhLeft));
      targets[year] = { multidimensional, poor, averageLiving: averageLivingRate(multidimensional) };
    }
    const leaves = leavesOf.get(p.id)!;
    const provinceMinority = Math.min(0.95, region.minorityShare * Math.exp(0.5 * normal(r)));
    const unitWeights = leaves.map((l) => (l.area.urban ? 1.5 : 1) * (0.5 + r()));
    const unitSizes = leaves.length ? proportional(provinceHouseholds.get(p.id)!, unitWeights) : [];
    const units: UnitPlan[] = leaves.map((l, k) => ({
      area: l.area,
      commune: l.commune,
      households: unitSizes[k],
      urban: l.area.urban,
      minorityShare: Math.min(0.97, provinceMinority * (l.area.urban ? 0.25 : 1.15) * Math.exp(0.6 * normal(r))),
      effect: (l.area.urban ? 0.9 : 0) + 0.5 * normal(r),
    }));
    plans.push({
      area: p,
      index,
      region: region.code,
      households: leaves.length ? provinceHouseholds.get(p.id)! : 0,
      cccdProvince: CCCD_PROVINCE_CODES[index],
      zeroPoor2024: zeroPoor.has(p.id),
      targets,
      units,
    });
  });
  return { seed, households: plans.reduce((a, p) => a + p.households, 0), provinces: plans };
}

// --- households ----------------------------------------------------------------------------------

const CLASS_CODES: readonly HouseholdClass[] = ['POOR', 'NEAR_POOR', 'AVERAGE_LIVING_STANDARD', 'NOT_POOR'];
const NONE = 255;

const DEPRIVATIONS: Record<HouseholdClass, [number, number][]> = {
  POOR: [[3, 45], [4, 30], [5, 15], [6, 10]],
  NEAR_POOR: [[0, 35], [1, 35], [2, 30]],
  AVERAGE_LIVING_STANDARD: [[0, 60], [1, 30], [2, 10]],
  NOT_POOR: [[0, 85], [1, 15]],
};

/** An income per person per month (VND) inside the class, sometimes exactly on its boundary. */
function incomeFor(r: Rng, cls: HouseholdClass, line: number, upper: number): number {
  switch (cls) {
    case 'POOR':
      return r() < 0.08 ? line : Math.min(line, round10k(line * (0.4 + 0.58 * r())));
    case 'NEAR_POOR':
      return r() < 0.12 ? line : Math.min(line, round10k(line * (0.7 + 0.3 * r())));
    case 'AVERAGE_LIVING_STANDARD':
      return r() < 0.06 ? upper : Math.min(upper, Math.max(line + 10_000, round10k(line + (upper - line) * r())));
    case 'NOT_POOR':
      return round10k(upper * (1.05 + 2 * r() * r()));
  }
}

/** Extra members beyond the head (most households carry only their head in this data set). */
const EXTRA_MEMBERS: [number, number][] = [[0, 60], [1, 18], [2, 12], [3, 7], [4, 3]];
const DEPARTED: [HouseholdStatus, number][] = [['MOVED', 60], ['MERGED', 20], ['DISSOLVED', 20]];
/** Matrilineal groups: the head is more often a woman. */
const MATRILINEAL: ReadonlySet<Ethnicity> = new Set(['Ê Đê', 'Gia Rai', 'Raglai', 'Chăm', 'Cơ Ho', 'Mnông']);

/**
 * CCCD numbers unique across the data set: per (province of birth registration, century/sex digit,
 * two-digit year) a counter, turned into the last six digits by a bijection of 0–99,999 (a stride
 * and a per-prefix offset, so the numbers look random). Generated numbers end in 000000–099999:
 * they never meet the demo's (500000–999999) nor those the API tests make up (100001 up).
 */
class NationalIds {
  private readonly next = new Map<string, { n: number; offset: number }>();
  constructor(private readonly seed: number) {}
  take(province: string, birthYear: number, sex: Sex): string {
    const prefix = `${province}${cccdCenturySexDigit(birthYear, sex)}${pad(birthYear % 100, 2)}`;
    let c = this.next.get(prefix);
    if (!c) this.next.set(prefix, (c = { n: 0, offset: subSeed(this.seed, Number(prefix)) % 100_000 }));
    if (c.n >= 100_000) throw new Error(`more than 100,000 generated CCCD numbers start with ${prefix}`);
    const serial = (c.n++ * 7_919 + c.offset) % 100_000;
    return `${prefix}${String(serial).padStart(6, '0')}`;
  }
}

/** Answers of a pure function remembered per input (folded names: most names recur). */
class Memo<K, V> {
  private readonly map = new Map<K, V>();
  constructor(
    private readonly fn: (k: K) => V,
    private readonly max = 500_000,
  ) {}
  get(k: K): V {
    let v = this.map.get(k);
    if (v === undefined) {
      if (this.map.size >= this.max) this.map.clear();
      this.map.set(k, (v = this.fn(k)));
    }
    return v;
  }
}

const birthDate = (r: Rng, year: number) => `${year}-${pad(randomInt(r, 1, 12), 2)}-${pad(randomInt(r, 1, 28), 2)}`;
const other = (s: Sex): Sex => (s === 'MALE' ? 'FEMALE' : 'MALE');

/**
 * The households of `plan`, province by province, in batches of at most `batchSize` households with
 * their members and reviews. Ids run from `startIds` in the order yielded.
 */
export function* generateHouseholds(plan: HouseholdPlan, opts: Pick<HouseholdOptions, 'startIds' | 'batchSize'> = {}): Generator<HouseholdBatch> {
  const ids: HouseholdStartIds = { household: 1, member: 1, review: 1, ...opts.startIds };
  const batchSize = opts.batchSize ?? 20_000;
  const nationalIds = new NationalIds(plan.seed);
  const provinceCodes = plan.provinces.map((p) => p.cccdProvince);
  const folded = new Memo<string, string>(foldVietnamese);
  const codesOf = new Memo(indicatorCodes);
  const years = REVIEW_YEARS;
  const Y = years.length;

  for (const province of plan.provinces) {
    if (province.households === 0) continue;
    const r = mulberry32(subSeed(plan.seed, 1000 + province.index));
    const region = REGIONS.find((g) => g.code === province.region)!;
    const n = province.households;

    // Pass 1: who each household is, its scores and the years it is on the registry.
    const unitOf = new Int32Array(n);
    const minority = new Uint8Array(n);
    const ethnicityOf: Ethnicity[] = new Array(n);
    const firstYear = new Uint8Array(n);
    const lastYear = new Uint8Array(n);
    const score = new Float64Array(n * Y);
    const deprivation = new Float64Array(n * Y);
    let h = 0;
    province.units.forEach((u, ui) => {
      for (let k = 0; k < u.households; k++, h++) {
        unitOf[h] = ui;
        const em = r() < u.minorityShare;
        minority[h] = em ? 1 : 0;
        ethnicityOf[h] = em ? weighted(r, REGION_MINORITIES[province.region]) : 'Kinh';
        const welfare = u.effect + (em ? -0.9 : 0) + normal(r);
        const deprived = normal(r);
        // 97 % on the registry from 2022; 1 % arrive each later year (new households); 0.5 % leave after each year.
        const x = r();
        firstYear[h] = x < 0.97 ? 0 : x < 0.98 ? 1 : x < 0.99 ? 2 : 3;
        const z = r();
        lastYear[h] = z < 0.005 ? 0 : z < 0.01 ? 1 : z < 0.015 ? 2 : 3;
        if (lastYear[h] < firstYear[h]) lastYear[h] = Y - 1;
        for (let y = 0; y < Y; y++) {
          score[h * Y + y] = welfare + 0.55 * normal(r);
          deprivation[h * Y + y] = -0.4 * welfare + deprived + 0.35 * normal(r);
        }
      }
    });

    // Classes per year: the lowest scores are income-poor, the most deprived of them poor.
    const cls = new Uint8Array(n * Y).fill(NONE);
    years.forEach((year, y) => {
      const active: number[] = [];
      for (let i = 0; i < n; i++) if (firstYear[i] <= y && y <= lastYear[i]) active.push(i);
      const t = province.targets[year];
      const m = active.length;
      const kMulti = Math.round(m * t.multidimensional);
      const kPoor = Math.min(kMulti, Math.round(m * t.poor));
      const kAverage = Math.min(m - kMulti, Math.round(m * t.averageLiving));
      active.sort((a, b) => score[a * Y + y] - score[b * Y + y] || a - b);
      const incomePoor = active.slice(0, kMulti).sort((a, b) => deprivation[b * Y + y] - deprivation[a * Y + y] || a - b);
      incomePoor.forEach((i, k) => (cls[i * Y + y] = k < kPoor ? 0 : 1));
      for (let k = kMulti; k < m; k++) cls[active[k] * Y + y] = k < kMulti + kAverage ? 2 : 3;
    });

    // Pass 2: rows, unit by unit.
    const decisions = new Map<string, { number: string; date: string }>();
    const decisionOf = (commune: SourceArea, year: number) => {
      const key = `${commune.id}:${year}`;
      let d = decisions.get(key);
      if (!d) decisions.set(key, (d = { number: `${randomInt(r, 100, 990)}/QĐ-UBND`, date: `${year}-12-${pad(randomInt(r, 10, 20), 2)}` }));
      return d;
    };
    let batch: HouseholdBatch = { province, households: [], members: [], reviews: [] };
    for (let i = 0; i < n; i++) {
      const unit = province.units[unitOf[i]];
      const ethnicity = ethnicityOf[i];
      const householdId = ids.household++;
      const residence: Residence = unit.urban ? 'URBAN' : 'RURAL';

      // Members: the head, and in four households out of ten a spouse, children, a parent or grandchildren.
      const headSex: Sex = r() < (MATRILINEAL.has(ethnicity) ? 0.45 : 0.72) ? 'MALE' : 'FEMALE';
      const headYear = randomInt(r, 1940, 1999);
      const family = familyName(r, ethnicity, province.region);
      const birthProvince = () => (r() < 0.1 ? pick(r, provinceCodes) : province.cccdProvince);
      const members: MemberRow[] = [];
      const person = (sex: Sex, year: number, relation: Relation, surname: string) => {
        // Two members of one household do not share a full name (a few tries, then it may happen).
        let fullName = personName(r, ethnicity, sex, surname);
        for (let k = 0; k < 4 && members.some((m) => m.fullName === fullName); k++) fullName = personName(r, ethnicity, sex, surname);
        members.push({
          id: ids.member++,
          householdId,
          fullName,
          birthDate: birthDate(r, year),
          sex,
          ethnicity,
          nationalId: nationalIds.take(birthProvince(), year, sex),
          relation,
          active: true,
        });
      };
      person(headSex, headYear, 'HEAD', family);
      const extra = weighted(r, EXTRA_MEMBERS);
      let childFamily = family;
      let children = 0;
      let parent = false;
      for (let k = 0; k < extra; k++) {
        if (k === 0 && r() < 0.85) {
          const spouseFamily = familyName(r, ethnicity, province.region);
          if (headSex === 'FEMALE') childFamily = spouseFamily;
          person(other(headSex), Math.min(2000, headYear + randomInt(r, -4, 6)), 'SPOUSE', spouseFamily);
        } else if (headYear >= 1975 && !parent && r() < 0.3) {
          parent = true;
          person(r() < 0.5 ? 'MALE' : 'FEMALE', Math.max(1925, headYear - randomInt(r, 20, 32)), 'PARENT', family);
        } else if (headYear <= 1965 && children >= 1 && r() < 0.4) {
          person(r() < 0.5 ? 'MALE' : 'FEMALE', Math.min(2024, headYear + randomInt(r, 45, 60)), 'GRANDCHILD', childFamily);
        } else {
          children++;
          person(r() < 0.5 ? 'MALE' : 'FEMALE', Math.min(2024, headYear + randomInt(r, 20, 40)), 'CHILD', childFamily);
        }
      }

      // Reviews: the class of each year on the registry, income and deprivations drawn inside it.
      const reviews: ReviewRow[] = [];
      let order: string[] | null = null;
      let orderOf: string | null = null;
      let wasPoor = false;
      let prevPoor = false;
      for (let y = firstYear[i]; y <= lastYear[i]; y++) {
        const year = years[y];
        const intended = CLASS_CODES[cls[i * Y + y]];
        const standard = standardForReviewYear(year);
        if (!standard?.averageLivingUpper) throw new Error(`no poverty standard with an average-living band for ${year}`);
        if (orderOf !== standard.code) {
          order = indicatorOrder(r, codesOf.get(standard));
          orderOf = standard.code;
        }
        const line = standard.incomeLine[residence];
        const income = incomeFor(r, intended, line, standard.averageLivingUpper[residence]);
        const deprived = order!.slice(0, weighted(r, DEPRIVATIONS[intended]));
        const c = classifyHousehold({ reviewYear: year, residence, incomePerPersonPerMonth: income, deprivedIndicators: deprived });
        if (c.class !== intended) throw new Error(`generator bug: ${income} VND and ${deprived.length} deprivations make ${c.class}, not ${intended}`);
        const isPoor = c.class === 'POOR';
        const relapse = isPoor && !prevPoor && wasPoor;
        const d = decisionOf(unit.commune, year);
        reviews.push({
          id: ids.review++,
          householdId,
          year,
          kind: 'PERIODIC',
          incomePerPersonPerMonth: income,
          scoreA: null,
          deprivedIndicators: deprived,
          scoreB: null,
          class: c.class,
          standardCode: c.standardCode,
          residence,
          decisionNumber: d.number,
          decisionDate: d.date,
          notes: relapse ? 'Tái nghèo.' : income === line && c.atOrBelowLine ? 'Thu nhập bình quân đúng bằng chuẩn nghèo.' : null,
          correctionOfId: null,
        });
        wasPoor ||= isPoor;
        prevPoor = isPoor;
      }

      const last = reviews[reviews.length - 1];
      const housingDeprived = reviews.map((rv) => rv.deprivedIndicators.includes('HOUSING_QUALITY'));
      const housingStatus: HousingStatus = housingDeprived[housingDeprived.length - 1]
        ? pick(r, ['TEMPORARY', 'DILAPIDATED'] as const)
        : housingDeprived.includes(true)
          ? pick(r, ['REPAIRED', 'NEWLY_BUILT'] as const)
          : 'SOLID';
      const poorEver = reviews.some((rv) => rv.class === 'POOR');
      const unitLabel = label(unit.area.name);
      const address =
        unit.area.kind === 'HAMLET'
          ? `Tổ ${randomInt(r, 1, 9)}, ${unitLabel}, ${label(unit.commune.name)}`
          : unit.urban
            ? `Tổ ${randomInt(r, 1, 20)}, ${unitLabel}`
            : `${pick(r, region.hamletWords)} ${randomInt(r, 1, 14)}, ${unitLabel}`;
      batch.households.push({
        id: householdId,
        areaId: unit.area.id,
        areaPath: unit.area.path,
        address,
        ethnicity,
        ethnicMinority: minority[i] === 1,
        socialProtection: last.class === 'POOR' && (headYear < 1960 || r() < 0.3),
        singleElderly: members.length === 1 && headYear <= 1955 && r() < 0.4,
        disability: r() < (poorEver ? 0.1 : 0.03),
        housingStatus,
        sponsorOrganizationId: null,
        status: lastYear[i] === Y - 1 ? 'ACTIVE' : weighted(r, DEPARTED),
        headNameSearch: folded.get(members[0].fullName),
      });
      for (const m of members) batch.members.push(m);
      for (const rv of reviews) batch.reviews.push(rv);
      if (batch.households.length >= batchSize) {
        yield batch;
        batch = { province, households: [], members: [], reviews: [] };
      }
    }
    if (batch.households.length) yield batch;
  }
}

/** Tallies of generated reviews: per year, nationally and per region. */
export class HouseholdTally {
  readonly national = new Map<number, ClassCounts>();
  readonly regional = new Map<RegionCode, Map<number, ClassCounts>>();
  households = 0;
  members = 0;
  reviews = 0;

  add(b: HouseholdBatch): void {
    this.households += b.households.length;
    this.members += b.members.length;
    this.reviews += b.reviews.length;
    let regional = this.regional.get(b.province.region);
    if (!regional) this.regional.set(b.province.region, (regional = new Map()));
    for (const rv of b.reviews) {
      for (const m of [this.national, regional]) {
        let c = m.get(rv.year);
        if (!c) m.set(rv.year, (c = emptyCounts()));
        c.households++;
        if (rv.class === 'POOR') c.poor++;
        else if (rv.class === 'NEAR_POOR') c.nearPoor++;
        else if (rv.class === 'AVERAGE_LIVING_STANDARD') c.averageLiving++;
      }
    }
  }
}

/** Every batch at once (small data sets and tests). */
export function generateAllHouseholds(areas: readonly SourceArea[], opts: HouseholdOptions = {}) {
  const plan = planHouseholds(areas, opts);
  const households: HouseholdRow[] = [];
  const members: MemberRow[] = [];
  const reviews: ReviewRow[] = [];
  const tally = new HouseholdTally();
  const regionOf = new Map<number, RegionCode>();
  for (const b of generateHouseholds(plan, opts)) {
    tally.add(b);
    for (const x of b.households) {
      households.push(x);
      regionOf.set(x.id, b.province.region);
    }
    for (const m of b.members) members.push(m);
    for (const rv of b.reviews) reviews.push(rv);
  }
  return { plan, households, members, reviews, tally, regionOf };
}
