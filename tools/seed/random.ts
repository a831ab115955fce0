/** Seeded randomness for the national tree generator: same seed, same tree. */
import { repeat } from './national-spec';

/** mulberry32: a small, fast, seedable 32-bit PRNG; floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

export function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/** `total` split into `n` integers within [min, max], randomly weighted, summing exactly to `total`. */
export function distribute(rng: Rng, total: number, n: number, min: number, max: number): number[] {
  if (n === 0) {
    if (total !== 0) throw new Error(`distribute: ${total} into 0 parts`);
    return [];
  }
  if (n * min > total || n * max < total) throw new Error(`distribute: ${total} does not fit ${n} parts of ${min}–${max}`);
  const out = repeat(n, min);
  const rest = total - n * min;
  if (rest === 0) return out;
  const w = Array.from({ length: n }, () => 0.4 + 1.2 * rng());
  const sum = w.reduce((a, b) => a + b, 0);
  let left = rest;
  for (let i = 0; i < n; i++) {
    const add = Math.min(max - min, Math.floor((rest * w[i]) / sum));
    out[i] += add;
    left -= add;
  }
  while (left > 0) {
    const i = Math.floor(rng() * n);
    if (out[i] < max) {
      out[i] += 1;
      left -= 1;
    }
  }
  return out;
}

/** `total` split in proportion to `weights` (largest remainder), at least `min` each. */
export function proportional(total: number, weights: number[], min: number): number[] {
  const n = weights.length;
  const free = total - n * min;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (free * w) / sum);
  const out = exact.map((x) => min + Math.floor(x));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) out[order[k % n].i] += 1;
  return out;
}

/** Kinds laid out with exact counts, in random order. */
export function kindsOf<K extends string>(rng: Rng, n: number, counts: [K, number][], rest: K): K[] {
  const out: K[] = [];
  for (const [k, c] of counts) for (let i = 0; i < c && out.length < n; i++) out.push(k);
  while (out.length < n) out.push(rest);
  return shuffle(rng, out);
}
