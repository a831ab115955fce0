import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { currentRequestScope } from '../common/request-context';
import type { Logger } from '../logger';

/**
 * TypeORM logger that counts every statement against the current request
 * (tests assert on `statements`; the bench prints it) and forwards problems to pino.
 */
export class SqlLogger implements TypeOrmLogger {
  constructor(private readonly pino: Logger) {}

  logQuery(query: string, parameters?: unknown[], _qr?: QueryRunner): void {
    const scope = currentRequestScope();
    if (scope) scope.statements += 1;
    if (this.pino.isLevelEnabled('trace')) this.pino.trace({ sql: query, parameters }, 'sql');
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    this.pino.warn({ err: error, sql: query, parameters, requestId: currentRequestScope()?.requestId }, 'sql failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.pino.warn({ ms: time, sql: query, requestId: currentRequestScope()?.requestId }, 'slow sql');
  }
  logSchemaBuild(message: string): void {
    this.pino.debug({ schema: message }, 'schema');
  }
  logMigration(message: string): void {
    this.pino.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.pino.warn({ message }, 'typeorm');
    else this.pino.debug({ message }, 'typeorm');
  }
}
