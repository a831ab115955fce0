/**
 * Evaluating emulation criteria against the yearly poverty figures of a subject (an area's
 * registry statistics, review year → households, poor, near-poor). Every comparison is made on the
 * exact fractions (BigInt cross-multiplication), never on rounded percentages or floats: a fall of
 * 0.49999 point is not "≥ 0.5" even if it prints as 0.5000. Shown figures are rounded half-up to 4
 * decimals. The answer carries the figures that decided it and an explanation in both languages.
 */
import type { PovertyCounts } from '../households/statistics';
import { latestOfficialReviewYear } from '../indicators/figures';
import { divideDecimals, formatDecimal, parseDecimal, ratioValue, type Decimal } from '../indicators/decimal';
import type { LocalDate } from '../scalars/local-date';
import type { CriteriaSet, CriterionLevel, CriterionResult, CriterionRule, EmulationCriterion } from './criteria';

/** One review year of a subject, as far as the criteria care (the registry's poverty counts). */
export type YearlyCounts = Pick<PovertyCounts, 'households' | 'poor' | 'nearPoor'>;

/** Review year → counts; a year without a review is absent. */
export type CriterionSeries = ReadonlyMap<number, YearlyCounts>;

export interface CriterionFigure {
  /** The review year the figure is of; null for a figure over several years (a percentage of reduction). */
  year: number | null;
  label: string;
  labelVi: string;
  /** Exact decimal text (4 decimals at most, half-up), or null when unknown. */
  value: string | null;
  numerator: number | null;
  denominator: number | null;
}

export interface CriterionEvaluation {
  code: string;
  titleVi: string;
  titleEn: string;
  result: CriterionResult;
  explanation: string;
  explanationVi: string;
  evidence: CriterionFigure[];
}

// --- exact fractions --------------------------------------------------------------------------

interface Fraction {
  n: bigint;
  /** > 0 */
  d: bigint;
}
const frac = (n: number | bigint, d: number | bigint): Fraction => ({ n: BigInt(n), d: BigInt(d) });
const fromDecimal = (x: Decimal): Fraction => ({ n: x.units, d: 10n ** BigInt(x.scale) });
const minus = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
const times = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.n, d: a.d * b.d });
const over = (a: Fraction, b: Fraction): Fraction => (b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n });
const cmp = (a: Fraction, b: Fraction): -1 | 0 | 1 => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};
/** Rounded half away from zero to 4 decimals (COMPUTED_SCALE), canonical text. */
const text = (a: Fraction): string => formatDecimal(divideDecimals(a.n, a.d)!);
const HUNDRED = frac(100, 1);

// --- the rules --------------------------------------------------------------------------------

const RATE_LABELS = {
  POOR_AND_NEAR_POOR_RATE: { en: 'multidimensional poverty rate (poor + near-poor), %', vi: 'tỷ lệ hộ nghèo đa chiều (nghèo + cận nghèo), %' },
  POOR_RATE: { en: 'poor-household rate, %', vi: 'tỷ lệ hộ nghèo, %' },
} as const;

const numeratorOf = (rate: 'POOR_AND_NEAR_POOR_RATE' | 'POOR_RATE', c: YearlyCounts) => (rate === 'POOR_RATE' ? c.poor : c.poor + c.nearPoor);
const yearsText = (ys: number[]) => ys.join(', ');

function rateDownEachYear(rule: Extract<CriterionRule, { kind: 'RATE_DOWN_EACH_YEAR' }>, series: CriterionSeries, nominationYear: number) {
  const label = RATE_LABELS[rule.rate];
  const last = nominationYear - 1;
  const first = last - rule.years + 1;
  const evidence: CriterionFigure[] = [];
  const rates = new Map<number, Fraction>();
  for (let y = first - 1; y <= last; y++) {
    const c = series.get(y);
    if (c && c.households > 0) {
      const n = numeratorOf(rule.rate, c);
      rates.set(y, frac(n * 100, c.households));
      evidence.push({ year: y, label: `${label.en} ${y}`, labelVi: `${label.vi} ${y}`, value: ratioValue(n, c.households, 100), numerator: n, denominator: c.households });
    } else {
      evidence.push({ year: y, label: `${label.en} ${y}`, labelVi: `${label.vi} ${y}`, value: null, numerator: c ? numeratorOf(rule.rate, c) : null, denominator: c ? c.households : null });
    }
  }
  const points = fromDecimal(parseDecimal(rule.points));
  const short: { year: number; fall: string }[] = [];
  const falls: { year: number; fall: string }[] = [];
  const missing = new Set<number>();
  for (let y = first; y <= last; y++) {
    const before = rates.get(y - 1);
    const now = rates.get(y);
    if (!before) missing.add(y - 1);
    if (!now) missing.add(y);
    if (!before || !now) {
      evidence.push({ year: y, label: `change against ${y - 1}, points`, labelVi: `thay đổi so với ${y - 1}, điểm %`, value: null, numerator: null, denominator: null });
      continue;
    }
    const change = minus(now, before);
    evidence.push({ year: y, label: `change against ${y - 1}, points`, labelVi: `thay đổi so với ${y - 1}, điểm %`, value: text(change), numerator: null, denominator: null });
    const fall = { year: y, fall: text({ n: -change.n, d: change.d }) };
    falls.push(fall);
    if (cmp({ n: -change.n, d: change.d }, points) < 0) short.push(fall);
  }
  const need = `at least ${formatDecimal(rule.points)} point a year in each of ${yearsText(range(first, last))}`;
  const needVi = `giảm từ ${formatDecimal(rule.points).replace('.', ',')} điểm %/năm trở lên trong từng năm ${yearsText(range(first, last))}`;
  if (short.length) {
    const s = short.map((x) => `${x.year}: ${describeFall(x.fall)}`).join('; ');
    const sVi = short.map((x) => `${x.year}: ${describeFallVi(x.fall)}`).join('; ');
    return { result: 'NOT_MET' as const, explanation: `Not met: the ${label.en.replace(', %', '')} must fall by ${need}; ${s}.`, explanationVi: `Không đạt: ${label.vi.replace(', %', '')} phải ${needVi}; ${sVi}.`, evidence };
  }
  if (missing.size) {
    const ys = yearsText([...missing].sort());
    return {
      result: 'INSUFFICIENT_DATA' as const,
      explanation: `Not enough data: no registry figures for ${ys} (the rule compares ${yearsText(range(first - 1, last))}, the ${rule.years} review years before a nomination in ${nominationYear} and the one before them).`,
      explanationVi: `Chưa đủ số liệu: thiếu số liệu rà soát năm ${ys} (tiêu chí so sánh các năm ${yearsText(range(first - 1, last))}).`,
      evidence,
    };
  }
  return {
    result: 'MET' as const,
    explanation: `Met: the ${label.en.replace(', %', '')} fell by ${need} (${falls.map((f) => `${f.year}: −${f.fall}`).join(', ')}).`,
    explanationVi: `Đạt: ${label.vi.replace(', %', '')} ${needVi} (${falls.map((f) => `${f.year}: −${f.fall.replace('.', ',')}`).join(', ')}).`,
    evidence,
  };
}

const describeFall = (fall: string) => (fall.startsWith('-') ? `it rose by ${fall.slice(1)} point` : `it fell by only ${fall} point`);
const describeFallVi = (fall: string) => (fall.startsWith('-') ? `tăng ${fall.slice(1).replace('.', ',')} điểm` : `chỉ giảm ${fall.replace('.', ',')} điểm`);
const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);

function downAgainstStart(rule: Extract<CriterionRule, { kind: 'DOWN_AGAINST_START' }>, series: CriterionSeries, nominationYear: number) {
  const byRate = rule.measure === 'POOR_AND_NEAR_POOR_RATE';
  const label = byRate ? RATE_LABELS.POOR_AND_NEAR_POOR_RATE : { en: 'poor + near-poor households', vi: 'số hộ nghèo + hộ cận nghèo' };
  const start = rule.startYear;
  const end = nominationYear - 1;
  const figure = (year: number): { fig: CriterionFigure; value: Fraction | null } => {
    const c = series.get(year);
    const n = c ? c.poor + c.nearPoor : null;
    if (!byRate) return { fig: { year, label: `${label.en} ${year}`, labelVi: `${label.vi} ${year}`, value: n === null ? null : String(n), numerator: null, denominator: null }, value: n === null ? null : frac(n, 1) };
    const ok = c && c.households > 0;
    return {
      fig: { year, label: `${label.en} ${year}`, labelVi: `${label.vi} ${year}`, value: ok ? ratioValue(n!, c.households, 100) : null, numerator: n, denominator: c ? c.households : null },
      value: ok ? frac(n! * 100, c.households) : null,
    };
  };
  const percent = fromDecimal(parseDecimal(rule.percent));
  const need = `more than ${formatDecimal(rule.percent)} % between ${start} (the start of the period) and ${end} (the last review before a nomination in ${nominationYear})`;
  const needVi = `giảm trên ${formatDecimal(rule.percent)}% so với đầu kỳ (năm ${start}) tính đến năm ${end}`;
  if (end <= start) {
    return {
      result: 'INSUFFICIENT_DATA' as const,
      explanation: `Not enough data: a nomination in ${nominationYear} has no review after the start of the period (${start}) to compare.`,
      explanationVi: `Chưa đủ số liệu: chưa có kết quả rà soát sau năm đầu kỳ (${start}).`,
      evidence: [figure(start).fig],
    };
  }
  const s = figure(start);
  const e = figure(end);
  const evidence = [s.fig, e.fig];
  if (!s.value || !e.value) {
    const ys = [!s.value ? start : null, !e.value ? end : null].filter((y) => y !== null).join(', ');
    return { result: 'INSUFFICIENT_DATA' as const, explanation: `Not enough data: no registry figures for ${ys}.`, explanationVi: `Chưa đủ số liệu: thiếu số liệu rà soát năm ${ys}.`, evidence };
  }
  if (s.value.n === 0n) {
    return {
      result: 'NOT_MET' as const,
      explanation: `Not met: there were no poor or near-poor households at the start of the period (${start}), so nothing could fall by ${formatDecimal(rule.percent)} %.`,
      explanationVi: `Không đạt: đầu kỳ (năm ${start}) không có hộ nghèo, hộ cận nghèo để giảm.`,
      evidence,
    };
  }
  // reduction % = (start − end) / start × 100
  const reduction = times(over(minus(s.value, e.value), s.value), HUNDRED);
  const shown = text(reduction);
  evidence.push({ year: null, label: `reduction ${start}–${end}, %`, labelVi: `mức giảm ${start}–${end}, %`, value: shown, numerator: null, denominator: null });
  const met = cmp(reduction, percent) > 0;
  const how = reduction.n < 0n ? `rose by ${shown.slice(1)} %` : `fell by ${shown} %`;
  const howVi = reduction.n < 0n ? `tăng ${shown.slice(1).replace('.', ',')}%` : `giảm ${shown.replace('.', ',')}%`;
  return met
    ? { result: 'MET' as const, explanation: `Met: the ${label.en.replace(', %', '')} ${how} (${need}).`, explanationVi: `Đạt: ${label.vi.replace(', %', '')} ${howVi} (yêu cầu ${needVi}).`, evidence }
    : { result: 'NOT_MET' as const, explanation: `Not met: the ${label.en.replace(', %', '')} ${how}; it must fall by ${need}.`, explanationVi: `Không đạt: ${label.vi.replace(', %', '')} ${howVi}; yêu cầu ${needVi}.`, evidence };
}

/**
 * One criterion for a nomination in `nominationYear`, against the subject's yearly figures.
 * RATE_DOWN_EACH_YEAR: NOT_MET as soon as one known year fell short (or rose), INSUFFICIENT_DATA
 * when a needed year is missing (or had no households), else MET. DOWN_AGAINST_START: needs the start
 * year and the year before the nomination; nothing to reduce at the start is NOT_MET.
 */
export function evaluateCriterion(criterion: EmulationCriterion, series: CriterionSeries, nominationYear: number): CriterionEvaluation {
  const r = criterion.rule.kind === 'RATE_DOWN_EACH_YEAR' ? rateDownEachYear(criterion.rule, series, nominationYear) : downAgainstStart(criterion.rule, series, nominationYear);
  return { code: criterion.code, titleVi: criterion.titleVi, titleEn: criterion.titleEn, ...r };
}

/** A level's result from its alternatives: MET if any is MET; else INSUFFICIENT_DATA if any lacks data; else NOT_MET. */
export function combineResults(results: readonly CriterionResult[]): CriterionResult {
  if (results.includes('MET')) return 'MET';
  if (results.includes('INSUFFICIENT_DATA') || results.length === 0) return 'INSUFFICIENT_DATA';
  return 'NOT_MET';
}

/**
 * The nomination year of an evaluation on `asOf`: the year after the latest review whose official
 * results are out (20/12), and never after the year following the set's period (reviews after it
 * do not count). A nomination in June 2025 counts the reviews up to 2024; in 2026, up to 2025.
 */
export function nominationYearAt(set: Pick<CriteriaSet, 'periodTo'>, asOf: LocalDate): number {
  return Math.min(latestOfficialReviewYear(asOf), set.periodTo) + 1;
}

/** The review years the criteria of a level read for a nomination in `nominationYear` (sorted). */
export function yearsNeeded(criteria: readonly EmulationCriterion[], nominationYear: number): number[] {
  const years = new Set<number>();
  for (const c of criteria) {
    const r = c.rule;
    if (r.kind === 'RATE_DOWN_EACH_YEAR') for (const y of range(nominationYear - r.years - 1, nominationYear - 1)) years.add(y);
    else {
      years.add(r.startYear);
      years.add(nominationYear - 1);
    }
  }
  return [...years].sort((a, b) => a - b);
}

/** The criteria of a level in a set. */
export function criteriaOfLevel(set: CriteriaSet, level: CriterionLevel): EmulationCriterion[] {
  return set.criteria.filter((c) => c.level === level);
}

/** Every criterion of the level evaluated, and the level's result. */
export function evaluateLevel(set: CriteriaSet, level: CriterionLevel, series: CriterionSeries, nominationYear: number): { result: CriterionResult; criteria: CriterionEvaluation[] } {
  const criteria = criteriaOfLevel(set, level).map((c) => evaluateCriterion(c, series, nominationYear));
  return { result: combineResults(criteria.map((c) => c.result)), criteria };
}
