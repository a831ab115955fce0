/**
 * Bulk loader of generated households (households.ts): multi-row INSERTs straight into
 * `household`, `household_member` and `household_review`, then the poverty summary rebuilt with the
 * API's own rebuild (`PovertyStatisticsService.rebuild`, as `npm run stats:rebuild` does).
 *
 * - SQLite: the connection's better-sqlite3 handle, one prepared statement of `SQLITE_ROWS` rows per
 *   table (≤ 32,766 bound values), reused for every full batch; a larger page cache for the load.
 * - MariaDB/MySQL: one dedicated connection, multi-row INSERTs of up to `MYSQL_ROWS` rows whose
 *   text is built here, sized to stay well under the server's max_allowed_packet, up to
 *   `MYSQL_IN_FLIGHT` of them queued without waiting (the server inserts while the next rows are
 *   generated; the connection keeps them in order). Server-side prepared statements (mysql2
 *   `execute`, 2,000 rows each) were measured no faster than these and send 2.5× more statements.
 * Everything in ONE transaction: a load is all or nothing, so a database holds a scale's
 * households completely or not at all (the idempotence check counts them).
 */
import type { DataSource } from 'typeorm';
import { Like } from 'typeorm';
import { AreaEntity, Caller, PovertyStatisticsService } from '@lnob/api/testing';
import { SCALES, type Scale } from './national-spec';
import {
  generateHouseholds,
  HouseholdTally,
  type HouseholdBatch,
  type HouseholdPlan,
  type HouseholdStartIds,
  type SourceArea,
} from './households';

/** Rows per prepared INSERT on SQLite: 2,000 × 16 columns = 32,000 ≤ 32,766 bound values. */
const SQLITE_ROWS = 2_000;
/** At most this many rows per INSERT on MariaDB/MySQL (fewer when max_allowed_packet is small). */
const MYSQL_ROWS = 5_000;
/** Statements sent ahead on MariaDB/MySQL: the server inserts them while the next rows are generated. */
const MYSQL_IN_FLIGHT = 16;
/** Upper bound of one row's size in an INSERT statement (bytes), to size statements under max_allowed_packet. */
const MYSQL_ROW_BYTES = 700;

const HOUSEHOLD_COLUMNS = [
  'id', 'areaId', 'areaPath', 'address', 'ethnicity', 'ethnicMinority', 'socialProtection', 'singleElderly', 'disability',
  'housingStatus', 'sponsorOrganizationId', 'status', 'headNameSearch', 'createdAt', 'updatedAt',
] as const;
const MEMBER_COLUMNS = ['id', 'householdId', 'fullName', 'birthDate', 'sex', 'ethnicity', 'nationalId', 'relation', 'active', 'createdAt', 'updatedAt'] as const;
const REVIEW_COLUMNS = [
  'id', 'householdId', 'year', 'kind', 'incomePerPersonPerMonth', 'scoreA', 'deprivedIndicators', 'scoreB', 'class', 'standardCode',
  'residence', 'decisionNumber', 'decisionDate', 'notes', 'correctionOfId', 'createdAt',
] as const;

export interface HouseholdLoadResult {
  rows: { households: number; members: number; reviews: number };
  /**
   * Milliseconds: generating the rows; inserting them (SQLite: time inside the INSERTs; MariaDB/MySQL:
   * time spent waiting for the server, which inserts while the next rows are generated); in all.
   */
  ms: { generate: number; insert: number; total: number };
  tally: HouseholdTally;
  statements: number;
}

type Value = string | number | Date | null;

/** One table's rows, buffered and written many at a time. */
interface Sink {
  add(values: Value[]): void;
  flush(): void;
}

/** Writes rows on one connection inside one transaction; `sinks` buffer per table. */
abstract class BulkWriter {
  statements = 0;
  insertMs = 0;
  abstract begin(): Promise<void>;
  abstract commit(): Promise<void>;
  abstract rollback(): Promise<void>;
  abstract sink(table: string, columns: readonly string[]): Sink;
  /** Waits until every statement sent has finished. */
  abstract drain(): Promise<void>;
}

const insertSql = (table: string, columns: readonly string[], rows: number) => {
  const one = `(${columns.map(() => '?').join(', ')})`;
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => one).join(', ')}`;
};

interface SqliteStatement {
  run(...params: unknown[]): unknown;
}
interface SqliteHandle {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): unknown;
  pragma(sql: string, opts?: { simple: boolean }): unknown;
}

class SqliteWriter extends BulkWriter {
  private cacheSize: unknown;
  constructor(private readonly db: SqliteHandle) {
    super();
  }
  async begin() {
    this.cacheSize = this.db.pragma('cache_size', { simple: true });
    this.db.pragma('cache_size = -262144'); // 256 MiB of pages while loading
    this.db.exec('BEGIN');
  }
  async commit() {
    const t0 = performance.now();
    this.db.exec('COMMIT');
    this.insertMs += performance.now() - t0;
    this.db.pragma(`cache_size = ${Number(this.cacheSize)}`);
  }
  async rollback() {
    this.db.exec('ROLLBACK');
    this.db.pragma(`cache_size = ${Number(this.cacheSize)}`);
  }
  async drain() {}
  sink(table: string, columns: readonly string[]): Sink {
    const full = this.db.prepare(insertSql(table, columns, SQLITE_ROWS));
    let buffer: Value[] = [];
    const run = (stmt: SqliteStatement, params: Value[]) => {
      const t0 = performance.now();
      stmt.run(params);
      this.insertMs += performance.now() - t0;
      this.statements++;
    };
    const width = columns.length;
    return {
      add: (values) => {
        for (const v of values) buffer.push(v);
        if (buffer.length === SQLITE_ROWS * width) {
          run(full, buffer);
          buffer = [];
        }
      },
      flush: () => {
        if (buffer.length === 0) return;
        run(this.db.prepare(insertSql(table, columns, buffer.length / width)), buffer);
        buffer = [];
      },
    };
  }
}

interface MysqlConnection {
  promise(): { query(sql: string): Promise<unknown> };
}

/** Backslash escapes of MariaDB/MySQL string literals, by character code: NUL, newline, carriage return, ^Z, backslash. */
const MYSQL_ESCAPES: Record<number, string> = { 0: '\\0', 10: '\\n', 13: '\\r', 26: '\\Z', 92: '\\\\' };

/**
 * A value as a MariaDB/MySQL literal: quotes doubled; backslashes and control characters escaped
 * unless the session runs with NO_BACKSLASH_ESCAPES (then they are taken literally anyway).
 */
export function mysqlLiteral(v: Value, backslashEscapes: boolean): string {
  if (v === null) return 'NULL';
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return `'${v.toISOString().slice(0, 23).replace('T', ' ')}'`;
  let out = '';
  let from = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const escaped = c === 39 ? "''" : backslashEscapes ? MYSQL_ESCAPES[c] : undefined;
    if (escaped !== undefined) {
      out += v.slice(from, i) + escaped;
      from = i + 1;
    }
  }
  return from === 0 ? `'${v}'` : `'${out}${v.slice(from)}'`;
}

/**
 * MariaDB/MySQL: the statement text is built here (numbers as digits, strings escaped only when
 * they need it) rather than by the driver's placeholder formatting, which costs more than the
 * server's insert at these sizes.
 */
class MysqlWriter extends BulkWriter {
  private pending: Promise<unknown>[] = [];
  private failure: unknown = null;
  private readonly rowsPerStatement: number;
  constructor(
    private readonly conn: MysqlConnection,
    maxAllowedPacket: number,
    private readonly backslashEscapes: boolean,
  ) {
    super();
    this.rowsPerStatement = Math.max(100, Math.min(MYSQL_ROWS, Math.floor(maxAllowedPacket / 2 / MYSQL_ROW_BYTES)));
  }
  private send(sql: string) {
    this.statements++;
    this.pending.push(
      this.conn
        .promise()
        .query(sql)
        .catch((e: unknown) => {
          this.failure ??= e;
        }),
    );
  }
  /** Keeps at most MYSQL_IN_FLIGHT statements queued: the server works on them while the next rows are generated. */
  async throttle() {
    const t0 = performance.now();
    while (this.pending.length > MYSQL_IN_FLIGHT) await this.pending.shift();
    // mysql2 writes the next queued statement only when the event loop handles the previous one's
    // answer: yield often, so that the server is never left idle while rows are generated.
    await new Promise((resolve) => setImmediate(resolve));
    this.insertMs += performance.now() - t0;
    if (this.failure) throw this.failure;
  }
  async drain() {
    const t0 = performance.now();
    await Promise.all(this.pending);
    this.insertMs += performance.now() - t0;
    this.pending = [];
    if (this.failure) throw this.failure;
  }
  async begin() {
    await this.conn.promise().query('START TRANSACTION');
  }
  async commit() {
    await this.drain();
    const t0 = performance.now();
    await this.conn.promise().query('COMMIT');
    this.insertMs += performance.now() - t0;
  }
  async rollback() {
    await Promise.allSettled(this.pending);
    await this.conn.promise().query('ROLLBACK');
  }
  sink(table: string, columns: readonly string[]): Sink {
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    let tuples: string[] = [];
    let bytes = 0;
    const limit = this.rowsPerStatement * MYSQL_ROW_BYTES;
    const flush = () => {
      if (tuples.length === 0) return;
      this.send(head + tuples.join(', '));
      tuples = [];
      bytes = 0;
    };
    return {
      add: (values) => {
        const tuple = `(${values.map((v) => mysqlLiteral(v, this.backslashEscapes)).join(', ')})`;
        tuples.push(tuple);
        bytes += tuple.length * 3;
        if (tuples.length >= this.rowsPerStatement || bytes >= limit) flush();
      },
      flush,
    };
  }
}

const isSqlite = (ds: DataSource) => ds.options.type === 'better-sqlite3';

/** A JS Date as the driver stores it in a timestamp column of `table` (a string on SQLite, a Date for mysql2). */
function stampOf(ds: DataSource, table: string, now: Date): Value {
  const column = ds.entityMetadatas.find((m) => m.tableName === table)!.findColumnWithPropertyName('createdAt')!;
  return ds.driver.preparePersistentValue(now, column) as Value;
}

const bool = (b: boolean) => (b ? 1 : 0);

/** Insert every household of `plan` (ids from `startIds`), in one transaction. */
export async function loadHouseholds(
  ds: DataSource,
  plan: HouseholdPlan,
  opts: { startIds?: Partial<HouseholdStartIds>; onBatch?: (done: number, total: number) => void } = {},
): Promise<HouseholdLoadResult> {
  const started = performance.now();
  const now = new Date();
  const stamp = stampOf(ds, 'household', now);
  const tally = new HouseholdTally();
  let generateMs = 0;
  const run = async (writer: BulkWriter) => {
    await writer.begin();
    try {
      const households = writer.sink('household', HOUSEHOLD_COLUMNS);
      const members = writer.sink('household_member', MEMBER_COLUMNS);
      const reviews = writer.sink('household_review', REVIEW_COLUMNS);
      const batches = generateHouseholds(plan, { startIds: opts.startIds, batchSize: writer instanceof MysqlWriter ? 250 : 5_000 });
      for (;;) {
        const t0 = performance.now();
        const next = batches.next();
        generateMs += performance.now() - t0;
        if (next.done) break;
        const b: HouseholdBatch = next.value;
        tally.add(b);
        for (const h of b.households) {
          households.add([
            h.id, h.areaId, h.areaPath, h.address, h.ethnicity, bool(h.ethnicMinority), bool(h.socialProtection), bool(h.singleElderly),
            bool(h.disability), h.housingStatus, h.sponsorOrganizationId, h.status, h.headNameSearch, stamp, stamp,
          ]);
        }
        for (const m of b.members) {
          members.add([m.id, m.householdId, m.fullName, m.birthDate, m.sex, m.ethnicity, m.nationalId, m.relation, bool(m.active), stamp, stamp]);
        }
        for (const r of b.reviews) {
          reviews.add([
            r.id, r.householdId, r.year, r.kind, r.incomePerPersonPerMonth, r.scoreA, JSON.stringify(r.deprivedIndicators), r.scoreB, r.class,
            r.standardCode, r.residence, r.decisionNumber, r.decisionDate, r.notes, r.correctionOfId, stamp,
          ]);
        }
        if (writer instanceof MysqlWriter) await writer.throttle();
        opts.onBatch?.(tally.households, plan.households);
      }
      households.flush();
      members.flush();
      reviews.flush();
      await writer.commit();
    } catch (e) {
      await writer.rollback();
      throw e;
    }
    return writer;
  };

  let writer: BulkWriter;
  if (isSqlite(ds)) {
    writer = await run(new SqliteWriter((ds.driver as unknown as { databaseConnection: SqliteHandle }).databaseConnection));
  } else {
    const qr = ds.createQueryRunner();
    try {
      const conn = (await qr.connect()) as MysqlConnection;
      const [row] = (await qr.query('SELECT @@max_allowed_packet AS p, @@sql_mode AS m')) as { p: number | string; m: string }[];
      writer = await run(new MysqlWriter(conn, Number(row.p), !/NO_BACKSLASH_ESCAPES/i.test(row.m)));
    } finally {
      await qr.release();
    }
  }
  return {
    rows: { households: tally.households, members: tally.members, reviews: tally.reviews },
    ms: { generate: generateMs, insert: writer.insertMs, total: performance.now() - started },
    tally,
    statements: writer.statements,
  };
}

/** The scale's areas of the old tree as stored (the generator's input when the tree was loaded earlier). */
export async function readScaleAreas(ds: DataSource, scale: Scale): Promise<SourceArea[]> {
  const rows = await ds.getRepository(AreaEntity).find({
    select: { id: true, code: true, name: true, kind: true, urban: true, parentId: true, path: true, depth: true, validFrom: true, validTo: true },
    where: { code: Like(`${SCALES[scale].codePrefix.old}-%`) },
    order: { id: 'ASC' },
  });
  return rows.map((a) => ({ ...a, urban: Boolean(a.urban) }) as SourceArea);
}

/** Households already registered on the plan's provinces (0: not loaded; the plan's total: loaded). */
export async function householdsOnPlan(ds: DataSource, plan: HouseholdPlan): Promise<number> {
  const paths = plan.provinces.map((p) => p.area.path);
  if (paths.length === 0) return 0;
  // A province's subtree is the path range [path, path with its last '/' replaced by '0').
  const ranges = paths.map((p) => [p, `${p.slice(0, -1)}0`]);
  const [row] = (await ds.query(
    `SELECT COUNT(*) AS n FROM household WHERE ${ranges.map(() => '(areaPath >= ? AND areaPath < ?)').join(' OR ')}`,
    ranges.flat(),
  )) as { n: number | string }[];
  return Number(row.n);
}

/** First free id of each household table (MAX(id) + 1). */
export async function nextHouseholdIds(ds: DataSource): Promise<HouseholdStartIds> {
  const next = async (table: string) => {
    const [row] = (await ds.query(`SELECT MAX(id) AS m FROM ${table}`)) as { m: number | string | null }[];
    return Number(row?.m ?? 0) + 1;
  };
  return { household: await next('household'), member: await next('household_member'), review: await next('household_review') };
}

/** The API's rebuild of `poverty_summary` (every area and year, from the reviews), as the system (audited as `actor`). */
export async function rebuildPovertySummary(ds: DataSource, actor = 'seed'): Promise<{ households: number; reviews: number; rows: number; ms: number }> {
  return new PovertyStatisticsService(ds, Caller.system(actor)).rebuild();
}
