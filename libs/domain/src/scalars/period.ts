import { badInput } from '../errors';
import {
  daysInMonth,
  formatLocalDate,
  LOCAL_DATE_MAX_YEAR,
  LOCAL_DATE_MIN_YEAR,
  parseLocalDate,
  type LocalDate,
} from './local-date';

/**
 * Reporting periods: `2024` (YEAR), `2024H1`/`2024H2` (HALF), `2024Q1`…`2024Q4` (QUARTER),
 * `2024-01`…`2024-12` (MONTH). Letters are upper case only; years 1900–2999 like LocalDate.
 */
export const PERIOD_KINDS = ['YEAR', 'HALF', 'QUARTER', 'MONTH'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1-based index within the year; 1 for YEAR. */
  index: number;
  start: LocalDate;
  /** Inclusive. */
  end: LocalDate;
}

/** Months per period of each kind, and how many such periods a year holds. */
const MONTHS: Record<PeriodKind, number> = { YEAR: 12, HALF: 6, QUARTER: 3, MONTH: 1 };
export function periodsPerYear(kind: PeriodKind): number {
  return 12 / MONTHS[kind];
}

const PATTERNS: [PeriodKind, RegExp][] = [
  ['YEAR', /^(\d{4})$/],
  ['HALF', /^(\d{4})H([12])$/],
  ['QUARTER', /^(\d{4})Q([1-4])$/],
  ['MONTH', /^(\d{4})-(0[1-9]|1[0-2])$/],
];

function invalid(detail: string) {
  return badInput('INVALID_PERIOD', `Not a period (2024, 2024H1, 2024Q3 or 2024-10): ${detail}`);
}

/** Builds a period from its kind, year and 1-based index; throws INVALID_PERIOD when out of range. */
export function makePeriod(kind: PeriodKind, year: number, index = 1): Period {
  if (
    !PERIOD_KINDS.includes(kind) ||
    !Number.isInteger(year) ||
    year < LOCAL_DATE_MIN_YEAR ||
    year > LOCAL_DATE_MAX_YEAR ||
    !Number.isInteger(index) ||
    index < 1 ||
    index > periodsPerYear(kind)
  ) {
    throw invalid(`${String(kind)} ${year} #${index}`);
  }
  const firstMonth = (index - 1) * MONTHS[kind] + 1;
  const lastMonth = firstMonth + MONTHS[kind] - 1;
  return {
    kind,
    year,
    index,
    start: formatLocalDate(year, firstMonth, 1),
    end: formatLocalDate(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

/** Parses a period string; throws BAD_USER_INPUT / INVALID_PERIOD. */
export function parsePeriod(value: unknown): Period {
  if (typeof value === 'string') {
    for (const [kind, re] of PATTERNS) {
      const m = re.exec(value);
      if (!m) continue;
      const year = Number(m[1]);
      if (year < LOCAL_DATE_MIN_YEAR || year > LOCAL_DATE_MAX_YEAR) break;
      return makePeriod(kind, year, m[2] === undefined ? 1 : Number(m[2]));
    }
  }
  throw invalid(typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value);
}

/** True for a string `parsePeriod` accepts. */
export function isPeriod(value: unknown): value is string {
  try {
    parsePeriod(value);
    return true;
  } catch {
    return false;
  }
}

/** The canonical string of a period (the inverse of parsePeriod). */
export function formatPeriod(p: Pick<Period, 'kind' | 'year' | 'index'>): string {
  switch (p.kind) {
    case 'YEAR':
      return String(p.year);
    case 'HALF':
      return `${p.year}H${p.index}`;
    case 'QUARTER':
      return `${p.year}Q${p.index}`;
    case 'MONTH':
      return `${p.year}-${String(p.index).padStart(2, '0')}`;
  }
}

/** True when `date` lies within the period (both ends inclusive). */
export function periodContains(p: Pick<Period, 'start' | 'end'>, date: LocalDate): boolean {
  return p.start <= date && date <= p.end;
}

/** The period of `kind` that contains `date`. */
export function periodOf(kind: PeriodKind, date: LocalDate): Period {
  const d = parseLocalDate(date);
  const month = Number(d.slice(5, 7));
  return makePeriod(kind, Number(d.slice(0, 4)), Math.ceil(month / MONTHS[kind]));
}
