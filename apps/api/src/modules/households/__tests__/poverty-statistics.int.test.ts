/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * Poverty statistics: the summary table kept up to date by review writes, served per subtree and
 * year, equal to a count made here from the reviews recorded (and to a direct SQL count), across
 * the 2025 merger (CURRENT vs AS_RECORDED), in scope, in a constant number of statements, and
 * equal to a rebuild after random writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECREE_07_2021, indicatorCodes, type HouseholdClass } from '@lnob/domain';
import { seededRandom } from '@lnob/domain/fixtures';
import { toGlobalId } from '../../../common/relay/global-id';
import { engines, startTestHub, type TestHub } from '../../../testing/harness';
import { AREAS, areaGid, areaOf, family, registerRow } from './household-helpers';

const DEPRIVED = indicatorCodes(DECREE_07_2021).slice(0, 3);
const YEARS = [2022, 2023, 2024, 2025];
const CLASSES: HouseholdClass[] = ['POOR', 'NEAR_POOR', 'AVERAGE_LIVING_STANDARD', 'NOT_POOR'];

/** Review facts that classify as `c` under Decree 07/2021 (rural or urban line). */
function factsFor(c: HouseholdClass, urban: boolean) {
  switch (c) {
    case 'POOR':
      return { incomePerPersonPerMonth: 1_000_000, deprivedIndicators: DEPRIVED };
    case 'NEAR_POOR':
      return { incomePerPersonPerMonth: 1_000_000, deprivedIndicators: DEPRIVED.slice(0, 1) };
    case 'AVERAGE_LIVING_STANDARD':
      return { incomePerPersonPerMonth: urban ? 2_800_000 : 2_100_000, deprivedIndicators: [] };
    default:
      return { incomePerPersonPerMonth: 6_000_000, deprivedIndicators: [] };
  }
}

interface Modelled {
  id: number;
  areaCode: string;
  urban: boolean;
  ethnicMinority: boolean;
  classes: Map<number, HouseholdClass>;
}

type Figures = Record<string, number>;

/** The expected figures of a set of households in a year, counted here from what the test recorded. */
function expected(hs: Modelled[], year: number): Figures {
  const f: Figures = { households: 0, poor: 0, nearPoor: 0, newlyPoor: 0, escapedPoverty: 0, escapedNearPoverty: 0, relapsed: 0, ethnicMinorityPoor: 0 };
  for (const h of hs) {
    const c = h.classes.get(year);
    if (!c) continue;
    const prev = h.classes.get(year - 1) ?? null;
    const earlier = [...h.classes].filter(([y]) => y < (prev === null ? year : year - 1)).some(([, k]) => k === 'POOR');
    f.households++;
    if (c === 'POOR') f.poor++;
    if (c === 'NEAR_POOR') f.nearPoor++;
    if (c === 'POOR' && h.ethnicMinority) f.ethnicMinorityPoor++;
    if (c === 'POOR' && prev !== 'POOR') f[earlier ? 'relapsed' : 'newlyPoor']++;
    const out = c !== 'POOR' && c !== 'NEAR_POOR';
    if (out && prev === 'POOR') f.escapedPoverty++;
    if (out && prev === 'NEAR_POOR') f.escapedNearPoverty++;
  }
  return f;
}

const STATS = `query ($id: ID!, $y: Int!, $b: StatisticsBoundary) { povertyStatistics(areaId: $id, year: $y, boundary: $b) {
  year boundary area { code } households poor nearPoor newlyPoor escapedPoverty escapedNearPoverty relapsed ethnicMinorityPoor
  multidimensionalPovertyRate { numerator denominator value } poorRate { numerator denominator value }
  byChild { area { code } households poor nearPoor } } }`;

const pick = (s: any): Figures => ({
  households: s.households,
  poor: s.poor,
  nearPoor: s.nearPoor,
  newlyPoor: s.newlyPoor,
  escapedPoverty: s.escapedPoverty,
  escapedNearPoverty: s.escapedNearPoverty,
  relapsed: s.relapsed,
  ethnicMinorityPoor: s.ethnicMinorityPoor,
});
const add = (a: Figures, b: Figures): Figures => Object.fromEntries(Object.keys(a).map((k) => [k, a[k] + b[k]]));

/** Households modelled in the test, per area code. */
const TV_HAMLETS = [AREAS.tvHamlet, '84-29482-TRA-CU-C'];
const QN_UNITS = [AREAS.qnRural, AREAS.qnUrban];

describe.each(engines())('poverty statistics on %s', (engine) => {
  let hub: TestHub;
  const model: Modelled[] = [];
  /** Figures of the demo data (if any) before the test's writes, per (area, year, boundary). */
  const baseline = new Map<string, any>();

  const stats = async (code: string, year: number, boundary = 'AS_RECORDED', as = 'admin') => {
    const r = await hub.gql<any>(STATS, { id: await areaGid(hub, code), y: year, b: boundary }, { as });
    return r;
  };
  const ok = async (code: string, year: number, boundary = 'AS_RECORDED') => {
    const r = await stats(code, year, boundary);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data.povertyStatistics;
  };
  const record = async (h: Modelled, year: number, c: HouseholdClass, correction = false) => {
    await hub.services.householdReviews.record({ householdId: h.id, year, kind: 'PERIODIC', correction, ...factsFor(c, h.urban) });
    h.classes.set(year, c);
  };
  const inSubtree = async (code: string) => {
    const root = await areaOf(hub, code);
    const paths = new Map<string, string>();
    for (const h of model) if (!paths.has(h.areaCode)) paths.set(h.areaCode, (await areaOf(hub, h.areaCode)).path);
    return model.filter((h) => paths.get(h.areaCode)!.startsWith(root.path));
  };
  const summaryRows = async () =>
    (await hub.dataSource.query('SELECT * FROM poverty_summary ORDER BY areaId, year')).map((r: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'areaPath' ? v : Number(v)])),
    );

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    for (const code of ['84', '849', '49', 'N2025-86', 'N2025-48', 'N2025-86-HUNG-MY']) {
      for (const y of YEARS) {
        for (const b of ['AS_RECORDED', 'CURRENT']) {
          const r = await stats(code, y, b);
          if (!r.errors) baseline.set(`${code}:${y}:${b}`, pick(r.data.povertyStatistics));
        }
      }
    }
    // 24 households on old Trà Vinh hamlets and Quảng Nam districts, random histories 2022–2025.
    const rand = seededRandom(engine === 'sqlite' ? 7 : 11);
    for (let k = 0; k < 24; k++) {
      const areaCode = [...TV_HAMLETS, ...QN_UNITS][k % 4];
      const area = await areaOf(hub, areaCode);
      const ethnicMinority = rand() < 0.4;
      const id = await registerRow(hub, areaCode, family(`Thạch Sa ${k}`), { ethnicMinority });
      const h: Modelled = { id, areaCode, urban: area.urban, ethnicMinority, classes: new Map() };
      model.push(h);
      for (const y of YEARS) if (rand() < 0.85) await record(h, y, CLASSES[Math.floor(rand() * 4)]);
    }
  });
  afterAll(async () => {
    await hub?.stop();
  });

  const base = (code: string, y: number, b = 'AS_RECORDED') => baseline.get(`${code}:${y}:${b}`) as Figures;

  it('equals the count made from the recorded reviews, for every year, with both rates and their parts', async () => {
    for (const code of ['84', '849', '49']) {
      for (const y of YEARS) {
        const s = await ok(code, y);
        const want = add(base(code, y), expected(await inSubtree(code), y));
        expect(pick(s), `${code} ${y}`).toEqual(want);
        expect(s.multidimensionalPovertyRate).toEqual({
          numerator: want.poor + want.nearPoor,
          denominator: want.households,
          value: want.households === 0 ? null : (want.poor + want.nearPoor) / want.households,
        });
        expect(s.poorRate).toEqual({ numerator: want.poor, denominator: want.households, value: want.households === 0 ? null : want.poor / want.households });
      }
    }
    expect(model.some((h) => h.classes.size > 1)).toBe(true);
  });

  it('equals a direct count over households and their effective reviews', async () => {
    const tv = await areaOf(hub, '84');
    for (const y of YEARS) {
      const [direct] = await hub.dataSource.query(
        `SELECT COUNT(*) AS households, SUM(CASE WHEN r.class = 'POOR' THEN 1 ELSE 0 END) AS poor, SUM(CASE WHEN r.class = 'NEAR_POOR' THEN 1 ELSE 0 END) AS nearPoor ` +
          'FROM household h INNER JOIN household_review r ON r.householdId = h.id AND r.year = ? ' +
          'AND r.id = (SELECT MAX(r2.id) FROM household_review r2 WHERE r2.householdId = h.id AND r2.year = ?) WHERE h.areaPath LIKE ?',
        [y, y, `${tv.path}%`],
      );
      const s = await ok('84', y);
      expect({ households: s.households, poor: s.poor, nearPoor: s.nearPoor }).toEqual({
        households: Number(direct.households),
        poor: Number(direct.poor ?? 0),
        nearPoor: Number(direct.nearPoor ?? 0),
      });
    }
  });

  it('lists the children of the year\'s tree, adding up to the area\'s figures', async () => {
    const s = await ok('849', 2024);
    const want = await inSubtree('849');
    expect(want.length).toBeGreaterThan(0);
    expect(s.byChild.map((c: any) => c.area.code)).toEqual(expect.arrayContaining(['29482']));
    const sum = s.byChild.reduce((a: number, c: any) => a + c.households, 0);
    expect(sum).toBe(s.households);
    const kimSon = s.byChild.find((c: any) => c.area.code === '29482');
    expect(kimSon.households).toBeGreaterThanOrEqual(expected(want.filter((h) => h.areaCode === '84-29482-TRA-CU-C'), 2024).households);
  });

  it('moves counts with a correction (its year and the transition of the next)', async () => {
    const h = model.find((x) => x.areaCode === AREAS.tvHamlet && x.classes.has(2023) && x.classes.has(2024))!;
    const to: HouseholdClass = h.classes.get(2023) === 'POOR' ? 'NOT_POOR' : 'POOR';
    const r = await hub.gql<any>(
      'mutation ($i: RecordReviewInput!) { recordReview(input: $i) { review { class effective } } }',
      { i: { householdId: toGlobalId('Household', h.id), year: 2023, correction: true, ...factsFor(to, h.urban) } },
    );
    expect(r.errors).toBeUndefined();
    h.classes.set(2023, to);
    for (const y of [2023, 2024]) expect(pick(await ok('84', y))).toEqual(add(base('84', y), expected(await inSubtree('84'), y)));
  });

  it('moves the ethnic-minority breakdown when the flag changes', async () => {
    const h = model.find((x) => x.areaCode === AREAS.qnRural && [...x.classes.values()].includes('POOR'))!;
    const r = await hub.gql<any>('mutation ($i: UpdateHouseholdInput!) { updateHousehold(input: $i) { household { ethnicMinority } } }', {
      i: { id: toGlobalId('Household', h.id), ethnicMinority: !h.ethnicMinority },
    });
    expect(r.errors).toBeUndefined();
    h.ethnicMinority = !h.ethnicMinority;
    for (const y of YEARS) expect(pick(await ok('49', y))).toEqual(add(base('49', y), expected(await inSubtree('49'), y)));
  });

  it('answers NOT_FOUND outside household.read (quangnam.officer on Trà Vinh) and within it otherwise', async () => {
    const out = await stats('84', 2024, 'AS_RECORDED', 'quangnam.officer');
    expect(out.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(out.data).toBeNull();
    expect((await stats('49', 2024, 'AS_RECORDED', 'quangnam.officer')).errors).toBeUndefined();
    expect((await stats('84', 2024, 'AS_RECORDED', 'travinh.viewer')).errors).toBeUndefined();
  });

  it('CURRENT carries records of old Trà Vinh and Quảng Nam units onto today\'s successors; AS_RECORDED keeps them on the old tree', async () => {
    const tv = await inSubtree('84');
    const qn = await inSubtree('49');
    for (const y of [2023, 2024]) {
      // Vĩnh Long today: Trà Vinh's records (hamlets → new hamlets under the new communes).
      const vl = await ok('N2025-86', y, 'CURRENT');
      expect(pick(vl)).toEqual(add(base('N2025-86', y, 'CURRENT'), expected(tv, y)));
      expect(pick(await ok('N2025-86', y))).toEqual(base('N2025-86', y));
      const hungMy = vl.byChild.find((c: any) => c.area.code === 'N2025-86-HUNG-MY');
      const okada = expected(tv.filter((h) => h.areaCode === AREAS.tvHamlet), y);
      expect(hungMy.households).toBe(base('N2025-86-HUNG-MY', y, 'CURRENT').households + okada.households);
      expect(pick(await ok('N2025-86-HUNG-MY', y, 'CURRENT'))).toEqual(add(base('N2025-86-HUNG-MY', y, 'CURRENT'), okada));
      // Đà Nẵng today: Quảng Nam's districts were abolished, their records go with the province.
      expect(pick(await ok('N2025-48', y, 'CURRENT'))).toEqual(add(base('N2025-48', y, 'CURRENT'), expected(qn, y)));
      expect(pick(await ok('49', y))).toEqual(add(base('49', y), expected(qn, y)));
    }
    const old = await stats('84', 2024, 'CURRENT');
    expect(old.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'areaId' }] });
  });

  it('uses a constant number of SQL statements whatever the number of children', async () => {
    const counts = new Set<number>();
    for (const code of ['84', '849', '29404', AREAS.tvHamlet]) counts.add((await stats(code, 2024)).statements);
    expect([...counts]).toHaveLength(1);
    const current = new Set<number>();
    for (const code of ['N2025-86', 'N2025-86-HUNG-MY', 'N2025-86-HUNG-MY-OKADA', 'N2025-48']) current.add((await stats(code, 2024, 'CURRENT')).statements);
    expect([...current]).toHaveLength(1);
    console.log(`[${engine}] povertyStatistics statements: AS_RECORDED ${[...counts][0]}, CURRENT ${[...current][0]}`);
  });

  it('after random writes the incrementally kept table equals a rebuild (SYSTEM_ADMIN only, audited)', async () => {
    const rand = seededRandom(99);
    for (let k = 0; k < 40; k++) {
      const h = model[Math.floor(rand() * model.length)];
      const y = YEARS[Math.floor(rand() * YEARS.length)];
      const c = CLASSES[Math.floor(rand() * 4)];
      const op = rand();
      if (op < 0.15) {
        await hub.services.households.update(h.id, { ethnicMinority: !h.ethnicMinority });
        h.ethnicMinority = !h.ethnicMinority;
      } else await record(h, y, c, h.classes.has(y));
    }
    const incremental = await summaryRows();
    expect(incremental.length).toBeGreaterThan(0);
    const denied = await hub.gql<any>('mutation { rebuildPovertySummary { rows } }', {}, { as: 'quangnam.officer' });
    expect(denied.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
    const r = await hub.gql<any>('mutation { rebuildPovertySummary { households reviews rows ms } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.rebuildPovertySummary.rows).toBe(incremental.length);
    expect(await summaryRows()).toEqual(incremental);
    const [audit] = await hub.dataSource.query("SELECT COUNT(*) AS n FROM audit_entry WHERE entityType = 'PovertySummary' AND action = 'rebuild'");
    expect(Number(audit.n)).toBe(1);
    for (const y of YEARS) expect(pick(await ok('84', y))).toEqual(add(base('84', y), expected(await inSubtree('84'), y)));
    console.log(`[${engine}] rebuild: ${JSON.stringify(r.data.rebuildPovertySummary)}`);
  });
});
