import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCounts,
  classifyHousehold,
  foldVietnamese,
  householdYearFacts,
  membersProblems,
  nationalIdProblem,
  zeroCounts,
  type PovertyCounts,
} from '@lnob/domain';
import { engines, startTestHub, toGlobalId, type TestHub } from '@lnob/api/testing';
import { parseArgs } from './cli';
import { generateNationalTree, NEW_TREE_FROM, OLD_TREE_TO } from './national';
import { loadNationalTree, nextIds } from './load';
import {
  CCCD_PROVINCE_CODES,
  DEFAULT_HOUSEHOLD_FRACTION,
  FULL_HOUSEHOLDS,
  generateAllHouseholds,
  NATIONAL_TARGETS,
  planHouseholds,
  REGIONS,
  REVIEW_YEARS,
  type ClassCounts,
} from './households';
import { householdsOnPlan, loadHouseholds, mysqlLiteral, nextHouseholdIds, readScaleAreas, rebuildPovertySummary } from './load-households';

type Generated = ReturnType<typeof generateAllHouseholds>;

const digest = (g: Generated) => createHash('sha256').update(JSON.stringify([g.households, g.members, g.reviews])).digest('hex');
const multi = (c: ClassCounts) => (c.poor + c.nearPoor) / c.households;
const poor = (c: ClassCounts) => c.poor / c.households;

/** The summary counts per year, straight from the generated reviews with the domain rule. */
function yearFacts(g: Generated): Map<number, PovertyCounts> {
  const byHousehold = new Map<number, { id: number; year: number; class: Generated['reviews'][number]['class'] }[]>();
  for (const r of g.reviews) {
    let list = byHousehold.get(r.householdId);
    if (!list) byHousehold.set(r.householdId, (list = []));
    list.push({ id: r.id, year: r.year, class: r.class });
  }
  const out = new Map<number, PovertyCounts>();
  for (const h of g.households) {
    for (const [year, c] of householdYearFacts(byHousehold.get(h.id) ?? [], h.ethnicMinority)) out.set(year, addCounts(out.get(year) ?? zeroCounts(), c));
  }
  return out;
}

describe('generateHouseholds', () => {
  const nationalTree = generateNationalTree({ scale: 'national' });
  const smallTree = generateNationalTree({ scale: 'small' });
  /** 0.2 % of the country: 56,000 households. */
  const national = generateAllHouseholds(nationalTree.areas, { scale: 'national', fraction: 0.002 });
  const small = generateAllHouseholds(smallTree.areas, { scale: 'small', fraction: 0.1 });

  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    expect(digest(generateAllHouseholds(smallTree.areas, { scale: 'small', fraction: 0.1 }))).toBe(digest(small));
    expect(digest(generateAllHouseholds(nationalTree.areas, { scale: 'national', fraction: 0.002 }))).toBe(digest(national));
    const other = generateAllHouseholds(smallTree.areas, { scale: 'small', fraction: 0.1, seed: 2 });
    expect(digest(other)).not.toBe(digest(small));
    expect(other.households.length).toBe(small.households.length); // same plan size, other people
  });

  it('makes the fraction of the full count asked for, and none at 0', () => {
    expect(national.households).toHaveLength(0.002 * FULL_HOUSEHOLDS.national);
    expect(small.households).toHaveLength(0.1 * FULL_HOUSEHOLDS.small);
    expect(planHouseholds(smallTree.areas, { scale: 'small' }).households).toBe(DEFAULT_HOUSEHOLD_FRACTION * FULL_HOUSEHOLDS.small);
    expect(generateAllHouseholds(smallTree.areas, { scale: 'small', fraction: 0 }).households).toEqual([]);
    expect(() => planHouseholds(smallTree.areas, { scale: 'small', fraction: 1.5 })).toThrow(/between 0 and 1/);
  });

  it('starts ids where asked; members and reviews point at their household', () => {
    const g = generateAllHouseholds(smallTree.areas, { scale: 'small', fraction: 0.01, startIds: { household: 500, member: 7000, review: 90_000 } });
    expect(g.households[0].id).toBe(500);
    expect(g.members[0].id).toBe(7000);
    expect(g.reviews[0].id).toBe(90_000);
    const ids = new Set(g.households.map((h) => h.id));
    expect(g.members.every((m) => ids.has(m.householdId))).toBe(true);
    expect(g.reviews.every((r) => ids.has(r.householdId))).toBe(true);
  });

  it.each([
    ['national', 'COMMUNE'],
    ['small', 'HAMLET'],
  ] as const)('places households on the lowest units of the old tree (%s: %s and wards)', (scale, lowest) => {
    const g = scale === 'national' ? national : small;
    const areas = new Map((scale === 'national' ? nationalTree : smallTree).areas.map((a) => [a.id, a]));
    const kinds = new Set<string>();
    for (const h of g.households) {
      const a = areas.get(h.areaId)!;
      expect(a.validTo).toBe(OLD_TREE_TO);
      expect(h.areaPath).toBe(a.path);
      kinds.add(a.kind);
    }
    expect(kinds.has(lowest)).toBe(true);
    if (scale === 'small') expect([...kinds]).toEqual(['HAMLET']);
    else expect([...kinds].sort()).toEqual(['COMMUNE', 'WARD']);
  });

  it('gives every member a valid CCCD, unique across the data set, and every household exactly one head', () => {
    for (const g of [national, small]) {
      const seen = new Set<string>();
      for (const m of g.members) {
        expect(nationalIdProblem(m.nationalId, { birthDate: m.birthDate, sex: m.sex })).toBeNull();
        expect(m.nationalId.slice(6, 7)).toBe('0'); // 000000–099999: never the demo's nor the API tests' numbers
        seen.add(m.nationalId);
      }
      expect(seen.size).toBe(g.members.length);
      const byHousehold = new Map<number, typeof g.members>();
      for (const m of g.members) byHousehold.set(m.householdId, [...(byHousehold.get(m.householdId) ?? []), m]);
      for (const h of g.households.slice(0, 5_000)) expect(membersProblems(byHousehold.get(h.id)!, '2026-01-01')).toEqual([]);
    }
    expect(new Set(national.members.map((m) => m.nationalId.slice(0, 3))).size).toBe(CCCD_PROVINCE_CODES.length);
  });

  it('names people in Vietnamese with diacritics; the head name is searchable folded', () => {
    const heads = new Map(national.members.filter((m) => m.relation === 'HEAD').map((m) => [m.householdId, m.fullName]));
    expect(heads.size).toBe(national.households.length);
    for (const h of national.households) expect(h.headNameSearch).toBe(foldVietnamese(heads.get(h.id)!));
    const names = [...heads.values()];
    expect(names.filter((n) => n !== foldVietnamese(n)).length).toBeGreaterThan(names.length * 0.95);
    expect(names.filter((n) => n.startsWith('Nguyễn ')).length / names.length).toBeGreaterThan(0.25);
    expect(national.members.some((m) => m.relation !== 'HEAD')).toBe(true);
  });

  it('writes the class classifyHousehold gives for the income and deprivations of every review', () => {
    for (const g of [national, small]) {
      for (const r of g.reviews) {
        const c = classifyHousehold({ reviewYear: r.year, residence: r.residence, incomePerPersonPerMonth: r.incomePerPersonPerMonth, deprivedIndicators: r.deprivedIndicators });
        if (c.class !== r.class || c.standardCode !== r.standardCode) throw new Error(`review ${r.id}: ${r.class}, the rule gives ${c.class}`);
      }
      expect(new Set(g.reviews.map((r) => r.kind))).toEqual(new Set(['PERIODIC']));
      expect(new Set(g.reviews.map((r) => r.year))).toEqual(new Set(REVIEW_YEARS));
    }
    // Boundaries are exercised: incomes exactly on the line, both residences.
    expect(national.reviews.some((r) => r.class === 'POOR' && r.incomePerPersonPerMonth === (r.residence === 'URBAN' ? 2_000_000 : 1_500_000))).toBe(true);
    expect(new Set(national.reviews.map((r) => r.residence))).toEqual(new Set(['RURAL', 'URBAN']));
  });

  it('reproduces the reported national rates of every year (at 0.2 % of the country)', () => {
    for (const year of REVIEW_YEARS) {
      const c = national.tally.national.get(year)!;
      const t = NATIONAL_TARGETS[year];
      expect(Math.abs(multi(c) - t.multidimensional), `${year} multidimensional ${multi(c)}`).toBeLessThan(0.0005);
      expect(Math.abs(poor(c) - t.poor), `${year} poor ${poor(c)}`).toBeLessThan(0.0005);
    }
    // And the reported ones are the ones aimed at.
    expect(NATIONAL_TARGETS[2023].reported).toEqual({ multidimensional: 0.0571, poor: 0.0293 });
    expect(NATIONAL_TARGETS[2025].reported).toEqual({ multidimensional: null, poor: 0.013 });
  });

  it('reproduces the 2024 regional rates, in the reported order, with the ethnic minorities in the mountains', () => {
    const rate = (code: string) => multi(national.tally.regional.get(code as never)!.get(2024)!);
    for (const g of REGIONS) expect(Math.abs(rate(g.code) - g.multidimensional2024), g.code).toBeLessThan(0.002);
    const order = [...REGIONS].sort((a, b) => rate(b.code) - rate(a.code)).map((g) => g.code);
    expect(order).toEqual([...REGIONS].sort((a, b) => b.multidimensional2024 - a.multidimensional2024).map((g) => g.code));
    expect(order).toEqual(['NORTHERN_MIDLANDS_MOUNTAINS', 'CENTRAL_HIGHLANDS', 'NORTH_CENTRAL_CENTRAL_COAST', 'MEKONG_DELTA', 'RED_RIVER_DELTA', 'SOUTH_EAST']);
    const northernPoor = poor(national.tally.regional.get('NORTHERN_MIDLANDS_MOUNTAINS')!.get(2024)!);
    expect(Math.abs(northernPoor - 0.0872)).toBeLessThan(0.002);
    const minority = (code: string) => {
      const hh = national.households.filter((h) => national.regionOf.get(h.id) === code);
      return hh.filter((h) => h.ethnicMinority).length / hh.length;
    };
    expect(minority('NORTHERN_MIDLANDS_MOUNTAINS')).toBeGreaterThan(0.3);
    expect(minority('CENTRAL_HIGHLANDS')).toBeGreaterThan(0.2);
    expect(minority('RED_RIVER_DELTA')).toBeLessThan(0.05);
    expect(national.households.every((h) => h.ethnicMinority === (h.ethnicity !== 'Kinh'))).toBe(true);
  });

  it('has provinces without poor households from 2024, six of the 63', () => {
    const plan = national.plan;
    expect(plan.provinces.filter((p) => p.zeroPoor2024)).toHaveLength(6);
    expect(plan.provinces.filter((p) => p.zeroPoor2024).every((p) => p.targets[2024].poor === 0 && p.targets[2023].poor > 0)).toBe(true);
    expect(plan.provinces.map((p) => p.region).filter((r) => r === 'NORTHERN_MIDLANDS_MOUNTAINS')).toHaveLength(14);
  });

  it('moves households between years: newly poor, escaped, relapsed; the summary counts equal the tally', () => {
    const facts = yearFacts(national);
    for (const year of [2023, 2024, 2025]) {
      const c = facts.get(year)!;
      expect(c.newlyPoor, `${year} newly poor`).toBeGreaterThan(0);
      expect(c.escapedPoverty, `${year} escaped`).toBeGreaterThan(0);
      expect(c.escapedNearPoverty, `${year} escaped near-poverty`).toBeGreaterThan(0);
      expect(c.escapedPoverty).toBeGreaterThan(c.newlyPoor); // poverty falls
    }
    expect(facts.get(2024)!.relapsed + facts.get(2025)!.relapsed).toBeGreaterThan(0);
    for (const year of REVIEW_YEARS) {
      const t = national.tally.national.get(year)!;
      expect({ households: facts.get(year)!.households, poor: facts.get(year)!.poor, nearPoor: facts.get(year)!.nearPoor }).toEqual({ households: t.households, poor: t.poor, nearPoor: t.nearPoor });
    }
    // Some households arrive after 2022 or leave before 2025 (and are no longer ACTIVE).
    const years = new Map<number, number[]>();
    for (const r of national.reviews) years.set(r.householdId, [...(years.get(r.householdId) ?? []), r.year]);
    expect([...years.values()].some((ys) => ys[0] > 2022)).toBe(true);
    const left = national.households.filter((h) => !years.get(h.id)!.includes(2025));
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((h) => h.status !== 'ACTIVE')).toBe(true);
  });
});

describe('MariaDB/MySQL literals of the loader', () => {
  it('quotes strings, numbers, nulls and timestamps as the server reads them', () => {
    expect(mysqlLiteral("Ksor H'Yim", true)).toBe("'Ksor H''Yim'");
    expect(mysqlLiteral('a\\b\nc', true)).toBe("'a\\\\b\\nc'");
    expect(mysqlLiteral('a\\b', false)).toBe("'a\\b'");
    expect(mysqlLiteral('Nguyễn Văn Hùng', true)).toBe("'Nguyễn Văn Hùng'");
    expect(mysqlLiteral(1_500_000, true)).toBe('1500000');
    expect(mysqlLiteral(null, true)).toBe('NULL');
    expect(mysqlLiteral(new Date('2026-11-21T08:09:10.123Z'), true)).toBe("'2026-11-21 08:09:10.123'");
  });
});

describe('the seed command line', () => {
  it('takes --households as a fraction, 0 to skip', () => {
    expect(parseArgs([])).toEqual({ scale: 'national', seed: 1, households: DEFAULT_HOUSEHOLD_FRACTION });
    expect(parseArgs(['--scale', 'small', '--households', '0'])).toEqual({ scale: 'small', seed: 1, households: 0 });
    expect(parseArgs(['--households=0.25', '--seed', '3'])).toEqual({ scale: 'national', seed: 3, households: 0.25 });
    expect(() => parseArgs(['--households', '2'])).toThrow(/between 0 and 1/);
    expect(() => parseArgs(['--households', 'many'])).toThrow(/between 0 and 1/);
  });
});

describe.each(engines())('households loaded into %s', (engine) => {
  let hub: TestHub;
  let generated: Generated;
  let load: Awaited<ReturnType<typeof loadHouseholds>>;
  beforeAll(async () => {
    hub = await startTestHub(engine);
    const tree = generateNationalTree({ scale: 'small', startIds: await nextIds(hub.dataSource) });
    await loadNationalTree(hub.dataSource, tree);
    const areas = await readScaleAreas(hub.dataSource, 'small');
    const plan = planHouseholds(areas, { scale: 'small', fraction: 0.05 });
    expect(await householdsOnPlan(hub.dataSource, plan)).toBe(0);
    const startIds = await nextHouseholdIds(hub.dataSource);
    load = await loadHouseholds(hub.dataSource, plan, { startIds });
    await rebuildPovertySummary(hub.dataSource);
    // The same rows as from the generated tree itself (the database's areas are the generated ones).
    generated = generateAllHouseholds(tree.areas, { scale: 'small', fraction: 0.05, startIds });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('holds every row once, and knows it is loaded', async () => {
    const count = async (table: string) => Number((await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    expect(load.rows).toEqual({ households: generated.households.length, members: generated.members.length, reviews: generated.reviews.length });
    expect(await count('household')).toBe(generated.households.length);
    expect(await count('household_member')).toBe(generated.members.length);
    expect(await count('household_review')).toBe(generated.reviews.length);
    expect(await householdsOnPlan(hub.dataSource, generated.plan)).toBe(generated.households.length);
    expect((await nextHouseholdIds(hub.dataSource)).household).toBe(generated.households[generated.households.length - 1].id + 1);
  });

  it('reads back as the API writes them (booleans, dates, JSON indicators, apostrophes in names)', async () => {
    const withApostrophe = generated.members.find((m) => m.fullName.includes("'"));
    const sample = withApostrophe ?? generated.members[0];
    const [m] = await hub.dataSource.query('SELECT fullName, birthDate, nationalId, active FROM household_member WHERE id = ?', [sample.id]);
    expect({ fullName: m.fullName, birthDate: String(m.birthDate).slice(0, 10), nationalId: m.nationalId, active: Number(m.active) }).toEqual({
      fullName: sample.fullName,
      birthDate: sample.birthDate,
      nationalId: sample.nationalId,
      active: 1,
    });
    const household = generated.households.find((h) => generated.reviews.some((r) => r.householdId === h.id && r.deprivedIndicators.length > 2))!;
    const r = await hub.gql<{ household: { headName: string; ethnicMinority: boolean; reviews: { year: number; class: string; deprivedIndicators: string[]; effective: boolean }[] } }>(
      'query($id: ID!) { household(id: $id) { headName ethnicMinority reviews { year class deprivedIndicators effective } } }',
      { id: toGlobalId('Household', household.id) },
    );
    expect(r.errors).toBeUndefined();
    const reviews = generated.reviews.filter((x) => x.householdId === household.id);
    expect(r.data.household.ethnicMinority).toBe(household.ethnicMinority);
    expect(r.data.household.headName).toBe(generated.members.find((x) => x.householdId === household.id && x.relation === 'HEAD')!.fullName);
    expect([...r.data.household.reviews].sort((a, b) => a.year - b.year)).toEqual(
      reviews.map((x) => ({ year: x.year, class: x.class, deprivedIndicators: x.deprivedIndicators, effective: true })),
    );
  });

  it('answers povertyStatistics from the rebuilt summary: the provinces add up to the generated counts', async () => {
    const provinces = generated.plan.provinces;
    const ids = provinces.map((p) => toGlobalId('Area', p.area.id));
    const query = `query { ${ids.map((id, k) => `p${k}: povertyStatistics(areaId: "${id}", year: 2024) { households poor nearPoor newlyPoor }`).join(' ')} }`;
    const r = await hub.gql<Record<string, { households: number; poor: number; nearPoor: number }>>(query);
    expect(r.errors).toBeUndefined();
    const sum = Object.values(r.data).reduce((a, x) => ({ households: a.households + x.households, poor: a.poor + x.poor, nearPoor: a.nearPoor + x.nearPoor }), { households: 0, poor: 0, nearPoor: 0 });
    const t = generated.tally.national.get(2024)!;
    expect(sum).toEqual({ households: t.households, poor: t.poor, nearPoor: t.nearPoor });
    // CURRENT on today's provinces carries them onto the new tree.
    const top = await hub.gql<{ areas: { edges: { node: { id: string } }[] } }>(`{ areas(filter: { topLevel: true, validOn: "${NEW_TREE_FROM}" }, first: 100) { edges { node { id } } } }`);
    const current = await hub.gql<Record<string, { households: number; poor: number }>>(
      `query { ${top.data.areas.edges.map((e, k) => `n${k}: povertyStatistics(areaId: "${e.node.id}", year: 2024, boundary: CURRENT) { households poor }`).join(' ')} }`,
    );
    expect(current.errors).toBeUndefined();
    expect(Object.values(current.data).reduce((a, x) => a + x.households, 0)).toBe(t.households);
  });

  it('finds households by a head name typed without accents (as a caller who may read names)', async () => {
    const head = generated.members.find((m) => m.relation === 'HEAD' && m.fullName.startsWith('Nguyễn'))!;
    const household = generated.households.find((h) => h.id === head.householdId)!;
    const province = generated.plan.provinces.find((p) => household.areaPath.startsWith(p.area.path))!;
    const r = await hub.gql<{ households: { edges: { node: { headName: string } }[] } }>(
      'query($f: HouseholdFilter) { households(first: 50, filter: $f) { edges { node { headName } } } }',
      { f: { areaId: toGlobalId('Area', province.area.id), search: foldVietnamese(head.fullName) } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.households.edges.map((e) => e.node.headName)).toContain(head.fullName);
  });
});
