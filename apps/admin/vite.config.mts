/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  // Workspace libs from their TypeScript sources (stack.md §3.2); ssr too, for vitest (pitfall 9).
  resolve: { conditions: ['@lnob/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@lnob/source', ...defaultServerConditions] } },
  server: { port: 4200, proxy: { '/graphql': api, '/uploads': api, '/templates': api, '/public': api } },
  preview: { port: 4300, strictPort: true, proxy: { '/graphql': api, '/uploads': api, '/templates': api, '/public': api } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
  test: { include: ['src/**/*.test.{ts,tsx}'], environment: 'node' },
});
