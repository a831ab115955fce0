import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import mysql from 'mysql2/promise';
import { DEMO_PASSWORD, demoData } from '@lnob/domain/fixtures';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createHub, type Hub } from '../app';
import { parseDatabaseUrl, type DatabaseConfig } from '../config';
import type { RequestScope } from '../common/request-context';
import type { Services } from '../common/services';
import { createDataSource, detectFlavor, migrate } from '../db/data-source';
import { loadDemoData } from '../demo/load-demo-data';
import { ensureBootstrapAdmin } from '../modules/auth/bootstrap';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { createLogger } from '../logger';
import { buildHubSchema } from '../schema';

export type Engine = 'sqlite' | 'mariadb';

/** SQLite always; MariaDB/MySQL too when LNOB_TEST_MYSQL_URL points at a server. */
export function engines(): Engine[] {
  return process.env.LNOB_TEST_MYSQL_URL ? ['sqlite', 'mariadb'] : ['sqlite'];
}

/** Signing key of test hubs. */
export const TEST_AUTH_SECRET = 'test-auth-secret-0123456789abcdef-0123456789';
/** Password of the demo users and of the bootstrap `admin` of hubs without demo data. */
export const TEST_PASSWORD = DEMO_PASSWORD;

/** Who sends a test request: a username (signed in once per hub), or null for anonymous. */
export interface GqlOptions {
  /** Default 'admin' (a SYSTEM_ADMIN); null sends no credentials. */
  as?: string | null;
  /** A raw bearer token or API key instead of `as`. */
  token?: string;
  headers?: Record<string, string>;
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T;
  errors?: { message: string; path?: string[]; extensions: { code: string; reason: string; fieldErrors: { path: string; message: string }[]; requestId: string } }[];
  /** SQL statements the request issued to answer the operation (authentication not counted). */
  statements: number;
  /** SQL statements spent authenticating the caller (1 for a session check; more when its scope is resolved). */
  authStatements: number;
  headers: Headers;
}

export interface TestHub {
  engine: Engine;
  url: string;
  dataSource: DataSource;
  services: Services;
  hub: Hub;
  /** POST a GraphQL operation as `opts.as` (default the SYSTEM_ADMIN `admin`). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, opts?: GqlOptions): Promise<GqlResult<T>>;
  /** A session token of `username` (signed in once and cached). */
  tokenOf(username: string): Promise<string>;
  stop(): Promise<void>;
}

let schemaPromise: Promise<GraphQLSchema> | undefined;
const schemaOnce = () => (schemaPromise ??= buildHubSchema());

/** A fresh database of the given engine: SQLite in memory, or a new MariaDB database dropped at stop. */
export async function freshDatabase(engine: Engine, sqliteFile = ':memory:'): Promise<{ db: DatabaseConfig; drop(): Promise<void> }> {
  if (engine === 'sqlite') return { db: { kind: 'sqlite', file: sqliteFile }, drop: async () => {} };
  const base = parseDatabaseUrl(process.env.LNOB_TEST_MYSQL_URL);
  if (base.kind !== 'mysql') throw new Error('LNOB_TEST_MYSQL_URL must be a mysql:// URL');
  const name = `${base.database}_${process.pid}_${randomUUID().slice(0, 8)}`;
  const admin = await mysql.createConnection({ host: base.host, port: base.port, user: base.username, password: base.password });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci`);
  await admin.end();
  return {
    db: await detectFlavor({ ...base, database: name }),
    async drop() {
      const c = await mysql.createConnection({ host: base.host, port: base.port, user: base.username, password: base.password });
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

/** Start a hub on a fresh database, migrated, optionally with the demo data, listening on a free port. */
export async function startTestHub(
  engine: Engine,
  opts: { demo?: boolean; /** With the demo data but without its funds and money (ledger tests start from empty funds). */ demoFunds?: boolean; adminDist?: string; /** Benchmarks: a (new) SQLite file instead of memory. */ sqliteFile?: string } = {},
): Promise<TestHub> {
  const log = createLogger(process.env.LNOB_TEST_LOG ?? 'silent');
  const { db, drop } = await freshDatabase(engine, opts.sqliteFile);
  const dataSource = createDataSource(db, log, { poolSize: 5 });
  await dataSource.initialize();
  await migrate(dataSource);
  const scopes = new Map<string, RequestScope>();
  const hub = await createHub({
    config: { authSecret: TEST_AUTH_SECRET },
    adminDist: opts.adminDist,
    dataSource,
    schema: await schemaOnce(),
    log,
    onRequestScope: (s) => scopes.set(s.requestId, s),
  });
  const services = hub.services;
  if (opts.demo) await loadDemoData(services, dataSource, log, undefined, { funds: opts.demoFunds !== false });
  else await ensureBootstrapAdmin(services, dataSource, TEST_PASSWORD, log);
  await new Promise<void>((resolve) => hub.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(hub.httpServer.address() as AddressInfo).port}`;
  const tokens = new Map<string, Promise<string>>();
  const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
    const requestId = randomUUID();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: never; errors?: never };
    const scope = scopes.get(requestId);
    scopes.delete(requestId);
    const authStatements = scope?.authStatements ?? 0;
    return { status: res.status, data: body.data, errors: body.errors, statements: (scope?.statements ?? 0) - authStatements, authStatements, headers: res.headers };
  };
  const tokenOf = (username: string) => {
    let t = tokens.get(username);
    if (!t) {
      t = post('mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }', { u: username, p: TEST_PASSWORD }, {}).then((r) => {
        const token = (r.data as { login?: { token: string } } | null)?.login?.token;
        if (!token) throw new Error(`test login as ${username} failed: ${JSON.stringify(r.errors)}`);
        return token;
      });
      tokens.set(username, t);
    }
    return t;
  };
  return {
    engine,
    url,
    dataSource,
    services,
    hub,
    tokenOf,
    async gql(query, variables = {}, o = {}) {
      const as = o.as === undefined ? 'admin' : o.as;
      const token = o.token ?? (as === null ? null : await tokenOf(as));
      return post(query, variables, { ...(token ? { authorization: `Bearer ${token}` } : {}), ...o.headers });
    },
    async stop() {
      await hub.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
      await drop();
    },
  };
}

/** The organizations of the demo data set as rows, by fixture key (those the demo loader created). */
export async function demoOrganizationRows(hub: TestHub): Promise<Map<string, OrganizationEntity>> {
  const rows = await hub.dataSource.getRepository(OrganizationEntity).find();
  const out = new Map<string, OrganizationEntity>();
  for (const fx of demoData.organizations) {
    const row = rows.find((o) => o.name === fx.name && o.validFrom === fx.validFrom);
    if (row) out.set(fx.key, row);
  }
  return out;
}
