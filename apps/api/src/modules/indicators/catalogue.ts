import type { DataSource } from 'typeorm';
import { foldVietnamese, INDICATOR_CATALOGUE, type IndicatorDefinition } from '@lnob/domain';
import { isUniqueViolation } from '../../db/dialect';
import { IndicatorEntity } from './indicator.entity';

/** The folded search text of an indicator: code and both names. */
const indicatorSearchText = (d: Pick<IndicatorDefinition, 'code' | 'nameVi' | 'nameEn'>) => foldVietnamese(`${d.code} ${d.nameVi} ${d.nameEn}`).slice(0, 600);

const rowOf = (d: IndicatorDefinition, createdAt: Date) => ({
  code: d.code,
  nameVi: d.nameVi,
  nameEn: d.nameEn,
  nameSearch: indicatorSearchText(d),
  description: d.description,
  unit: d.unit,
  factor: d.factor,
  direction: d.direction,
  aggregation: d.aggregation,
  source: d.source,
  measure: d.measure,
  periodType: d.periodType,
  createdAt,
});

/**
 * Inserts the catalogue's indicators that the database lacks (by code), on every start of every hub
 * (demo data or not): reference data that reports, targets and integrators refer to. Idempotent;
 * existing rows are never changed (stored values and targets depend on their unit and measure).
 * One read of the codes, then one INSERT for the missing ones (none on a hub that has them all).
 * Two processes starting at once: the loser inserts row by row and ignores the winner's codes.
 * Returns the codes added.
 */
export async function ensureIndicatorCatalogue(ds: DataSource, catalogue: readonly IndicatorDefinition[] = INDICATOR_CATALOGUE): Promise<string[]> {
  const repo = ds.getRepository(IndicatorEntity);
  const known = new Set((await repo.find({ select: { code: true } })).map((r) => r.code));
  const missing = catalogue.filter((d) => !known.has(d.code));
  if (missing.length === 0) return [];
  const now = new Date();
  try {
    await repo.insert(missing.map((d) => rowOf(d, now)));
    return missing.map((d) => d.code);
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
  }
  const added: string[] = [];
  for (const d of missing) {
    try {
      await repo.insert(rowOf(d, now));
      added.push(d.code);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  return added;
}
