/**
 * Exact decimal numbers as text (indicator values, targets, rates): `12.5`, `-0.5`, `15735`,
 * `1234567890123`. Never floats: a value is held as an integer of units and a scale (value =
 * units / 10^scale) in BigInt, so VND amounts beyond 2^53 and rates such as 1/3 × 100 stay exact
 * until they are rounded, once, half away from zero ("half-up" as accountants mean it).
 *
 * Text form: an optional sign, digits, optionally a point and more digits (no exponent, no
 * thousands separator, no leading point), at most DECIMAL_MAX_LENGTH characters and
 * DECIMAL_MAX_SCALE fraction digits. The canonical text (`formatDecimal`) has no leading zeros, no
 * trailing fraction zeros, no `+` and no `-0`.
 */
import { badInput } from '../errors';

export interface Decimal {
  /** The value × 10^scale. */
  units: bigint;
  /** Fraction digits, 0 … DECIMAL_MAX_SCALE. */
  scale: number;
}

/** A decimal, its text, or a safe integer / bigint. */
export type DecimalLike = Decimal | string | number | bigint;

/** The column width of decimal values (`varchar(40)`). */
export const DECIMAL_MAX_LENGTH = 40;
/** Fraction digits a value may carry. */
export const DECIMAL_MAX_SCALE = 12;
/** Fraction digits of computed values (ratios, averages): 4, rounded half-up. */
export const COMPUTED_SCALE = 4;

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** True for text `parseDecimal` accepts. */
export function isDecimal(text: unknown): text is string {
  if (typeof text !== 'string' || text.length === 0 || text.length > DECIMAL_MAX_LENGTH) return false;
  const m = DECIMAL_TEXT.exec(text);
  return !!m && (m[3] ?? '').length <= DECIMAL_MAX_SCALE;
}

/** Parses decimal text; BAD_USER_INPUT / INVALID_DECIMAL (at `path` when given) otherwise. */
export function parseDecimal(text: unknown, path?: string): Decimal {
  if (!isDecimal(text)) {
    const shown = typeof text === 'string' ? JSON.stringify(text.slice(0, 40)) : typeof text;
    throw badInput('INVALID_DECIMAL', `Not a decimal number: ${shown}`, path ? [{ path, message: `a decimal number such as 12.5 (at most ${DECIMAL_MAX_SCALE} decimals, ${DECIMAL_MAX_LENGTH} characters)` }] : []);
  }
  const m = DECIMAL_TEXT.exec(text)!;
  const fraction = m[3] ?? '';
  const units = BigInt(m[2] + fraction);
  return normalise({ units: m[1] === '-' ? -units : units, scale: fraction.length });
}

/** Any DecimalLike as a Decimal (numbers must be safe integers). */
export function toDecimal(v: DecimalLike): Decimal {
  if (typeof v === 'string') return parseDecimal(v);
  if (typeof v === 'bigint') return { units: v, scale: 0 };
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new RangeError(`not a safe integer: ${v}`);
    return { units: BigInt(v), scale: 0 };
  }
  return v;
}

/** Drops trailing fraction zeros. */
function normalise(d: Decimal): Decimal {
  let { units, scale } = d;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return { units, scale };
}

const pow10 = (n: number) => 10n ** BigInt(n);

/** Both at the larger scale. */
function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

/** n / d rounded half away from zero (d ≠ 0). */
function divRound(n: bigint, d: bigint): bigint {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = (abs * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/**
 * Canonical text; with `scale`, rounded half-up to exactly that many fraction digits (padded
 * with zeros: `formatDecimal('12.5', 2)` → `12.50`).
 */
export function formatDecimal(v: DecimalLike, scale?: number): string {
  let d = toDecimal(v);
  if (scale !== undefined) d = roundDecimal(d, scale);
  else d = normalise(d);
  const digits = scale ?? d.scale;
  const units = d.units * pow10(digits - d.scale);
  const negative = units < 0n;
  const abs = (negative ? -units : units).toString().padStart(digits + 1, '0');
  const text = digits === 0 ? abs : `${abs.slice(0, abs.length - digits)}.${abs.slice(abs.length - digits)}`;
  return negative ? `-${text}` : text;
}

/** Rounded half away from zero to `scale` fraction digits (never adds precision it lacks). */
export function roundDecimal(v: DecimalLike, scale: number): Decimal {
  const d = toDecimal(v);
  if (d.scale <= scale) return d;
  return { units: divRound(d.units, pow10(d.scale - scale)), scale };
}

export function addDecimals(a: DecimalLike, b: DecimalLike): Decimal {
  const [x, y, scale] = align(toDecimal(a), toDecimal(b));
  return normalise({ units: x + y, scale });
}

export function subtractDecimals(a: DecimalLike, b: DecimalLike): Decimal {
  const [x, y, scale] = align(toDecimal(a), toDecimal(b));
  return normalise({ units: x - y, scale });
}

/** Σ of the values (0 for none). */
export function sumDecimals(values: readonly DecimalLike[]): Decimal {
  return values.reduce<Decimal>((acc, v) => addDecimals(acc, v), { units: 0n, scale: 0 });
}

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimals(a: DecimalLike, b: DecimalLike): -1 | 0 | 1 {
  const [x, y] = align(toDecimal(a), toDecimal(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a × b exactly. */
export function multiplyDecimals(a: DecimalLike, b: DecimalLike): Decimal {
  const x = toDecimal(a);
  const y = toDecimal(b);
  return normalise({ units: x.units * y.units, scale: x.scale + y.scale });
}

/** a / b rounded half-up to `scale` fraction digits (COMPUTED_SCALE by default); null when b is 0. */
export function divideDecimals(a: DecimalLike, b: DecimalLike, scale = COMPUTED_SCALE): Decimal | null {
  const x = toDecimal(a);
  const y = toDecimal(b);
  if (y.units === 0n) return null;
  // x/y = (x.units / 10^x.scale) / (y.units / 10^y.scale); scaled by 10^scale.
  const n = x.units * pow10(y.scale + scale);
  const d = y.units * pow10(x.scale);
  return normalise({ units: divRound(n, d), scale });
}

/**
 * The value of a ratio indicator: numerator / denominator × factor, rounded half-up to 4 decimals,
 * as canonical text (`ratioValue(1, 3, 100)` → `33.3333`); null when the denominator is 0.
 */
export function ratioValue(numerator: DecimalLike, denominator: DecimalLike, factor: DecimalLike = 1, scale = COMPUTED_SCALE): string | null {
  const q = divideDecimals(multiplyDecimals(numerator, factor), denominator, scale);
  return q && formatDecimal(q);
}
