/**
 * Scopes as sets of subtree roots (materialized paths). Pure helpers; the API turns them into SQL.
 */
import { isInSubtree, type MaterializedPath } from '../hierarchy/path';

/** Drops roots that lie inside another root and sorts: `['/1/5/', '/1/', '/2/']` → `['/1/', '/2/']`. */
export function normaliseRoots(paths: readonly MaterializedPath[]): MaterializedPath[] {
  const sorted = [...new Set(paths)].sort();
  const out: MaterializedPath[] = [];
  for (const p of sorted) if (!out.some((r) => isInSubtree(r, p))) out.push(p);
  return out;
}

/** Whether `path` lies in one of the subtrees. */
export function inAnySubtree(roots: readonly MaterializedPath[], path: MaterializedPath): boolean {
  return roots.some((r) => isInSubtree(r, path));
}

/**
 * A unit's scope roots after the 2025 merger and other successions: the unit, everything that
 * succeeded it (transitively), then everything that preceded any of those (transitively).
 * `successors` / `predecessors` answer one step of the succession graph.
 */
export function successionClosure(
  start: readonly number[],
  successors: (id: number) => readonly number[],
  predecessors: (id: number) => readonly number[],
): number[] {
  const forward = walk(start, successors);
  return [...walk([...forward], predecessors)].sort((a, b) => a - b);
}

function walk(start: readonly number[], next: (id: number) => readonly number[]): Set<number> {
  const seen = new Set(start);
  const queue = [...start];
  while (queue.length) {
    for (const n of next(queue.pop()!)) {
      if (seen.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
  }
  return seen;
}
