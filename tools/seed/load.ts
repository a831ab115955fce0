/**
 * Bulk loader for a generated national tree: multi-row INSERTs through TypeORM's query builder,
 * `LOAD_CHUNK` rows each, one transaction per table. Works on SQLite and MariaDB/MySQL alike
 * (booleans go in as true/false, timestamps as JS Dates, ids as generated).
 */
import { IsNull, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import {
  AreaEntity,
  AreaSuccessionEntity,
  OrganizationEntity,
  OrganizationSuccessionEntity,
} from '@lnob/api/testing';
import {
  CENTRAL_FROM,
  GENERATED_ORGANIZATION_KINDS,
  type CentralRoot,
  type GeneratedOrganizationKind,
  type NationalTree,
  type Scale,
  type StartIds,
  markerCodeOf,
} from './national';

/** Rows per INSERT: 500 × 14 columns stays far below SQLite's 32,766 bound parameters. */
export const LOAD_CHUNK = 500;

export interface LoadResult {
  rows: { areas: number; areaSuccessions: number; organizations: number; organizationSuccessions: number };
  /** Milliseconds per table and in total. */
  ms: { areas: number; areaSuccessions: number; organizations: number; organizationSuccessions: number; total: number };
}

async function insertAll<T extends ObjectLiteral>(
  ds: DataSource,
  target: EntityTarget<T>,
  rows: object[],
  chunk: number,
): Promise<number> {
  const started = performance.now();
  await ds.transaction(async (m) => {
    for (let i = 0; i < rows.length; i += chunk) {
      await m
        .createQueryBuilder()
        .insert()
        .into(target)
        .values(rows.slice(i, i + chunk) as never)
        .updateEntity(false)
        .execute();
    }
  });
  return performance.now() - started;
}

/** Insert every row of `tree` (ids as generated: see `nextIds`). */
export async function loadNationalTree(ds: DataSource, tree: NationalTree, opts: { chunk?: number } = {}): Promise<LoadResult> {
  const chunk = opts.chunk ?? LOAD_CHUNK;
  const now = new Date();
  const stamped = <R extends object>(rows: R[]) => rows.map((r) => ({ ...r, createdAt: now, updatedAt: now }));
  const created = <R extends object>(rows: R[]) => rows.map((r) => ({ ...r, createdAt: now }));
  const started = performance.now();
  const ms = {
    areas: await insertAll(ds, AreaEntity, stamped(tree.areas), chunk),
    areaSuccessions: await insertAll(ds, AreaSuccessionEntity, created(tree.areaSuccessions), chunk),
    organizations: await insertAll(ds, OrganizationEntity, stamped(tree.organizations), chunk),
    organizationSuccessions: await insertAll(ds, OrganizationSuccessionEntity, created(tree.organizationSuccessions), chunk),
    total: 0,
  };
  ms.total = performance.now() - started;
  return {
    rows: {
      areas: tree.areas.length,
      areaSuccessions: tree.areaSuccessions.length,
      organizations: tree.organizations.length,
      organizationSuccessions: tree.organizationSuccessions.length,
    },
    ms,
  };
}

/** First free id of each table (MAX(id) + 1), so generated ids never collide with existing rows. */
export async function nextIds(ds: DataSource): Promise<StartIds> {
  const next = async (target: EntityTarget<ObjectLiteral>) => {
    const r = await ds.getRepository(target).createQueryBuilder('t').select('MAX(t.id)', 'max').getRawOne<{ max: number | string | null }>();
    return Number(r?.max ?? 0) + 1;
  };
  return {
    area: await next(AreaEntity),
    areaSuccession: await next(AreaSuccessionEntity),
    organization: await next(OrganizationEntity),
    organizationSuccession: await next(OrganizationSuccessionEntity),
  };
}

/** True when the given scale's tree is already in the database (its marker area exists). */
export async function isLoaded(ds: DataSource, scale: Scale): Promise<boolean> {
  return (await ds.getRepository(AreaEntity).countBy({ code: markerCodeOf(scale) })) > 0;
}

/**
 * Central root organizations already in the database (e.g. the demo data's), one per generated
 * kind when there is exactly one open root of that kind: the generated tree hangs under them
 * instead of adding a second "Trung ương Đoàn".
 */
export async function existingCentralRoots(ds: DataSource): Promise<Partial<Record<GeneratedOrganizationKind, CentralRoot>>> {
  const rows = await ds.getRepository(OrganizationEntity).find({ where: { level: 'CENTRAL', parentId: IsNull() } });
  const out: Partial<Record<GeneratedOrganizationKind, CentralRoot>> = {};
  for (const kind of GENERATED_ORGANIZATION_KINDS) {
    const open = rows.filter((r) => r.kind === kind && r.validTo === null && r.validFrom <= CENTRAL_FROM);
    if (open.length === 1) out[kind] = { id: open[0].id, path: open[0].path, depth: open[0].depth };
  }
  return out;
}
