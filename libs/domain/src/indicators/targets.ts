/**
 * Targets (chỉ tiêu kế hoạch) of an indicator over a range of periods, and how actual values
 * measure up to them (docs/plans.md): LEVEL — reach the value by the end of the range;
 * CHANGE_PER_PERIOD — change the value by this much in every period of the range (signed: −0.5 is
 * down half a point); TOTAL — the values of the range add up to it. Comparisons follow the
 * indicator's direction and are exact (decimal text, never floats).
 */
import { Problems } from '../errors';
import { formatPeriod, makePeriod, parsePeriod, periodsPerYear, type Period, type PeriodKind } from '../scalars/period';
import { isTargetKind, type IndicatorDirection, type TargetKind } from './codes';
import { compareDecimals, formatDecimal, isDecimal, subtractDecimals, sumDecimals, divideDecimals, multiplyDecimals } from './decimal';

/** At most this many periods in one series or target range (10 years of months). */
export const SERIES_MAX_PERIODS = 120;
/** At most this many characters of a target's note. */
export const TARGET_NOTE_MAX_LENGTH = 2000;

export interface TargetSpec {
  kind: TargetKind;
  /** First period of the range (canonical text, the indicator's period type). */
  fromPeriod: string;
  /** Last period of the range, inclusive. */
  toPeriod: string;
  /** Exact decimal text. */
  value: string;
}

const asPeriod = (p: string | Period) => (typeof p === 'string' ? parsePeriod(p) : p);
const ordinal = (p: Period) => p.year * periodsPerYear(p.kind) + (p.index - 1);
const fromOrdinal = (kind: PeriodKind, n: number) => makePeriod(kind, Math.floor(n / periodsPerYear(kind)), (n % periodsPerYear(kind)) + 1);

/** The period `n` periods after `p` (before, for negative n), canonical text. */
export function shiftPeriod(p: string | Period, n: number): string {
  const q = asPeriod(p);
  return formatPeriod(fromOrdinal(q.kind, ordinal(q) + n));
}

/** The period before `p`. */
export const previousPeriod = (p: string | Period) => shiftPeriod(p, -1);

/** −1, 0, 1 comparing two periods of the same kind (RangeError across kinds). */
export function comparePeriods(a: string | Period, b: string | Period): -1 | 0 | 1 {
  const x = asPeriod(a);
  const y = asPeriod(b);
  if (x.kind !== y.kind) throw new RangeError(`periods of different kinds: ${formatPeriod(x)}, ${formatPeriod(y)}`);
  return ordinal(x) < ordinal(y) ? -1 : ordinal(x) > ordinal(y) ? 1 : 0;
}

/**
 * The periods from `from` to `to` inclusive, canonical text (empty when `to` precedes `from`).
 * RangeError across kinds or beyond SERIES_MAX_PERIODS.
 */
export function periodRange(from: string | Period, to: string | Period): string[] {
  const a = asPeriod(from);
  const b = asPeriod(to);
  if (a.kind !== b.kind) throw new RangeError(`periods of different kinds: ${formatPeriod(a)}, ${formatPeriod(b)}`);
  const n = ordinal(b) - ordinal(a) + 1;
  if (n > SERIES_MAX_PERIODS) throw new RangeError(`more than ${SERIES_MAX_PERIODS} periods`);
  return Array.from({ length: Math.max(0, n) }, (_, i) => formatPeriod(fromOrdinal(a.kind, ordinal(a) + i)));
}

/**
 * Every problem of a target at once, under `prefix` (e.g. `input`): a known kind; periods of the
 * indicator's type, in order, at most SERIES_MAX_PERIODS apart; a decimal value (INVALID_DECIMAL);
 * a TOTAL is not negative.
 */
export function targetProblems(t: { kind: unknown; fromPeriod: unknown; toPeriod: unknown; value: unknown; note?: string | null }, periodType: PeriodKind, prefix = 'input'): Problems {
  const p = new Problems();
  const at = (f: string) => `${prefix}.${f}`;
  if (!isTargetKind(t.kind)) p.add(at('kind'), 'LEVEL, CHANGE_PER_PERIOD or TOTAL');
  const periods: (Period | null)[] = (['fromPeriod', 'toPeriod'] as const).map((f) => {
    const raw = t[f];
    let q: Period | null = null;
    try {
      q = typeof raw === 'string' ? parsePeriod(raw) : raw && typeof raw === 'object' ? (raw as Period) : parsePeriod(raw);
    } catch {
      p.add(at(f), 'a period such as 2024, 2024H1, 2024Q3 or 2024-10', 'INVALID_PERIOD');
      return null;
    }
    if (q.kind !== periodType) {
      p.add(at(f), `a ${periodType} period: the indicator's period type`);
      return null;
    }
    return q;
  });
  const [from, to] = periods;
  if (from && to) {
    if (ordinal(to) < ordinal(from)) p.add(at('toPeriod'), 'not before fromPeriod');
    else if (ordinal(to) - ordinal(from) + 1 > SERIES_MAX_PERIODS) p.add(at('toPeriod'), `at most ${SERIES_MAX_PERIODS} periods after fromPeriod`);
  }
  if (!isDecimal(t.value)) p.add(at('value'), 'a decimal number such as 12.5 or -0.5', 'INVALID_DECIMAL');
  else if (t.kind === 'TOTAL' && compareDecimals(t.value, 0) < 0) p.add(at('value'), 'a total is not negative');
  if (t.note != null && t.note.length > TARGET_NOTE_MAX_LENGTH) p.add(at('note'), `at most ${TARGET_NOTE_MAX_LENGTH} characters`);
  return p;
}

/**
 * What the target asks of one period (canonical text), or null when the period lies outside the
 * range: CHANGE_PER_PERIOD asks its change of every period; LEVEL and TOTAL ask their value of the
 * range's last period (reached, or summed, by then).
 */
export function targetFor(target: TargetSpec, period: string | Period): { kind: TargetKind; value: string } | null {
  const p = asPeriod(period);
  const from = parsePeriod(target.fromPeriod);
  const to = parsePeriod(target.toPeriod);
  if (p.kind !== from.kind || ordinal(p) < ordinal(from) || ordinal(p) > ordinal(to)) return null;
  if (target.kind === 'CHANGE_PER_PERIOD' || ordinal(p) === ordinal(to)) return { kind: target.kind, value: formatDecimal(target.value) };
  return null;
}

export interface TargetProgress {
  kind: TargetKind;
  /** What the target asks (its value). */
  expected: string;
  /**
   * LEVEL: the value of the last period; TOTAL: the sum of the known values of the range (so far);
   * CHANGE_PER_PERIOD: the smallest improvement among the periods' changes (the one that decides).
   */
  achieved: string | null;
  /** TOTAL: achieved / expected × 100 (4 decimals); null otherwise or for a target of 0. */
  percent: string | null;
  /** Each period's change against the one before (CHANGE_PER_PERIOD). */
  changes: { period: string; change: string | null }[];
  /** Periods whose actual value is needed and unknown. */
  missing: string[];
  /** true: met; false: not met (already decided); null: not decided for want of values. */
  met: boolean | null;
}

/** a is at least as good as b in the indicator's direction. */
const atLeastAsGood = (direction: IndicatorDirection, a: string, b: string) => (direction === 'LOWER_IS_BETTER' ? compareDecimals(a, b) <= 0 : compareDecimals(a, b) >= 0);

/**
 * How the actual values (by period, canonical text → decimal text or null) measure up to a target,
 * in the indicator's direction. LEVEL: the last period's value against the level. TOTAL: the sum of
 * the range against the total (HIGHER_IS_BETTER: met once reached, even early; not met once the
 * range is complete and short; LOWER_IS_BETTER: not met once exceeded). CHANGE_PER_PERIOD: every
 * period's change against the one before must be at least as good as the target's change (needs the
 * value of the period before the range too); one change that falls short decides "not met".
 */
export function targetProgress(target: TargetSpec, actuals: ReadonlyMap<string, string | null>, direction: IndicatorDirection): TargetProgress {
  const periods = periodRange(target.fromPeriod, target.toPeriod);
  const value = (p: string) => actuals.get(p) ?? null;
  const expected = formatDecimal(target.value);
  const base = { kind: target.kind, expected, percent: null, changes: [] as { period: string; change: string | null }[] };
  switch (target.kind) {
    case 'LEVEL': {
      const last = periods[periods.length - 1];
      const achieved = value(last);
      return { ...base, achieved, missing: achieved === null ? [last] : [], met: achieved === null ? null : atLeastAsGood(direction, achieved, expected) };
    }
    case 'TOTAL': {
      const known = periods.filter((p) => value(p) !== null);
      const missing = periods.filter((p) => value(p) === null);
      const achieved = known.length ? formatDecimal(sumDecimals(known.map((p) => value(p)!))) : null;
      const percent = achieved === null || compareDecimals(expected, 0) === 0 ? null : formatDecimal(divideDecimals(multiplyDecimals(achieved, 100), expected)!);
      let met: boolean | null = null;
      if (achieved !== null) {
        const good = atLeastAsGood(direction, achieved, expected);
        if (direction === 'HIGHER_IS_BETTER') met = good ? true : missing.length ? null : false;
        else met = !good ? false : missing.length ? null : true;
      }
      return { ...base, achieved, percent, missing, met };
    }
    case 'CHANGE_PER_PERIOD': {
      const missing = new Set<string>();
      const changes = periods.map((p) => {
        const before = previousPeriod(p);
        const a = value(before);
        const b = value(p);
        if (a === null) missing.add(before);
        if (b === null) missing.add(p);
        return { period: p, change: a === null || b === null ? null : formatDecimal(subtractDecimals(b, a)) };
      });
      const known = changes.filter((c) => c.change !== null).map((c) => c.change!);
      // The decisive change: the worst one in the indicator's direction.
      const worst = known.reduce<string | null>((w, c) => (w === null || atLeastAsGood(direction, w, c) ? c : w), null);
      const failed = known.some((c) => !atLeastAsGood(direction, c, expected));
      return { ...base, changes, achieved: worst, missing: [...missing], met: failed ? false : missing.size ? null : true };
    }
  }
}
