import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  plugins: [swc.vite()],
  // graphql has no "exports" map: Vite would pick its ESM "module" file while type-graphql, loaded by
  // Node, gets the CommonJS "main" one — two graphql realms. Pin both to the same file.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  ssr: { resolve: { conditions: ['@lnob/source', ...defaultServerConditions] } },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
