import type DataLoader from 'dataloader';
import { clampPageSize, type LocalDate } from '@lnob/domain';
import type { ChildrenKey } from './hierarchy';
import { decodeCursor, type Cursor } from './relay/cursor';
import { toConnection } from './relay/connection';

/** Validated paging arguments: page size and decoded cursor. */
export function pageOf(args: { first?: number | null; after?: string | null }): { first: number; after: Cursor | null } {
  return { first: clampPageSize(args.first), after: decodeCursor(args.after) };
}

/** A `children` connection of one parent, served by the batched children and count loaders. */
export async function childrenConnection<R extends { id: number }, T, C extends { edges: unknown[] }>(opts: {
  Ctor: new () => C;
  children: DataLoader<ChildrenKey, R[], string>;
  count: DataLoader<{ parentId: number; validOn: LocalDate }, number, string>;
  parentId: number;
  validOn: LocalDate;
  args: { first?: number | null; after?: string | null };
  toNode: (row: R) => T;
  sortKey: (row: R) => string;
}): Promise<C> {
  const { first, after } = pageOf(opts.args);
  const rows = await opts.children.load({ parentId: opts.parentId, validOn: opts.validOn, limit: first + 1, after: opts.args.after ?? null });
  return toConnection(
    opts.Ctor,
    rows,
    first,
    after !== null,
    opts.toNode,
    (r) => ({ key: opts.sortKey(r), id: r.id }),
    () => opts.count.load({ parentId: opts.parentId, validOn: opts.validOn }),
  );
}
