import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Vitest config for server-side projects that load the API's decorated classes (apps/api, tools):
 * swc for legacy decorators + design metadata, the `@lnob/source` condition so workspace libs load
 * from src, and one graphql realm — graphql has no "exports" map, so Vite would pick its ESM
 * "module" file while type-graphql, loaded by Node, gets the CommonJS "main" one.
 */
export function serverTestConfig(include: string[]) {
  return defineConfig({
    plugins: [swc.vite()],
    resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
    ssr: { resolve: { conditions: ['@lnob/source', ...defaultServerConditions] } },
    test: {
      include,
      exclude: ['**/node_modules/**', '**/dist/**'],
      environment: 'node',
      testTimeout: 120_000,
      hookTimeout: 120_000,
      pool: 'forks',
    },
  });
}
