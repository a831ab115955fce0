import { describe, expect, it } from 'vitest';
import { enteredValue, reportValueProblems, type ReportIndicatorFacts, type ReportValueInput } from './values';

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
