import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE, catalogueEntry } from './catalogue';
import {
  INDICATOR_PERIOD_TYPES,
  isIndicatorAggregation,
  isIndicatorDirection,
  isIndicatorSource,
  isIndicatorUnit,
  isLedgerMeasure,
  isRegistryMeasure,
  LEDGER_MEASURES,
  REGISTRY_MEASURES,
  REGISTRY_RATE_MEASURES,
} from './codes';

describe('the indicator catalogue', () => {
  it('has unique codes of at most 64 characters, names of at most 255', () => {
    const codes = INDICATOR_CATALOGUE.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const i of INDICATOR_CATALOGUE) {
      expect(i.code).toMatch(/^[A-Z][A-Z0-9_]{1,63}$/);
      expect(i.nameVi.length).toBeLessThanOrEqual(255);
      expect(i.nameEn.length).toBeLessThanOrEqual(255);
    }
  });

  it.each(INDICATOR_CATALOGUE.map((i) => [i.code, i] as const))('%s is consistent', (_, i) => {
    expect(isIndicatorUnit(i.unit) && isIndicatorDirection(i.direction) && isIndicatorAggregation(i.aggregation) && isIndicatorSource(i.source)).toBe(true);
    expect(INDICATOR_PERIOD_TYPES).toContain(i.periodType);
    if (i.source === 'REGISTRY') expect(isRegistryMeasure(i.measure)).toBe(true);
    else if (i.source === 'LEDGER') expect(isLedgerMeasure(i.measure)).toBe(true);
    else expect(i.measure).toBeNull();
    // Ratios are percentages of households; everything else adds up.
    if (i.aggregation === 'RATIO') expect([i.unit, i.factor]).toEqual(['PERCENT', 100]);
    else expect(i.factor).toBe(1);
    if (i.unit === 'VND') expect(i.aggregation).toBe('SUM');
    expect(i.description).toMatch(/[a-z]/);
  });

  it('computes every registry and ledger measure', () => {
    const measures = new Set(INDICATOR_CATALOGUE.map((i) => i.measure));
    for (const m of [...REGISTRY_MEASURES, ...LEDGER_MEASURES]) expect(measures).toContain(m);
    for (const m of REGISTRY_RATE_MEASURES) expect(catalogueEntry(m)?.aggregation).toBe('RATIO');
  });

  it.each([
    ['POOR_AND_NEAR_POOR_RATE', 'REGISTRY', 'LOWER_IS_BETTER'],
    ['ETHNIC_MINORITY_POOR_RATE', 'REGISTRY', 'LOWER_IS_BETTER'],
    ['POOR_HOUSEHOLDS_REDUCED', 'REGISTRY', 'HIGHER_IS_BETTER'],
    ['FUND_RAISED', 'LEDGER', 'HIGHER_IS_BETTER'],
    ['HOUSES_SUPPORTED', 'REPORTED', 'HIGHER_IS_BETTER'],
    ['EXTREMELY_DIFFICULT_COMMUNES_EXITED', 'REPORTED', 'HIGHER_IS_BETTER'],
    ['MEMBER_TEMPORARY_HOUSES', 'REPORTED', 'LOWER_IS_BETTER'],
  ])('%s: %s, %s (the seeds\' targets)', (code, source, direction) => {
    expect(catalogueEntry(code)).toMatchObject({ source, direction });
  });
});
