/** Seeded randomness for the national tree generator: same seed, same tree. */
import { shuffle, type Rng } from '@lnob/domain/fixtures';
import { repeat } from './national-spec';

export { pick, proportional, randomInt, shuffle, weighted, type Rng } from '@lnob/domain/fixtures';
/** mulberry32, the seeded PRNG of every generated data set (libs/domain/src/fixtures/random.ts). */
export { seededRandom as mulberry32 } from '@lnob/domain/fixtures';

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

/** Kinds laid out with exact counts, in random order. */
export function kindsOf<K extends string>(rng: Rng, n: number, counts: [K, number][], rest: K): K[] {
  const out: K[] = [];
  for (const [k, c] of counts) for (let i = 0; i < c && out.length < n; i++) out.push(k);
  while (out.length < n) out.push(rest);
  return shuffle(rng, out);
}
