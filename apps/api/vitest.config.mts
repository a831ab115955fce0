import { serverTestConfig } from '../../vitest.server.mts';

export default serverTestConfig(['src/**/*.test.ts']);
