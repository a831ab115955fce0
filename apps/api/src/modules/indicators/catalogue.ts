import type { DataSource } from 'typeorm';
import { foldVietnamese, INDICATOR_CATALOGUE, type IndicatorDefinition } from '@lnob/domain';
import { isUniqueViolation } from '../../db/dialect';
import { IndicatorEntity } from './indicator.entity';

/** The folded search text of an indicator: code and both names. */
export const indicatorSearchText = (d: Pick<IndicatorDefinition, 'code' | 'nameVi' | 'nameEn'>) => foldVietnamese(`${d.code} ${d.nameVi} ${d.nameEn}`).slice(0, 600);

/**
 * Inserts the catalogue's indicators that the database lacks (by code), on every start of every hub
 * (demo data or not): reference data that reports, targets and integrators refer to. Idempotent;
 * existing rows are never changed (stored values and targets depend on their unit and measure).
 * Two processes starting at once: the loser's duplicate codes are ignored. Returns the codes added.
 */
export async function ensureIndicatorCatalogue(ds: DataSource, catalogue: readonly IndicatorDefinition[] = INDICATOR_CATALOGUE): Promise<string[]> {
  const repo = ds.getRepository(IndicatorEntity);
  const known = new Set((await repo.find({ select: { code: true } })).map((r) => r.code));
  const missing = catalogue.filter((d) => !known.has(d.code));
  const added: string[] = [];
  for (const d of missing) {
    try {
      await repo.insert({
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
        createdAt: new Date(),
      });
      added.push(d.code);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  return added;
}
