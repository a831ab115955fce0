/**
 * The report form's figures: what the API sent (pre-filled by the hub from the registry or the
 * ledger, or entered before), as text fields in the house format of the locale; the form's own
 * checks (all at once, with the API's paths `values[i].field`); and the input sent back. Pure
 * functions (model.test.ts).
 */
import { ratioValue, returnReasonProblems } from '@lnob/domain';
import { formatDecimalText, parseDecimalInput, parseWholeInput, type I18n, type Locale } from '@lnob/ui';
import { textOrNull, type FormErrors } from '../common/forms';
import type { ReportFieldsFragment } from './operations';

type ReportValue = ReportFieldsFragment['values'][number];

/** What the caller has just done to the report (said on the page). */
export type ReportDone = 'saved' | 'submitted' | 'returned' | 'approved' | 'accepted';

/** Whether a mutation's answer carries its payload (else its error says why not). */
export const answered = (data: object | null | undefined) => Boolean(data && Object.values(data).some((x) => x && typeof x === 'object'));

/** One figure of the form: a value, or a RATIO indicator's numerator and denominator. */
export interface ValueRow {
  indicatorId: string;
  /** A RATIO indicator: entered as numerator and denominator (its value is computed from them). */
  ratio: boolean;
  factor: number;
  value: string;
  numerator: string;
  denominator: string;
  note: string;
}

const whole = (n: number | string | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function valueRows(values: readonly ReportValue[], locale: Locale): ValueRow[] {
  return values.map((v) => ({
    indicatorId: v.indicator.id,
    ratio: v.indicator.aggregation === 'RATIO',
    factor: v.indicator.factor,
    value: v.value === null ? '' : formatDecimalText(v.value, locale),
    numerator: whole(v.numerator),
    denominator: whole(v.denominator),
    note: v.note ?? '',
  }));
}

/** The field key of a row's field, as the API names it under `input.` (`values[2].numerator`). */
export const valueField = (i: number, field: 'value' | 'numerator' | 'denominator' | 'note') => `values[${i}].${field}`;

/** Problems of the figures typed: a number that is not one, half a ratio, a zero denominator. Empty figures are fine. */
export function valueProblems(rows: readonly ValueRow[], locale: Locale, t: I18n['t']): FormErrors {
  const out: FormErrors = {};
  rows.forEach((r, i) => {
    if (r.ratio) {
      const num = r.numerator.trim();
      const den = r.denominator.trim();
      const n = parseWholeInput(num);
      const d = parseWholeInput(den);
      out[valueField(i, 'numerator')] = num !== '' && n === null ? t('reports.wholeInvalid') : num === '' && den !== '' ? t('reports.bothParts') : null;
      out[valueField(i, 'denominator')] =
        den !== '' && d === null ? t('reports.wholeInvalid') : den === '' && num !== '' ? t('reports.bothParts') : d === 0 ? t('reports.denominatorZero') : null;
    } else {
      out[valueField(i, 'value')] = r.value.trim() !== '' && parseDecimalInput(r.value, locale) === null ? t('reports.valueInvalid') : null;
    }
  });
  return out;
}

/** A ratio's value from what was typed (`numerator / denominator × factor`, exact to 4 decimals), or null. */
export function ratioPreview(r: Pick<ValueRow, 'numerator' | 'denominator' | 'factor'>): string | null {
  const n = parseWholeInput(r.numerator);
  const d = parseWholeInput(r.denominator);
  return n === null || d === null || d === 0 ? null : ratioValue(n, d, r.factor);
}

/** The `values` of saveReport / submitReport (checked rows): a ratio by its parts, others by value. */
export function valuesInput(rows: readonly ValueRow[], locale: Locale) {
  return rows.map((r) => {
    const note = textOrNull(r.note);
    if (r.ratio) {
      return { indicatorId: r.indicatorId, value: null, numerator: parseWholeInput(r.numerator), denominator: parseWholeInput(r.denominator), note };
    }
    return { indicatorId: r.indicatorId, value: parseDecimalInput(r.value, locale), numerator: null, denominator: null, note };
  });
}

/** Why a return reason is refused (5 to 2,000 characters: the API's rule, from @lnob/domain), or null. */
export function returnReasonProblem(reason: string, t: I18n['t']): string | null {
  return returnReasonProblems(reason).length > 0 ? t('reports.returnReasonLength') : null;
}
