import 'reflect-metadata';
import { createHub } from './app';
import { ConfigError, loadConfig, type HubConfig } from './config';
import { createDataSource, detectFlavor, migrate } from './db/data-source';
import { loadDemoData } from './demo/load-demo-data';
import { ensureBootstrapAdmin } from './modules/auth/bootstrap';
import { startReportingClock } from './modules/reports/reporting-clock';
import { createLogger } from './logger';
import { buildHubSchema } from './schema';
import { writeSchemaFile } from './schema-file';

async function main(): Promise<void> {
  let config: HubConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`lnob-api: bad configuration:\n  ${e.message.split('\n').join('\n  ')}`);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(config.logLevel);
  const where = config.database.kind === 'sqlite' ? config.database.file : `${config.database.host}:${config.database.port}/${config.database.database}`;
  let dataSource;
  try {
    dataSource = createDataSource(await detectFlavor(config.database), log);
    await dataSource.initialize();
  } catch (err) {
    log.fatal({ err, database: where }, 'cannot open the database');
    process.exit(1);
  }
  const applied = await migrate(dataSource);
  log.info({ database: where, engine: config.database.kind, migrations: applied }, 'database ready');

  const schema = await buildHubSchema();
  try {
    if (writeSchemaFile(schema)) log.info('schema.graphql updated');
  } catch {
    /* read-only install: the committed file stays as it is */
  }
  const hub = await createHub({ config, dataSource, schema, log });
  if (config.demoData) {
    const loaded = await loadDemoData(hub.services, dataSource, log);
    if (loaded) log.info(loaded, 'demo data loaded (demo users sign in with the password "lnob-demo")');
  }
  await ensureBootstrapAdmin(hub.services, dataSource, config.bootstrapAdminPassword, log);
  // Reporting periods open as time passes: now, then every hour (reports open 30 days before they are due).
  const reportingClock = startReportingClock(dataSource, log);

  await new Promise<void>((resolve) => hub.httpServer.listen(config.port, resolve));
  const address = hub.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ admin: `http://localhost:${port}/`, url: `http://localhost:${port}/graphql`, health: `http://localhost:${port}/healthz` }, 'LNOB Hub is up');
  if (config.authSecretIsDefault) {
    log.warn('LNOB_AUTH_SECRET is not set: sessions are signed with the development key (refused when NODE_ENV=production)');
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await reportingClock.stop();
      await hub.stop();
      await dataSource.destroy();
      log.info('stopped');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error('lnob-api: failed to start', err);
  process.exit(1);
});
