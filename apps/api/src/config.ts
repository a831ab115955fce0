/**
 * Configuration from the environment, validated once at start-up.
 * A bad value stops the process with a message naming the variable (see main.ts).
 */
import path from 'node:path';
import { passwordProblem } from '@lnob/domain';

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
  /** NODE_ENV=production: no demo data, no default secret. */
  production: boolean;
  /** Key that signs session tokens (HS256). */
  authSecret: string;
  /** True when LNOB_AUTH_SECRET was not set and the development default is used. */
  authSecretIsDefault: boolean;
  /** When set and the database has no users, an `admin` SYSTEM_ADMIN with this password is created. */
  bootstrapAdminPassword: string | null;
  /**
   * LNOB_TRUST_PROXY: how many reverse proxies in front of the hub add `X-Forwarded-For` (0 = none,
   * the default). Anonymous rate limits count per client address, which behind a proxy is only
   * known from that header.
   */
  trustProxy: number;
}

/** Development-only signing key: the server refuses it in production (NODE_ENV=production). */
export const DEV_AUTH_SECRET = 'lnob-development-secret-never-use-in-production';

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
  const production = env.NODE_ENV === 'production';
  const port = attempt(() => parsePort(env.PORT));
  const database = attempt(() => parseDatabaseUrl(env.DATABASE_URL));
  const demoData = attempt(() => {
    const on = parseBool('LNOB_DEMO_DATA', env.LNOB_DEMO_DATA, !production);
    if (on && production) throw new ConfigError('LNOB_DEMO_DATA must be false in production (NODE_ENV=production): demo users have a published password');
    return on;
  });
  const logLevel = attempt(() => {
    const v = (env.LOG_LEVEL ?? 'info').toLowerCase();
    if (!(LOG_LEVELS as readonly string[]).includes(v)) {
      throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
    }
    return v as HubConfig['logLevel'];
  });
  const authSecret = attempt(() => {
    const v = env.LNOB_AUTH_SECRET;
    if (!v) {
      if (production) throw new ConfigError('LNOB_AUTH_SECRET must be set in production (NODE_ENV=production): at least 32 random characters');
      return undefined;
    }
    if (v.length < 32) throw new ConfigError('LNOB_AUTH_SECRET must be at least 32 characters');
    if (v === DEV_AUTH_SECRET && production) throw new ConfigError('LNOB_AUTH_SECRET must not be the development default in production');
    return v;
  });
  const bootstrapAdminPassword = attempt(() => {
    const v = env.LNOB_BOOTSTRAP_ADMIN_PASSWORD;
    if (!v) return null;
    const weak = passwordProblem(v, 'admin');
    if (weak) throw new ConfigError(`LNOB_BOOTSTRAP_ADMIN_PASSWORD is too weak: ${weak}`);
    return v;
  });
  const trustProxy = attempt(() => {
    const v = env.LNOB_TRUST_PROXY;
    if (v === undefined || v === '') return 0;
    if (!/^\d{1,2}$/.test(v)) throw new ConfigError(`LNOB_TRUST_PROXY must be the number of proxies in front of the hub (0–99), got "${v}"`);
    return Number(v);
  });
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return {
    port: port!,
    database: database!,
    demoData: demoData!,
    logLevel: logLevel!,
    production,
    authSecret: authSecret ?? DEV_AUTH_SECRET,
    authSecretIsDefault: authSecret === undefined,
    bootstrapAdminPassword: bootstrapAdminPassword ?? null,
    trustProxy: trustProxy ?? 0,
  };
}
