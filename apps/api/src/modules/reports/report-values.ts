import { In, type EntityManager } from 'typeorm';
import { compareDecimals, enteredValue, type IndicatorFigure, type ReportValueInput } from '@lnob/domain';
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
 * The values to store, one per indicator of the report, in order:
 * - REPORTED indicators: what the reporter gave (else what was saved before);
 * - REGISTRY and LEDGER indicators: `computedValue` is the hub's figure for the reporter's area and
 *   period, recomputed on every save while the report is with its reporter; the value is that
 *   figure unless the reporter entered another one (source REPORTED: an override, kept until the
 *   reporter clears it by sending an empty value).
 */
export async function mergeValues(m: EntityManager, r: ReportEntity, indicators: IndicatorEntity[], existing: ReportValueEntity[], given: ReportValueInput[]): Promise<ReportValueEntity[]> {
  const prevBy = new Map(existing.map((v) => [v.indicatorId, v]));
  const givenBy = new Map(given.map((v) => [v.indicatorId, v]));
  const repo = m.getRepository(ReportValueEntity);
  const computed = indicators.filter((i) => i.source !== 'REPORTED');
  // Every computed indicator of the report at once (one statistics read, one ledger read).
  const figures = computed.length ? await computeActuals(m, computed, { areaPath: r.reporterAreaPath, organizationId: r.reporterId }, r.period) : new Map<number, IndicatorFigure>();
  const out: ReportValueEntity[] = [];
  for (const ind of indicators) {
    const prev = prevBy.get(ind.id);
    const g = givenBy.get(ind.id);
    const note = g && g.note !== undefined ? (g.note === null || g.note.trim() === '' ? null : g.note) : (prev?.note ?? null);
    if (ind.source === 'REPORTED') {
      out.push(
        repo.create({
          reportId: r.id,
          indicatorId: ind.id,
          value: g ? enteredValue(g, ind) : (prev?.value ?? null),
          numerator: g ? (g.numerator ?? null) : (prev?.numerator ?? null),
          denominator: g ? (g.denominator ?? null) : (prev?.denominator ?? null),
          source: 'REPORTED',
          computedValue: null,
          note,
        }),
      );
      continue;
    }
    const figure: IndicatorFigure = figures.get(ind.id) ?? { value: null, numerator: null, denominator: null };
    const entered = g ? enteredValue(g, ind) : null;
    const override = g ? entered !== null && (figure.value === null || compareDecimals(entered, figure.value) !== 0) : prev?.source === 'REPORTED';
    const keep = !g && override ? prev! : null;
    out.push(
      repo.create({
        reportId: r.id,
        indicatorId: ind.id,
        value: keep ? keep.value : override ? entered : figure.value,
        numerator: keep ? keep.numerator : override ? (g!.numerator ?? null) : figure.numerator,
        denominator: keep ? keep.denominator : override ? (g!.denominator ?? null) : figure.denominator,
        source: override ? 'REPORTED' : ind.source,
        computedValue: figure.value,
        note,
      }),
    );
  }
  return out;
}
