import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { mapValuesToSuccessors, predecessorsOf, successorsOf, validateShares, type Succession } from './succession';

const REFORM = '2025-07-01';
const s = (predecessorId: number, successorId: number, share = 1, effectiveOn = REFORM): Succession => ({
  predecessorId,
  successorId,
  effectiveOn,
  share,
});

describe('validateShares', () => {
  it.each<[string, Succession[], string[]]>([
    ['empty', [], []],
    ['merger of three', [s(1, 10), s(2, 10), s(3, 10)], []],
    ['split in two', [s(1, 10, 0.4), s(1, 11, 0.6)], []],
    ['split in thirds (float sum)', [s(1, 10, 1 / 3), s(1, 11, 1 / 3), s(1, 12, 1 / 3)], []],
    ['0.1 + 0.2 + 0.7 within tolerance', [s(1, 10, 0.1), s(1, 11, 0.2), s(1, 12, 0.7)], []],
    ['partial carve-off', [s(1, 10, 0.3)], []],
    ['share exactly 1', [s(1, 10, 1)], []],
    ['same predecessor on two dates', [s(1, 10, 0.6, '2020-01-01'), s(1, 11, 0.6, REFORM)], []],
    ['share 0', [s(1, 10, 0)], ['[0].share']],
    ['negative share', [s(1, 10, -0.5)], ['[0].share']],
    ['NaN share', [s(1, 10, Number.NaN)], ['[0].share']],
    ['share above 1', [s(1, 10, 1.2)], ['[0].share', '[0].share']],
    ['split summing to 1.1', [s(1, 10, 0.5), s(1, 11, 0.6)], ['[0].share']],
    ['sum just over tolerance', [s(1, 10, 0.5), s(1, 11, 0.5 + 1e-6)], ['[0].share']],
    ['over-allocated second group', [s(1, 10, 0.5), s(2, 11, 0.7), s(2, 12, 0.7)], ['[1].share']],
    ['self succession', [s(1, 1)], ['[0].successorId']],
    ['duplicate link', [s(1, 10, 0.5), s(1, 10, 0.5)], ['[1]']],
    ['invalid date', [s(1, 10, 1, '2025-02-30')], ['[0].effectiveOn']],
  ])('%s', (_name, links, paths) => {
    expect(validateShares(links).map((e) => e.path)).toEqual(paths);
  });
});

describe('mapValuesToSuccessors', () => {
  const cases: [string, [number, number][], Succession[], [number, number][], string?][] = [
    ['no successions', [[1, 5], [2, 7]], [], [[1, 5], [2, 7]]],
    ['unrelated units keep their value', [[99, 7]], [s(1, 10)], [[99, 7]]],
    ['merger sums', [[1, 100], [2, 50]], [s(1, 10), s(2, 10)], [[10, 150]]],
    ['merger into an existing unit', [[1, 100], [10, 20]], [s(1, 10)], [[10, 120]]],
    ['split by share', [[1, 100]], [s(1, 10, 0.4), s(1, 11, 0.6)], [[10, 40], [11, 60]]],
    ['carve-off keeps the rest', [[1, 100]], [s(1, 10, 0.3)], [[1, 70], [10, 30]]],
    ['chain is followed', [[1, 10], [2, 5]], [s(1, 2, 1, '2020-01-01'), s(2, 3)], [[3, 15]]],
    ['earlier link of a successor is not followed', [[1, 10]], [s(1, 2), s(2, 3, 1, '2020-01-01')], [[2, 10]]],
    ['merge then split', [[1, 100], [2, 50]], [s(1, 10, 1, '2020-01-01'), s(2, 10, 1, '2020-01-01'), s(10, 20, 0.5), s(10, 21, 0.5)], [[20, 75], [21, 75]]],
    ['diamond rejoins', [[1, 100]], [s(1, 2, 0.5, '2020-01-01'), s(1, 3, 0.5, '2020-01-01'), s(2, 4), s(3, 4)], [[4, 100]]],
    ['carve-off then merger, in date order', [[1, 100]], [s(1, 2, 0.5, '2020-01-01'), s(1, 3, 1)], [[2, 50], [3, 50]]],
    ['measuredOn skips older links', [[1, 100]], [s(1, 2, 0.5, '2020-01-01'), s(1, 3, 1)], [[3, 100]], '2022-01-01'],
    ['measuredOn on the effective date skips it', [[1, 100]], [s(1, 3, 1)], [[1, 100]], REFORM],
    ['zero values survive', [[1, 0]], [s(1, 10)], [[10, 0]]],
    ['negative values are moved too', [[1, -4]], [s(1, 10, 0.5), s(1, 11, 0.5)], [[10, -2], [11, -2]]],
  ];
  it.each(cases)('%s', (_name, values, links, expected, measuredOn) => {
    const result = mapValuesToSuccessors(new Map(values), links, measuredOn);
    expect([...result].sort(([a], [b]) => a - b)).toEqual(expected);
  });

  it('leaves fractions unrounded', () => {
    const result = mapValuesToSuccessors(new Map([[1, 10]]), [s(1, 2, 1 / 3), s(1, 3, 2 / 3)]);
    expect(result.get(2)).toBeCloseTo(10 / 3, 12);
    expect(result.get(3)).toBeCloseTo(20 / 3, 12);
    expect(result.has(1)).toBe(false);
  });

  it('rejects invalid shares', () => {
    try {
      mapValuesToSuccessors(new Map([[1, 1]]), [s(1, 2, 0.7), s(1, 3, 0.7)]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect([(e as DomainError).code, (e as DomainError).reason]).toEqual(['BAD_USER_INPUT', 'INVALID_SHARES']);
    }
  });
});

describe('successorsOf / predecessorsOf', () => {
  it.each<[string, number, Succession[], number[], string?]>([
    ['none', 1, [s(2, 3)], []],
    ['split', 1, [s(1, 11, 0.5), s(1, 10, 0.5)], [10, 11]],
    ['chain', 1, [s(1, 2, 1, '2020-01-01'), s(2, 3)], [2, 3]],
    ['out-of-order chain stops', 1, [s(1, 2), s(2, 3, 1, '2020-01-01')], [2]],
    ['earlier arrival unlocks later links', 1, [s(1, 2), s(1, 3, 0.5, '2020-01-01'), s(3, 2, 1, '2021-01-01'), s(2, 4, 1, '2023-01-01')], [2, 3, 4]],
    ['cycle in bad data terminates', 1, [s(1, 2, 0.5, '2020-01-01'), s(2, 1, 1, '2021-01-01')], [2]],
    ['measuredOn skips older links', 1, [s(1, 2, 0.5, '2020-01-01'), s(1, 3)], [3], '2022-01-01'],
  ])('successorsOf: %s', (_name, id, links, expected, measuredOn) => {
    expect(successorsOf(id, links, measuredOn)).toEqual(expected);
  });

  it.each<[string, number, Succession[], number[]]>([
    ['none', 10, [s(1, 2)], []],
    ['merger', 10, [s(2, 10), s(1, 10)], [1, 2]],
    ['chain', 3, [s(1, 2, 1, '2020-01-01'), s(2, 3)], [1, 2]],
    ['cycle terminates', 1, [s(1, 2, 0.5, '2020-01-01'), s(2, 1, 1, '2021-01-01')], [2]],
  ])('predecessorsOf: %s', (_name, id, links, expected) => {
    expect(predecessorsOf(id, links)).toEqual(expected);
  });
});
