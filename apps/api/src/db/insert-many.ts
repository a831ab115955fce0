import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows per INSERT: bounded statements (SQLite allows 32,766 parameters, MySQL 65,535). */
export const INSERT_BATCH_ROWS = 1000;

/**
 * Inserts entity objects (ids included when set) with plain multi-row INSERT statements: the
 * values pass through each column's transformer and the driver's own conversion (booleans, dates,
 * simple-json), exactly as `repository.insert` would store them, without the query builder's
 * per-row overhead (bulk imports, audit rows). Statements: ⌈rows / batch⌉.
 */
export async function insertMany<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, rows: readonly T[], batch = INSERT_BATCH_ROWS): Promise<void> {
  if (rows.length === 0) return;
  const meta = m.connection.getMetadata(target);
  const driver = m.connection.driver;
  // Columns a row gives (an unset generated id is left to the database).
  const columns = meta.columns.filter((c) => !c.isVirtual && !(c.isGenerated && rows.some((r) => c.getEntityValue(r) === undefined)));
  const head = `INSERT INTO ${driver.escape(meta.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += batch) {
    const part = rows.slice(i, i + batch);
    const params: unknown[] = [];
    for (const r of part) {
      for (const c of columns) {
        const given = c.getEntityValue(r, true);
        const v = given === undefined ? (typeof c.default === 'function' ? null : (c.default ?? null)) : given;
        params.push(v === null ? null : driver.preparePersistentValue(v, c));
      }
    }
    await m.query(head + part.map(() => tuple).join(', '), params);
  }
}
