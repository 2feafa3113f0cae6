/**
 * `npx vitest` runs the harness's own unit tests and, as project `katas`, every kata's tests
 * against the implementation named by KATA_IMPL (learner | reference | brute | DIR).
 * `kata check` and `kata dev lint` use the same settings in-process (harness/runner/vitest-config.ts).
 *
 * The harness's tests come in two projects, run one after the other (`npm run test:harness`):
 * `harness`, two files at a time (most of them wait on sandboxed child processes, which leave the
 * second core idle when files run one by one: Vitest's default on 2 cores is one worker), then
 * `harness-timed`, one file at a time: the files whose assertions rest on measured CPU time or
 * memory (time and space verdicts, the tests' cost guard), or on stall limits and latencies
 * measured on the wall clock. Those must not share the machine with another test file.
 */
import { configDefaults, defineConfig } from 'vitest/config';
import { parseImpl } from './harness/impl/impl.ts';
import { kataTestOptions, viteConfigFor } from './harness/runner/vitest-config.ts';

const vite = viteConfigFor(parseImpl(process.env.KATA_IMPL));

/** Test files judged on measured time, memory or wall-clock limits: run alone (see the header). */
const TIMED = [
  'harness/engine/**/*.test.ts',
  'harness/process/**/*.test.ts',
  'harness/check/pipeline.test.ts',
  'harness/check/space-stage.test.ts',
  'harness/cli/attacks.test.ts',
  'harness/league/league.e2e.test.ts',
  'harness/league/forgery.test.ts',
  'harness/learner/interview.e2e.test.ts',
  'harness/learner/review.e2e.test.ts',
  'harness/learner/watch/watch.e2e.test.ts',
  'harness/author/watch-latency.test.ts',
  'harness/runner/hostile.test.ts',
  'harness/runner/warm.test.ts',
];

// Hooks build and remove whole workspace copies: 10 s (the default) was not enough for an
// afterAll's rmSync on a machine at a load of 6 (update.e2e, 2026-12-07).
const HOOK_TIMEOUT = 120_000;

export default defineConfig({
  ...vite,
  test: {
    projects: [
      { extends: true, test: { name: 'harness', include: ['harness/**/*.test.ts'], exclude: [...configDefaults.exclude, ...TIMED], hookTimeout: HOOK_TIMEOUT, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'harness-timed', include: TIMED, hookTimeout: HOOK_TIMEOUT, maxWorkers: 1, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'katas', ...kataTestOptions(), sequence: { groupOrder: 2 } } },
    ],
  },
});
