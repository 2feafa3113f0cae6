/**
 * `npx vitest` runs the harness's own unit tests and, as project `katas`, every kata's tests
 * against the implementation named by KATA_IMPL (learner | reference | brute | DIR).
 * `kata check` and `kata dev lint` use the same settings in-process (harness/runner/vitest-config.ts).
 */
import { defineConfig } from 'vitest/config';
import { parseImpl } from './harness/impl/impl.ts';
import { kataTestOptions, viteConfigFor } from './harness/runner/vitest-config.ts';

const vite = viteConfigFor(parseImpl(process.env.KATA_IMPL));

export default defineConfig({
  ...vite,
  test: {
    projects: [
      // Hooks build and remove whole workspace copies: 10 s (the default) was not enough for an
      // afterAll's rmSync on a machine at a load of 6 (update.e2e, 2026-12-07).
      { extends: true, test: { name: 'harness', include: ['harness/**/*.test.ts'], hookTimeout: 120_000 } },
      { extends: true, test: { name: 'katas', ...kataTestOptions() } },
    ],
  },
});
