/**
 * The Vitest configuration every kata test run uses, whether started by `npx vitest` (through
 * vitest.config.ts) or by the harness in-process. One function, so the two never drift.
 */
import type { UserConfig } from 'vite';
import type { InlineConfig } from 'vitest/node';
import { KIT_FILE, KIT_TESTING_FILE, ROOT } from '../base/paths.ts';
import { implPlugin, type ImplTarget } from '../impl/impl.ts';

/** Runner timeout for one test; property tests stop generating well before it (setup.ts). */
export const TEST_TIMEOUT_MS = 20_000;
/** fast-check stops generating new cases after this long and keeps what it found. */
export const PROPERTY_TIME_LIMIT_MS = 5_000;

export function viteConfigFor(target: ImplTarget): UserConfig {
  return {
    root: ROOT,
    plugins: [implPlugin(target)],
    // Exact matches: `#kit` is what stubs import, `#kit/testing` what tests import.
    resolve: { alias: [{ find: /^#kit$/, replacement: KIT_FILE }, { find: /^#kit\/testing$/, replacement: KIT_TESTING_FILE }] },
    logLevel: 'silent',
  };
}

/** Heap limit of a test worker: learner code that allocates without end dies here, not the machine. */
export const WORKER_HEAP_MB = 768;

export function kataTestOptions(): InlineConfig {
  return {
    execArgv: [`--max-old-space-size=${WORKER_HEAP_MB}`],
    // Learner output goes straight to the worker's stdout instead of through Vitest's RPC, so code
    // that prints megabytes cannot stall the run; the harness does not show it anyway.
    disableConsoleIntercept: true,
    include: ['katas/**/*.test.ts'],
    setupFiles: [`${ROOT}/harness/runner/setup.ts`],
    testTimeout: TEST_TIMEOUT_MS,
    hookTimeout: TEST_TIMEOUT_MS,
    pool: 'forks',
  };
}
