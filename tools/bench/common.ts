/**
 * Shared by the benchmark scripts: command-line numbers, the engines, test hubs, GraphQL over HTTP,
 * timing and tables.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createHub, engines, startTestHub, type Engine, type GqlOptions, type GqlResult, type TestHub } from '@lnob/api/testing';
import { NEW_TREE_FROM } from '../seed/national';

/** `--name N` from the command line (a positive integer), or `dflt`. */
export function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return dflt;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} needs a positive integer`);
  return v;
}

/** Runs a bench's `main`; a failure prints its stack and exits 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}

/** SQLite, and MariaDB/MySQL when LNOB_TEST_MYSQL_URL (or, for these benches, BENCH_MYSQL_URL) points at a server. */
export function benchEngines(): Engine[] {
  if (!process.env.LNOB_TEST_MYSQL_URL && process.env.BENCH_MYSQL_URL) process.env.LNOB_TEST_MYSQL_URL = process.env.BENCH_MYSQL_URL;
  return engines();
}

/**
 * `fn` on a fresh test hub of `engine` with the demo data (on SQLite in a file named after `name`,
 * as in production, not in memory); the hub is stopped and its files removed afterwards.
 */
export async function withDemoHub<T>(engine: Engine, name: string, opts: { demoFunds?: boolean }, fn: (hub: TestHub) => Promise<T>): Promise<T> {
  const file = path.join(os.tmpdir(), `lnob-${name}-bench-${process.pid}.sqlite`);
  const hub = await startTestHub(engine, { demo: true, ...opts, sqliteFile: engine === 'sqlite' ? file : undefined });
  try {
    return await fn(hub);
  } finally {
    await hub.stop();
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
}

/** Starts `hub` listening on a free local port; its URL. */
export async function listenLocally(hub: { httpServer: Server }): Promise<string> {
  await new Promise<void>((resolve) => hub.httpServer.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(hub.httpServer.address() as AddressInfo).port}`;
}

/**
 * POSTs a GraphQL operation to `url`/graphql, as `token` when given, and answers its data; GraphQL
 * errors throw. A pooled keep-alive socket the server closed in the meantime (its 5 s idle timeout,
 * e.g. while data was loading) is retried once.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string | null, headers: Record<string, string> = {}): Promise<T> {
  const send = () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
  const res = await send().catch((e: unknown) => ((e as { cause?: { code?: string } }).cause?.code === 'ECONNRESET' ? send() : Promise.reject(e)));
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 2000));
  return body.data;
}

/** A test hub's request as `measure` times it (data, statements, authentication's statements); GraphQL errors throw. */
export async function hubRequest<T>(hub: TestHub, query: string, variables: Record<string, unknown> = {}, opts: GqlOptions = {}): Promise<GqlResult<T>> {
  const r = await hub.gql<T>(query, variables, opts);
  if (r.errors) throw new Error(JSON.stringify(r.errors).slice(0, 2000));
  return r;
}

/** The q-quantile (nearest rank) of ascending `sorted`. */
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/** Timed runs at the least before a time budget stops a slow query (timeIt). */
export const MIN_RUNS = 3;

interface Timing {
  /** Milliseconds. */
  p50: number;
  p95: number;
  max: number;
  /** Timed runs made. */
  runs: number;
}

/**
 * Runs `run` `warmup` times untimed, then `runs` times timed, one after the other; `onResult` sees
 * each timed run's answer (outside the timing). With `budgetMs`, a slow query stops early: the
 * warm-up as soon as the budget is spent, the timed runs once it is spent again (after MIN_RUNS).
 */
export async function timeIt<T>(run: () => Promise<T>, runs: number, warmup = 5, opts: { budgetMs?: number; onResult?: (answer: T) => void } = {}): Promise<Timing> {
  const budgetMs = opts.budgetMs ?? Infinity;
  const started = performance.now();
  for (let i = 0; i < warmup && performance.now() - started < budgetMs; i++) await run();
  const times: number[] = [];
  const timed = performance.now();
  for (let i = 0; i < runs; i++) {
    if (i >= MIN_RUNS && performance.now() - timed > budgetMs) break;
    const t0 = performance.now();
    const answer = await run();
    times.push(performance.now() - t0);
    opts.onResult?.(answer);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: times[times.length - 1], runs: times.length };
}

/** A Markdown table of `body` under `head`, the columns from the third on right-aligned (figures). */
function markdownTable(head: string[], body: string[][]): string {
  const width = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i >= 2 ? c.padStart(width[i]) : c.padEnd(width[i]))).join(' | ')} |`;
  return [line(head), `|${width.map((w, i) => (i >= 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`, ...body.map(line)].join('\n');
}

/** One measured query: what it answered, the statements it cost, its timing. */
export interface TimedRow {
  /** The engine, when a table holds several (a column of its own). */
  engine?: string;
  query: string;
  rows: string;
  runs: number;
  sql: string;
  p50: number;
  p95: number;
  max: number;
}

/** A hub's request scope as its `onRequestScope` hook reports it. */
interface RequestScope {
  requestId: string;
  statements: number;
  authStatements?: number;
}

/**
 * GraphQL over HTTP that also knows how many SQL statements the hub issued for each request: pass
 * `client.scopes.set(s.requestId, s)` as the hub's `onRequestScope`, then `client.url` once listening.
 */
export class BenchClient {
  readonly scopes = new Map<string, RequestScope>();
  constructor(public url = '') {}
  /** The data, and the statements the hub issued to answer (the authentication's apart). */
  async post<T>(query: string, variables: Record<string, unknown>, token: string | null): Promise<{ data: T; statements: number; authStatements: number }> {
    const requestId = randomUUID();
    const data = await gql<T>(this.url, query, variables, token, { 'x-request-id': requestId });
    const scope = this.scopes.get(requestId);
    this.scopes.delete(requestId);
    const auth = scope?.authStatements ?? 0;
    return { data, statements: (scope?.statements ?? 0) - auth, authStatements: auth };
  }
}

/**
 * Warm-up then timed runs: `runs` of them, but a slow query stops once `budgetMs` is spent (after
 * at least MIN_RUNS timed runs; warm-up stops as soon as the budget is spent).
 */
export async function measure<T>(
  query: string,
  run: () => Promise<{ data: T; statements: number; authStatements: number }>,
  rowsOf: (d: T) => string,
  opts: { runs: number; warmup: number; budgetMs: number },
): Promise<TimedRow> {
  const sql = new Set<string>();
  let rows = '';
  const t = await timeIt(run, opts.runs, opts.warmup, {
    budgetMs: opts.budgetMs,
    onResult: (r) => {
      sql.add(r.authStatements ? `${r.statements} + ${r.authStatements}` : String(r.statements));
      rows = rowsOf(r.data);
    },
  });
  return { query, rows, runs: t.runs, sql: [...sql].join(' / '), p50: t.p50, p95: t.p95, max: t.max };
}

/** The measured rows as a Markdown table (with an engine column when a row names one). */
export function timingTable(rows: TimedRow[]): string {
  const ms = (x: number) => x.toFixed(1);
  const engine = rows.some((r) => r.engine);
  const head = [...(engine ? ['engine'] : []), 'query', 'answer', 'runs', 'SQL/req', 'p50 ms', 'p95 ms', 'max ms'];
  return markdownTable(head, rows.map((r) => [...(engine ? [r.engine ?? ''] : []), r.query, r.rows, String(r.runs), r.sql, ms(r.p50), ms(r.p95), ms(r.max)]));
}

export const BENCH_SECRET = 'bench-secret-0123456789abcdef0123456789abcdef';
export const BENCH_PASSWORD = 'bench-password-1';
type Hub = Awaited<ReturnType<typeof createHub>>;

/** `bench.admin` (SYSTEM_ADMIN) and, given an organization, `bench.officer` (its OFFICER), created when missing. */
export async function ensureBenchUsers(hub: Pick<Hub, 'services'>, ds: DataSource, organizationId: number | null): Promise<void> {
  const exists = async (username: string) => ((await ds.query('SELECT id FROM app_user WHERE username = ?', [username])) as unknown[]).length > 0;
  if (!(await exists('bench.admin'))) {
    const u = await hub.services.users.create({ username: 'bench.admin', displayName: 'Bench administrator', email: null, phone: null, password: BENCH_PASSWORD, organizationId: null });
    await hub.services.users.assignRole({ userId: u.id, role: 'SYSTEM_ADMIN', organizationId: null, viewOrganizationId: null, validFrom: '2000-01-01', validTo: null });
  }
  if (organizationId !== null && !(await exists('bench.officer'))) {
    const u = await hub.services.users.create({ username: 'bench.officer', displayName: 'Bench officer', email: null, phone: null, password: BENCH_PASSWORD, organizationId });
    await hub.services.users.assignRole({ userId: u.id, role: 'OFFICER', organizationId, viewOrganizationId: null, validFrom: NEW_TREE_FROM, validTo: null });
  }
}


/** A session token of a bench user (password BENCH_PASSWORD). */
export async function benchLogin(client: BenchClient, username: string): Promise<string> {
  const r = await client.post<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }', { u: username, p: BENCH_PASSWORD }, null);
  return r.data.login.token;
}
