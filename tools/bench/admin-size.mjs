/**
 * Size of the admin app's first paint: the entry script, the chunks it preloads and the stylesheet
 * that index.html references, raw and gzipped (node:zlib, level 9), plus every lazily loaded chunk.
 *
 *   node tools/bench/admin-size.mjs            # reads apps/admin/dist (build it first)
 *   node tools/bench/admin-size.mjs --build    # times `vite build` first (codegen must have run)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const app = path.join(root, 'apps/admin');
const dist = path.join(app, 'dist');

if (process.argv.includes('--build')) {
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: app, stdio: 'inherit' });
  console.log(`vite build: ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2)} s`);
}

if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('apps/admin/dist/index.html not found: run `npx nx run @lnob/admin:build` first');
  process.exit(1);
}

const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
/** Files the browser fetches before first paint: module entry, modulepreloads, stylesheets. */
const initial = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/?([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+)"/g),
].map((m) => m[1]);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const measure = (rel) => {
  const buf = readFileSync(path.join(dist, rel));
  return { rel, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};

const first = [...new Set(initial)].map(measure);
const js = first.filter((f) => f.rel.endsWith('.js'));
const sum = (xs, k) => xs.reduce((a, f) => a + f[k], 0);

console.log('First paint (referenced by index.html):');
for (const f of first) console.log(`  ${f.rel.padEnd(40)} ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`);
console.log(`  initial JS total: ${kb(sum(js, 'raw'))}, gzip ${kb(sum(js, 'gzip'))} (${sum(js, 'gzip')} bytes)`);
console.log(`  initial JS + CSS gzip: ${kb(sum(first, 'gzip'))}`);

const lazy = readdirSync(path.join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !first.some((x) => x.rel === `assets/${f}`))
  .map((f) => measure(`assets/${f}`))
  .sort((a, b) => b.gzip - a.gzip);
console.log('Lazy chunks (loaded with their screen):');
for (const f of lazy) console.log(`  ${f.rel.padEnd(40)} ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`);
