/**
 * Indicator values of a report (report_value): what the reporter enters, checked all at once.
 * Values are exact decimal text (indicators/decimal.ts, never floating point); a RATIO indicator
 * may be given as its numerator and denominator instead, and its value is then numerator /
 * denominator × factor to 4 decimals (half-up).
 */
import { Problems, type FieldError } from '../errors';
import { compareDecimals, DECIMAL_MAX_LENGTH, DECIMAL_MAX_SCALE, formatDecimal, isDecimal, ratioValue } from '../indicators/decimal';
import { EMPTY_FIGURE, type IndicatorFigure } from '../indicators/figures';

export const REPORT_VALUE_NOTE_MAX = 2000;

/** One value as entered (saveReport / submitReport). */
export interface ReportValueInput {
  indicatorId: number;
  value?: string | null;
  numerator?: number | null;
  denominator?: number | null;
  note?: string | null;
}

/** What the checks need of an indicator. */
export interface ReportIndicatorFacts {
  id: number;
  aggregation: string;
  factor: number;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Every problem of the values at once (paths `input.values[i].field`): an indicator the report
 * does not ask for or given twice; a value that is not exact decimal text; a numerator or
 * denominator on an indicator that is not a RATIO, one without the other, negative or fractional
 * counts, a zero denominator, or a value that disagrees with them; a note over 2,000 characters.
 */
export function reportValueProblems(values: readonly ReportValueInput[], indicators: ReadonlyMap<number, ReportIndicatorFacts>, path = 'input.values'): FieldError[] {
  const p = new Problems();
  const seen = new Set<number>();
  values.forEach((v, i) => {
    const at = (f: string) => `${path}[${i}].${f}`;
    const ind = indicators.get(v.indicatorId);
    if (!ind) p.add(at('indicatorId'), 'not an indicator this report asks for');
    else if (seen.has(v.indicatorId)) p.add(at('indicatorId'), 'given twice');
    seen.add(v.indicatorId);
    const hasValue = v.value != null && v.value !== '';
    if (hasValue) p.check(at('value'), isDecimal(v.value), `a decimal number such as 12 or -0.5 (at most ${DECIMAL_MAX_SCALE} decimals, ${DECIMAL_MAX_LENGTH} characters)`, 'INVALID_DECIMAL');
    const hasNum = v.numerator != null;
    const hasDen = v.denominator != null;
    if (hasNum || hasDen) {
      if (ind && ind.aggregation !== 'RATIO') p.add(at(hasNum ? 'numerator' : 'denominator'), 'only a RATIO indicator takes a numerator and a denominator');
      else {
        if (!hasNum) p.add(at('numerator'), 'give the numerator with the denominator');
        else p.check(at('numerator'), isCount(v.numerator), 'a whole number, 0 or more');
        if (!hasDen) p.add(at('denominator'), 'give the denominator with the numerator');
        else p.check(at('denominator'), isCount(v.denominator) && v.denominator > 0, 'a whole number, more than 0');
        if (ind && hasValue && isDecimal(v.value) && isCount(v.numerator) && isCount(v.denominator) && v.denominator > 0) {
          const computed = ratioValue(v.numerator, v.denominator, ind.factor)!;
          p.check(at('value'), compareDecimals(v.value!, computed) === 0, `disagrees with numerator / denominator × ${ind.factor} = ${computed}`);
        }
      }
    }
    if (v.note != null) p.check(at('note'), v.note.length <= REPORT_VALUE_NOTE_MAX, `at most ${REPORT_VALUE_NOTE_MAX} characters`);
  });
  return p.fieldErrors;
}

/**
 * The value to store for a checked input: the decimal as given (canonical), else the ratio of its
 * numerator and denominator, else null (not filled in).
 */
export function enteredValue(v: ReportValueInput, indicator: ReportIndicatorFacts): string | null {
  if (v.value != null && v.value !== '') return formatDecimal(v.value);
  if (v.numerator != null && v.denominator != null && indicator.aggregation === 'RATIO') return ratioValue(v.numerator, v.denominator, indicator.factor);
  return null;
}

/** A value as stored (report_value columns). */
export interface ReportValueRow {
  indicatorId: number;
  value: string | null;
  numerator: number | null;
  denominator: number | null;
  /** REGISTRY, LEDGER or REPORTED. */
  source: string;
  computedValue: string | null;
  note: string | null;
}

/** What the merge needs of an indicator: the checks' facts and where its values come from. */
export interface ReportValueIndicator extends ReportIndicatorFacts {
  source: string;
}

/** A note as given: undefined keeps the one before, null or blank clears it. */
function mergedNote(given: ReportValueInput | undefined, prev: ReportValueRow | undefined): string | null {
  if (!given || given.note === undefined) return prev?.note ?? null;
  return given.note === null || given.note.trim() === '' ? null : given.note;
}

/**
 * The values to store, one per indicator of the report, in order (`given` checked by
 * `reportValueProblems`, `existing` the values stored before, `figures` the hub's figures by
 * indicator id for the reporter's area and period):
 * - REPORTED indicators: what the reporter gave, else what was stored before;
 * - REGISTRY and LEDGER indicators: `computedValue` is the hub's figure, recomputed on every save
 *   while the report is with its reporter; the value is that figure unless the reporter entered
 *   another one (source REPORTED: an override, kept until the reporter clears it by sending an
 *   empty value, or sends the figure itself).
 * Notes: as given; undefined keeps the one before, null or blank clears it.
 */
export function mergeReportValues(
  indicators: readonly ReportValueIndicator[],
  existing: readonly ReportValueRow[],
  given: readonly ReportValueInput[],
  figures: ReadonlyMap<number, IndicatorFigure>,
): ReportValueRow[] {
  const prevBy = new Map(existing.map((v) => [v.indicatorId, v]));
  const givenBy = new Map(given.map((v) => [v.indicatorId, v]));
  return indicators.map((ind): ReportValueRow => {
    const prev = prevBy.get(ind.id);
    const g = givenBy.get(ind.id);
    const note = mergedNote(g, prev);
    if (ind.source === 'REPORTED') {
      return {
        indicatorId: ind.id,
        value: g ? enteredValue(g, ind) : (prev?.value ?? null),
        numerator: g ? (g.numerator ?? null) : (prev?.numerator ?? null),
        denominator: g ? (g.denominator ?? null) : (prev?.denominator ?? null),
        source: 'REPORTED',
        computedValue: null,
        note,
      };
    }
    const figure = figures.get(ind.id) ?? EMPTY_FIGURE;
    const computedValue = figure.value;
    if (g) {
      const entered = enteredValue(g, ind);
      const override = entered !== null && (figure.value === null || compareDecimals(entered, figure.value) !== 0);
      return override
        ? { indicatorId: ind.id, value: entered, numerator: g.numerator ?? null, denominator: g.denominator ?? null, source: 'REPORTED', computedValue, note }
        : { indicatorId: ind.id, ...pick(figure), source: ind.source, computedValue, note };
    }
    // Nothing given: an override made before stays; otherwise the hub's figure.
    return prev?.source === 'REPORTED'
      ? { indicatorId: ind.id, value: prev.value, numerator: prev.numerator, denominator: prev.denominator, source: 'REPORTED', computedValue, note }
      : { indicatorId: ind.id, ...pick(figure), source: ind.source, computedValue, note };
  });
}

const pick = (f: IndicatorFigure) => ({ value: f.value, numerator: f.numerator, denominator: f.denominator });
