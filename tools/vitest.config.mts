import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Tools load the API's services and entities (legacy decorators + metadata), so they are compiled
// the same way as apps/api (swc), with the same `@lnob/source` condition for workspace libs, and the
// same single graphql realm (graphql has no "exports" map; see apps/api/vitest.config.mts).
export default defineConfig({
  plugins: [swc.vite()],
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  ssr: { resolve: { conditions: ['@lnob/source', ...defaultServerConditions] } },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    environment: 'node',
    testTimeout: 120000,
    hookTimeout: 120000,
    pool: 'forks',
  },
});
