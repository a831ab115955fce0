/**
 * The e2e harness: the real API (apps/api/dist/main.js) on a free port with a fresh SQLite file and
 * the demo data, serving the built admin app (apps/admin/dist) at `/`, and Debian's Chromium
 * driven by playwright-core. Nothing is built here: Nx builds both apps first (project.json).
 * Every `*.e2e.ts` file calls `setUpE2e` once; global-setup.ts empties artifacts/ before all files.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const REPO = path.resolve(__dirname, '../..');
/** Where the screenshots go (emptied once before all files: global-setup.ts). */
export const ARTIFACTS = path.join(__dirname, 'artifacts');
const CHROMIUM = '/usr/bin/chromium';
const DEMO_PASSWORD = 'lnob-demo';

const API_MAIN = path.join(REPO, 'apps/api/dist/main.js');
const ADMIN_INDEX = path.join(REPO, 'apps/admin/dist/index.html');

/** Fails loudly when something the run needs is missing (the caller decides whether to run at all). */
function checkPrerequisites(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing: ${CHROMIUM} does not exist. The browser tests need Debian's Chromium ` +
        '(`sudo apt-get install -y chromium`; .ci/run installs it). Never `npx playwright install`.',
    );
  }
  for (const [file, how] of [
    [API_MAIN, 'npx nx run @lnob/api:build'],
    [ADMIN_INDEX, 'npx nx run @lnob/admin:build'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${path.relative(REPO, file)} is missing: run \`${how}\` (or \`npx nx run @lnob/e2e:e2e\`, which builds both).`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

interface Hub {
  url: string;
  stop(): Promise<void>;
}

/** Starts the built API with demo data on a fresh SQLite file; resolves when /healthz answers 200. */
async function startHub(): Promise<Hub> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'lnob-e2e-'));
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', API_MAIN], {
    cwd: REPO,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `sqlite:${path.join(dir, 'hub.sqlite')}`,
      LNOB_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (b: Buffer) => output.push(b.toString()));
  child.stderr?.on('data', (b: Buffer) => output.push(b.toString()));
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited !== null) throw new Error(`the API exited (code ${exited}) before answering:\n${output.join('')}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not answer /healthz within 30 s:\n${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      if (exited === null) {
        const done = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([done, new Promise((r) => setTimeout(r, 5_000))]);
        if (exited === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A new page (own context: own sessionStorage) that records console errors and failed requests. */
async function newPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return { page, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Signs in through the login screen and waits for the shell. */
async function login(page: Page, hub: Hub, username: string): Promise<void> {
  await page.goto(`${hub.url}/`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('user-name').waitFor();
}

/** What the hub answers a GraphQL request (the status and the body as sent). */
export interface GqlResponse<T> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] };
}

/** A GraphQL request to the hub from the test itself (POST, JSON). */
async function gql<T>(hub: Hub, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResponse<T>> {
  const r = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: r.status, body: (await r.json()) as never };
}

/** The data of a GraphQL request from the test itself; an error (or no data) throws, naming the errors. */
async function data<T>(hub: Hub, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const r = await gql<T>(hub, query, variables, token);
  if (r.body.errors?.length || !r.body.data) throw new Error(`${query.slice(0, 80)}…: ${JSON.stringify(r.body.errors ?? r.body)}`);
  return r.body.data;
}

/** A session token for a demo user, straight from the API. */
async function tokenFor(hub: Hub, username: string): Promise<string> {
  const r = await gql<{ login: { token: string } }>(hub, 'mutation ($i: LoginInput!) { login(input: $i) { token } }', { i: { username, password: DEMO_PASSWORD } });
  const token = r.body.data?.login.token;
  if (!token) throw new Error(`login as ${username} failed: ${JSON.stringify(r.body.errors)}`);
  return token;
}

/** One e2e file's hub and browser, and what its tests do with them. */
export interface E2e {
  /**
   * Whether the browser tests run (`describe.runIf(e2e.run)`): without Debian's Chromium a
   * developer's `npm test` skips them with a warning saying how to install it; under CI (CI=true,
   * where .ci/run installs it) a missing browser fails the run.
   */
  readonly run: boolean;
  /** The hub's address (`http://127.0.0.1:<port>`), serving the admin app at `/`. */
  readonly url: string;
  /** A new page (own context: own sessionStorage) and the console errors and failed requests it records. */
  newPage(): Promise<{ page: Page; problems: string[] }>;
  /** Signs in on `page` through the login screen (demo password) and waits for the shell. */
  login(page: Page, username: string): Promise<void>;
  /** A GraphQL request to the hub from the test itself (POST, JSON), as `token` when given. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  /** The data of such a request; GraphQL errors throw (set-up and reading back, not for checking refusals). */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** A session token for a demo user, straight from the API. */
  tokenFor(username: string): Promise<string>;
}

/**
 * The set-up of an e2e file, called once at its top level: before its tests, the hub (fresh SQLite
 * file, demo data) and Chromium; after them, both stopped, and the time taken logged as
 * `e2e (<name>)`.
 */
export function setUpE2e(name: string): E2e {
  const run = existsSync(CHROMIUM) || Boolean(process.env.CI);
  if (!run) console.warn(`e2e: SKIPPED — ${CHROMIUM} is missing. Install Debian's Chromium (apt-get install -y chromium) to run the browser tests.`);
  const started = Date.now();
  let hub: Hub | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!run) return;
    checkPrerequisites();
    [hub, browser] = await Promise.all([startHub(), launchChromium()]);
  });
  afterAll(async () => {
    if (!run) return;
    await browser?.close();
    await hub?.stop();
    console.log(`e2e (${name}): ${((Date.now() - started) / 1000).toFixed(1)} s including API start and Chromium launch`);
  });
  const need = <T>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`e2e (${name}): the ${what} is not started (outside a test?)`);
    return x;
  };
  return {
    run,
    get url() {
      return need(hub, 'hub').url;
    },
    newPage: () => newPage(need(browser, 'browser')),
    login: (page, username) => login(page, need(hub, 'hub'), username),
    gql: (query, variables, token) => gql(need(hub, 'hub'), query, variables, token),
    data: (query, variables, token) => data(need(hub, 'hub'), query, variables, token),
    tokenFor: (username) => tokenFor(need(hub, 'hub'), username),
  };
}

/** A fund of the demo data as the fund tests read it. */
export interface DemoFund {
  id: string;
  name: string;
  balance: number;
  bankAccounts: { accountNumber: string }[];
}

/**
 * The demo's Quảng Nam provincial fund, as `token` reads it. Its committee was merged into Đà Nẵng
 * on 1 July 2025: it takes movements dated up to 30/06/2025.
 */
export async function quangNamFund(e2e: E2e, token: string): Promise<DemoFund> {
  const committee = 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam';
  const d = await e2e.data<{ funds: { edges: { node: DemoFund & { level: string; organization: { name: string } | null } }[] } }>(
    '{ funds(first: 100) { edges { node { id name level balance organization { name } bankAccounts { accountNumber } } } } }',
    {},
    token,
  );
  const fund = d.funds.edges.map((e) => e.node).find((f) => f.level === 'PROVINCE' && f.organization?.name === committee);
  if (!fund) throw new Error(`the demo data has no fund of ${committee}: ${JSON.stringify(d)}`);
  return fund;
}

/** `1.234.567`, as the screens show whole numbers (vi). */
export const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** `1.234.567 ₫` (and `-1.234.567 ₫`), as the screens show money (vi). */
export const vnd = (n: number) => `${n < 0 ? '-' : ''}${grouped(Math.abs(n))} ₫`;

/** Types a dd/MM/yyyy date into a DateField (it commits when the field is left). */
export async function fillDate(scope: Locator, name: string, date: string): Promise<void> {
  const input = scope.locator(`input[name=${name}]`);
  await input.fill(date);
  await input.press('Tab');
}

/** Six digits of the clock: names and keys a test makes unique to its run. */
export const runId = () => String(Date.now()).slice(-6);
