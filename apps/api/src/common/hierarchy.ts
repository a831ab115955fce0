import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { LIKE_ESCAPE, LOADER_BATCH_MAX, searchWordPatterns, type LocalDate } from '@lnob/domain';
import { decodeCursor, type Cursor } from './relay/cursor';
import type { SqlClause } from '../modules/auth/scope';

/** Rows of a hierarchy table (areas, organizations): materialized path plus validity. */
export interface HierarchyRow extends ObjectLiteral {
  id: number;
  parentId: number | null;
  path: string;
  validFrom: string;
  validTo: string | null;
}

/** SQL for "valid on date d" (validTo inclusive, null open). */
export function whereValidOn<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, date: LocalDate, param = 'validOn') {
  return qb.andWhere(`${alias}.validFrom <= :${param} AND (${alias}.validTo IS NULL OR ${alias}.validTo >= :${param})`, {
    [param]: date,
  });
}

/**
 * Accent-insensitive word search: every word of the query must occur in one of the columns
 * (folded columns, or codes). Identical on both engines (see docs/api.md).
 */
export function whereSearch<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, columns: string[], query: string) {
  searchWordPatterns(query).forEach((pattern, i) => {
    qb.andWhere(`(${columns.map((c) => `${c} LIKE :w${i} ESCAPE :esc`).join(' OR ')})`, { [`w${i}`]: pattern, esc: LIKE_ESCAPE });
  });
  return qb;
}

/** Keyset condition "after (key, id)" on the sort column. */
export function whereAfter<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, sortColumn: string, after: Cursor | null) {
  if (!after) return qb;
  return qb.andWhere(
    `(${alias}.${sortColumn} > :afterKey OR (${alias}.${sortColumn} = :afterKey AND ${alias}.id > :afterId))`,
    { afterKey: after.key, afterId: after.id },
  );
}

/** A batch-by-id loader (≤ 500 keys per statement). */
export function byIdLoader<T extends { id: number }>(ds: DataSource, target: EntityTarget<T>) {
  return new DataLoader<number, T | null>(
    async (ids) => {
      const rows = (await ds.getRepository(target).find({ where: { id: In([...ids]) } as never })) as T[];
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    },
    { maxBatchSize: LOADER_BATCH_MAX },
  );
}

export interface ChildrenKey {
  parentId: number;
  validOn: LocalDate;
  /** Page size plus one: the extra row tells whether a next page exists. */
  limit: number;
  after: string | null;
}

/**
 * Children of many parents, a page per parent, in one statement per batch (ROW_NUMBER window,
 * portable across SQLite ≥ 3.25 and MariaDB ≥ 10.2) plus one to load the rows.
 * The statement count stays constant however many parents a nested query holds. `scope` (the
 * caller's visibility, on unaliased columns) filters before the page is cut, so a page is never
 * short because of rows the caller may not see.
 */
export function childrenLoader<T extends HierarchyRow>(
  ds: DataSource,
  target: EntityTarget<T>,
  table: string,
  sortColumn: string,
  byId: DataLoader<number, T | null>,
  scope: SqlClause | null,
) {
  return keyGroupLoader<ChildrenKey, T[]>(
    cacheKey,
    (k) => `${k.validOn}|${k.limit}|${k.after ?? ''}`,
    async (group) => {
      const { validOn, limit, after } = group[0];
      const cursor = decodeCursor(after);
      const parentIds = [...new Set(group.map((k) => k.parentId))];
      const params: unknown[] = [...parentIds, validOn, validOn, ...(scope?.params ?? [])];
      let keyset = '';
      if (cursor) {
        keyset = ` AND (${sortColumn} > ? OR (${sortColumn} = ? AND id > ?))`;
        params.push(cursor.key, cursor.key, cursor.id);
      }
      params.push(limit);
      const ranked: { id: number | string; rn: number | string }[] = await ds.query(
        `SELECT id, rn FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY parentId ORDER BY ${sortColumn}, id) AS rn ` +
          `FROM ${table} WHERE parentId IN (${parentIds.map(() => '?').join(', ')}) ` +
          `AND validFrom <= ? AND (validTo IS NULL OR validTo >= ?)${scope ? ` AND ${scope.sql}` : ''}${keyset}) ranked WHERE rn <= ?`,
        params,
      );
      const order = new Map(ranked.map((r) => [Number(r.id), Number(r.rn)]));
      const rows =
        order.size === 0
          ? []
          : ((await ds.getRepository(target).find({ where: { id: In([...order.keys()]) } as never })) as T[]);
      rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      for (const r of rows) byId.prime(r.id, r);
      const byParent = groupBy(rows, (r) => r.parentId!);
      return (k) => byParent.get(k.parentId);
    },
    () => [],
  );
}

function cacheKey(k: ChildrenKey): string {
  return `${k.parentId}|${k.validOn}|${k.limit}|${k.after ?? ''}`;
}

/** Number of children valid on a date (and visible: `scope`), for many parents in one GROUP BY. */
export function childCountLoader(ds: DataSource, table: string, scope: SqlClause | null) {
  return keyGroupLoader<{ parentId: number; validOn: LocalDate }, number>(
    (k) => `${k.parentId}|${k.validOn}`,
    (k) => k.validOn,
    async (group) => {
      const validOn = group[0].validOn;
      const ids = group.map((k) => k.parentId);
      const rows: { parentId: number | string; n: number | string }[] = await ds.query(
        `SELECT parentId, COUNT(*) AS n FROM ${table} WHERE parentId IN (${ids.map(() => '?').join(', ')}) ` +
          `AND validFrom <= ? AND (validTo IS NULL OR validTo >= ?)${scope ? ` AND ${scope.sql}` : ''} GROUP BY parentId`,
        [...ids, validOn, validOn, ...(scope?.params ?? [])],
      );
      const counts = new Map(rows.map((r) => [Number(r.parentId), Number(r.n)]));
      return (k) => counts.get(k.parentId);
    },
    () => 0,
  );
}

/** The rows of many owners (`column` = the owner's id), one statement per batch, each owner's in `order`. */
export function groupedLoader<T extends ObjectLiteral>(
  ds: DataSource,
  target: EntityTarget<T>,
  column: keyof T & string,
  order: Record<string, 'ASC' | 'DESC'>,
) {
  return new DataLoader<number, T[]>(
    async (ids) => {
      const rows = (await ds.getRepository(target).find({ where: { [column]: In([...ids]) } as never, order: order as never })) as T[];
      const byOwner = groupBy(rows, (r) => r[column] as number);
      return ids.map((id) => byOwner.get(id) ?? []);
    },
    { maxBatchSize: LOADER_BATCH_MAX },
  );
}

/** Items by a key, each list in the items' order (keys in the order first met). */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Consecutive slices of at most `size` items (bounded IN lists). */
export function chunks<T>(items: readonly T[], size = LOADER_BATCH_MAX): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The rows a `loadMany` found (unknown ids and errors left out), in order. */
export function loadedRows<T>(rows: readonly (T | null | undefined | Error)[]): T[] {
  return rows.filter((r): r is T => r != null && !(r instanceof Error));
}

/**
 * A loader of composite keys (an id and a date, say) answered a group at a time: the keys of a batch
 * that share `groupOf` are read together by `read`, which answers each key of its group (`missing()`
 * for those it does not know). One read per group whatever the number of keys.
 */
export function keyGroupLoader<K, V>(keyOf: (key: K) => string, groupOf: (key: K) => string, read: (group: K[]) => Promise<(key: K) => V | undefined>, missing: () => V) {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const answers = new Map<K, V | undefined>();
      for (const group of groupBy(keys, groupOf).values()) {
        const answer = await read(group);
        for (const k of group) answers.set(k, answer(k));
      }
      return keys.map((k) => answers.get(k) ?? missing());
    },
    { maxBatchSize: LOADER_BATCH_MAX, cacheKeyFn: keyOf },
  );
}

/** Succession links of many units, seen from one side: 'successorId' gives predecessors, 'predecessorId' successors. */
export function successionLoader<T extends { id: number; predecessorId: number; successorId: number }>(
  ds: DataSource,
  target: EntityTarget<T>,
  side: 'successorId' | 'predecessorId',
) {
  return groupedLoader(ds, target, side, { effectiveOn: 'ASC', id: 'ASC' });
}
