/**
 * The config the Vitest VS Code extension loads (`vitest.rootConfig` in .vscode/settings.json):
 * only the katas' tests, so the learner's Testing view shows katas and none of the harness's own
 * tests. Same settings as the `katas` project of vitest.config.ts, against the implementation
 * named by KATA_IMPL (the learner's own code unless set).
 */
import { defineConfig } from 'vitest/config';
import { parseImpl } from './harness/impl/impl.ts';
import { kataTestOptions, viteConfigFor } from './harness/runner/vitest-config.ts';

const vite = viteConfigFor(parseImpl(process.env.KATA_IMPL));

export default defineConfig({
  ...vite,
  test: {
    projects: [{ extends: true, test: { name: 'katas', ...kataTestOptions() } }],
  },
});
