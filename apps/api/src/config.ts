/**
 * Configuration from the environment, validated once at start-up.
 * A bad value stops the process with a message naming the variable (see main.ts).
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | {
      kind: 'mysql';
      /** mariadb:// URLs say so; for mysql:// the server's version decides (see db/data-source.ts). */
      flavor?: 'mysql' | 'mariadb';
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
    };

export interface HubConfig {
  port: number;
  database: DatabaseConfig;
  demoData: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Interim admin switch (replaced by real users and roles in the identity issue). */
  adminToken: string;
  adminTokenGenerated: boolean;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function parseDatabaseUrl(url: string | undefined, cwd = process.cwd()): DatabaseConfig {
  if (url === undefined || url.trim() === '') {
    return { kind: 'sqlite', file: path.resolve(cwd, 'data/lnob.sqlite') };
  }
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ConfigError(`DATABASE_URL is not a URL (expected mysql://user:pass@host:port/db or sqlite:path)`);
  }
  if (u.protocol === 'sqlite:' || u.protocol === 'file:') {
    const file = decodeURIComponent(url.slice(u.protocol.length).replace(/^\/\//, ''));
    if (!file) throw new ConfigError('DATABASE_URL sqlite: needs a file path, e.g. sqlite:data/lnob.sqlite');
    return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(cwd, file) };
  }
  if (u.protocol !== 'mysql:' && u.protocol !== 'mariadb:') {
    throw new ConfigError(`DATABASE_URL scheme "${u.protocol}" is not supported (use mysql://, mariadb:// or sqlite:)`);
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!database) throw new ConfigError('DATABASE_URL must name a database: mysql://user:pass@host:3306/lnob');
  if (!u.hostname) throw new ConfigError('DATABASE_URL must name a host');
  const port = u.port ? Number(u.port) : 3306;
  return {
    kind: 'mysql',
    ...(u.protocol === 'mariadb:' ? { flavor: 'mariadb' as const } : {}),
    host: u.hostname,
    port,
    username: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database,
  };
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 4000;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`PORT must be a whole number between 0 and 65535, got "${raw}"`);
  const port = Number(raw);
  if (port > 65535) throw new ConfigError(`PORT must be a whole number between 0 and 65535, got "${raw}"`);
  return port;
}

function parseBool(name: string, raw: string | undefined, dflt: boolean): boolean {
  if (raw === undefined || raw === '') return dflt;
  const v = raw.toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const problems: string[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof ConfigError) problems.push(e.message);
      else throw e;
      return undefined;
    }
  };
  const port = attempt(() => parsePort(env.PORT));
  const database = attempt(() => parseDatabaseUrl(env.DATABASE_URL));
  const demoData = attempt(() => parseBool('LNOB_DEMO_DATA', env.LNOB_DEMO_DATA, true));
  const logLevel = attempt(() => {
    const v = (env.LOG_LEVEL ?? 'info').toLowerCase();
    if (!(LOG_LEVELS as readonly string[]).includes(v)) {
      throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
    }
    return v as HubConfig['logLevel'];
  });
  const adminToken = attempt(() => {
    const v = env.LNOB_ADMIN_TOKEN;
    if (v !== undefined && v !== '' && v.length < 16) throw new ConfigError('LNOB_ADMIN_TOKEN must be at least 16 characters');
    return v || undefined;
  });
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return {
    port: port!,
    database: database!,
    demoData: demoData!,
    logLevel: logLevel!,
    adminToken: adminToken ?? randomBytes(24).toString('base64url'),
    adminTokenGenerated: adminToken === undefined,
  };
}
