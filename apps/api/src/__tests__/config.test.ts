import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from '../config';

describe('configuration', () => {
  it('defaults to the embedded SQLite file, port 4000, demo data on', () => {
    const c = loadConfig({});
    expect(c.database).toMatchObject({ kind: 'sqlite' });
    expect(c.database.kind === 'sqlite' && c.database.file.endsWith('data/lnob.sqlite')).toBe(true);
    expect(c).toMatchObject({ port: 4000, demoData: true, logLevel: 'info', production: false, authSecretIsDefault: true, bootstrapAdminPassword: null, trustProxy: 0 });
  });

  it('reads LNOB_TRUST_PROXY as the number of proxies in front of the hub', () => {
    expect(loadConfig({ LNOB_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ LNOB_TRUST_PROXY: '' }).trustProxy).toBe(0);
  });

  it.each([
    ['mysql://app:s%40cret@db.local:3307/lnob', { kind: 'mysql', host: 'db.local', port: 3307, username: 'app', password: 's@cret', database: 'lnob' }],
    ['mariadb://root@127.0.0.1/lnob_test', { kind: 'mysql', flavor: 'mariadb', host: '127.0.0.1', port: 3306, username: 'root', password: '', database: 'lnob_test' }],
    ['sqlite::memory:', { kind: 'sqlite', file: ':memory:' }],
  ])('reads DATABASE_URL %s', (url, expected) => {
    expect(parseDatabaseUrl(url)).toEqual(expected);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'postgres://x@y/z' }, /scheme/],
    [{ DATABASE_URL: 'mysql://u@h' }, /must name a database/],
    [{ DATABASE_URL: 'not a url' }, /not a URL/],
    [{ LNOB_DEMO_DATA: 'maybe' }, /LNOB_DEMO_DATA/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ LNOB_AUTH_SECRET: 'short' }, /LNOB_AUTH_SECRET must be at least 32/],
    [{ NODE_ENV: 'production' }, /LNOB_AUTH_SECRET must be set in production/],
    [{ NODE_ENV: 'production', LNOB_AUTH_SECRET: 'x'.repeat(40), LNOB_DEMO_DATA: 'true' }, /LNOB_DEMO_DATA must be false in production/],
    [{ NODE_ENV: 'production', LNOB_AUTH_SECRET: 'lnob-development-secret-never-use-in-production' }, /development default/],
    [{ LNOB_BOOTSTRAP_ADMIN_PASSWORD: 'short' }, /LNOB_BOOTSTRAP_ADMIN_PASSWORD is too weak/],
    [{ LNOB_TRUST_PROXY: 'yes' }, /LNOB_TRUST_PROXY/],
  ])('rejects %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });
});
