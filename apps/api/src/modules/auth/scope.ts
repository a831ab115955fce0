import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { inAnySubtree, normaliseRoots, subtreeRange, type MaterializedPath } from '@lnob/domain';

/** A piece of SQL with positional `?` parameters. */
export interface SqlClause {
  sql: string;
  params: unknown[];
}

/**
 * Where a caller may act for one action: nationwide, or a set of organization subtrees plus the
 * areas they work in (docs/auth.md). Immutable; `union` combines several assignments.
 */
export class Scope {
  private constructor(
    readonly national: boolean,
    readonly orgRoots: readonly MaterializedPath[],
    readonly areaRoots: readonly MaterializedPath[],
    /** A central organization works in every area. */
    readonly allAreas: boolean,
  ) {}

  static readonly NONE = new Scope(false, [], [], false);
  static readonly NATIONAL = new Scope(true, [], [], true);

  static of(orgRoots: readonly MaterializedPath[], areaRoots: readonly MaterializedPath[], allAreas: boolean): Scope {
    return new Scope(false, normaliseRoots(orgRoots), allAreas ? [] : normaliseRoots(areaRoots), allAreas);
  }

  union(o: Scope): Scope {
    if (this.national || o.national) return Scope.NATIONAL;
    return Scope.of([...this.orgRoots, ...o.orgRoots], [...this.areaRoots, ...o.areaRoots], this.allAreas || o.allAreas);
  }

  get isEmpty(): boolean {
    return !this.national && !this.allAreas && this.orgRoots.length === 0 && this.areaRoots.length === 0;
  }

  /** Read visibility of an organization: in one of the subtrees, or working in a covered area. */
  coversOrganization(orgPath: MaterializedPath, areaPath: MaterializedPath | null): boolean {
    if (this.national || this.allAreas || inAnySubtree(this.orgRoots, orgPath)) return true;
    return areaPath !== null && inAnySubtree(this.areaRoots, areaPath);
  }

  /** Whether the organization's own-system subtree is covered without looking at areas. */
  coversOrganizationPath(orgPath: MaterializedPath): boolean {
    return this.national || this.allAreas || inAnySubtree(this.orgRoots, orgPath);
  }

  /**
   * Changing an organization needs it inside one of the organization subtrees; so do users and keys
   * filed under it. Nothing filed under no organization (`null`) is owned below national level.
   */
  ownsOrganization(orgPath: MaterializedPath | null): boolean {
    return this.national || (orgPath !== null && inAnySubtree(this.orgRoots, orgPath));
  }

  coversArea(areaPath: MaterializedPath): boolean {
    return this.national || this.allAreas || inAnySubtree(this.areaRoots, areaPath);
  }

  /** Whether an object filed under these paths (an audit row, later a household) is covered. */
  coversPaths(orgPath: MaterializedPath | null, areaPath: MaterializedPath | null): boolean {
    if (this.national) return true;
    if (orgPath !== null && inAnySubtree(this.orgRoots, orgPath)) return true;
    return areaPath !== null && (this.allAreas || inAnySubtree(this.areaRoots, areaPath));
  }

  /** SQL restricting organization rows (columns `path`, `areaId` of `alias`); null when unrestricted. */
  organizationSql(alias: string): SqlClause | null {
    if (this.national || this.allAreas) return null;
    const parts = [pathRanges(col(alias, 'path'), this.orgRoots)];
    if (this.areaRoots.length) {
      const areas = pathRanges('sa.path', this.areaRoots);
      parts.push({ sql: `${col(alias, 'areaId')} IN (SELECT sa.id FROM area sa WHERE ${areas.sql})`, params: areas.params });
    }
    return or(parts);
  }

  /** SQL restricting an area path column: of areas (`a.path`) or of area-located rows (`h.areaPath`); null when unrestricted. */
  areaPathSql(column: string): SqlClause | null {
    if (this.national || this.allAreas) return null;
    return pathRanges(column, this.areaRoots);
  }

  /** SQL restricting rows filed under an organization id (users, API keys) to the organization subtrees only; null when national. */
  organizationIdSql(column: string): SqlClause | null {
    return this.national ? null : organizationIdInSubtrees(column, this.orgRoots);
  }

  /** SQL restricting rows filed under an organization path and an area path (audit rows, households). */
  pathsSql(orgPathColumn: string, areaPathColumn: string): SqlClause | null {
    if (this.national) return null;
    const parts = [pathRanges(orgPathColumn, this.orgRoots)];
    if (this.allAreas) parts.push({ sql: `${areaPathColumn} IS NOT NULL`, params: [] });
    else if (this.areaRoots.length) parts.push(pathRanges(areaPathColumn, this.areaRoots));
    return or(parts);
  }
}

const col = (alias: string, name: string) => (alias ? `${alias}.${name}` : name);

function pathRanges(column: string, roots: readonly MaterializedPath[]): SqlClause {
  if (roots.length === 0) return { sql: '1 = 0', params: [] };
  const params: unknown[] = [];
  const sql = roots
    .map((r) => {
      const { from, to } = subtreeRange(r);
      params.push(from, to);
      return `(${column} >= ? AND ${column} < ?)`;
    })
    .join(' OR ');
  return { sql: `(${sql})`, params };
}

/** `column` (an organization id) names an organization in one of the subtrees of `roots`. */
export function organizationIdInSubtrees(column: string, roots: readonly MaterializedPath[]): SqlClause {
  const ranges = pathRanges('so.path', roots);
  return { sql: `${column} IN (SELECT so.id FROM organization so WHERE ${ranges.sql})`, params: ranges.params };
}

function or(parts: SqlClause[]): SqlClause {
  return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) };
}

let clauseCounter = 0;

/** Adds a positional clause to a TypeORM query builder (named parameters made unique). */
export function andWhereClause<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, clause: SqlClause | null): SelectQueryBuilder<T> {
  if (!clause) return qb;
  const named: Record<string, unknown> = {};
  let i = 0;
  const sql = clause.sql.replace(/\?/g, () => {
    const name = `sc${++clauseCounter % 1_000_000}_${i}`;
    named[name] = clause.params[i++];
    return `:${name}`;
  });
  return qb.andWhere(sql, named);
}
