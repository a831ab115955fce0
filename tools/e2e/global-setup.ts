/**
 * Vitest globalSetup of the browser tests (vitest.config.mts): runs once, before all `*.e2e.ts`
 * files, so that artifacts/ holds the screenshots of this run only, of every file.
 */
import { rmSync } from 'node:fs';
import { ARTIFACTS } from './harness';

export default function setup(): void {
  rmSync(ARTIFACTS, { recursive: true, force: true });
}
