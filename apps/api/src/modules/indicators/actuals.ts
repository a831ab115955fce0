import type { EntityManager } from 'typeorm';
import {
  addCounts,
  EMPTY_FIGURE,
  formatPeriod,
  isLedgerMeasure,
  isRegistryMeasure,
  isValidOn,
  ledgerFigure,
  notFound,
  parsePeriod,
  pathIds,
  registryFigure,
  registryReviewYear,
  subtreeRange,
  todayLocal,
  zeroCounts,
  type IndicatorFigure,
  type IndicatorSource,
  type LedgerGroup,
  type LedgerMeasure,
  type LocalDate,
  type Period,
  type PovertyCounts,
  type RegistryMeasure,
} from '@lnob/domain';
import { dialectOf } from '../../db/dialect';
import { num } from '../../db/raw';
import { AreaEntity } from '../areas/area.entity';
import type { Caller } from '../auth/caller';
import { landedOnToday, nationalTotals, recordedTotals, type StatisticsBoundary } from '../households/statistics.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import type { IndicatorEntity } from './indicator.entity';

/** A DataSource's or a transaction's manager: what the reads need. */
type Reader = Pick<EntityManager, 'query' | 'getRepository' | 'connection'>;

/**
 * Where actual values are computed: an area (by id or by path), or an organization (its area; a
 * central organization: the whole country). One of them.
 */
export interface ActualsScope {
  areaId?: number | null;
  areaPath?: string | null;
  organizationId?: number | null;
}

/** A computed actual value with its provenance. */
export interface IndicatorActual extends IndicatorFigure {
  source: IndicatorSource;
  /** How it was computed (which statistics, which funds, which dates), English. */
  detail: string;
  /** REGISTRY: true when read on the tree as recorded, false when carried onto today's units; null otherwise. */
  asRecorded: boolean | null;
  /** REGISTRY: the review year the figure is of. */
  reviewYear: number | null;
}

/** The area a scope stands for (null: the whole country), resolved once. */
export interface ResolvedScope {
  area: AreaEntity | null;
  /** AS_RECORDED for a unit that has ended (the tree of its period), CURRENT for a unit of today's tree. */
  boundary: StatisticsBoundary;
}

/** The scope of an area already read. */
export const scopeOfArea = (area: AreaEntity | null, today: LocalDate = todayLocal()): ResolvedScope => ({ area, boundary: area && isValidOn(area, today) ? 'CURRENT' : 'AS_RECORDED' });

export async function resolveScope(m: Reader, scope: ActualsScope, today: LocalDate = todayLocal()): Promise<ResolvedScope> {
  let areaId: number | null = scope.areaId ?? null;
  if (areaId === null && scope.areaPath) areaId = pathIds(scope.areaPath).at(-1) ?? null;
  if (areaId === null && scope.organizationId != null) {
    const org = await m.getRepository(OrganizationEntity).findOne({ select: { id: true, areaId: true }, where: { id: scope.organizationId } });
    areaId = org?.areaId ?? null;
  }
  const area = areaId === null ? null : await m.getRepository(AreaEntity).findOneBy({ id: areaId });
  return scopeOfArea(area, today);
}

/**
 * Figures are read under the rule of what they come from, as their own queries read them: registry
 * figures are poverty statistics (`household.read` over the area, as `povertyStatistics`); ledger and
 * reported figures come from the funds and reports of the organizations working in the area
 * (`organization.read` over it). The whole country (a central organization's scope) needs a
 * nationwide or every-area scope. FORBIDDEN without the action, NOT_FOUND (`what`) outside its scope.
 */
export function requireFiguresReadable(caller: Caller, source: IndicatorSource, scope: ResolvedScope, what: 'Area' | 'Organization'): void {
  const s = caller.require(source === 'REGISTRY' ? 'household.read' : 'organization.read');
  if (!(scope.area ? s.coversArea(scope.area.path) : s.national || s.allAreas)) throw notFound(what);
}

const key = (indicatorId: number, period: string) => `${indicatorId}|${period}`;

/**
 * Actual values of many indicators over many periods for one scope, with their provenance:
 * - REGISTRY: the poverty statistics of the scope's area (its whole subtree) for the review year
 *   that answers for the period (`registryReviewYear`), AS_RECORDED for a unit that has ended (a
 *   2021–2025 district: the tree of its period), CURRENT for a unit of today's tree (what was
 *   recorded on its predecessors carried onto it); the whole country for a central organization.
 * - LEDGER: the funds of the VFF committees in the area (every fund for the whole country), the
 *   transactions dated in the period, a reversal counted against what it reverses on its own date.
 * - REPORTED: not computed here (an empty figure).
 * Statements: the scope (1–2), then ONE statistics read for every registry indicator and period
 * (two on CURRENT: the successions and the summary rows) and ONE ledger read for every ledger
 * indicator and period — never one per indicator or period. Keys: `${indicatorId}|${period}`.
 */
export async function computeActualsMany(
  m: Reader,
  indicators: readonly IndicatorEntity[],
  scope: ActualsScope | ResolvedScope,
  periods: readonly (string | Period)[],
  today: LocalDate = todayLocal(),
): Promise<Map<string, IndicatorActual>> {
  const out = new Map<string, IndicatorActual>();
  const ps = periods.map((p) => (typeof p === 'string' ? parsePeriod(p) : p));
  const resolved = 'boundary' in scope ? scope : await resolveScope(m, scope, today);
  const where = resolved.area ? resolved.area.name : 'the whole country';

  const registry = indicators.filter((i) => i.source === 'REGISTRY' && isRegistryMeasure(i.measure));
  const ledger = indicators.filter((i) => i.source === 'LEDGER' && isLedgerMeasure(i.measure));
  for (const i of indicators) {
    if (registry.includes(i) || ledger.includes(i)) continue;
    for (const p of ps) out.set(key(i.id, formatPeriod(p)), { ...EMPTY_FIGURE, source: i.source as IndicatorSource, detail: i.source === 'REPORTED' ? 'Reported by the organizations: not computed by the hub.' : `No computation known for measure ${i.measure}.`, asRecorded: null, reviewYear: null });
  }

  if (registry.length) {
    const years = new Set<number>();
    for (const i of registry) {
      for (const p of ps) {
        const y = registryReviewYear(i.measure as RegistryMeasure, p);
        if (y === null) continue;
        years.add(y);
        if (i.measure === 'POOR_HOUSEHOLDS_REDUCED') years.add(y - 1);
      }
    }
    const counts = await povertyCountsByYear(m, resolved, [...years].sort(), today);
    const asRecorded = resolved.boundary === 'AS_RECORDED';
    const how = asRecorded ? 'as recorded (AS_RECORDED)' : "carried onto today's units (CURRENT)";
    for (const i of registry) {
      const measure = i.measure as RegistryMeasure;
      for (const p of ps) {
        const y = registryReviewYear(measure, p);
        const period = formatPeriod(p);
        if (y === null) {
          out.set(key(i.id, period), { ...EMPTY_FIGURE, source: 'REGISTRY', detail: `No review's results fall in ${period} (reviews are official on 20/12).`, asRecorded, reviewYear: null });
          continue;
        }
        const c = counts.get(y) ?? null;
        const previous = measure === 'POOR_HOUSEHOLDS_REDUCED' ? (counts.get(y - 1) ?? null) : null;
        const figure = c ? registryFigure(measure, c, previous, i.factor) : EMPTY_FIGURE;
        const missing = !c ? ` — no reviewed households in ${y}` : measure === 'POOR_HOUSEHOLDS_REDUCED' && !previous ? ` — no reviewed households in ${y - 1}` : '';
        out.set(key(i.id, period), { ...figure, source: 'REGISTRY', detail: `Poverty statistics of ${where}, review ${y}, ${how}${missing}.`, asRecorded, reviewYear: y });
      }
    }
  }

  if (ledger.length) {
    const byMonth = await ledgerByMonth(m, resolved.area, ps);
    for (const i of ledger) {
      for (const p of ps) {
        const months = byMonth.filter((r) => r.month >= p.start.slice(0, 7) && r.month <= p.end.slice(0, 7));
        out.set(key(i.id, formatPeriod(p)), {
          ...ledgerFigure(i.measure as LedgerMeasure, months),
          source: 'LEDGER',
          detail: `Fund for the Poor ledger: the funds of the VFF committees in ${where}, transactions dated ${p.start}…${p.end}, reversals netted.`,
          asRecorded: null,
          reviewYear: null,
        });
      }
    }
  }
  return out;
}

/** computeActualsMany for one period: per indicator id. */
export async function computeActuals(m: Reader, indicators: readonly IndicatorEntity[], scope: ActualsScope | ResolvedScope, period: string | Period, today?: LocalDate): Promise<Map<number, IndicatorActual>> {
  const p = typeof period === 'string' ? parsePeriod(period) : period;
  const all = await computeActualsMany(m, indicators, scope, [p], today);
  return new Map(indicators.map((i) => [i.id, all.get(key(i.id, formatPeriod(p)))!]));
}

/** Poverty counts of the scope per review year (years without reviewed households are absent). */
export async function povertyCountsByYear(m: Reader, scope: ResolvedScope, years: readonly number[], today: LocalDate): Promise<Map<number, PovertyCounts>> {
  return (await povertyCountsOfAreas(m, [scope], years, today)).get(scope.area?.id ?? 0) ?? new Map();
}

/**
 * Poverty counts of many scopes per review year in a constant number of statements: one grouped
 * read for every AS_RECORDED area, two for every CURRENT one (`landedOnToday`), one for the whole
 * country. Keyed by area id (0 for the whole country); years without reviewed households are absent.
 */
export async function povertyCountsOfAreas(m: Reader, scopes: readonly ResolvedScope[], years: readonly number[], today: LocalDate): Promise<Map<number, Map<number, PovertyCounts>>> {
  const out = new Map<number, Map<number, PovertyCounts>>();
  if (years.length === 0) return out;
  const recorded = scopes.filter((s) => s.area && s.boundary === 'AS_RECORDED').map((s) => s.area!);
  const current = scopes.filter((s) => s.area && s.boundary === 'CURRENT').map((s) => s.area!);
  if (recorded.length) {
    for (const [id, byYear] of await recordedTotals(m, dialectOf(m.connection), [...new Set(recorded.map((a) => a.id))], years)) out.set(id, byYear);
  }
  if (current.length) {
    const landed = await landedOnToday(m, [...new Set(current.map((a) => a.path))], years, today);
    for (const a of current) {
      const byYear = new Map<number, PovertyCounts>();
      for (const [y, units] of landed) {
        const total = zeroCounts();
        for (const u of units.values()) if (u.path.startsWith(a.path)) addCounts(total, u.counts);
        byYear.set(y, total);
      }
      out.set(a.id, byYear);
    }
  }
  if (scopes.some((s) => !s.area)) out.set(0, await nationalTotals(m, years));
  for (const byYear of out.values()) for (const [y, c] of byYear) if (c.households === 0) byYear.delete(y);
  return out;
}

/** Ledger groups of one month (YYYY-MM). */
interface LedgerMonth extends LedgerGroup {
  month: string;
}

/**
 * The ledger of the funds in the area (every fund for the whole country) over the months of the
 * periods, grouped by month and by what each transaction belongs to (a reversal by its original,
 * counted negative): one statement.
 */
async function ledgerByMonth(m: Reader, area: AreaEntity | null, periods: readonly Period[]): Promise<LedgerMonth[]> {
  if (periods.length === 0) return [];
  const from = periods.reduce((a, p) => (p.start < a ? p.start : a), periods[0].start);
  const to = periods.reduce((a, p) => (p.end > a ? p.end : a), periods[0].end);
  const params: unknown[] = [from, to];
  let fundScope = '';
  if (area) {
    const r = subtreeRange(area.path);
    fundScope = ' AND f.areaPath >= ? AND f.areaPath < ?';
    params.push(r.from, r.to);
  }
  const rows = (await m.query(
    `SELECT SUBSTR(t.occurredOn, 1, 7) AS month, COALESCE(o.kind, t.kind) AS kind, COALESCE(o.category, t.category) AS category,
            SUM(CASE WHEN t.kind = 'REVERSAL' THEN -t.amount ELSE t.amount END) AS amount,
            SUM(CASE WHEN t.kind = 'REVERSAL' THEN -1 ELSE 1 END) AS n
       FROM ledger_transaction t
       INNER JOIN fund f ON f.id = t.fundId
       LEFT JOIN ledger_transaction o ON o.id = t.reversesId
      WHERE t.occurredOn >= ? AND t.occurredOn <= ?${fundScope}
        AND COALESCE(o.kind, t.kind) IN ('DONATION', 'PLEDGE_FULFILMENT', 'DISBURSEMENT')
      GROUP BY SUBSTR(t.occurredOn, 1, 7), COALESCE(o.kind, t.kind), COALESCE(o.category, t.category)`,
    params,
  )) as { month: unknown; kind: string; category: string | null; amount: unknown; n: unknown }[];
  return rows.map((r) => ({ month: String(r.month).slice(0, 7), kind: r.kind, category: r.category, amount: num(r.amount), count: num(r.n) }));
}
