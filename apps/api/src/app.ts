import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { todayLocal } from '@lnob/domain';
import type { HubConfig } from './config';
import type { HubContext } from './common/context';
import { makeFormatError, toGraphQLError } from './common/errors';
import { queryLimitsPlugin } from './common/limits';
import { createLoaders } from './common/loaders';
import { clientAddressOf, currentRequestScope, runInRequestScope, type RequestScope } from './common/request-context';
import { createServices, type Services } from './common/services';
import { graphiqlAssets, graphiqlPage } from './graphiql';
import type { Logger } from './logger';
import { PersonalReads } from './modules/audit/personal-reads';
import { Authenticator, HttpDomainError } from './modules/auth/authenticator';
import { Caller } from './modules/auth/caller';
import { ImportJobRunner } from './modules/imports/import-job.service';
import { importRoutes } from './modules/imports/import.routes';
import { ensureIndicatorCatalogue } from './modules/indicators/catalogue';
import { publicFundRoutes } from './modules/funds/public-report.routes';
import { UploadStore } from './modules/imports/upload-store';

/** The built admin app (apps/admin/dist), the same relative place from apps/api/src and apps/api/dist. */
const ADMIN_DIST = path.resolve(__dirname, '../../admin/dist');

export interface Hub {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<HubContext>;
  /** Services acting as the server itself (demo data, bootstrap), every action nationwide. */
  services: Services;
  /** The import job runner (its upload store takes files from `POST /uploads`). */
  imports: ImportJobRunner;
  /** Stop accepting requests, let in-flight ones finish, stop Apollo. The caller closes the data source. */
  stop(): Promise<void>;
}

/** Express + Apollo with /graphql, /healthz and a local GraphiQL. Used by main.ts and the tests alike. */
export async function createHub(opts: {
  config: Pick<HubConfig, 'authSecret'> & Partial<Pick<HubConfig, 'trustProxy'>>;
  /** Where the built admin app is (default ADMIN_DIST); served at / when present. */
  adminDist?: string;
  dataSource: DataSource;
  schema: GraphQLSchema;
  log: Logger;
  /**
   * Benchmark hook: decide the caller without looking at the request (measures the cost of
   * authentication). Not reachable from configuration.
   */
  authenticate?: (requestId: string) => Promise<Caller>;
  /** Test hook: record each request's SQL statements. */
  onRequestScope?: (scope: RequestScope) => void;
}): Promise<Hub> {
  const { dataSource, schema, log } = opts;
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy `req.ip` is the proxy's unless told how many hops to trust (LNOB_TRUST_PROXY).
  if (opts.config.trustProxy) app.set('trust proxy', opts.config.trustProxy);
  const httpServer = http.createServer(app);
  const auth = new Authenticator(dataSource, opts.config.authSecret);
  const imports = new ImportJobRunner(dataSource, new UploadStore(), log);
  await imports.recover();
  // Reference data every hub has, demo data or not: the indicator catalogue (codes missing from the table).
  await ensureIndicatorCatalogue(dataSource);
  const services = createServices(dataSource, Caller.system(), auth, imports);
  const apollo = new ApolloServer<HubContext>({
    schema,
    formatError: makeFormatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      queryLimitsPlugin(),
      {
        // The read audit of personal fields: one INSERT per request, after execution.
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              await contextValue.personalReads.flush(dataSource, contextValue.caller);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.status(200).json({ status: 'ok', database: 'reachable' });
    } catch (err) {
      log.warn({ err }, 'health check: database unreachable');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });
  app.use(importRoutes(auth, imports.uploads, log));
  app.use(publicFundRoutes(dataSource, auth, log));
  app.use(graphiqlAssets());
  app.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query) {
      res.type('html').send(graphiqlPage);
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    (req, res, next) => {
      const requestId = (req.header('x-request-id') || '').slice(0, 64) || randomUUID();
      res.setHeader('x-request-id', requestId);
      const scope: RequestScope = { requestId, statements: 0 };
      opts.onRequestScope?.(scope);
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        log.info({ requestId, status: res.statusCode, ms: Math.round(ms * 10) / 10, sql: scope.statements, authSql: scope.authStatements ?? 0 }, 'graphql request');
      });
      runInRequestScope(scope, () => next());
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<HubContext> => {
        const requestId = String(res.getHeader('x-request-id'));
        let caller: Caller;
        const scope = currentRequestScope();
        try {
          caller = opts.authenticate ? await opts.authenticate(requestId) : await auth.authenticate(req.header('authorization'), requestId);
          if (scope) scope.authStatements = scope.statements;
        } catch (e) {
          if (!(e instanceof HttpDomainError)) throw e;
          for (const [k, v] of Object.entries(e.headers)) res.setHeader(k, v);
          const err = toGraphQLError(e.error, e.status);
          throw new GraphQLError(err.message, { originalError: e.error, extensions: { ...err.extensions, http: { status: e.status, headers: new Map(Object.entries(e.headers)) } } });
        }
        return {
          requestId,
          dataSource,
          caller,
          services: createServices(dataSource, caller, auth, imports),
          loaders: createLoaders(dataSource, caller),
          personalReads: new PersonalReads(),
          log: log.child({ requestId }),
          today: todayLocal(),
          clientAddress: clientAddressOf(req),
        };
      },
    }),
  );
  serveAdminApp(app, opts.adminDist ?? ADMIN_DIST);

  return {
    app,
    httpServer,
    apollo,
    services,
    imports,
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/**
 * The admin app's built assets at `/`, with index.html for any other GET that asks for HTML (client
 * routes). Without a build, `/` explains how to make one.
 */
function serveAdminApp(app: express.Express, dist: string): void {
  const index = path.join(dist, 'index.html');
  app.use(express.static(dist, { index: false, maxAge: '1h', setHeaders: (res, file) => {
    if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
  } }));
  app.get(/^\/(?!graphql|healthz|uploads|templates\/|public\/).*/, (req, res, next) => {
    // Client routes only: a missing file (an extension) stays a 404, as do JSON clients.
    if (path.extname(req.path) || req.accepts(['text/html', 'application/json']) !== 'text/html') return next();
    if (!fs.existsSync(index)) {
      res.status(404).type('html').send('<p>The admin app is not built. Run <code>npm start</code> (or <code>npx nx build @lnob/admin</code>). The API is at <a href="/graphql">/graphql</a>.</p>');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
