import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  childPath,
  depthOf,
  isAncestorPath,
  isInSubtree,
  isValidPath,
  lastId,
  parentPathOf,
  pathIds,
  rebasePath,
  subtreeRange,
  wouldCreateCycle,
} from './path';

function failure(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? `${e.code}/${e.reason}` : String(e);
  }
}

describe('childPath / pathIds / depthOf', () => {
  it.each<[string | null, number, string, number[], number, string | null]>([
    [null, 1, '/1/', [1], 0, null],
    ['/1/', 5, '/1/5/', [1, 5], 1, '/1/'],
    ['/1/5/', 42, '/1/5/42/', [1, 5, 42], 2, '/1/5/'],
    ['/1/5/42/', 1000, '/1/5/42/1000/', [1, 5, 42, 1000], 3, '/1/5/42/'],
    [null, Number.MAX_SAFE_INTEGER, `/${Number.MAX_SAFE_INTEGER}/`, [Number.MAX_SAFE_INTEGER], 0, null],
  ])('childPath(%j, %i) → %s', (parent, id, path, ids, depth, parentPath) => {
    expect(childPath(parent, id)).toBe(path);
    expect(pathIds(path)).toEqual(ids);
    expect(depthOf(path)).toBe(depth);
    expect(lastId(path)).toBe(id);
    expect(parentPathOf(path)).toBe(parentPath);
  });

  it.each<[string | null, number]>([
    [null, 0],
    [null, -1],
    [null, 1.5],
    [null, Number.NaN],
    [null, Number.MAX_SAFE_INTEGER + 1],
    ['1/5/', 3],
    ['/1/5', 3],
    ['', 3],
  ])('rejects childPath(%j, %d)', (parent, id) => {
    expect(failure(() => childPath(parent, id))).toBe('INTERNAL_SERVER_ERROR/INTERNAL');
  });

  it.each<[unknown, boolean]>([
    ['/1/', true],
    ['/1/5/42/', true],
    ['/', false],
    ['//', false],
    ['/0/', false],
    ['/01/', false],
    ['/1//5/', false],
    ['/-1/', false],
    ['/1/a/', false],
    ['1/', false],
    ['/1', false],
    ['/99999999999999999999/', false],
    [null, false],
  ])('isValidPath(%j) is %s', (path, expected) => {
    expect(isValidPath(path)).toBe(expected);
  });

  it.each(['', '/', '/1', '/x/'])('pathIds(%j) throws INTERNAL', (path) => {
    expect(failure(() => pathIds(path))).toBe('INTERNAL_SERVER_ERROR/INTERNAL');
  });
});

describe('ancestry', () => {
  it.each<[string, string, boolean, boolean]>([
    // [a, b, isAncestorPath(a, b), isInSubtree(a, b)]
    ['/1/', '/1/5/', true, true],
    ['/1/', '/1/5/42/', true, true],
    ['/1/5/', '/1/5/', false, true],
    ['/1/5/', '/1/', false, false],
    ['/1/5/', '/1/50/', false, false], // prefix of the digits, not of the path
    ['/1/5/', '/1/55/5/', false, false],
    ['/1/', '/11/', false, false],
    ['/2/', '/1/2/', false, false],
  ])('%s vs %s', (a, b, ancestor, inSubtree) => {
    expect(isAncestorPath(a, b)).toBe(ancestor);
    expect(isInSubtree(a, b)).toBe(inSubtree);
  });
});

describe('subtreeRange', () => {
  const range = subtreeRange('/1/5/');

  it('replaces the trailing slash with 0', () => {
    expect(range).toEqual({ from: '/1/5/', to: '/1/50' });
    expect(subtreeRange('/1/')).toEqual({ from: '/1/', to: '/10' });
  });

  it.each<[string, boolean]>([
    ['/1/5/', true],
    ['/1/5/6/', true],
    ['/1/5/999999/1/', true],
    ['/1/5/0/', true], // not a valid path, but would still be inside
    ['/1/', false],
    ['/1/4/', false],
    ['/1/4/99/', false],
    ['/1/50/', false],
    ['/1/51/', false],
    ['/1/6/', false],
    ['/1/5', false],
    ['/2/', false],
  ])('%s inside: %s', (path, inside) => {
    expect(range.from <= path && path < range.to).toBe(inside);
  });
});

describe('wouldCreateCycle', () => {
  it.each<[string, string, boolean]>([
    ['/1/5/', '/1/5/', true], // under itself
    ['/1/5/', '/1/5/42/', true], // under its child
    ['/1/5/', '/1/5/42/7/', true], // under a grandchild
    ['/1/5/', '/1/', false], // under its parent (no move)
    ['/1/5/', '/1/6/', false], // under a sibling
    ['/1/5/', '/1/50/', false], // sibling with a similar id
    ['/1/', '/2/', false],
  ])('moving %s under %s: %s', (node, parent, expected) => {
    expect(wouldCreateCycle(node, parent)).toBe(expected);
  });
});

describe('rebasePath', () => {
  it.each([
    ['/1/5/', '/2/5/', '/1/5/', '/2/5/'],
    ['/1/5/', '/2/5/', '/1/5/42/', '/2/5/42/'],
    ['/1/5/', '/2/9/5/', '/1/5/42/7/', '/2/9/5/42/7/'],
    ['/1/5/', '/5/', '/1/5/42/', '/5/42/'], // becomes a root
  ])('%s → %s moves %s to %s', (oldPrefix, newPrefix, path, expected) => {
    expect(rebasePath(oldPrefix, newPrefix, path)).toBe(expected);
  });

  it.each([
    ['/1/5/', '/2/5/', '/1/50/'],
    ['/1/5/', '/2/5/', '/1/'],
    ['/1/5/', 'bad', '/1/5/42/'],
  ])('rejects %s → %s for %s', (oldPrefix, newPrefix, path) => {
    expect(failure(() => rebasePath(oldPrefix, newPrefix, path))).toBe('INTERNAL_SERVER_ERROR/INTERNAL');
  });
});
