import { In, type EntityManager } from 'typeorm';
import { mergeReportValues, type IndicatorFigure, type ReportValueInput } from '@lnob/domain';
import { computeActuals } from '../indicators/actuals';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { ReportingObligationEntity } from '../plans/plan.entity';
import { ReportValueEntity, type ReportEntity } from './report.entity';

/** The indicators an obligation asks for, in its order. */
export async function indicatorsOf(m: EntityManager, obligationId: number): Promise<IndicatorEntity[]> {
  const o = await m.getRepository(ReportingObligationEntity).findOne({ select: { id: true, indicatorIds: true }, where: { id: obligationId } });
  const ids = o?.indicatorIds ?? [];
  if (ids.length === 0) return [];
  const rows = await m.getRepository(IndicatorEntity).findBy({ id: In(ids) });
  const byId = new Map(rows.map((i) => [i.id, i]));
  return ids.map((id) => byId.get(id)).filter((i): i is IndicatorEntity => !!i);
}

/**
 * The values to store, one per indicator of the report, in order (`mergeReportValues`, libs/domain):
 * the REGISTRY and LEDGER indicators with the hub's figures for the reporter's area and period —
 * every computed indicator at once (one statistics read, one ledger read) — and what the reporter
 * gave or saved before.
 */
export async function mergeValues(m: EntityManager, r: ReportEntity, indicators: IndicatorEntity[], existing: ReportValueEntity[], given: ReportValueInput[]): Promise<ReportValueEntity[]> {
  const computed = indicators.filter((i) => i.source !== 'REPORTED');
  const figures: ReadonlyMap<number, IndicatorFigure> = computed.length ? await computeActuals(m, computed, { areaPath: r.reporterAreaPath, organizationId: r.reporterId }, r.period) : new Map();
  const repo = m.getRepository(ReportValueEntity);
  return mergeReportValues(indicators, existing, given, figures).map((v) => repo.create({ reportId: r.id, ...v }));
}
