import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const apiRoot = path.resolve(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lnob-process-'));

/** Start the real entry point (src/main.ts through swc-node, as `npm run dev` does). */
function startHub(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--conditions=@lnob/source', '-r', '@swc-node/register', 'src/main.ts'], {
    cwd: apiRoot,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => out };
}

async function waitFor(fn: () => boolean, ms = 45_000) {
  const until = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the hub process', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('refuses bad configuration with a clear message and exit code 2', async () => {
    const { exited, output } = startHub({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(await exited).toBe(2);
    expect(output()).toMatch(/PORT must be a whole number/);
    expect(output()).toMatch(/LOG_LEVEL must be one of/);
  });

  it('starts on an empty SQLite file with the demo data, logs JSON, and stops cleanly on SIGTERM', async () => {
    const port = String(41000 + Math.floor(Math.random() * 1000));
    const file = path.join(tmp, 'hub.sqlite');
    const { child, exited, output } = startHub({ PORT: port, DATABASE_URL: `sqlite:${file}`, LNOB_AUTH_SECRET: 'process-test-auth-secret-0123456789abcdef' });
    children.push(child);
    await waitFor(() => output().includes('LNOB Hub is up'));
    expect(fs.existsSync(file)).toBe(true);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(input: { username: "admin", password: "lnob-demo" }) { token } }' }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'process-test-1', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ areas(filter: { topLevel: true }) { totalCount } }' }),
    });
    const body = (await res.json()) as { data: { areas: { totalCount: number } } };
    expect(body.data.areas.totalCount).toBeGreaterThanOrEqual(3);
    await waitFor(() => output().includes('"requestId":"process-test-1"'));
    const line = output().split('\n').find((l) => l.includes('"requestId":"process-test-1"'))!;
    expect(JSON.parse(line)).toMatchObject({ msg: 'graphql request', status: 200 });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output()).toContain('"msg":"stopped"');
  });
});
