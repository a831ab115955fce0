import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestHub, type TestHub } from '../testing/harness';

describe.each(engines())('platform on %s', (engine) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(engine);
  });
  afterAll(async () => {
    await hub.stop();
  });

  it('answers /healthz with 200 while the database is reachable', async () => {
    const res = await fetch(`${hub.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('serves GraphiQL from local assets, with no CDN', async () => {
    const page = await fetch(`${hub.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ['graphiql.js', 'graphiql.css', 'react.js', 'react-dom.js']) {
      const res = await fetch(`${hub.url}/graphiql/${asset}`);
      expect(res.status, asset).toBe(200);
      expect((await res.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
  });

  it('tells the hub limits and parses periods with the shared rules', async () => {
    const r = await hub.gql<{ hub: { today: string; limits: { pageSizeMax: number; vndMax: number } }; h: { start: string; end: string; kind: string } }>(
      `{ hub { today serverTime limits { pageSizeMax vndMax } } h: period(value: "2024H2") { value kind start end } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.hub.limits).toEqual({ pageSizeMax: 100, vndMax: 9007199254740991 });
    expect(r.data.hub.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.data.h).toMatchObject({ value: '2024H2', kind: 'HALF', start: '2024-07-01', end: '2024-12-31' });
  });

  it.each([
    ['a literal', `{ period(value: "2024Q5") { start } }`, {}],
    ['a variable', `query ($p: Period!) { period(value: $p) { start } }`, { p: '2024-13' }],
  ])('rejects a bad Period given as %s with INVALID_PERIOD', async (_how, query, vars) => {
    const r = await hub.gql(query, vars);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PERIOD' });
  });

  it.each([
    ['validOn: "2024-02-30"', 'INVALID_LOCAL_DATE'],
    ['validOn: "17/10/2024"', 'INVALID_LOCAL_DATE'],
  ])('rejects a bad LocalDate (%s)', async (arg, reason) => {
    const r = await hub.gql(`{ areas(filter: { ${arg} }) { edges { cursor } } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
  });

  it('rejects a query deeper than the limit before running it', async () => {
    let sel = 'name';
    for (let i = 0; i < 6; i++) sel = `children { edges { node { ${sel} } } }`;
    const r = await hub.gql(`{ areas(first: 1) { edges { node { ${sel} } } } }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
    expect(r.statements).toBe(0);
  });

  it('rejects a query whose page sizes multiply past the complexity limit', async () => {
    const r = await hub.gql(
      `query ($n: Int) { areas(first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { edges { node { name code } } } } } } } } } }`,
      { n: 100 },
    );
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
    expect(r.statements).toBe(0);
  });

  it('answers syntax and unknown-field errors as BAD_USER_INPUT with a request id', async () => {
    for (const q of ['{ areas { edges { node { nope } } } }', '{ areas(']) {
      const r = await hub.gql(q);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_INVALID' });
      expect(r.errors?.[0].extensions.requestId).toBeTruthy();
    }
  });

  it('masks unexpected failures as INTERNAL_SERVER_ERROR and answers /healthz 503 once the database is gone', async () => {
    const local = await startTestHub(engine);
    await local.tokenOf('admin');
    await local.dataSource.destroy();
    const r = await local.gql(`{ areas { edges { cursor } } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' });
    expect(r.errors?.[0].message).not.toMatch(/sql|sqlite|mysql|connection/i);
    const health = await fetch(`${local.url}/healthz`);
    expect(health.status).toBe(503);
    await local.stop();
  });

  it('keeps mutations behind authentication', async () => {
    const mutation = `mutation { createArea(input: { code: "X1", name: "Tỉnh Thử", kind: PROVINCE, urban: false, validFrom: "2025-07-01" }) { area { id } } }`;
    const anonymous = await hub.gql(mutation, {}, { as: null });
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTHENTICATION_REQUIRED' });
    const wrong = await hub.gql(mutation, {}, { token: 'not-the-token' });
    expect(wrong.status).toBe(401);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    const admin = await hub.gql(mutation);
    expect(admin.errors).toBeUndefined();
  });
});

describe('the admin app served by the API process', () => {
  let hub: TestHub;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lnob-admin-dist-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>LNOB Hub</title><div id="root"></div>');
    fs.writeFileSync(path.join(dir, 'assets', 'main-abc123.js'), 'console.log("admin")');
    hub = await startTestHub('sqlite', { adminDist: dir });
  });
  afterAll(async () => {
    await hub?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and for client routes, hashed assets with a long cache, and leaves /graphql alone', async () => {
    for (const route of ['/', '/organizations', '/users/VXNlcjox']) {
      const r = await fetch(`${hub.url}${route}`, { headers: { accept: 'text/html' } });
      expect(r.status).toBe(200);
      expect(await r.text()).toContain('<div id="root">');
    }
    const asset = await fetch(`${hub.url}/assets/main-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const missing = await fetch(`${hub.url}/assets/nope.js`);
    expect(missing.status).toBe(404);
    const api = await hub.gql('{ hub { version } }', {}, { as: null });
    expect(api.errors).toBeUndefined();
  });

  it('explains how to build the app when it is not built', async () => {
    const bare = await startTestHub('sqlite', { adminDist: path.join(dir, 'nothing-here') });
    const r = await fetch(`${bare.url}/`, { headers: { accept: 'text/html' } });
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('npm start');
    await bare.stop();
  });
});
