import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import mysql from 'mysql2/promise';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createHub, type Hub } from '../app';
import { parseDatabaseUrl, type DatabaseConfig } from '../config';
import type { RequestScope } from '../common/request-context';
import type { Services } from '../common/services';
import { createDataSource, detectFlavor, migrate } from '../db/data-source';
import { loadDemoData } from '../demo/load-demo-data';
import { createLogger } from '../logger';
import { buildHubSchema } from '../schema';

export type Engine = 'sqlite' | 'mariadb';

/** SQLite always; MariaDB/MySQL too when LNOB_TEST_MYSQL_URL points at a server. */
export function engines(): Engine[] {
  return process.env.LNOB_TEST_MYSQL_URL ? ['sqlite', 'mariadb'] : ['sqlite'];
}

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T;
  errors?: { message: string; path?: string[]; extensions: { code: string; reason: string; fieldErrors: { path: string; message: string }[]; requestId: string } }[];
  /** SQL statements the request issued. */
  statements: number;
}

export interface TestHub {
  engine: Engine;
  url: string;
  dataSource: DataSource;
  services: Services;
  hub: Hub;
  /** POST a GraphQL operation; `admin` adds the admin token. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, opts?: { admin?: boolean; headers?: Record<string, string> }): Promise<GqlResult<T>>;
  stop(): Promise<void>;
}

let schemaPromise: Promise<GraphQLSchema> | undefined;
const schemaOnce = () => (schemaPromise ??= buildHubSchema());

/** A fresh database of the given engine: SQLite in memory, or a new MariaDB database dropped at stop. */
export async function freshDatabase(engine: Engine): Promise<{ db: DatabaseConfig; drop(): Promise<void> }> {
  if (engine === 'sqlite') return { db: { kind: 'sqlite', file: ':memory:' }, drop: async () => {} };
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
export async function startTestHub(engine: Engine, opts: { demo?: boolean } = {}): Promise<TestHub> {
  const log = createLogger(process.env.LNOB_TEST_LOG ?? 'silent');
  const { db, drop } = await freshDatabase(engine);
  const dataSource = createDataSource(db, log, { poolSize: 5 });
  await dataSource.initialize();
  await migrate(dataSource);
  const scopes = new Map<string, RequestScope>();
  const hub = await createHub({
    config: { adminToken: TEST_ADMIN_TOKEN },
    dataSource,
    schema: await schemaOnce(),
    log,
    onRequestScope: (s) => scopes.set(s.requestId, s),
  });
  const services = hub.services;
  if (opts.demo) await loadDemoData(services, dataSource, log);
  await new Promise<void>((resolve) => hub.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(hub.httpServer.address() as AddressInfo).port}`;
  return {
    engine,
    url,
    dataSource,
    services,
    hub,
    async gql(query, variables = {}, o = {}) {
      const requestId = randomUUID();
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': requestId,
          ...(o.admin ? { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } : {}),
          ...o.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: never; errors?: never };
      const statements = scopes.get(requestId)?.statements ?? 0;
      scopes.delete(requestId);
      return { status: res.status, data: body.data, errors: body.errors, statements };
    },
    async stop() {
      await hub.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
      await drop();
    },
  };
}
