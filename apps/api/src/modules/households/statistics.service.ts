import type { DataSource } from 'typeorm';
import {
  addCounts,
  forbidden,
  householdYearFacts,
  isValidOn,
  isZeroCounts,
  indexSuccessions,
  mapValuesToSuccessors,
  notFound,
  pathIds,
  POVERTY_MEASURES,
  Problems,
  subtreeRange,
  zeroCounts,
  type HouseholdClass,
  type LocalDate,
  type PovertyCounts,
  type ReviewFact,
  type Succession,
} from '@lnob/domain';
import { dialectOf, type Dialect } from '../../db/dialect';
import { withWriteLock } from '../../db/write-lock';
import { AreaEntity } from '../areas/area.entity';
import { recordAudit } from '../audit/audit.writer';
import type { Caller } from '../auth/caller';
import { PovertySummaryEntity } from './poverty-summary';
import { localDateOf } from '../../db/raw';

export const STATISTICS_BOUNDARIES = ['AS_RECORDED', 'CURRENT'] as const;
export type StatisticsBoundary = (typeof STATISTICS_BOUNDARIES)[number];

export interface PovertyStatistics {
  area: AreaEntity;
  year: number;
  boundary: StatisticsBoundary;
  counts: PovertyCounts;
  byChild: { area: AreaEntity; counts: PovertyCounts }[];
}

export interface RebuildResult {
  households: number;
  reviews: number;
  rows: number;
  ms: number;
}

/** Review years the statistics answer for (the registry's standards start in 2022; older years may be imported). */
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;
/** Households per batch of the rebuild (their reviews are read by a householdId range). */
const REBUILD_BATCH = 2000;

const SUMS = POVERTY_MEASURES.map((k) => `COALESCE(SUM(s.${k}), 0) AS ${k}`).join(', ');
const countsOf = (r: Record<string, unknown>): PovertyCounts => Object.fromEntries(POVERTY_MEASURES.map((k) => [k, Number(r[k] ?? 0)])) as PovertyCounts;
const pathOfIds = (ids: number[]) => `/${ids.join('/')}/`;

/**
 * Poverty statistics (thống kê hộ nghèo, hộ cận nghèo) over any subtree and year, served from the
 * `poverty_summary` table only (never by scanning households), in a constant number of statements.
 */
export class PovertyStatisticsService {
  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {}

  /**
   * AS_RECORDED: the tree as recorded — the summary rows of the units in the area's subtree; the
   * children are those valid at some time in `year`. 4 statements (area, children, one SUM over the
   * subtree's path range, one grouped SUM per child).
   *
   * CURRENT: `area` must be a unit of today's tree; rows recorded on earlier units are carried onto
   * today's units through the area succession shares (transitively, `mapValuesToSuccessors`). A
   * unit that ended without successors of its own (a district abolished in 2025) goes with its
   * nearest ancestor that has some. Rounding: the fractional count landing on each of today's units
   * is rounded half up per unit and measure, then units are summed up the tree (so the children add
   * up to the total; whole-unit mergers have share 1 and never round). 4 statements (area, children
   * of today, succession links, summary rows of the area's subtree and of its predecessors').
   */
  async statistics(areaId: number, year: number, boundary: StatisticsBoundary, today: LocalDate): Promise<PovertyStatistics> {
    const scope = this.caller.require('household.read');
    const p = new Problems();
    if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) p.add('year', `a review year between ${YEAR_MIN} and ${YEAR_MAX}`);
    p.throwIfAny();
    const area = await this.ds.getRepository(AreaEntity).findOneBy({ id: areaId });
    if (!area || !scope.coversArea(area.path)) throw notFound('Area');
    if (boundary === 'CURRENT') {
      if (!isValidOn(area, today)) p.add('areaId', `CURRENT needs a unit of today's tree; ${area.name} ended on ${area.validTo}: ask AS_RECORDED, or for its successor`);
      p.throwIfAny();
      return this.current(area, year, today);
    }
    return this.asRecorded(area, year);
  }

  private async asRecorded(area: AreaEntity, year: number): Promise<PovertyStatistics> {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const children = await this.ds
      .getRepository(AreaEntity)
      .createQueryBuilder('a')
      .where('a.parentId = :id AND a.validFrom <= :to AND (a.validTo IS NULL OR a.validTo >= :from)', { id: area.id, from, to })
      .orderBy('a.code', 'ASC')
      .getMany();
    const range = subtreeRange(area.path);
    const [total] = await this.ds.query(`SELECT ${SUMS} FROM poverty_summary s WHERE s.year = ? AND s.areaPath >= ? AND s.areaPath < ?`, [year, range.from, range.to]);
    const d = dialectOf(this.ds);
    // The child's range [path, path with its last '/' replaced by '0'), as in subtreeRange.
    const upper = d.concat('SUBSTR(c.path, 1, LENGTH(c.path) - 1)', "'0'");
    const grouped: Record<string, unknown>[] = await this.ds.query(
      `SELECT c.id AS childId, ${SUMS} FROM area c INNER JOIN poverty_summary s ON s.year = ? AND s.areaPath >= c.path AND s.areaPath < ${upper} ` +
        `WHERE c.parentId = ? AND c.validFrom <= ? AND (c.validTo IS NULL OR c.validTo >= ?) GROUP BY c.id`,
      [year, area.id, to, from],
    );
    const byId = new Map(grouped.map((g) => [Number(g.childId), countsOf(g)]));
    return {
      area,
      year,
      boundary: 'AS_RECORDED',
      counts: countsOf(total ?? {}),
      byChild: children.map((c) => ({ area: c, counts: byId.get(c.id) ?? zeroCounts() })),
    };
  }

  private async current(area: AreaEntity, year: number, today: LocalDate): Promise<PovertyStatistics> {
    const children = await this.ds
      .getRepository(AreaEntity)
      .createQueryBuilder('a')
      .where('a.parentId = :id AND a.validFrom <= :today AND (a.validTo IS NULL OR a.validTo >= :today)', { id: area.id, today })
      .orderBy('a.code', 'ASC')
      .getMany();
    const landed = (await landedOnToday(this.ds, [area.path], [year], today)).get(year) ?? new Map<number, LandedUnit>();
    const total = zeroCounts();
    const perChild = new Map<number, PovertyCounts>();
    for (const { path, counts } of landed.values()) {
      addCounts(total, counts);
      const child = children.find((c) => path.startsWith(c.path));
      if (child) perChild.set(child.id, addCounts(perChild.get(child.id) ?? zeroCounts(), counts));
    }
    return { area, year, boundary: 'CURRENT', counts: total, byChild: children.map((c) => ({ area: c, counts: perChild.get(c.id) ?? zeroCounts() })) };
  }

  /**
   * Recomputes the whole summary from the reviews (SYSTEM_ADMIN only; audited), in one transaction
   * under the households write lock: households are read in batches of 2,000 by id with their
   * reviews (one householdId range each), the counts accumulated per (area, year) and inserted in
   * chunks of 500.
   */
  async rebuild(): Promise<RebuildResult> {
    if (!this.caller.require('data.capture').national) throw forbidden('PERMISSION_DENIED', 'Only a system administrator may rebuild the poverty summary.');
    const t0 = performance.now();
    return withWriteLock(this.ds, 'households', async (m) => {
      await m.query('DELETE FROM poverty_summary');
      const acc = new Map<string, PovertySummaryEntity>();
      let households = 0;
      let reviews = 0;
      let after = 0;
      for (;;) {
        const batch: { id: number | string; areaId: number | string; areaPath: string; ethnicMinority: number | boolean | string }[] = await m.query(
          `SELECT id, areaId, areaPath, ethnicMinority FROM household WHERE id > ? ORDER BY id LIMIT ${REBUILD_BATCH}`,
          [after],
        );
        if (batch.length === 0) break;
        const first = Number(batch[0].id);
        after = Number(batch[batch.length - 1].id);
        const rows: { id: number | string; householdId: number | string; year: number | string; class: string }[] = await m.query(
          'SELECT id, householdId, year, class FROM household_review WHERE householdId >= ? AND householdId <= ?',
          [first, after],
        );
        const byHousehold = new Map<number, ReviewFact[]>();
        for (const r of rows) {
          const hid = Number(r.householdId);
          const list = byHousehold.get(hid) ?? [];
          list.push({ id: Number(r.id), year: Number(r.year), class: r.class as HouseholdClass });
          byHousehold.set(hid, list);
        }
        for (const h of batch) {
          const facts = householdYearFacts(byHousehold.get(Number(h.id)) ?? [], Number(h.ethnicMinority) === 1 || h.ethnicMinority === true);
          for (const [year, counts] of facts) {
            const key = `${h.areaId}:${year}`;
            const row = acc.get(key) ?? Object.assign(new PovertySummaryEntity(), { areaId: Number(h.areaId), year, areaPath: h.areaPath, ...zeroCounts() });
            addCounts(row, counts);
            acc.set(key, row);
          }
        }
        households += batch.length;
        reviews += rows.length;
      }
      const list = [...acc.values()].filter((r) => !isZeroCounts(r));
      for (let i = 0; i < list.length; i += 500) await m.getRepository(PovertySummaryEntity).insert(list.slice(i, i + 500));
      const result = { households, reviews, rows: list.length, ms: Math.round(performance.now() - t0) };
      await recordAudit(m, this.caller, { entityType: 'PovertySummary', entityRowId: 0, action: 'rebuild', before: null, after: { households, reviews, rows: list.length } });
      return result;
    });
  }
}

type Querier = Pick<DataSource, 'query'>;

/** A unit of today's tree and the counts carried onto it (whole households, rounded half up). */
export interface LandedUnit {
  path: string;
  counts: PovertyCounts;
}

/**
 * The CURRENT boundary for many areas and review years at once: the summary rows recorded on the
 * areas' subtrees and on their predecessors (transitively) carried onto today's units through the
 * succession shares (`mapValuesToSuccessors`; a unit that ended without successors of its own goes
 * with its nearest ancestor that has some), rounded half up per unit of today and measure. Only the
 * units inside one of `areaPaths` are returned, per year. Two statements (the succession links, the
 * summary rows of every range and year), whatever the number of areas and years.
 */
export async function landedOnToday(q: Querier, areaPaths: readonly string[], years: readonly number[], today: LocalDate): Promise<Map<number, Map<number, LandedUnit>>> {
  const out = new Map<number, Map<number, LandedUnit>>(years.map((y) => [y, new Map()]));
  if (areaPaths.length === 0 || years.length === 0) return out;
  const linkRows: { predecessorId: number | string; successorId: number | string; effectiveOn: string | Date; share: number | string; successorPath: string; predecessorPath: string }[] = await q.query(
    'SELECT l.predecessorId AS predecessorId, l.successorId AS successorId, l.effectiveOn AS effectiveOn, l.share AS share, ' +
      'sa.path AS successorPath, pa.path AS predecessorPath FROM area_succession l INNER JOIN area sa ON sa.id = l.successorId INNER JOIN area pa ON pa.id = l.predecessorId',
  );
  const links: Succession[] = linkRows.map((l) => ({
    predecessorId: Number(l.predecessorId),
    successorId: Number(l.successorId),
    effectiveOn: localDateOf(l.effectiveOn),
    share: Number(l.share),
  }));
  const pathOf = new Map(linkRows.map((l) => [Number(l.successorId), l.successorPath]));
  const inArea = (path: string) => areaPaths.some((a) => path.startsWith(a));
  // Units whose records may land in the areas: predecessors (transitively) of units inside them.
  // The links validated and indexed once for the whole request (thousands of units map through them).
  const index = indexSuccessions(links);
  const roots = new Set<number>();
  let frontier = links.filter((l) => inArea(pathOf.get(l.successorId)!)).map((l) => l.predecessorId);
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const id of frontier) {
      if (roots.has(id)) continue;
      roots.add(id);
      for (const l of index.bySuccessor.get(id) ?? []) next.push(l.predecessorId);
    }
    frontier = next;
  }
  const outgoing = new Set(links.map((l) => l.predecessorId));
  // One path range per area and per predecessor not inside another.
  const predecessorPath = new Map(linkRows.map((l) => [Number(l.predecessorId), l.predecessorPath]));
  // Sorted, a path inside another comes right after it (or after its other descendants): one pass.
  const kept: string[] = [];
  for (const pth of [...areaPaths, ...[...roots].map((id) => predecessorPath.get(id)!)].sort()) {
    if (kept.length === 0 || !pth.startsWith(kept[kept.length - 1])) kept.push(pth);
  }
  const ranges = kept.map(subtreeRange);
  const rows: Record<string, unknown>[] = await q.query(
    `SELECT s.areaId AS areaId, s.areaPath AS areaPath, s.year AS year, a.validTo AS validTo, ${POVERTY_MEASURES.map((k) => `s.${k} AS ${k}`).join(', ')} ` +
      `FROM poverty_summary s INNER JOIN area a ON a.id = s.areaId WHERE s.year IN (${years.map(() => '?').join(', ')}) AND (${ranges.map(() => '(s.areaPath >= ? AND s.areaPath < ?)').join(' OR ')})`,
    [...years, ...ranges.flatMap((r) => [r.from, r.to])],
  );
  const weights = new Map<number, Map<number, number>>();
  for (const r of rows) {
    const landed = out.get(Number(r.year));
    if (!landed) continue;
    const ownId = Number(r.areaId);
    const ownPath = String(r.areaPath);
    const validTo = r.validTo === null ? null : localDateOf(r.validTo as string | Date);
    const ancestry = pathIds(ownPath);
    let carrier: number | null = null;
    for (let k = ancestry.length - 1; k >= 0 && carrier === null; k--) {
      if (outgoing.has(ancestry[k])) carrier = ancestry[k];
      else if (k === ancestry.length - 1 && (validTo === null || validTo >= today)) carrier = ownId;
    }
    if (carrier === null) continue; // ended without successors anywhere up its tree: belongs to no unit of today
    let w = weights.get(carrier);
    if (!w) weights.set(carrier, (w = mapValuesToSuccessors(new Map([[carrier, 1]]), index)));
    const counts = countsOf(r);
    for (const [unitId, share] of w) {
      const k = ancestry.indexOf(unitId);
      const path = k >= 0 ? pathOfIds(ancestry.slice(0, k + 1)) : pathOf.get(unitId)!;
      if (!inArea(path)) continue;
      const u = landed.get(unitId) ?? { path, counts: zeroCounts() };
      addCounts(u.counts, counts, share);
      landed.set(unitId, u);
    }
  }
  for (const landed of out.values()) for (const { counts } of landed.values()) for (const key of POVERTY_MEASURES) counts[key] = Math.floor(counts[key] + 0.5 + 1e-9);
  return out;
}

/**
 * AS_RECORDED totals of many areas and review years in one statement: the summary rows of each
 * area's subtree (its path range), grouped by area and year.
 */
export async function recordedTotals(q: Querier, dialect: Dialect, areaIds: readonly number[], years: readonly number[]): Promise<Map<number, Map<number, PovertyCounts>>> {
  const out = new Map<number, Map<number, PovertyCounts>>(areaIds.map((id) => [id, new Map()]));
  if (areaIds.length === 0 || years.length === 0) return out;
  const upper = dialect.concat('SUBSTR(a.path, 1, LENGTH(a.path) - 1)', "'0'");
  const rows: Record<string, unknown>[] = await q.query(
    `SELECT a.id AS areaId, s.year AS year, ${SUMS} FROM area a INNER JOIN poverty_summary s ON s.year IN (${years.map(() => '?').join(', ')}) ` +
      `AND s.areaPath >= a.path AND s.areaPath < ${upper} WHERE a.id IN (${areaIds.map(() => '?').join(', ')}) GROUP BY a.id, s.year`,
    [...years, ...areaIds],
  );
  for (const r of rows) out.get(Number(r.areaId))?.set(Number(r.year), countsOf(r));
  return out;
}

/** Totals of the whole country per review year in one statement (every summary row of the year). */
export async function nationalTotals(q: Querier, years: readonly number[]): Promise<Map<number, PovertyCounts>> {
  if (years.length === 0) return new Map();
  const rows: Record<string, unknown>[] = await q.query(`SELECT s.year AS year, ${SUMS} FROM poverty_summary s WHERE s.year IN (${years.map(() => '?').join(', ')}) GROUP BY s.year`, [...years]);
  return new Map(rows.map((r) => [Number(r.year), countsOf(r)]));
}
