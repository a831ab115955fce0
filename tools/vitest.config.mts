import { serverTestConfig } from '../vitest.server.mts';

export default serverTestConfig(['**/*.test.ts']);
