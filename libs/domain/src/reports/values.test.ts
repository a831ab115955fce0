import { describe, expect, it } from 'vitest';
import type { IndicatorFigure } from '../indicators/figures';
import { enteredValue, mergeReportValues, reportValueProblems, type ReportIndicatorFacts, type ReportValueIndicator, type ReportValueInput, type ReportValueRow } from './values';

const POOR_RATE: ReportIndicatorFacts = { id: 1, aggregation: 'RATIO', factor: 100 };
const HOUSES: ReportIndicatorFacts = { id: 2, aggregation: 'SUM', factor: 1 };
const INDICATORS = new Map([POOR_RATE, HOUSES].map((i) => [i.id, i]));

describe('reportValueProblems', () => {
  it.each<[string, ReportValueInput[], string[]]>([
    ['a value and an empty one', [{ indicatorId: 2, value: '15' }, { indicatorId: 1, value: null }], []],
    ['a ratio by its parts', [{ indicatorId: 1, numerator: 12, denominator: 300 }], []],
    ['a ratio by its parts and the agreeing value', [{ indicatorId: 1, value: '4.0', numerator: 12, denominator: 300 }], []],
    ['a ratio value that disagrees with its parts', [{ indicatorId: 1, value: '4.1', numerator: 12, denominator: 300 }], ['input.values[0].value']],
    ['an indicator the report does not ask for', [{ indicatorId: 9, value: '1' }], ['input.values[0].indicatorId']],
    ['an indicator twice', [{ indicatorId: 2, value: '1' }, { indicatorId: 2, value: '2' }], ['input.values[1].indicatorId']],
    ['not a decimal: comma', [{ indicatorId: 2, value: '1,5' }], ['input.values[0].value']],
    ['not a decimal: exponent', [{ indicatorId: 2, value: '1e3' }], ['input.values[0].value']],
    ['not a decimal: 41 characters', [{ indicatorId: 2, value: '1'.repeat(41) }], ['input.values[0].value']],
    ['40 digits', [{ indicatorId: 2, value: '1'.repeat(40) }], []],
    ['parts on a SUM indicator', [{ indicatorId: 2, numerator: 1, denominator: 2 }], ['input.values[0].numerator']],
    ['a numerator alone', [{ indicatorId: 1, numerator: 1 }], ['input.values[0].denominator']],
    ['a denominator alone', [{ indicatorId: 1, denominator: 3 }], ['input.values[0].numerator']],
    ['a zero denominator', [{ indicatorId: 1, numerator: 0, denominator: 0 }], ['input.values[0].denominator']],
    ['negative and fractional parts', [{ indicatorId: 1, numerator: -1, denominator: 2.5 }], ['input.values[0].numerator', 'input.values[0].denominator']],
    ['a long note', [{ indicatorId: 2, value: '1', note: 'x'.repeat(2001) }], ['input.values[0].note']],
    [
      'every problem at once',
      [{ indicatorId: 9, value: 'abc' }, { indicatorId: 2, value: '-', note: 'x'.repeat(2001) }, { indicatorId: 1, numerator: 1 }],
      ['input.values[0].indicatorId', 'input.values[0].value', 'input.values[1].value', 'input.values[1].note', 'input.values[2].denominator'],
    ],
  ])('%s', (_n, values, paths) => {
    expect(reportValueProblems(values, INDICATORS).map((p) => p.path)).toEqual(paths);
  });
});

describe('enteredValue', () => {
  it.each<[ReportValueInput, ReportIndicatorFacts, string | null]>([
    [{ indicatorId: 2, value: '0015.50' }, HOUSES, '15.5'],
    [{ indicatorId: 1, numerator: 1, denominator: 3 }, POOR_RATE, '33.3333'],
    [{ indicatorId: 1, numerator: 2, denominator: 3 }, POOR_RATE, '66.6667'],
    [{ indicatorId: 1, numerator: 1, denominator: 8 }, POOR_RATE, '12.5'],
    [{ indicatorId: 1, value: '33.3333', numerator: 1, denominator: 3 }, POOR_RATE, '33.3333'],
    [{ indicatorId: 2, value: '' }, HOUSES, null],
    [{ indicatorId: 2 }, HOUSES, null],
  ])('%j', (v, ind, expected) => {
    expect(enteredValue(v, ind)).toBe(expected);
  });
});

describe('mergeReportValues', () => {
  const RATE: ReportValueIndicator = { ...POOR_RATE, source: 'REGISTRY' };
  const RAISED: ReportValueIndicator = { id: 3, aggregation: 'SUM', factor: 1, source: 'LEDGER' };
  const MEETINGS: ReportValueIndicator = { id: 4, aggregation: 'SUM', factor: 1, source: 'REPORTED' };
  const FIGURES = new Map<number, IndicatorFigure>([
    [1, { value: '4', numerator: 12, denominator: 300 }],
    [3, { value: '1500000', numerator: null, denominator: null }],
  ]);
  const row = (indicatorId: number, o: Partial<ReportValueRow>): ReportValueRow => ({ indicatorId, value: null, numerator: null, denominator: null, source: 'REPORTED', computedValue: null, note: null, ...o });
  const RATE_FIGURE = row(1, { value: '4', numerator: 12, denominator: 300, source: 'REGISTRY', computedValue: '4' });
  const RAISED_FIGURE = row(3, { value: '1500000', source: 'LEDGER', computedValue: '1500000' });

  it.each<[string, ReportValueRow[], ReportValueInput[], Map<number, IndicatorFigure>, ReportValueRow[]]>([
    ['first read: the hub\'s figures, REPORTED ones empty', [], [], FIGURES, [RATE_FIGURE, RAISED_FIGURE, row(4, {})]],
    ['no figure known: empty, still of its source', [], [], new Map(), [row(1, { source: 'REGISTRY' }), row(3, { source: 'LEDGER' }), row(4, {})]],
    ['a REPORTED value given', [], [{ indicatorId: 4, value: '12', note: 'họp quý' }], FIGURES, [RATE_FIGURE, RAISED_FIGURE, row(4, { value: '12', note: 'họp quý' })]],
    ['a REPORTED value kept when not given', [row(4, { value: '12', note: 'n' })], [], FIGURES, [RATE_FIGURE, RAISED_FIGURE, row(4, { value: '12', note: 'n' })]],
    [
      'another value overrides the figure (REPORTED, the figure kept as computedValue)',
      [],
      [{ indicatorId: 1, numerator: 15, denominator: 300 }],
      FIGURES,
      [row(1, { value: '5', numerator: 15, denominator: 300, computedValue: '4' }), RAISED_FIGURE, row(4, {})],
    ],
    ['the figure itself given: not an override', [], [{ indicatorId: 3, value: '1500000.0' }], FIGURES, [RATE_FIGURE, RAISED_FIGURE, row(4, {})]],
    [
      'an override stays while not given, with the figure refreshed',
      [row(3, { value: '900', computedValue: '800' })],
      [],
      FIGURES,
      [RATE_FIGURE, row(3, { value: '900', computedValue: '1500000' }), row(4, {})],
    ],
    ['an empty value clears an override', [row(3, { value: '900', computedValue: '800' })], [{ indicatorId: 3, value: '' }], FIGURES, [RATE_FIGURE, RAISED_FIGURE, row(4, {})]],
    ['a value over an unknown figure is an override', [], [{ indicatorId: 3, value: '7' }], new Map(), [row(1, { source: 'REGISTRY' }), row(3, { value: '7' }), row(4, {})]],
    [
      'notes: undefined keeps, blank clears, text sets',
      [row(1, { note: 'a' }), row(3, { note: 'b' }), row(4, { note: 'c' })],
      [{ indicatorId: 1, note: '  ' }, { indicatorId: 3, value: '1500000', note: 'mới' }],
      FIGURES,
      [RATE_FIGURE, { ...RAISED_FIGURE, note: 'mới' }, row(4, { note: 'c' })],
    ],
  ])('%s', (_n, existing, given, figures, expected) => {
    expect(mergeReportValues([RATE, RAISED, MEETINGS], existing, given, figures)).toEqual(expected);
  });
});
