import { describe, expect, it } from 'vitest';
import { inAnySubtree, normaliseRoots, successionClosure } from './scope';

describe('scope roots', () => {
  it.each<[string[], string[]]>([
    [[], []],
    [['/1/5/', '/1/', '/2/'], ['/1/', '/2/']],
    [['/1/5/', '/1/50/'], ['/1/5/', '/1/50/']],
    [['/3/', '/3/'], ['/3/']],
  ])('normaliseRoots(%j) → %j', (paths, roots) => {
    expect(normaliseRoots(paths)).toEqual(roots);
  });

  it.each<[string[], string, boolean]>([
    [['/1/5/'], '/1/5/', true],
    [['/1/5/'], '/1/5/9/', true],
    [['/1/5/'], '/1/50/', false],
    [['/1/5/'], '/1/', false],
    [[], '/1/', false],
  ])('inAnySubtree(%j, %s) → %s', (roots, path, inside) => {
    expect(inAnySubtree(roots, path)).toBe(inside);
  });
});

describe('succession closure (mergers carry scopes over)', () => {
  // Quảng Nam (1) + Đà Nẵng (2) → new Đà Nẵng (3); Trà Vinh (4) → Vĩnh Long (5); commune 6 split into 7 and 8, 8 also took 9.
  const links: [number, number][] = [[1, 3], [2, 3], [4, 5], [6, 7], [6, 8], [9, 8]];
  const succ = (id: number) => links.filter(([p]) => p === id).map(([, s]) => s);
  const pred = (id: number) => links.filter(([, s]) => s === id).map(([p]) => p);

  it.each<[number[], number[]]>([
    [[1], [1, 2, 3]],
    [[3], [1, 2, 3]],
    [[2], [1, 2, 3]],
    [[4], [4, 5]],
    [[6], [6, 7, 8, 9]],
    [[10], [10]],
    [[1, 4], [1, 2, 3, 4, 5]],
  ])('from %j → %j', (start, closure) => {
    expect(successionClosure(start, succ, pred)).toEqual(closure);
  });
});
