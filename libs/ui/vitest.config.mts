import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  ssr: { resolve: { conditions: ['@lnob/source', ...defaultServerConditions] } },
  test: { include: ['src/**/*.test.{ts,tsx}'], environment: 'node' },
});
