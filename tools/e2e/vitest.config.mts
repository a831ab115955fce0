import { serverTestConfig } from '../../vitest.server.mts';

/**
 * Browser tests of the built admin app against the real API (see harness.ts). Files are named
 * `*.e2e.ts` so the tools project's unit-test run (`**\/*.test.ts`) never picks them up.
 * global-setup.ts empties artifacts/ once, before all files.
 */
const config = serverTestConfig(['**/*.e2e.ts']);
config.test = { ...config.test, testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false, globalSetup: ['./global-setup.ts'] };
export default config;
