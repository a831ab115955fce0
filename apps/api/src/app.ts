import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { todayLocal } from '@lnob/domain';
import type { HubConfig } from './config';
import type { HubContext } from './common/context';
import { makeFormatError } from './common/errors';
import { queryLimitsPlugin } from './common/limits';
import { createLoaders } from './common/loaders';
import { runInRequestScope, type RequestScope } from './common/request-context';
import { createServices, type Services } from './common/services';
import { graphiqlAssets, graphiqlPage } from './graphiql';
import type { Logger } from './logger';

export interface Hub {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<HubContext>;
  /** The services every request uses (also for loading demo data before listening). */
  services: Services;
  /** Stop accepting requests, let in-flight ones finish, stop Apollo. The caller closes the data source. */
  stop(): Promise<void>;
}

/** Express + Apollo with /graphql, /healthz and a local GraphiQL. Used by main.ts and the tests alike. */
export async function createHub(opts: {
  config: Pick<HubConfig, 'adminToken'>;
  dataSource: DataSource;
  schema: GraphQLSchema;
  log: Logger;
  /** Test hook: record each request's SQL statements. */
  onRequestScope?: (scope: RequestScope) => void;
}): Promise<Hub> {
  const { dataSource, schema, log } = opts;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const services = createServices(dataSource);
  const apollo = new ApolloServer<HubContext>({
    schema,
    formatError: makeFormatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), queryLimitsPlugin()],
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
        log.info({ requestId, status: res.statusCode, ms: Math.round(ms * 10) / 10, sql: scope.statements }, 'graphql request');
      });
      runInRequestScope(scope, () => next());
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(res.getHeader('x-request-id'));
        const auth = req.header('authorization') ?? '';
        return {
          requestId,
          dataSource,
          services,
          loaders: createLoaders(dataSource),
          log: log.child({ requestId }),
          today: todayLocal(),
          isAdmin: auth === `Bearer ${opts.config.adminToken}`,
          hasCredentials: auth !== '',
        };
      },
    }),
  );

  return {
    app,
    httpServer,
    apollo,
    services,
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
