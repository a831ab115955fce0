import { internal } from '../errors';

/**
 * Materialized paths of positive integer ids: `/1/5/42/` is node 42 under 5 under root 1.
 * A subtree is one indexed range or `LIKE '/1/5/%'` query. Keep the path column in a binary/ASCII
 * collation so that `subtreeRange` holds in SQL as it does here.
 *
 * Malformed paths and ids are server bugs, not user input: they throw INTERNAL_SERVER_ERROR.
 */
export type MaterializedPath = string;

const PATH = /^\/(?:[1-9][0-9]*\/)+$/;

export function isValidPath(path: unknown): path is MaterializedPath {
  return typeof path === 'string' && PATH.test(path) && pathIdsUnchecked(path).every(Number.isSafeInteger);
}

function assertPath(path: string): MaterializedPath {
  if (!isValidPath(path)) throw internal(`Malformed materialized path: ${JSON.stringify(path)}`);
  return path;
}

function pathIdsUnchecked(path: string): number[] {
  return path.slice(1, -1).split('/').map(Number);
}

/** The path of node `id` under `parentPath` (null for a root). */
export function childPath(parentPath: MaterializedPath | null, id: number): MaterializedPath {
  if (!Number.isSafeInteger(id) || id < 1) throw internal(`Not a positive integer id: ${id}`);
  return `${parentPath === null ? '/' : assertPath(parentPath)}${id}/`;
}

/** Ids from the root down to the node itself. */
export function pathIds(path: MaterializedPath): number[] {
  return pathIdsUnchecked(assertPath(path));
}

/** The node's own id (the last id of the path). */
export function lastId(path: MaterializedPath): number {
  const ids = pathIds(path);
  return ids[ids.length - 1];
}

/** The parent's path, or null for a root. */
export function parentPathOf(path: MaterializedPath): MaterializedPath | null {
  assertPath(path);
  const cut = path.lastIndexOf('/', path.length - 2);
  return cut === 0 ? null : path.slice(0, cut + 1);
}

/** A root (`/1/`) has depth 0, its children depth 1, and so on. */
export function depthOf(path: MaterializedPath): number {
  return pathIds(path).length - 1;
}

/** True when `ancestor` is a strict ancestor of `descendant` (never of itself). */
export function isAncestorPath(ancestor: MaterializedPath, descendant: MaterializedPath): boolean {
  return assertPath(descendant).startsWith(assertPath(ancestor)) && descendant !== ancestor;
}

/** True when `path` is `root` or lies below it. */
export function isInSubtree(root: MaterializedPath, path: MaterializedPath): boolean {
  return assertPath(path).startsWith(assertPath(root));
}

/**
 * A half-open range holding exactly the subtree of `path` (the node and its descendants) in plain
 * byte order: `from <= p < to`. `to` is `path` with its trailing '/' replaced by '0', the next
 * character after '/' in ASCII: `/1/5/` → [`/1/5/`, `/1/50`).
 */
export function subtreeRange(path: MaterializedPath): { from: string; to: string } {
  assertPath(path);
  return { from: path, to: `${path.slice(0, -1)}0` };
}

/** True when moving `nodePath` under `newParentPath` would make it its own ancestor. */
export function wouldCreateCycle(nodePath: MaterializedPath, newParentPath: MaterializedPath): boolean {
  return isInSubtree(nodePath, newParentPath);
}

/**
 * Rewrites `path` when the subtree at `oldPrefix` moves to `newPrefix` (the node's new own path,
 * usually `childPath(newParentPath, id)`): `rebasePath('/1/5/', '/2/5/', '/1/5/42/')` → `/2/5/42/`.
 */
export function rebasePath(oldPrefix: MaterializedPath, newPrefix: MaterializedPath, path: MaterializedPath): MaterializedPath {
  if (!isInSubtree(oldPrefix, path)) throw internal(`${path} is not inside ${oldPrefix}`);
  return `${assertPath(newPrefix)}${path.slice(oldPrefix.length)}`;
}
